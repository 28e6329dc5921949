// The language server with initializationOptions.stateDir: the open config is checked against the
// installation's keys, and no key read from the installation reaches a diagnostic or the server's log.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, ROOT } from "../build.js";
import { LspClient } from "../editor/lsp-client.js";
import { FIXTURES } from "../helpers.js";

const CLI = join(ROOT, "bin", "openclaw-qwen-lint.js");
let client: LspClient;
let home: string;

beforeAll(async () => {
  ensureBuilt();
  home = mkdtempSync(join(tmpdir(), "oql-lsp-inst-"));
  cpSync(join(FIXTURES, "install", "wal-pending"), join(home, ".openclaw"), { recursive: true });
  writeFileSync(join(home, ".openclaw/.env"), "DASHSCOPE_API_KEY=sk-CANARYlsp0123456789abcdefABCDEF\n");
  client = await LspClient.start([CLI, "lsp", "--stdio"], { cwd: home, env: { ...process.env, HOME: home }, initializationOptions: { stateDir: join(home, ".openclaw") } });
}, 120_000);

afterAll(async () => {
  await client?.stop();
});

describe("language server with a state dir", () => {
  it("reports the database key against the config's host, and never shows a key", async () => {
    const path = join(home, ".openclaw/openclaw.json");
    const uri = pathToFileURL(path).href;
    await client.open(uri, "json", readFileSync(path, "utf8"));
    const ds = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === "api-key-plan-mismatch"), 20_000);
    const hit = ds.find((x) => x.code === "api-key-plan-mismatch")!;
    expect(hit.range.start).toEqual({ line: 106, character: 19 });
    expect(hit.message).toContain("~/.openclaw/state/openclaw.sqlite authProfiles.store qwen:default.key");
    const everything = JSON.stringify(ds) + client.stderr.join("");
    for (const canary of ["0000000007", "CANARY", "sk-sp-0000"]) expect(everything).not.toContain(canary);
  });
});
