// `npm run new-rule -- <id> [--category <c>] [--severity <s>] [--fixable] [--root <dir>]`: scaffold a rule
// (like ruff's scripts/add_rule.py). Writes the rule, its doc page, a rule-tester test and ok/err
// fixtures, and registers it in src/rules/index.ts. The new tests fail until the rule reports the err
// fixture's finding: fill in check(), the page and the .expected line, then `npm run generate`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { RuleCategory } from "../src/engine/rule.js";
import type { Severity } from "../src/report.js";
import { pageHeader } from "./lib/rule-header.js";

const CATEGORIES = ["structure", "catalog", "endpoints", "legacy", "security", "plugin"];
const SEVERITIES = ["error", "warning", "info"];

function fail(message: string): never {
  process.stderr.write(`new-rule: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const opts = { id: "", category: "catalog", severity: "warning", fixable: false, root: process.cwd() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? fail(`${a} needs a value`);
    if (a === "--category") opts.category = value();
    else if (a === "--severity") opts.severity = value();
    else if (a === "--fixable") opts.fixable = true;
    else if (a === "--root") opts.root = value();
    else if (a.startsWith("-")) fail(`unknown option ${a}`);
    else if (opts.id) fail(`one rule id at a time (got ${opts.id} and ${a})`);
    else opts.id = a;
  }
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(opts.id)) fail(`usage: npm run new-rule -- <kebab-case-id> [--category ${CATEGORIES.join("|")}] [--severity ${SEVERITIES.join("|")}] [--fixable]`);
  if (!CATEGORIES.includes(opts.category)) fail(`category must be one of ${CATEGORIES.join(", ")}`);
  if (!SEVERITIES.includes(opts.severity)) fail(`severity must be one of ${SEVERITIES.join(", ")}`);
  return opts;
}

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Import the rule and list it last in the registry (move it to its place in documentation order). */
function register(index: string, id: string): string {
  const name = camel(id);
  const imports = [...index.matchAll(/^import \w+ from "\.\/[a-z0-9-]+\.js";$/gm)];
  const lastImport = imports[imports.length - 1];
  if (!lastImport) fail("src/rules/index.ts has no rule imports");
  const at = lastImport.index! + lastImport[0].length;
  let out = `${index.slice(0, at)}\nimport ${name} from "./${id}.js";${index.slice(at)}`;
  const close = out.indexOf("\n];", out.indexOf("export const rules"));
  if (close < 0) fail("src/rules/index.ts has no `export const rules = [...]` list");
  out = `${out.slice(0, close)}\n  ${name},${out.slice(close)}`;
  return out;
}

const opts = parseArgs(process.argv.slice(2));
const { id, root } = opts;
const files: Record<string, string> = {
  [`src/rules/${id}.ts`]: `import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "${id}",
    severity: "${opts.severity}",
    category: "${opts.category}",
    description: "TODO: one line, what is wrong (shown by \`rules\`, in SARIF and the docs index).",
    fixable: ${opts.fixable},
    messages: {
      // One template per thing the rule says; {{name}} placeholders are filled from the report's data,
      // printed safely and redacted by the engine. Name each message for what it says.
      todo: "TODO: what is wrong with {{value}} and how to fix it.",
    },
  },
  check(ctx) {
    // Read facts (ctx.facts: refs, providers, owner(id), keySources(id), plugin, endpoints) and the catalog;
    // report JSON pointers, never lines: ctx.report({ pointer, messageId: "todo", data: { value } }).
    void ctx;
  },
});
`,
  [`docs/rules/${id}.md`]: `# ${id}

${pageHeader({ severity: opts.severity as Severity, category: opts.category as RuleCategory, fixable: opts.fixable })}

TODO: what goes wrong at run time, and what OpenClaw itself says (or does not).

## Example

\`\`\`json5
{
}
\`\`\`

\`\`\`
${opts.severity} ${id}: TODO the exact message
\`\`\`

## Fix

\`\`\`json5
{
}
\`\`\`
`,
  [`test/rules/${id}.test.ts`]: `import { ruleTester } from "../rule-tester.js";

ruleTester("${id}", {
  valid: [
    // Configs that must stay quiet, starting with what OpenClaw's onboarding writes.
  ],
  invalid: [
    // { code: \`{ ... }\`, errors: [{ range: "1:1-1:2", messageId: "todo" }]${opts.fixable ? ", output: `{ ... }`" : ""} },
  ],
});
`,
  [`test/fixtures/err/${id}.json5`]: `// TODO: a realistic config that triggers ${id}.\n{\n}\n`,
  [`test/fixtures/err/${id}.expected`]: `# LINE:COL-LINE:COL severity rule-id: message, one finding a line\n`,
  [`test/fixtures/ok/${id}.json5`]: `// TODO: the same setup written correctly; no warning or error.\n{\n}\n`,
};

const indexPath = join(root, "src/rules/index.ts");
if (!existsSync(indexPath)) fail(`${indexPath} not found (run from the repository root or pass --root)`);
for (const f of Object.keys(files)) if (existsSync(join(root, f))) fail(`${f} already exists`);
const index = readFileSync(indexPath, "utf8");
if (index.includes(`"./${id}.js"`)) fail(`${id} is already registered`);
for (const [f, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, f)), { recursive: true });
  writeFileSync(join(root, f), text, { flag: "wx" });
}
writeFileSync(indexPath, register(index, id));
process.stdout.write(
  [...Object.keys(files), "src/rules/index.ts (registered last: move it to its place)"].map((f) => `wrote ${f}`).join("\n") +
    `\nNext: write check(), the doc page and the fixtures, fill test/rules/${id}.test.ts, then \`npm run generate\` and \`npm test\`.\n`,
);
