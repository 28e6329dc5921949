// Canary secrets through every output a user or a CI log sees: all six formats on stdout, `-o`
// files, `--fix-dry-run` diffs, and the language server's diagnostics, code actions and hover. One
// config carries each way a key ends up where it should not (issue 9's list); a second file does
// not parse and ends inside a string holding a token.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../src/formatters/index.js";
import { BIN, cli, ensureBuilt } from "./cli/run-cli.js";
import { hoverText, LspClient } from "./editor/lsp-client.js";

/** Each canary with the line it sits on and the redacted form the code frame must show instead. */
const CASES = {
  "a key pasted in a model slot": { secret: "sk-sp-CANARYa1b2c3d4e5f6g7h8", shown: "qwen/sk-sp-CA...g7h8" },
  "a key as a listing key": { secret: "sk-CANARY9z8y7x6w5v4u3t2s1r", shown: '"qwen/sk-CA...2s1r": {}' },
  "a key in a fallback the fix rewrites": { secret: "sk-CANARYfallback7h6g5f4d3s", shown: "modelstudio/sk-CA...4d3s" },
  "a key as the value of api": { secret: "sk-CANARYapi9f8e7d6c5b4a3z2y", shown: 'api: "sk-CA...3z2y"' },
  "a key as the value of baseUrl": { secret: "sk-CANARYbase1q2w3e4r5t6y7u8i", shown: 'baseUrl: "sk-CA...7u8i"' },
  "a token under a misspelt key": { secret: "canarytok3n9f8d7", shown: 'apiKye: "ca...f8d7"' },
  "a password in URL userinfo": { secret: "canarypw7k3j2h1", shown: "https://user:ca...j2h1@" },
  "a token in a URL query": { secret: "canaryqs5m4n3b2", shown: "?api_key=ca...n3b2" },
  "a token in an unterminated string": { secret: "canaryunterm8x7c6v5", shown: 'apiKye: "ca...c6v5' },
} as const;

const CONFIG = `{
  agents: { defaults: { model: { primary: "qwen/${CASES["a key pasted in a model slot"].secret}", fallbacks: ["modelstudio/${CASES["a key in a fallback the fix rewrites"].secret}"] }, models: { "qwen/${CASES["a key as a listing key"].secret}": {} } } },
  models: {
    providers: {
      qwen: {
        api: "${CASES["a key as the value of api"].secret}",
        baseUrl: "${CASES["a key as the value of baseUrl"].secret}",
        apiKye: "${CASES["a token under a misspelt key"].secret}", headers: { "X-Proxy": "https://user:${CASES["a password in URL userinfo"].secret}@proxy.example.com/v1?api_key=${CASES["a token in a URL query"].secret}" },
        models: [],
      },
    },
  },
}
`;
const BROKEN = `{\n  models: { providers: { qwen: { apiKye: "${CASES["a token in an unterminated string"].secret}\n`;

/** The middle of every canary (the redacted forms keep 2 characters at the start and 4 at the end). */
const leaks = (out: string) =>
  Object.entries(CASES)
    .filter(([, c]) => out.includes(c.secret.slice(2, -4)))
    .map(([name]) => name);

let dir: string;
const run = (...args: string[]) => cli(["openclaw.json5", "broken.json5", ...args], { cwd: dir });

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "oql-canary-"));
  writeFileSync(join(dir, "openclaw.json5"), CONFIG);
  writeFileSync(join(dir, "broken.json5"), BROKEN);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("no canary secret in any CLI output", () => {
  it("the canaries are real findings: stylish frames show every line, redacted", () => {
    const r = run();
    expect(r.code).toBe(1);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
    for (const [name, c] of Object.entries(CASES)) expect(r.stdout, name).toContain(c.shown);
    // The same run without redaction would have printed them: the test can fail.
    expect(leaks(CONFIG + BROKEN)).toEqual(Object.keys(CASES));
  });

  it.each(FORMAT_NAMES.filter((f) => f !== "stylish"))("--format %s on stdout", (format) => {
    const r = run("--format", format);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(200);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  });

  it("-o files of every format", () => {
    for (const format of FORMAT_NAMES) {
      const out = join(dir, `report.${format}`);
      const r = run("--format", format, "-o", out);
      expect(r.code, format).toBe(1);
      expect(leaks(readFileSync(out, "utf8") + r.stdout + r.stderr), format).toEqual([]);
    }
  });

  it("--fix-dry-run: the diff shows the rewritten ref redacted, the JSON report drops a fix whose edit would carry the key", () => {
    const r = run("--fix-dry-run");
    expect(r.stdout).toMatch(/^\+.*"qwen\/sk-CA\.\.\.4d3s"/m);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
    const json = run("--fix-dry-run", "--format", "json");
    expect(leaks(json.stdout + json.stderr)).toEqual([]);
  });

  it("--format github carries no control bytes from config keys into the log", () => {
    writeFileSync(join(dir, "esc.json5"), '{ "\u001b[31mred\u0007": 1 }\n');
    const r = cli(["esc.json5", "--format", "github"], { cwd: dir });
    expect(r.stdout).toContain("unknown-key");
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe("no canary secret from the language server", () => {
  let client: LspClient;
  const uri = () => pathToFileURL(join(dir, "openclaw.json5")).href;
  beforeAll(async () => {
    client = await LspClient.start([BIN, "lsp", "--stdio"], { rootUri: pathToFileURL(dir).href, cwd: dir });
  }, 60_000);
  afterAll(async () => client?.stop());

  it("diagnostics, code actions and hover", async () => {
    await client.open(uri(), "json5", CONFIG);
    const ds = await client.diagnosticsFor(uri(), (d) => d.length > 0);
    expect(ds.map((d) => d.code)).toEqual(expect.arrayContaining(["invalid-value", "unknown-key", "legacy-provider-alias"]));
    const actions = await client.codeActions(uri(), { start: { line: 1, character: 0 }, end: { line: 1, character: 300 } }, ds);
    expect(actions.length).toBeGreaterThan(0);
    // Quick fixes must carry the key in their edits (they are applied to the user's own buffer), not in titles.
    expect(leaks(JSON.stringify(ds) + JSON.stringify(actions.map((a) => a.title)))).toEqual([]);
    const col = CONFIG.split("\n")[1].indexOf("qwen/sk-sp-") + 8;
    const hover = hoverText(await client.hover(uri(), { line: 1, character: col }));
    expect(hover).toContain("sk-sp-CA...g7h8");
    expect(leaks(hover)).toEqual([]);
    const broken = pathToFileURL(join(dir, "openclaw.broken.json5")).href;
    await client.open(broken, "json5", BROKEN);
    const bds = await client.diagnosticsFor(broken, (d) => d.length > 0);
    expect(bds.map((d) => d.code)).toEqual(["parse-error"]);
    expect(leaks(JSON.stringify(bds))).toEqual([]);
  }, 60_000);
});
