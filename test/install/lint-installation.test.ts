// Linting an installation: the config plus the keys in the state database and the .env files, on state
// directories written by the real openclaw onboard (test/fixtures/install). What onboarding writes gets
// no finding; a key of the wrong plan is reported at the config line with the key's place.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInstallation } from "../../src/install/installation.js";
import { installationSource } from "../../src/install/keys.js";
import { lintText } from "../../src/index.js";
import { FIXTURES, lines } from "../helpers.js";

const DIR = join(FIXTURES, "install");

/** A HOME whose ~/.openclaw is a copy of a fixture, plus extra files; returns the lint of its installation. */
function lintInstall(fixture: string, files: Record<string, string> = {}, env: Record<string, string> = {}, config?: (text: string) => string) {
  const home = mkdtempSync(join(tmpdir(), "oql-lint-inst-"));
  cpSync(join(DIR, fixture), join(home, ".openclaw"), { recursive: true });
  const cwd = join(home, "work");
  mkdirSync(cwd);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(home, p, ".."), { recursive: true });
    writeFileSync(join(home, p), text);
  }
  const configPath = join(home, ".openclaw/openclaw.json");
  if (config) writeFileSync(configPath, config(readFileSync(configPath, "utf8")));
  const inst = readInstallation({ env: { HOME: home }, cwd });
  const result = lintText(readFileSync(configPath, "utf8"), { filePath: configPath, env: { HOME: home, ...env }, installation: installationSource(inst, { HOME: home, ...env }) });
  return { home, result, lines: lines(result).map((l) => l.replaceAll(home, "~")) };
}

const onboarded = readdirSync(DIR).filter((n) => n.startsWith("qwen-"));

describe("what openclaw onboard wrote gets no finding", () => {
  for (const name of onboarded)
    it(name, () => {
      // ref mode: the key is where OpenClaw's docs say to put it.
      const envName = name.includes("token-plan") ? "QWEN_TOKEN_PLAN_API_KEY" : "QWEN_API_KEY";
      const key = name.includes("standard") ? "sk-00000000000000000000000000000003" : "sk-sp-00000000000000000000000000000001";
      const files: Record<string, string> = name.endsWith("-ref") ? { ".openclaw/.env": `${envName}=${key}\n` } : {};
      const { result } = lintInstall(name, files);
      expect(result.diagnostics.filter((d) => d.severity !== "info").map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
    });
});

describe("the key where it lives", () => {
  it("a Coding Plan key in the database against the Standard host: the baseUrl line, citing the database row", () => {
    // wal-pending: onboarded for Standard, then the key changed to sk-sp-... in a write still in the WAL.
    const { lines: got } = lintInstall("wal-pending");
    const hit = got.filter((l) => l.includes("api-key-plan-mismatch"));
    expect(hit).toHaveLength(1);
    // Line 107 of the onboarded openclaw.json: "baseUrl": "https://dashscope-intl.aliyuncs.com/compatible-mode/v1".
    expect(hit[0]).toMatch(/^107:20-107:76 warning api-key-plan-mismatch: The key in ~\/\.openclaw\/state\/openclaw\.sqlite authProfiles\.store qwen:default\.key looks like a Coding Plan or Token Plan key \(starts with sk-sp-\), but qwen requests go to the Standard Global endpoint/);
    expect(hit[0]).toContain("401 InvalidApiKey");
  });

  it("a Standard key in ~/.openclaw/.env for a ref-mode Coding Plan install: cites the .env line", () => {
    const { lines: got } = lintInstall("qwen-api-key-ref", { ".openclaw/.env": "# mine\nQWEN_API_KEY=sk-00000000000000000000000000000003\n" });
    const hit = got.filter((l) => l.includes("api-key-plan-mismatch"));
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatch(/^103:20-103:67 warning api-key-plan-mismatch: The key in ~\/\.openclaw\/\.env:2 looks like a Standard key \(no sk-sp- prefix\), but qwen requests go to the Coding Plan Global endpoint/);
  });

  it("Wan video against a Coding Plan key in the database, on the Standard host", () => {
    const { lines: got } = lintInstall("wal-pending", {}, {}, (t) => t.replace(`"model": {`, `"mediaModels": { "video": "qwen/wan2.6-t2v" },\n      "model": {`));
    expect(got.filter((l) => l.includes("video-requires-standard")).join("\n")).toMatch(/the key in ~\/\.openclaw\/state\/openclaw\.sqlite authProfiles\.store qwen:default\.key \(starts with sk-sp-\) is a Coding Plan or Token Plan key/);
  });

  it("the working-directory .env: OpenClaw ignores the key there", () => {
    const { result } = lintInstall("qwen-api-key", { "work/.env": "FOO=1\nQWEN_API_KEY=sk-sp-00000000000000000000000000000009\n" });
    const d = result.diagnostics.find((x) => x.ruleId === "workspace-dotenv-credential")!;
    expect(d.filePath.endsWith("/work/.env")).toBe(true);
    expect([d.range.start.line, d.range.start.column, d.range.end.column, d.severity]).toEqual([2, 1, 52, "warning"]);
    expect(d.message).toContain("Move the line to ~/.openclaw/.env");
  });

  it("daemon-env answers: a keyRef whose variable no daemon-visible file sets", () => {
    const none = lintInstall("qwen-token-plan-ref", {}, { QWEN_TOKEN_PLAN_API_KEY: "sk-sp-00000000000000000000000000000005" });
    const hit = none.result.diagnostics.filter((d) => d.ruleId === "daemon-env");
    expect(hit.map((d) => d.message)).toEqual([expect.stringContaining("the keyRef of auth profile qwen-token-plan:default")]);
    expect(hit[0].message).toContain("set in this shell only");
    // In ~/.config/openclaw/gateway.env (default state dir): it reaches the daemon, no finding.
    const gw = lintInstall("qwen-token-plan-ref", { ".config/openclaw/gateway.env": "QWEN_TOKEN_PLAN_API_KEY=sk-sp-00000000000000000000000000000005\n" });
    expect(gw.result.diagnostics.filter((d) => d.ruleId === "daemon-env")).toEqual([]);
    // The plain-text key in the database reaches it too.
    expect(lintInstall("qwen-token-plan").result.diagnostics.filter((d) => d.ruleId === "daemon-env")).toEqual([]);
  });
});

describe("library", () => {
  it("openInstallation({ stateDir }) is what LintOptions.installation takes", async () => {
    const { openInstallation } = await import("../../src/index.js");
    const home = mkdtempSync(join(tmpdir(), "oql-lib-inst-"));
    cpSync(join(DIR, "wal-pending"), join(home, "oc"), { recursive: true });
    const i = await openInstallation({ stateDir: join(home, "oc"), env: { HOME: home }, cwd: home });
    expect(i.problems).toEqual([]);
    expect(i.configPath).toBe(join(home, "oc/openclaw.json"));
    const r = lintText(readFileSync(i.configPath, "utf8"), { filePath: i.configPath, env: {}, installation: i });
    expect(r.diagnostics.map((d) => d.ruleId)).toContain("api-key-plan-mismatch");
  });
});
