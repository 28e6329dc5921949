// The language server keeps the protocol and survives what editors and users throw at it: the
// lifecycle (-32002 before initialize, errors after shutdown), diagnostics versions, untitled buffers,
// plaintext docs for clients that ask for them, completion items Neovim 0.7 can use, the "disable for
// this line" quick fix, and a time limit per lint that leaves the server serving.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createProtocolConnection,
  DidChangeConfigurationNotification,
  HoverRequest,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CompletionItem,
  type Diagnostic,
  type TextEdit,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ensureBuilt } from "../build.js";
import { ROOT } from "./json-harness.js";
import { CAPABILITIES, cursorAt, hoverText, LspClient } from "./lsp-client.js";

const CLI = join(ROOT, "bin", "openclaw-qwen-lint.cjs");
const CODING = `{\n  models: { providers: { qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1", api: "openai-completions", models: [] } } },\n  agents: { defaults: { model: { primary: "qwen/qwen3.8-max", fallbacks: ["modelstudio/qwen3.7-plus"] } } },\n}\n`;
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create("file:///x", "json5", 1, text), edits);

let dir: string;
const clients: LspClient[] = [];
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
async function start(opts: { capabilities?: ClientCapabilities; initializationOptions?: unknown; env?: NodeJS.ProcessEnv } = {}) {
  const c = await LspClient.start([CLI, "lsp", "--stdio"], { rootUri: pathToFileURL(dir).href, cwd: dir, ...opts });
  clients.push(c);
  return c;
}

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "oql-lsp-protocol-"));
}, 120_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.stop()));
  rmSync(dir, { recursive: true, force: true });
});

describe("lifecycle", () => {
  it("a request before initialize gets ServerNotInitialized (-32002); after shutdown, InvalidRequest", async () => {
    const proc = spawn(process.execPath, [CLI, "lsp", "--stdio"], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.listen();
    const hover = () => conn.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf("openclaw.json5") }, position: { line: 0, character: 0 } });
    await expect(hover()).rejects.toMatchObject({ code: -32002 });
    await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: CAPABILITIES });
    await expect(hover()).resolves.toBeNull();
    await conn.sendRequest(ShutdownRequest.type);
    await expect(hover()).rejects.toMatchObject({ code: -32600 });
    conn.dispose();
    proc.kill();
  });
});

describe("documents", () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await start();
  });

  it("publishDiagnostics carries the document version it is about", async () => {
    const uri = uriOf("openclaw.json5");
    await client.open(uri, "json5", CODING);
    await client.diagnosticsFor(uri, (ds) => ds.length > 0);
    expect(client.publishedVersions.get(uri)).toBe(1);
    await client.change(uri, CODING.replace("qwen3.8-max", "qwen3.7-plus"));
    await client.diagnosticsFor(uri, (ds) => !ds.some((d) => d.code === "model-not-on-plan"));
    expect(client.publishedVersions.get(uri)).toBe(2);
  });

  it("untitled: buffers with an OpenClaw config are linted", async () => {
    const uri = "untitled:Untitled-1";
    await client.open(uri, "json5", CODING);
    const ds = await client.diagnosticsFor(uri, (d) => d.length > 0);
    expect(ds.map((d) => d.code)).toContain("model-not-on-plan");
    // ...but an untitled buffer of another language is not.
    await client.open("untitled:Untitled-2", "plaintext", CODING);
    await client.open(uriOf("later.json5"), "json5", "{ agents: { defaults: {} } }");
    await client.diagnosticsFor(uriOf("later.json5"));
    expect(client.diagnostics.has("untitled:Untitled-2")).toBe(false);
  });

  it('"disable <rule> for this line" inserts a directive that silences exactly that finding', async () => {
    const uri = uriOf("disable/openclaw.json5");
    await client.open(uri, "json5", CODING);
    const ds = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === "model-not-on-plan"));
    const target = ds.find((d) => d.code === "model-not-on-plan")!;
    const actions = await client.codeActions(uri, target.range, [target]);
    const disable = actions.find((a) => a.title === "Disable model-not-on-plan for this line")!;
    expect(disable).toBeDefined();
    // Fixes come first; silencing is the last resort.
    expect(actions.filter((a) => a.kind === "quickfix").map((a) => (a.title.startsWith("Disable ") ? "d" : "f")).join("")).toMatch(/^f*d+$/);
    const fixed = apply(CODING, disable.edit!.changes![uri]);
    expect(fixed.split("\n")[2]).toBe("  // openclaw-qwen-lint-disable-next-line model-not-on-plan");
    await client.change(uri, fixed);
    const after = await client.diagnosticsFor(uri, (d) => !d.some((x) => x.code === "model-not-on-plan"));
    expect(after.map((d) => d.code)).not.toContain("unused-disable-directive");
    // A second rule on the same line joins the directive.
    const alias = after.find((d) => d.code === "legacy-provider-alias")!;
    const second = (await client.codeActions(uri, alias.range, [alias])).find((a) => a.title === "Disable legacy-provider-alias for this line")!;
    expect(apply(fixed, second.edit!.changes![uri]).split("\n")[2]).toBe("  // openclaw-qwen-lint-disable-next-line model-not-on-plan, legacy-provider-alias");
  });
});

