import { describe, expect, it } from "vitest";
import { expectRule, lint, span } from "../helpers.js";

const ID = "plugin-config-not-empty";
const HEAD = (key: string) =>
  `plugins.entries.qwen.config.${key} is not allowed: the qwen plugin's config schema is empty and strict, so OpenClaw rejects every key here once the plugin is loaded. Remove it.`;


describe(ID, () => {
  it("reports region on its key and names the base URL of that region on the same plan (R55, E:51)", () => {
    const text = `{
  models: { providers: { qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" } } },
  plugins: { entries: { qwen: { enabled: true, config: { region: "cn" } } } },
}`;
    expectRule(ID, text, [
      `${span(text, "region")} error ${ID}: ${HEAD("region")} The region follows the host of models.providers.qwen.baseUrl: for China on the Coding Plan use https://coding.dashscope.aliyuncs.com/v1.`,
    ]);
  });

  it("uses the Standard endpoints for a Standard base URL, and the default endpoint without one", () => {
    const std = `{ models: { providers: { qwen: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1" } } }, plugins: { entries: { qwen: { config: { region: "intl" } } } } }`;
    expect(lint(std).diagnostics.find((d) => d.ruleId === ID)!.message).toBe(
      `${HEAD("region")} The region follows the host of models.providers.qwen.baseUrl: for Global on the Standard use https://dashscope-intl.aliyuncs.com/compatible-mode/v1.`,
    );
    const none = `{ plugins: { entries: { qwen: { config: { region: "mars" } } } } }`;
    expect(lint(none).diagnostics.find((d) => d.ruleId === ID)!.message).toBe(
      `${HEAD("region")} The region follows the host of models.providers.qwen.baseUrl (now Coding Plan Global endpoint (coding-intl.dashscope.aliyuncs.com); the other region of that plan is https://coding.dashscope.aliyuncs.com/v1).`,
    );
  });

  it("reports every key with advice where it belongs, never echoing values", () => {
    const key = "sk-9f3a1b2c3d4e5f60718293a4b5c67d6c";
    const text = `{\n  plugins: { entries: { qwen: { config: { baseUrl: "https://x", apiKey: "${key}", model: "qwen3.5-plus", plan: "coding", foo: 1 } } } },\n}`;
    expectRule(ID, text, [
      `${span(text, "baseUrl")} error ${ID}: ${HEAD("baseUrl")} Set models.providers.qwen.baseUrl instead.`,
      `${span(text, "apiKey")} error ${ID}: ${HEAD("apiKey")} Give the key to models.providers.qwen.apiKey as a SecretRef, or run openclaw onboard (it stores the key in OpenClaw's auth store).`,
      `${span(text, "model")} error ${ID}: ${HEAD("model")} Pick models in agents.defaults.model (e.g. "qwen/qwen3.5-plus").`,
      `${span(text, "plan")} error ${ID}: ${HEAD("plan")} The plan follows the host of models.providers.qwen.baseUrl.`,
      `${span(text, "foo")} error ${ID}: ${HEAD("foo")} Settings for this provider live under models.providers.qwen.`,
    ]);
    expect(JSON.stringify(lint(text))).not.toContain(key);
  });

  it("accepts an empty config, no config, and config on other plugins", () => {
    expectRule(ID, `{ plugins: { entries: { qwen: { enabled: true, config: {} } } } }`, []);
    expectRule(ID, `{ plugins: { entries: { qwen: { enabled: true }, anthropic: { config: { sessionCatalog: { enabled: false } } } } } }`, []);
  });
});

describe(`${ID} reads facts.plugin`, () => {
  // OpenClaw trims and lower-cases plugins.entries keys and merges them; before, only the exact key "qwen" was read.
  it("reports config under an entry key that normalises to the plugin id", () => {
    const text = `{ plugins: { entries: { "Qwen ": { config: { apiKey: "x" } } } } }`;
    expect(lint(text).diagnostics.filter((d) => d.ruleId === ID).map((d) => `${d.pointer} ${d.message.slice(0, 40)}`)).toEqual([
      `/plugins/entries/Qwen /config/apiKey plugins.entries.Qwen .config.apiKey is n`,
    ]);
  });
});
