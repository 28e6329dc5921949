// The library agrees with the CLI: lintFiles applies the nearest .openclaw-qwen-lint.json5 as the CLI
// does, and a ToolConfig with a misspelt rule id or an incomplete catalog model is refused with a
// clear error instead of being ignored.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidToolConfigError, lintFiles, lintText, loadProjectConfig, ProjectConfigError, type ToolConfig } from "../src/index.js";
import { cli, ensureBuilt } from "./cli/run-cli.js";

const CONFIG = `{
  models: { providers: { qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1", api: "openai-completions", models: [] } } },
  agents: { defaults: { model: { primary: "qwen/qwen3.8-max", fallbacks: ["modelstudio/qwen3.7-plus"] } } },
}
`;
let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "oql-api-"));
  writeFileSync(join(dir, "openclaw.json5"), CONFIG);
  writeFileSync(join(dir, ".openclaw-qwen-lint.json5"), `{ rules: { "legacy-provider-alias": "off", "model-not-on-plan": "warning" } }\n`);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const summary = (rs: { filePath: string; diagnostics: { ruleId: string; severity: string; message: string }[] }[]) =>
  rs.map((r) => ({ filePath: r.filePath, diagnostics: r.diagnostics.map((d) => `${d.severity} ${d.ruleId}: ${d.message}`) }));

describe("lintFiles and the project config", () => {
  it("gives what the CLI gives for the same file (the nearest project config applies)", () => {
    const file = join(dir, "openclaw.json5");
    const fromCli = JSON.parse(cli(["-f", "json", file]).stdout).results;
    const fromLib = lintFiles([file]);
    expect(summary(fromLib)).toEqual(summary(fromCli));
    expect(fromLib[0].diagnostics.map((d) => d.ruleId)).not.toContain("legacy-provider-alias");
    expect(fromLib[0].diagnostics.find((d) => d.ruleId === "model-not-on-plan")?.severity).toBe("warning");
  });

  it("projectConfig: false lints with the defaults; a given config wins over the file", () => {
    const file = join(dir, "openclaw.json5");
    expect(lintFiles([file], { projectConfig: false })[0].diagnostics.map((d) => d.ruleId)).toContain("legacy-provider-alias");
    expect(lintFiles([file], { config: { rules: { "model-not-on-plan": "off" } } })[0].diagnostics.map((d) => d.ruleId)).toEqual(
      expect.arrayContaining(["legacy-provider-alias"]),
    );
  });

  it("loadProjectConfig reads and checks a project config; an invalid one throws with positions", () => {
    expect(loadProjectConfig(join(dir, ".openclaw-qwen-lint.json5")).config.rules).toEqual({ "legacy-provider-alias": "off", "model-not-on-plan": "warning" });
    const bad = join(dir, "bad.json5");
    writeFileSync(bad, `{ rules: { "model-not-on-pln": "off" } }`);
    expect(() => loadProjectConfig(bad)).toThrow(ProjectConfigError);
    expect(() => loadProjectConfig(bad)).toThrow(/bad\.json5:1:12: unknown rule "model-not-on-pln"; did you mean "model-not-on-plan"\?/);
  });
});

describe("a ToolConfig is checked", () => {
  it("a misspelt rule id is refused, with a did-you-mean", () => {
    const config = { rules: { "legacy-provider-alis": "off" } } as unknown as ToolConfig;
    expect(() => lintText(CONFIG, { config })).toThrow(InvalidToolConfigError);
    expect(() => lintText(CONFIG, { config })).toThrow('invalid ToolConfig: unknown rule "legacy-provider-alis"; did you mean "legacy-provider-alias"?');
  });

  it("an incomplete catalog.models entry is refused, naming what is missing", () => {
    const config = { catalog: { models: [{ provider: "qwen", id: "qwen9-preview" }] } } as unknown as ToolConfig;
    expect(() => lintText(CONFIG, { config })).toThrow(/^invalid ToolConfig: .*needs "input"/);
  });

  it("a valid one is used", () => {
    const config: ToolConfig = { rules: { "legacy-provider-alias": "off" } };
    expect(lintText(CONFIG, { config }).diagnostics.map((d) => d.ruleId)).not.toContain("legacy-provider-alias");
  });
});
