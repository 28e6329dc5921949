// Our language server, started the way editors start it (`openclaw-qwen-lint lsp --stdio`, the built
// CLI), driven over stdio by a real LSP client: diagnostics at exact positions, quick fixes as workspace edits, endpoint-aware hover and
// completion, $include tracking and the project config.
import { ensureBuilt } from "../build.js";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CodeActionKind, CompletionItemTag, DiagnosticSeverity, FileChangeType, type CompletionItem, type Diagnostic, type TextEdit, type WorkspaceEdit } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { FileResult, LintOptions } from "../../src/index.js";
import { ROOT } from "./json-harness.js";
import { cursorAt, hoverText, LspClient } from "./lsp-client.js";

const FIXTURES = join(ROOT, "test", "fixtures", "editor");
const CLI = join(ROOT, "bin", "openclaw-qwen-lint.cjs");
const BUILT = [join(ROOT, "dist", "cli", "main.js"), join(ROOT, "dist", "lsp", "server.js")];
const timings: string[] = [];

let client: LspClient;
let dir: string;
/** lintText from the same build the server runs. */
let lintBuilt: (text: string, opts: LintOptions) => FileResult;

const uriOf = (...parts: string[]) => pathToFileURL(join(dir, ...parts)).href;
const read = (...parts: string[]) => readFileSync(join(dir, ...parts), "utf8");
const byCode = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);
const at = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

function applyEdits(text: string, edits: TextEdit[]): string {
  const doc = TextDocument.create("file:///x", "json5", 1, text);
  return TextDocument.applyEdits(doc, edits);
}

function applyItem(text: string, item: CompletionItem): string {
  const e = item.textEdit as TextEdit;
  return applyEdits(text, [e, ...(item.additionalTextEdits ?? [])]);
}

beforeAll(async () => {
  let t = Date.now();
  ensureBuilt();
  for (const f of BUILT) if (!existsSync(f)) throw new Error(`build did not produce ${f}`);
  timings.push(`build ${Date.now() - t} ms`);
  lintBuilt = ((await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as { lintText: typeof lintBuilt }).lintText;
  dir = mkdtempSync(join(tmpdir(), "oql-lsp-"));
  cpSync(FIXTURES, dir, { recursive: true });
  t = Date.now();
  client = await LspClient.start([CLI, "lsp", "--stdio"], { rootUri: pathToFileURL(dir).href, cwd: dir });
  timings.push(`server start ${Date.now() - t} ms`);
}, 120_000);

afterAll(async () => {
  const t = Date.now();
  await client?.stop();
  timings.push(`server stop ${Date.now() - t} ms`);
  if (dir) rmSync(dir, { recursive: true, force: true });
  console.log(`lsp.test timings: ${timings.join(", ")}`);
});

describe("start-up", () => {
  it("advertises hover, completion and quick fixes, and watches config files", async () => {
    const caps = client.initializeResult!.capabilities;
    expect(caps.hoverProvider).toBe(true);
    expect(caps.completionProvider?.triggerCharacters).toEqual(['"', "'", "/"]);
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: [CodeActionKind.QuickFix, "source.fixAll.openclaw-qwen-lint"] });
    expect(client.initializeResult!.serverInfo?.name).toBe("openclaw-qwen-lint");
    await client.waitFor(() => client.registrations.some((r) => r.method === "workspace/didChangeWatchedFiles"), "watcher registration");
  });
});