describe("what clients ask for", () => {
  const config = `{\n  "models": { "providers": { "qwen": { "baseUrl": "https://coding-intl.dashscope.aliyuncs.com/v1", "api": "openai-completions", "models": [] } } },\n  "agents": { "defaults": { "model": { "primary": "qwen/‸" } } }\n}\n`;

  it("plaintext hover and completion docs when the client prefers plaintext (eglot without markdown-mode)", async () => {
    const plain: ClientCapabilities = {
      ...CAPABILITIES,
      textDocument: { ...CAPABILITIES.textDocument, hover: { contentFormat: ["plaintext"] }, completion: { completionItem: { documentationFormat: ["plaintext"] } } },
    };
    const client = await start({ capabilities: plain });
    const uri = uriOf("plain/openclaw.json");
    const full = config.replace("qwen/‸", "qwen/qwen3.8-max");
    await client.open(uri, "json", full);
    await client.diagnosticsFor(uri, (ds) => ds.length > 0);
    const h = await client.hover(uri, { line: 2, character: full.split("\n")[2].indexOf("qwen3.8-max") });
    expect(h?.contents).toMatchObject({ kind: "plaintext" });
    expect(hoverText(h)).toContain("qwen/");
    expect(hoverText(h)).not.toMatch(/\*\*|`/);
    const { text, position } = cursorAt(config);
    await client.change(uri, text);
    const items = await client.completion(uri, position);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.documentation).toMatchObject({ kind: "plaintext", value: expect.not.stringMatching(/\*\*|`/) });
  });

  it("completion items carry no filterText that only repeats the label (Neovim 0.7 then ignores the textEdit)", async () => {
    const client = await start();
    const uri = uriOf("nvim/openclaw.json");
    const { text, position } = cursorAt(config);
    await client.open(uri, "json", text);
    const items: CompletionItem[] = await client.completion(uri, position);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.filterText).toBeUndefined();
    // Markdown for clients that prefer it.
    expect(items[0].documentation).toMatchObject({ kind: "markdown" });
  });
});

describe("time limit and robustness", () => {
  /** A valid config of about `n` model rows: linting it takes far longer than a few milliseconds. */
  const big = (n: number) =>
    `{\n  models: { providers: { qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", api: "openai-completions", models: [\n${Array.from(
      { length: n },
      (_, i) => `    { id: "qwen3.7-plus-${i}", name: "Qwen ${i}", input: ["text"], contextWindow: 131072, maxTokens: 8192 },\n`,
    ).join("")}  ] } } },\n}\n`;

  it("a lint over the time limit is given up with a diagnostic saying so; the server keeps serving", async () => {
    const client = await start({ initializationOptions: { timeLimitMs: 20 } });
    const uri = uriOf("slow/openclaw.json5");
    await client.open(uri, "json5", big(20_000));
    const [d] = await client.diagnosticsFor(uri, (ds) => ds.length > 0, 60_000);
    expect(d).toMatchObject({ code: "time-limit", severity: 2, range: { start: { line: 0, character: 0 } } });
    expect(d.message).toMatch(/^openclaw-qwen-lint stopped checking this file after 0\.02 s \(time limit\)/);
    // A usable limit again (the editor setting), and the next edit is linted normally.
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { "openclaw-qwen-lint": { timeLimitMs: 30_000 } } });
    await client.change(uri, CODING);
    const ds = await client.diagnosticsFor(uri, (x) => x.some((y) => y.code === "model-not-on-plan"), 30_000);
    expect(ds.map((x) => x.code)).not.toContain("time-limit");
  }, 90_000);

  const hostile: [string, string][] = [
    ["a rule that throws on a non-string model name", "{ models: { providers: { qwen: { models: [{ id: 'qwen3.7-plus', name: null }] } } } }"],
    ["text ending in a string with a backslash", '{ baseUrl: "https:\\'],
  ];
  it.each(hostile)("never deaf after %s", async (_what, text) => {
    const client = await start({ initializationOptions: { timeLimitMs: 3000 } });
    const uri = uriOf(`hostile-${clients.length}/openclaw.json5`);
    await client.open(uri, "json5", text);
    // Something is published for it: findings, or the diagnostic saying the lint was given up.
    const ds: Diagnostic[] = await client.diagnosticsFor(uri, (x) => x.length > 0, 30_000);
    expect(ds.length).toBeGreaterThan(0);
    const next = uriOf(`after-${clients.length}/openclaw.json5`);
    await client.open(next, "json5", CODING);
    expect((await client.diagnosticsFor(next, (x) => x.length > 0, 30_000)).map((x) => x.code)).toContain("model-not-on-plan");
    expect(await client.hover(uri, { line: 0, character: 3 })).toBeNull();
  }, 60_000);
});

