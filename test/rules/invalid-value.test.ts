import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/index.js";
import { expectRule, lint, span } from "../helpers.js";

const ID = "invalid-value";
const only = (text: string): Diagnostic[] => lint(text).diagnostics.filter((d) => d.ruleId === ID);

describe(ID, () => {
  it("names the expected shape of a model slot when the value's type fits no branch", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      model: 42,
      pdfModel: ["qwen/qwen3.6-plus"],
    },
  },
}`,
      [
        `4:14-4:16 error ${ID}: agents.defaults.model must be a model ref string like "qwen/qwen3.5-plus" or an object { primary, fallbacks }, not a number.`,
        `5:17-5:38 error ${ID}: agents.defaults.pdfModel must be a model ref string like "qwen/qwen3.5-plus" or an object { primary, fallbacks, timeoutMs }, not a list (array).`,
      ],
    );
  });

  it("reports the object branch's own problem when the value is an object", () => {
    expectRule(ID, `{ agents: { defaults: { model: { primary: "qwen/qwen3.5-plus", fallbacks: "qwen/glm-5" } } } }`, [
      `1:75-1:87 error ${ID}: agents.defaults.model.fallbacks must be a list (array), not a string. Wrap it in a list: ["qwen/glm-5"].`,
    ]);
    expectRule(ID, `{ agents: { defaults: { mediaModels: { video: { primary: 7 } } } } }`, [
      `1:58-1:59 error ${ID}: agents.defaults.mediaModels.video.primary must be a string, not a number.`,
    ]);
  });

  it("never prints a secret value", () => {
    const text = `{ models: { providers: { qwen: { apiKey: 12345678901234, headers: { "X-Token": 98765432109876 } } } } }`;
    expectRule(ID, text, [
      `1:42-1:56 error ${ID}: models.providers.qwen.apiKey must be a string or a SecretRef object { source, provider, id }, not a number.`,
      `1:80-1:94 error ${ID}: models.providers.qwen.headers.X-Token must be a string or a SecretRef object { source, provider, id }, not a number.`,
    ]);
    for (const d of only(text)) expect(d.message).not.toMatch(/12345678|98765432/);
  });

  it("spells out api_key vs api-key and fixes the spelling (facts R04)", () => {
    const text = `{
  models: { providers: { qwen: { auth: "api_key" } } },
  auth: { profiles: { "qwen:default": { provider: "qwen", mode: "api-key" } } },
}`;
    expectRule(ID, text, [
      `2:40-2:49 error ${ID}: "api_key" is not a valid models.providers.qwen.auth; use one of "api-key", "aws-sdk", "oauth", "token". Did you mean "api-key" (with a hyphen here)?`,
      `3:65-3:74 error ${ID}: "api-key" is not a valid auth.profiles["qwen:default"].mode; use one of "api_key", "aws-sdk", "oauth", "token". Did you mean "api_key" (with an underscore here)?`,
    ]);
    const [a, b] = only(text);
    expect(a.fix).toEqual({ description: 'Replace "api_key" with "api-key"', edits: [{ start: 41, end: 50, text: '"api-key"' }] });
    expect(b.fix?.edits[0].text).toBe('"api_key"');
  });

  it("lists enum values without the retired api \"openai\" and suggests the closest", () => {
    expectRule(ID, `{ models: { providers: { qwen: { api: 'openai-completion' } } } }`, [
      `1:39-1:58 error ${ID}: "openai-completion" is not a valid models.providers.qwen.api; use one of "openai-completions", "openai-responses", "openai-chatgpt-responses", "anthropic-messages", "google-generative-ai", "google-vertex", "github-copilot", "bedrock-converse-stream", "ollama", "pi-messages", "azure-openai-responses". Did you mean "openai-completions"?`,
    ]);
    const [d] = only(`{ models: { providers: { qwen: { api: 'openai-completion' } } } }`);
    expect(d.fix).toBeUndefined();
    expect(d.suggestions?.[0].edits[0].text).toBe("'openai-completions'");
  });

  it("leaves api \"openai\" to legacy-config-key", () => {
    expectRule(ID, `{ models: { providers: { qwen: { api: "openai", models: [{ id: "qwen3.5-plus", name: "qwen3.5-plus", api: "openai" }] } } } }`, []);
  });

  it("reports missing required keys, except a model row's id and name (model-row-incomplete)", () => {
    expectRule(
      ID,
      `{
  auth: { profiles: { "qwen:work": { provider: "qwen" }, other: { mode: "token" } } },
  models: { providers: { qwen: { models: [{ id: "qwen3.5-plus" }, { name: "x" }, {}] } } },
}`,
      [
        `2:36-2:56 error ${ID}: auth.profiles["qwen:work"] is missing the required key "mode"; OpenClaw rejects the config. Add mode: "api_key" (what onboarding writes for API keys).`,
        `2:65-2:82 error ${ID}: auth.profiles.other is missing the required key "provider"; OpenClaw rejects the config.`,
      ],
    );
  });

  it("explains numbers, booleans and whole numbers written wrongly", () => {
    expectRule(
      ID,
      `{
  models: {
    providers: {
      qwen: {
        timeoutSeconds: 2.5,
        models: [{ id: "glm-5", name: "glm-5", contextWindow: 0, maxTokens: "4096", reasoning: "true" }],
      },
    },
  },
}`,
      [
        `5:25-5:28 error ${ID}: models.providers.qwen.timeoutSeconds must be a whole number, not a fraction. Use a whole number, e.g. 3.`,
        `6:63-6:64 error ${ID}: models.providers.qwen.models[0].contextWindow must be greater than 0, not 0.`,
        `6:77-6:83 error ${ID}: models.providers.qwen.models[0].maxTokens must be a number, not a string. Write 4096 without quotes.`,
        `6:96-6:102 error ${ID}: models.providers.qwen.models[0].reasoning must be a boolean, not a string. Write true without quotes.`,
      ],
    );
  });

  it("reports ${VAR} in number and boolean fields anywhere: OpenClaw substitutes text, so it always refuses them", () => {
    const text = `{
  models: { providers: { qwen: {
    timeoutSeconds: "\${QWEN_TIMEOUT}",
    maxTokens: "\${MAX}",
    models: [{ id: "qwen3.5-plus", name: "Qwen", contextWindow: "\${CTX}", reasoning: "\${REASONING}" }],
  } } },
  agents: { defaults: { mediaModels: { video: { primary: "qwen/wan2.6-t2v", timeoutMs: "\${T}" } } } },
  env: { shellEnv: { enabled: "\${SHELL_ENV}" } },
  plugins: { entries: { qwen: { enabled: "\${ON}" } } },
  gateway: { port: "\${PORT}" },
}`;
    const msg = (path: string, raw: string, want: "number" | "integer" | "boolean") => {
      const name = raw.slice(2, -1);
      const what = want === "integer" ? "a whole number" : want === "boolean" ? "true or false" : "a number";
      const instead = want === "boolean" ? "true or false" : `a literal ${want === "integer" ? "whole " : ""}number`;
      return `${span(text, `"${raw}"`)} error ${ID}: ${path} takes ${what}, but "${raw}" is a string: OpenClaw substitutes \${...} only as text, so it refuses the config ("expected ${want === "boolean" ? "boolean" : "number"}, received string") even when ${name} is set. Write ${instead} instead of the placeholder.`;
    };
    expectRule(ID, text, [
      msg("models.providers.qwen.timeoutSeconds", "${QWEN_TIMEOUT}", "integer"),
      msg("models.providers.qwen.maxTokens", "${MAX}", "number"),
      msg("models.providers.qwen.models[0].contextWindow", "${CTX}", "number"),
      msg("models.providers.qwen.models[0].reasoning", "${REASONING}", "boolean"),
      msg("agents.defaults.mediaModels.video.timeoutMs", "${T}", "integer"),
      msg("env.shellEnv.enabled", "${SHELL_ENV}", "boolean"),
      msg("plugins.entries.qwen.enabled", "${ON}", "boolean"),
      msg("gateway.port", "${PORT}", "integer"),
    ]);
  });

  it("reports consts and env.vars types without echoing env values", () => {
    expectRule(ID, `{ agents: { ownership: "implicit" }, env: { vars: { QWEN_API_KEY: 42 } } }`, [
      `1:24-1:34 error ${ID}: agents.ownership must be "explicit", not "implicit".`,
      `1:67-1:69 error ${ID}: env.vars.QWEN_API_KEY must be a string, not a number.`,
    ]);
  });

  it("accepts env with only vars or only shellEnv", () => {
    expectRule(ID, `{ env: { vars: { QWEN_API_KEY: "\${QWEN_API_KEY}" } } }`, []);
    expectRule(ID, `{ env: { shellEnv: { enabled: true } } }`, []);
  });
});