describe("Coding Plan config selecting a Standard-only model, with a modelstudio/ fallback", () => {
  const file = ["coding-plan", "openclaw.json5"];
  let diagnostics: Diagnostic[];

  beforeAll(async () => {
    const t = Date.now();
    await client.open(uriOf(...file), "json5", read(...file));
    diagnostics = await client.diagnosticsFor(uriOf(...file));
    timings.push(`open->diagnostics ${Date.now() - t} ms`);
  });

  it("publishes model-not-on-plan on the primary ref (0-based LSP positions of 17:18-17:36)", () => {
    const [d] = byCode(diagnostics, "model-not-on-plan");
    expect(at(d)).toBe("16:17-16:35");
    expect(d.severity).toBe(DiagnosticSeverity.Error);
    expect(d.source).toBe("openclaw-qwen-lint");
    expect(d.message).toMatch(/^qwen3\.8-max is not served on the Coding Plan endpoint \(coding-intl\.dashscope\.aliyuncs\.com\)\./);
    expect(d.codeDescription?.href).toBe(pathToFileURL(join(ROOT, "docs", "rules", "model-not-on-plan.md")).href);
  });

  it("publishes legacy-provider-alias on the fallback as a warning", () => {
    const [d] = byCode(diagnostics, "legacy-provider-alias");
    expect(at(d)).toBe("17:20-17:46");
    expect(d.severity).toBe(DiagnosticSeverity.Warning);
  });

  it("publishes the full lint result, nothing more or less", () => {
    const r = lintBuilt(read(...file), { filePath: join(dir, ...file) });
    const sev = { error: 1, warning: 2, info: 3 } as const;
    const expected = r.diagnostics.map((d) => `${d.range.start.line - 1}:${d.range.start.column - 1}-${d.range.end.line - 1}:${d.range.end.column - 1} ${sev[d.severity]} ${d.ruleId} ${d.message}`);
    expect(diagnostics.map((d) => `${at(d)} ${d.severity} ${d.code} ${d.message}`)).toEqual(expected);
  });

  it("offers the alias fix as the preferred quick fix; applying it fixes the ref", async () => {
    const [d] = byCode(diagnostics, "legacy-provider-alias");
    const actions = await client.codeActions(uriOf(...file), d.range, [d]);
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix).toMatchObject({ kind: CodeActionKind.QuickFix, title: 'Replace "modelstudio/qwen3.7-plus" with "qwen/qwen3.7-plus"' });
    expect(fix.diagnostics?.[0].code).toBe("legacy-provider-alias");
    const edit = fix.edit as WorkspaceEdit;
    const fixed = applyEdits(read(...file), edit.changes![uriOf(...file)]);
    expect(fixed).toBe(read(...file).replace(`fallbacks: ["modelstudio/qwen3.7-plus"]`, `fallbacks: ["qwen/qwen3.7-plus"]`));
    expect(lintBuilt(fixed, { filePath: join(dir, ...file) }).diagnostics.filter((x) => x.ruleId === "legacy-provider-alias")).toEqual([]);
  });

  it("offers no quick fix where there is nothing to fix", async () => {
    const [d] = byCode(diagnostics, "model-not-on-plan");
    const actions = await client.codeActions(uriOf(...file), d.range, [d]);
    // Only the "disable for this line" action, which silences rather than fixes.
    expect(actions.filter((a) => a.kind === CodeActionKind.QuickFix && a.diagnostics?.[0].code === "model-not-on-plan").map((a) => a.title)).toEqual(["Disable model-not-on-plan for this line"]);
  });

  it("source.fixAll applies every fix of the file", async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [all] = await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: uriOf(...file) }, range, context: { diagnostics: [], only: ["source.fixAll"] } }) as { kind: string; edit: WorkspaceEdit }[];
    expect(all.kind).toBe("source.fixAll.openclaw-qwen-lint");
    expect(applyEdits(read(...file), all.edit.changes![uriOf(...file)])).toContain(`fallbacks: ["qwen/qwen3.7-plus"]`);
  });

  it("hover on the primary ref: catalog entry and whether this endpoint serves it", async () => {
    const h = hoverText(await client.hover(uriOf(...file), { line: 16, character: 25 }));
    expect(h).toContain("**qwen/qwen3.8-max** · text + image · 1,000,000 context");
    expect(h).toContain("**Not served** by the Coding Plan Global endpoint (coding-intl.dashscope.aliyuncs.com)");
    expect(h).toContain("The Standard Global endpoint (dashscope-intl.aliyuncs.com) serves it: `https://dashscope-intl.aliyuncs.com/compatible-mode/v1`.");
    expect(h).toContain("_agents.defaults.model.primary_: chat model");
  });

  it("hover on the alias fallback says it is served and names the canonical ref", async () => {
    const h = hoverText(await client.hover(uriOf(...file), { line: 17, character: 30 }));
    expect(h).toContain("**modelstudio/qwen3.7-plus**");
    expect(h).toContain("**Served** by the Coding Plan Global endpoint");
    expect(h).toContain("`modelstudio` is a compatibility alias of `qwen`; `qwen/qwen3.7-plus` is the canonical ref.");
  });

  it("no hover outside model refs", async () => {
    expect(await client.hover(uriOf(...file), { line: 7, character: 20 })).toBeNull();
  });
});

