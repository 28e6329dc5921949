// `--fix` and `--fix-dry-run` through the built command.
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, ensureBuilt } from "./run-cli.js";

const SECRET = "sk-7c1e0a9b3d5f4e2a8b6c0d1e2f3a4b5c";
const CONFIG = `// Gateway config; comments and quotes must survive --fix.
{
  models: {
    providers: {
      qwen: {
        baseUrl: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions', // Standard, Global
        apiKey: "${SECRET}",
        api: "openai-completions",
      },
    },
  },
  agents: {
    defaults: {
      model: { primary: "modelstudio/qwen3.8-max", fallbacks: ["qwencloud/qwen3.7-plus"] },
    },
  },
}
`;
const FIXED = CONFIG.replace("/compatible-mode/v1/chat/completions'", "/compatible-mode/v1'").replace('"modelstudio/qwen3.8-max"', '"qwen/qwen3.8-max"').replace('"qwencloud/qwen3.7-plus"', '"qwen/qwen3.7-plus"');

const project = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), "oql-fix-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

beforeAll(() => ensureBuilt());

describe("--fix", () => {
  it("fixes in place, keeps everything else byte-identical and the file mode, and says what it did", () => {
    const dir = project({ "openclaw.json5": CONFIG });
    chmodSync(join(dir, "openclaw.json5"), 0o600);
    const r = cli(["--fix", "openclaw.json5"], { cwd: dir });
    expect(readFileSync(join(dir, "openclaw.json5"), "utf8")).toBe(FIXED);
    expect(statSync(join(dir, "openclaw.json5")).mode & 0o777).toBe(0o600);
    expect(r.stderr).toMatch(/^Fixed 3 problems in 1 file \((base-url-shape, legacy-provider-alias ×2|legacy-provider-alias ×2, base-url-shape)\)\./);
    expect(r.stdout).toMatch(/plaintext-api-key/); // what is left is reported
    expect(r.code).toBe(0); // only warnings are left
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it("is idempotent: a second run changes nothing", () => {
    const dir = project({ "openclaw.json5": FIXED });
    const r = cli(["--fix", "openclaw.json5"], { cwd: dir });
    expect(readFileSync(join(dir, "openclaw.json5"), "utf8")).toBe(FIXED);
    expect(r.stderr).toMatch(/^Nothing to fix automatically\./);
  });

  it("never writes a file that does not parse", () => {
    const broken = CONFIG.replace("agents: {", "agents: {{");
    const dir = project({ "openclaw.json5": broken });
    const r = cli(["--fix", "openclaw.json5"], { cwd: dir });
    expect(readFileSync(join(dir, "openclaw.json5"), "utf8")).toBe(broken);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/openclaw\.json5 was not fixed: it is not valid JSON5\./);
  });

  it("lands fixes inside an $include'd file in that file", () => {
    const dir = project({ "openclaw.json5": `{ agents: { $include: "./agents.json5" } }\n`, "agents.json5": `{ defaults: { model: "dashscope/qwen3.5-plus" } }\n` });
    cli(["--fix", "openclaw.json5"], { cwd: dir });
    expect(readFileSync(join(dir, "openclaw.json5"), "utf8")).toBe(`{ agents: { $include: "./agents.json5" } }\n`);
    expect(readFileSync(join(dir, "agents.json5"), "utf8")).toBe(`{ defaults: { model: "qwen/qwen3.5-plus" } }\n`);
  });

  it("prints the fixed text for standard input and the report on stderr", () => {
    const r = cli(["--fix", "-", "--stdin-filename", "openclaw.json5"], { input: CONFIG });
    expect(r.stdout).toBe(FIXED);
    expect(r.stderr).toMatch(/Fixed 3 problems/);
    expect(r.stderr).toMatch(/plaintext-api-key/);
  });

  it("keeps --format json valid: the summary goes to stderr", () => {
    const dir = project({ "openclaw.json5": CONFIG });
    const r = cli(["--fix", "--format", "json", "openclaw.json5"], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.results[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).not.toContain("legacy-provider-alias");
    expect(r.stdout).not.toContain(SECRET);
  });
});

describe("--fix-dry-run", () => {
  it("prints a unified diff with secrets redacted and writes nothing", () => {
    const dir = project({ "openclaw.json5": CONFIG });
    const r = cli(["--fix-dry-run", "openclaw.json5"], { cwd: dir });
    expect(readFileSync(join(dir, "openclaw.json5"), "utf8")).toBe(CONFIG);
    expect(r.stdout).toContain("--- a/openclaw.json5");
    expect(r.stdout).toContain("+++ b/openclaw.json5");
    expect(r.stdout).toContain(`-      model: { primary: "modelstudio/qwen3.8-max", fallbacks: ["qwencloud/qwen3.7-plus"] },`);
    expect(r.stdout).toContain(`+      model: { primary: "qwen/qwen3.8-max", fallbacks: ["qwen/qwen3.7-plus"] },`);
    expect(r.stdout).toMatch(/apiKey: "sk-7c\.\.\.4b5c"/); // a context line, redacted
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.stderr).toMatch(/^Would fix 3 problems in 1 file/);
  });
});

describe("the tool's own config as an input", () => {
  it("is validated as a tool config, not linted as an OpenClaw config, and never fixed", () => {
    const good = `{ rules: { "legacy-provider-alias": "off" } }\n`;
    const dir = project({ ".openclaw-qwen-lint.json5": good });
    const ok = cli(["--fix", ".openclaw-qwen-lint.json5"], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe("");
    expect(readFileSync(join(dir, ".openclaw-qwen-lint.json5"), "utf8")).toBe(good);
    writeFileSync(join(dir, ".openclaw-qwen-lint.json5"), `{ rules: { "legacy-provider-alis": "off" } }\n`);
    const bad = cli([".openclaw-qwen-lint.json5"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`.openclaw-qwen-lint.json5:1:12: unknown rule "legacy-provider-alis"; did you mean "legacy-provider-alias"?`);
  });
});
