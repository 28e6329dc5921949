// docs/cli.md lists everything the package exports: the list between the exports markers names exactly
// the exports of src/index.ts (values and types), so a new export cannot go undocumented.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

it("docs/cli.md's export list is the export list of src/index.ts", () => {
  const entry = join(ROOT, "src", "index.ts");
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!).map((s) => s.name);
  const md = readFileSync(join(ROOT, "docs", "cli.md"), "utf8");
  const list = /<!-- exports:start -->([\s\S]*?)<!-- exports:end -->/.exec(md)?.[1] ?? "";
  // Names are the code spans that are identifiers (a call's arguments dropped: `fixText(text, …)`);
  // code spans inside parentheses describe fields and arguments, not exports.
  let text = list.replace(/`([A-Za-z_$][\w$]*)\([^`]*\)`/g, "`$1`");
  while (/\([^()]*\)/.test(text)) text = text.replace(/\([^()]*\)/g, "");
  const documented = [...text.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((m) => m[1]);
  const inCode = new Set(exported);
  const inDocs = new Set(documented);
  expect([...inCode].filter((n) => !inDocs.has(n)).sort(), "exported but not in docs/cli.md").toEqual([]);
  expect([...inDocs].filter((n) => !inCode.has(n)).sort(), "in docs/cli.md but not exported").toEqual([]);
}, 30_000);