describe("endpoint-aware completion (Coding Plan config)", () => {
  const path = ["completion", "openclaw.json"];
  const config = (slot: string) =>
    `{\n  "models": { "providers": { "qwen": { "baseUrl": "https://coding-intl.dashscope.aliyuncs.com/v1", "api": "openai-completions", "models": [] } } },\n  "agents": { "defaults": { ${slot} } }\n}\n`;
  let version = 0;

  async function completeAt(textWithCursor: string) {
    const { text, position } = cursorAt(textWithCursor);
    if (version++ === 0) await client.open(uriOf(...path), "json", text);
    else await client.change(uriOf(...path), text);
    const items = await client.completion(uriOf(...path), position);
    return { text, items, get: (ref: string) => items.find((i) => i.label === ref)! };
  }

  it('inside "primary": "‸": plan-served models first, others marked not on Coding Plan', async () => {
    const { items, get, text } = await completeAt(config(`"model": { "primary": "‸" }`));
    const plus = get("qwen/qwen3.7-plus");
    const max = get("qwen/qwen3.8-max");
    expect(plus.labelDetails?.description).toBe("Coding Plan");
    expect(max.labelDetails?.description).toBe("not on Coding Plan");
    expect(max.detail).toBe("qwen3.8-max · not on Coding Plan");
    expect((max.documentation as { value: string }).value).toContain("**Not served** by the Coding Plan Global endpoint");
    expect(plus.sortText! < max.sortText!).toBe(true);
    // Every model the plan serves ranks before every model it does not.
    const served = items.filter((i) => i.labelDetails?.description === "Coding Plan").map((i) => i.sortText!);
    const notServed = items.filter((i) => i.labelDetails?.description === "not on Coding Plan").map((i) => i.sortText!);
    expect(served.length).toBeGreaterThan(0);
    expect(notServed.length).toBeGreaterThan(0);
    expect(served.every((s) => notServed.every((n) => s < n))).toBe(true);
    // Deprecated models carry the deprecated tag.
    expect(get("qwen-token-plan/qwen3-coder-next").tags).toEqual([CompletionItemTag.Deprecated]);
    expect(JSON.parse(applyItem(text, plus)).agents.defaults.model.primary).toBe("qwen/qwen3.7-plus");
  });

  it("with no value yet (primary: ‸) the item inserts a quoted ref", async () => {
    const { get, text } = await completeAt(config(`"model": { "primary": ‸ }`));
    expect(JSON.parse(applyItem(text, get("qwen/qwen3.5-plus"))).agents.defaults.model.primary).toBe("qwen/qwen3.5-plus");
  });

  it("single-quoted JSON5 strings work (unlike VS Code's JSON engine)", async () => {
    const { get, text } = await completeAt(config(`"model": { "fallbacks": ['qwen/qw‸'] }`));
    expect(applyItem(text, get("qwen/qwen3.7-plus"))).toContain(`"fallbacks": ['qwen/qwen3.7-plus']`);
  });

  it("image slots offer only image-capable models; video slots offer Wan refs marked for Standard", async () => {
    const image = await completeAt(config(`"imageModel": "‸"`));
    expect(image.items.map((i) => i.label)).not.toContain("qwen/qwen3-coder-plus");
    expect(image.items.map((i) => i.label)).toContain("qwen/qwen3.7-plus");
    const video = await completeAt(config(`"mediaModels": { "video": "‸" }`));
    expect(video.get("qwen/wan2.6-t2v").labelDetails?.description).toBe("needs Standard");
    // alibaba/ refs use the alibaba provider's own Standard host.
    expect(video.get("alibaba/wan2.6-t2v").labelDetails?.description).toBe("Standard");
  });

  it("listing keys: a lone key completes to an entry", async () => {
    const { get, text } = await completeAt(config(`"models": { "‸" }`));
    expect(JSON.parse(applyItem(text, get("qwen/qwen3.7-plus"))).agents.defaults.models).toEqual({ "qwen/qwen3.7-plus": {} });
  });

  it("nothing outside model slots", async () => {
    const { items } = await completeAt(config(`"workspace": "‸"`));
    expect(items).toEqual([]);
  });
});

