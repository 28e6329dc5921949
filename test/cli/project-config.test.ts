// .openclaw-qwen-lint.json5: lookup, the accepted format, and every kind of problem with its position.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findProjectConfig, loadProjectConfig, parseProjectConfig, ProjectConfigError, PROJECT_CONFIG_NAME } from "../../src/project-config.js";

/** `line:col: message` for each problem, or "ok". */
function problems(text: string): string[] | "ok" {
  try {
    parseProjectConfig(text, "p.json5");
    return "ok";
  } catch (e) {
    if (!(e instanceof ProjectConfigError)) throw e;
    return e.problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
  }
}

describe("valid configs", () => {
  it("rules and catalog additions, with defaults filled in", () => {
    const config = parseProjectConfig(
      `// comments and trailing commas are fine
{
  $schema: "./node_modules/openclaw-qwen-lint/schema/x.json",
  rules: { "legacy-provider-alias": "off", "model-not-on-plan": "warning", },
  catalog: {
    models: [{ provider: "modelstudio", id: "qwen9", input: ["text"], contextWindow: 131072, maxTokens: 8192, availability: { standard: "available", coding: { status: "lagging", reason: "new" } } }],
    endpoints: [{ id: "standard-eu", plan: "standard", region: "global", regionDetail: "Frankfurt", baseUrl: "https://dashscope-eu.example.com/compatible-mode/v1", authChoice: "qwen-standard-api-key", cliFlag: "--modelstudio-standard-api-key" }],
  },
}`,
      "p.json5",
    );
    expect(config.rules).toEqual({ "legacy-provider-alias": "off", "model-not-on-plan": "warning" });
    // An alias provider is stored under the canonical id; name and reasoning get defaults.
    expect(config.catalog?.models?.[0]).toMatchObject({ provider: "qwen", id: "qwen9", name: "qwen9", reasoning: false });
    expect(config.catalog?.endpoints?.[0]).toMatchObject({ id: "standard-eu", plan: "standard" });
    expect(parseProjectConfig("{}", "p.json5")).toEqual({});
  });
});

describe("problems, with positions", () => {
  it("not JSON5, not an object", () => {
    expect(problems("{ rules: { ")).toEqual([expect.stringMatching(/^1:\d+: not valid JSON5: /)]);
    expect(problems("[]")).toEqual(["1:1: the project config must be an object ({ rules: {...}, catalog: {...} }), not an array"]);
  });

  it("unknown keys and rule ids with did-you-mean; bad levels", () => {
    expect(problems(`{\n  rule: {},\n  rules: { "model-not-on-pln": "off", "legacy-provider-alias": "warn", "duplicate-key": 2, "qqqqqqqqqq": "off" },\n}`)).toEqual([
      '2:3: unknown key "rule" in the project config; did you mean "rules"?',
      '3:12: unknown rule "model-not-on-pln"; did you mean "model-not-on-plan"?',
      '3:64: rules["legacy-provider-alias"] must be "off", "info", "warning" or "error", not "warn"; did you mean "warning"?',
      '3:89: rules["duplicate-key"] must be "off", "info", "warning" or "error", not 2; did you mean "error"?',
      '3:92: unknown rule "qqqqqqqqqq"; `openclaw-qwen-lint rules` lists the rule ids',
    ]);
    expect(problems(`{ rules: ["a"] }`)).toEqual(["1:10: rules must be an object, not an array"]);
  });

  it("catalog models: required fields, types, providers, plans", () => {
    const text = `{ catalog: { models: [
  { provider: "qwen-portal", id: "", input: ["txt"], contextWindow: 1.5, maxTokens: "8k", reasoning: "yes", availability: { codng: "available", token: "maybe" }, colour: 1 },
  { provider: "qwen" },
] } }`;
    expect(problems(text)).toEqual([
      '2:15: catalog.models[0].provider must be a Qwen chat provider ("qwen" or "qwen-token-plan"), not "qwen-portal"',
      '2:34: catalog.models[0].id must be a non-empty string, not ""',
      '2:46: catalog.models[0].input[0] must be "text", "image", "video" or "audio", not "txt"; did you mean "text"?',
      "2:69: catalog.models[0].contextWindow must be a whole number above 0, not 1.5",
      '2:85: catalog.models[0].maxTokens must be a whole number above 0, not "8k"',
      '2:102: catalog.models[0].reasoning must be true or false, not "yes"',
      '2:125: unknown key "codng" in catalog.models[0].availability; did you mean "coding"?',
      '2:152: catalog.models[0].availability.token must be "available" or { status: "unavailable" | "lagging", reason: "..." }, not "maybe"',
      '2:163: unknown key "colour" in catalog.models[0]; allowed: provider, id, name, input, contextWindow, maxTokens, reasoning, thinking, codeMode, hidden, deprecated, notes, availability',
      '3:3: catalog.models[1] needs "id"',
      '3:3: catalog.models[1] needs "input"',
      '3:3: catalog.models[1] needs "contextWindow"',
      '3:3: catalog.models[1] needs "maxTokens"',
      '3:3: catalog.models[1] needs "availability"',
    ]);
  });

  it("catalog endpoints: ids, plans, regions, URLs, flags", () => {
    const text = `{ catalog: { endpoints: [{ id: "coding-global", plan: "pay-as-you-go", region: "eu", baseUrl: "dashscope.example.com", authChoice: "x", cliFlag: "modelstudio-api-key" }] } }`;
    expect(problems(text)).toEqual([
      '1:32: catalog.endpoints[0].id: the shipped catalog already has an endpoint "coding-global"; pick another id',
      '1:55: catalog.endpoints[0].plan must be "coding", "standard" or "token", not "pay-as-you-go"',
      '1:80: catalog.endpoints[0].region must be "global" or "cn", not "eu"',
      '1:95: catalog.endpoints[0].baseUrl must be an absolute http(s) URL, not "dashscope.example.com"',
      '1:146: catalog.endpoints[0].cliFlag must be an onboarding flag such as "--qwen-api-key", not "modelstudio-api-key"',
    ]);
  });
});

