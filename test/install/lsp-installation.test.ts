// The language server with a state dir (initializationOptions.stateDir, or the "openclaw-qwen-lint"
// setting pushed or pulled): the open config is checked against the installation's keys through the real
// stdio server, and no key read from the installation reaches any protocol message or the server's log.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { ensureBuilt, ROOT } from "../build.js";
import { LspClient } from "../editor/lsp-client.js";
import { FIXTURES } from "../helpers.js";

const CLI = join(ROOT, "bin", "openclaw-qwen-lint.cjs");
// wal-pending's database key is sk-sp-000…0007 (Coding Plan) against the config's Standard host.
const CANARIES = ["0000000007", "CANARY", "sk-sp-0000"];
const STATE_CANARY = "sk-CANARYlsp0123456789abcdefABCDEF";
let client: LspClient | undefined;

beforeAll(() => ensureBuilt(), 120_000);
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

function home() {
  const h = mkdtempSync(join(tmpdir(), "oql-lsp-inst-"));
  cpSync(join(FIXTURES, "install", "wal-pending"), join(h, ".openclaw"), { recursive: true });
  writeFileSync(join(h, ".openclaw/.env"), `DASHSCOPE_API_KEY=${STATE_CANARY}\n`);
  const path = join(h, ".openclaw/openclaw.json");
  return { h, path, uri: pathToFileURL(path).href, text: readFileSync(path, "utf8") };
}

const start = (h: string, opts: Parameters<typeof LspClient.start>[1] = {}) => LspClient.start([CLI, "lsp", "--stdio"], { cwd: h, env: { ...process.env, HOME: h }, ...opts });
const mismatch = (ds: Diagnostic[]) => ds.filter((x) => x.code === "api-key-plan-mismatch");

describe("language server with a state dir", () => {
  it("initializationOptions.stateDir: the database key against the config's host, and no key in any message", async () => {
    const { h, path, uri, text } = home();
    client = await start(h, { initializationOptions: { stateDir: "~/.openclaw" } });
    await client.open(uri, "json", text);
    const ds = await client.diagnosticsFor(uri, (d) => mismatch(d).length > 0, 20_000);
    const [hit] = mismatch(ds);
    expect(hit.range.start).toEqual({ line: 106, character: 19 });
    expect(hit.message).toContain("~/.openclaw/state/openclaw.sqlite authProfiles.store qwen:default.key");
    // Hover and the quick fixes list go over the same findings.
    await client.hover(uri, hit.range.start);
    await client.codeActions(uri, hit.range, [hit]);
    const everything = client.stdout.join("") + client.stderr.join("");
    expect(everything).toContain("api-key-plan-mismatch");
    expect(CANARIES.filter((c) => everything.includes(c))).toEqual([]);
    expect(path).toContain(h);
  }, 60_000);

  it("without a state dir the key is unknown; the pushed setting turns the installation on and off", async () => {
    const { h, uri, text } = home();
    client = await start(h);
    await client.open(uri, "json", text);
    const plain = await client.diagnosticsFor(uri, () => true, 20_000);
    expect(mismatch(plain)).toEqual([]);
    await client.configure({ "openclaw-qwen-lint": { stateDir: join(h, ".openclaw") } });
    await client.diagnosticsFor(uri, (d) => mismatch(d).length === 1, 20_000);
    await client.configure({ "openclaw-qwen-lint": { stateDir: "" } });
    await client.diagnosticsFor(uri, (d) => mismatch(d).length === 0, 20_000);
    expect(CANARIES.filter((c) => (client!.stdout.join("") + client!.stderr.join("")).includes(c))).toEqual([]);
  }, 60_000);

  it("a client that answers workspace/configuration: the pulled stateDir applies, relative to the workspace folder", async () => {
    const { h, uri, text } = home();
    client = await start(h, { rootUri: pathToFileURL(h).href, configuration: (section) => (section === "openclaw-qwen-lint" ? { stateDir: ".openclaw" } : null) });
    await client.open(uri, "json", text);
    await client.diagnosticsFor(uri, (d) => mismatch(d).length === 1, 20_000);
  }, 60_000);

  it("a state dir without a database: a note in the server's log (window/logMessage), the config is linted as without one", async () => {
    const { h, uri, text } = home();
    client = await start(h, { initializationOptions: { stateDir: join(h, "nowhere") } });
    await client.open(uri, "json", text);
    const ds = await client.diagnosticsFor(uri, () => true, 20_000);
    expect(mismatch(ds)).toEqual([]);
    // window/logMessage, sent before the findings.
    expect(client.stdout.join("")).toMatch(/installation .*nowhere.*does not exist/);
  }, 60_000);
});