describe("$include tracking", () => {
  const root = ["include", "openclaw.json5"];
  const inc = ["include", "providers.json5"];

  beforeAll(async () => {
    await client.open(uriOf(...root), "json5", read(...root));
    await client.diagnosticsFor(uriOf(...root));
  });

  it("findings in the included file are published for that file's URI", async () => {
    const ds = await client.diagnosticsFor(uriOf(...inc), (d) => d.length > 0);
    expect(ds.map((d) => `${at(d)} ${d.code}`)).toContain("13:27-13:53 legacy-provider-alias");
    expect(byCode(client.diagnostics.get(uriOf(...root))!, "model-not-on-plan").map(at)).toEqual(["5:24-5:42"]);
  });

  it("editing the open included file re-lints the config (debounced)", async () => {
    await client.open(uriOf(...inc), "json5", read(...inc));
    const t = Date.now();
    await client.change(uriOf(...inc), read(...inc).replace("https://coding-intl.dashscope.aliyuncs.com/v1", "https://dashscope-intl.aliyuncs.com/compatible-mode/v1"));
    await client.diagnosticsFor(uriOf(...root), (ds) => byCode(ds, "model-not-on-plan").length === 0);
    timings.push(`include change->re-lint ${Date.now() - t} ms`);
    // The fragment is not linted as a config of its own while its includer is open.
    expect(byCode(client.diagnostics.get(uriOf(...inc))!, "legacy-provider-alias")).toHaveLength(1);
  });

  it("a code action in the included file fixes that file", async () => {
    const [d] = byCode(client.diagnostics.get(uriOf(...inc))!, "legacy-provider-alias");
    const actions = await client.codeActions(uriOf(...inc), d.range, [d]);
    const edit = actions.find((a) => a.isPreferred)!.edit!.changes![uriOf(...inc)];
    expect(applyEdits(read(...inc), edit)).toContain(`fallbacks: ["qwen/qwen3.5-plus"]`);
  });

  it("closing it makes the config read the saved file again; a watched-file change re-lints", async () => {
    await client.close(uriOf(...inc));
    await client.diagnosticsFor(uriOf(...root), (ds) => byCode(ds, "model-not-on-plan").length === 1);
    writeFileSync(join(dir, ...inc), read(...inc).replace("https://coding-intl.dashscope.aliyuncs.com/v1", "https://dashscope.aliyuncs.com/compatible-mode/v1"));
    await client.watchedFilesChanged([{ uri: uriOf(...inc), type: FileChangeType.Changed }]);
    await client.diagnosticsFor(uriOf(...root), (ds) => byCode(ds, "model-not-on-plan").length === 0);
  });
});