describe("lookup", () => {
  it("the nearest file upward wins; none -> undefined", () => {
    const root = mkdtempSync(join(tmpdir(), "oql-pc-"));
    mkdirSync(join(root, "a", "b", "c"), { recursive: true });
    writeFileSync(join(root, PROJECT_CONFIG_NAME), "{}");
    writeFileSync(join(root, "a", PROJECT_CONFIG_NAME), `{ rules: { "legacy-provider-alias": "off" } }`);
    expect(findProjectConfig(join(root, "a", "b", "c"))).toBe(join(root, "a", PROJECT_CONFIG_NAME));
    expect(findProjectConfig(root)).toBe(join(root, PROJECT_CONFIG_NAME));
    expect(loadProjectConfig(join(root, "a", PROJECT_CONFIG_NAME)).config.rules).toEqual({ "legacy-provider-alias": "off" });
    // A directory with that name is not a config.
    const other = mkdtempSync(join(tmpdir(), "oql-pc-"));
    mkdirSync(join(other, PROJECT_CONFIG_NAME));
    expect(findProjectConfig(other) === join(other, PROJECT_CONFIG_NAME)).toBe(false);
  });

  it("an unreadable file is a problem at 1:1", () => {
    expect(() => loadProjectConfig("/nonexistent/.openclaw-qwen-lint.json5")).toThrow(/1:1: cannot read the project config: no such file/);
  });
});

describe("catalog.videoModels", () => {
  it("declares a Wan model the shipped catalog does not know yet", async () => {
    const { parseProjectConfig } = await import("../../src/project-config.js");
    const { lintText } = await import("../../src/index.js");
    const config = parseProjectConfig(`{ catalog: { videoModels: [{ id: "wan2.8-t2v", durations: [5, 10] }] } }`, "/p/.openclaw-qwen-lint.json5");
    const text = `{ agents: { defaults: { mediaModels: { video: "qwen/wan2.8-t2v" } } } }`;
    const ids = (c?: object) => lintText(text, { filePath: "/p/openclaw.json5", env: {}, config: c }).diagnostics.map((d) => d.ruleId);
    expect(ids()).toContain("unknown-model");
    expect(ids(config)).not.toContain("unknown-model");
    expect(() => parseProjectConfig(`{ catalog: { videoModels: [{ id: "wan2.6-t2v" }] } }`, "/p/x.json5")).toThrow(/already has the video model "wan2.6-t2v"/);
  });
});