describe("project config .openclaw-qwen-lint.json5", () => {
  const file = ["coding-plan", "openclaw.json5"];
  const project = ["coding-plan", ".openclaw-qwen-lint.json5"];

  it("turning a rule off removes its findings", async () => {
    await client.open(uriOf(...project), "json5", `{\n  rules: {\n    "legacy-provider-alias": "off",\n  },\n}\n`);
    await client.diagnosticsFor(uriOf(...file), (ds) => ds.length > 0 && byCode(ds, "legacy-provider-alias").length === 0);
    expect(await client.diagnosticsFor(uriOf(...project))).toEqual([]);
  });

  it("an invalid project config is reported in that file and ignored", async () => {
    await client.change(uriOf(...project), `{\n  rules: {\n    "legacy-provider-alias": "off",\n    "no-such-rule": "warning",\n  },\n}\n`);
    const own = await client.diagnosticsFor(uriOf(...project), (ds) => ds.length > 0);
    expect(own.map((d) => `${at(d)} ${d.severity} ${d.message}`)).toEqual([
      `3:4-3:18 ${DiagnosticSeverity.Error} unknown rule "no-such-rule"; \`openclaw-qwen-lint rules\` lists the rule ids (the project config is ignored until this is fixed)`,
    ]);
    await client.diagnosticsFor(uriOf(...file), (ds) => byCode(ds, "legacy-provider-alias").length === 1);
  });

  it("closing it (never saved: no file on disk) restores the defaults and clears its diagnostics", async () => {
    await client.change(uriOf(...project), `{ rules: { "legacy-provider-alias": "off" } }`);
    await client.diagnosticsFor(uriOf(...file), (ds) => byCode(ds, "legacy-provider-alias").length === 0);
    await client.close(uriOf(...project));
    await client.diagnosticsFor(uriOf(...file), (ds) => byCode(ds, "legacy-provider-alias").length === 1);
    expect(client.diagnostics.get(uriOf(...project))).toEqual([]);
  });

  it("a project config on disk applies (found upward from the config's directory)", async () => {
    writeFileSync(join(dir, ".openclaw-qwen-lint.json5"), `{ rules: { "model-not-on-plan": "warning" } }`);
    await client.watchedFilesChanged([{ uri: uriOf(".openclaw-qwen-lint.json5"), type: FileChangeType.Created }]);
    const ds = await client.diagnosticsFor(uriOf(...file), (d) => byCode(d, "model-not-on-plan")[0]?.severity === DiagnosticSeverity.Warning);
    expect(byCode(ds, "model-not-on-plan")).toHaveLength(1);
    rmSync(join(dir, ".openclaw-qwen-lint.json5"));
    await client.watchedFilesChanged([{ uri: uriOf(".openclaw-qwen-lint.json5"), type: FileChangeType.Deleted }]);
    await client.diagnosticsFor(uriOf(...file), (d) => byCode(d, "model-not-on-plan")[0]?.severity === DiagnosticSeverity.Error);
  });
});

describe("UTF-16 positions", () => {
  it("characters count UTF-16 code units (an emoji before the ref counts 2), and the fix lands exactly", async () => {
    const uri = uriOf("utf16", "openclaw.json5");
    const text = `{ agents: { defaults: { /* 🚀 é */ model: "modelstudio/qwen3.5-plus" } } }\n`;
    await client.open(uri, "json5", text);
    const [d] = byCode(await client.diagnosticsFor(uri, (ds) => byCode(ds, "legacy-provider-alias").length > 0), "legacy-provider-alias");
    const start = text.indexOf(`"modelstudio`);
    expect(at(d)).toBe(`0:${start}-0:${start + `"modelstudio/qwen3.5-plus"`.length}`);
    const [fix] = (await client.codeActions(uri, d.range, [d])).filter((a) => a.isPreferred);
    expect(applyEdits(text, fix.edit!.changes![uri])).toBe(text.replace("modelstudio/", "qwen/"));
  });
});

describe("other documents", () => {
  it("a parse error is one diagnostic", async () => {
    const uri = uriOf("broken", "openclaw.json");
    await client.open(uri, "json", `{\n  "agents": { "defaults": { "model": "qwen/qwen3.5-plus" }\n`);
    const ds = await client.diagnosticsFor(uri);
    expect(ds.map((d) => `${d.code} ${d.severity}`)).toEqual(["parse-error 1"]);
  });

  it("JSON files that are not OpenClaw configs are left alone", async () => {
    const pkg = uriOf("pkg", "package.json");
    await client.open(pkg, "json", `{ "name": "x", "version": "1.0.0", "scripts": {} }`);
    // Something opened after it is answered, so package.json had its turn.
    const later = uriOf("later", "openclaw.json");
    await client.open(later, "json", `{}`);
    await client.diagnosticsFor(later);
    expect(client.diagnostics.has(pkg)).toBe(false);
  });
});
