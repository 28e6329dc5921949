import { describe, expect, it } from "vitest";
import { expectRule, lint, span } from "../helpers.js";

const ID = "plugin-disabled";
const PKG = "qwen plugin (@openclaw/qwen-provider)";


const REFS = `agents: { defaults: { model: { primary: "qwen/qwen3.5-plus", fallbacks: ["modelstudio/glm-5", "openai/gpt-5"] }, models: { "qwen/glm-5": {} } } }`;
const NAMED = `qwen/qwen3.5-plus (agents.defaults.model.primary), modelstudio/glm-5 (agents.defaults.model.fallbacks)`;

describe(ID, () => {
  it("reports plugins.deny listing qwen on that item, naming the refs (R54, E:56)", () => {
    const text = `{\n  plugins: { deny: ["telegram", "qwen"] },\n  ${REFS},\n}`;
    expectRule(ID, text, [
      `${span(text, `"qwen"`)} error ${ID}: plugins.deny lists "qwen", so the plugin does not load: the ${PKG} serves these 2 Qwen model refs, which will not resolve: ${NAMED}. Remove "qwen" from plugins.deny.`,
    ]);
  });

  it("reports plugins.entries.qwen.enabled: false and suggests true (E:57)", () => {
    const text = `{\n  plugins: { entries: { qwen: { enabled: false } } },\n  ${REFS},\n}`;
    expectRule(ID, text, [
      `${span(text, "false")} error ${ID}: plugins.entries.qwen.enabled is false: the ${PKG} serves these 2 Qwen model refs, which will not resolve: ${NAMED}. Set plugins.entries.qwen.enabled to true.`,
    ]);
    const s = lint(text).diagnostics.find((d) => d.ruleId === ID)!.suggestions![0];
    expect(s.edits[0].text).toBe("true");
    expect(text.slice(s.edits[0].start, s.edits[0].end)).toBe("false");
  });

  it("reports a non-empty allow list without qwen on the list (E:55)", () => {
    const text = `{\n  plugins: { allow: ["telegram"] },\n  ${REFS},\n}`;
    expectRule(ID, text, [
      `${span(text, `["telegram"]`)} error ${ID}: plugins.allow is a non-empty allow list without "qwen", so the plugin does not load: the ${PKG} serves these 2 Qwen model refs, which will not resolve: ${NAMED}. Add "qwen" to plugins.allow.`,
    ]);
  });

  it("reports every blocking setting once, not every ref", () => {
    const text = `{\n  plugins: { enabled: false, deny: ["Qwen"], allow: ["telegram"], entries: { qwen: { enabled: false } } },\n  ${REFS},\n}`;
    const r = lint(text).diagnostics.filter((d) => d.ruleId === ID);
    expect(r.map((d) => d.pointer)).toEqual(["/plugins/enabled", "/plugins/deny/0", "/plugins/allow", "/plugins/entries/qwen/enabled"]);
    expect(r[0].message).toBe(`plugins.enabled is false, so no plugin loads: the ${PKG} serves these 2 Qwen model refs, which will not resolve: ${NAMED}. Set plugins.enabled to true.`);
    expect(r[1].message).toContain(`Remove "Qwen" from plugins.deny.`);
  });

  it("counts Token Plan refs, media tools and every selecting slot, listing at most three", () => {
    const text = `{
  plugins: { deny: ["qwen"] },
  agents: { defaults: { model: "qwen-token-plan/qwen3.7-plus", imageModel: "qwen/qwen3.6-plus", heartbeat: { model: "qwen/glm-5" } } },
  tools: { media: { models: [{ provider: "qwen", model: "qwen3.6-plus", capabilities: ["image"] }] } },
}`;
    expect(lint(text).diagnostics.find((d) => d.ruleId === ID)!.message).toBe(
      `plugins.deny lists "qwen", so the plugin does not load: the ${PKG} serves these 4 Qwen model refs, which will not resolve: qwen-token-plan/qwen3.7-plus (agents.defaults.model), qwen/qwen3.6-plus (agents.defaults.imageModel), qwen/glm-5 (agents.defaults.heartbeat.model) and 1 more. Remove "qwen" from plugins.deny.`,
    );
  });

  it("is quiet without selecting Qwen refs: listing keys only, other providers, legacy ids", () => {
    expectRule(ID, `{ plugins: { deny: ["qwen"] }, agents: { defaults: { models: { "qwen/qwen3.5-plus": {} } } } }`, []);
    expectRule(ID, `{ plugins: { deny: ["qwen"] }, agents: { defaults: { model: "openai/gpt-5" } } }`, []);
    expectRule(ID, `{ plugins: { deny: ["qwen"] }, agents: { defaults: { model: "bailian-token-plan/qwen3.7-plus" } } }`, []);
  });

  it("is quiet when the plugin may load", () => {
    expectRule(ID, `{ plugins: { allow: ["telegram", "qwen"], deny: ["alibaba"], entries: { qwen: { enabled: true } } }, ${REFS} }`, []);
    expectRule(ID, `{ plugins: { allow: [] }, ${REFS} }`, []);
  });

  it("leaves modelstudio refs alone when a custom modelstudio entry with another api owns them", () => {
    const text = `{ plugins: { deny: ["qwen"] }, models: { providers: { modelstudio: { baseUrl: "https://example.com/v1", api: "anthropic-messages", models: [{ id: "glm-5", name: "GLM" }] } } }, agents: { defaults: { model: "modelstudio/glm-5" } } }`;
    expectRule(ID, text, []);
  });
});

describe(`${ID}: one plugin state (facts.plugin) for every rule`, () => {
  // Before, facts.ts did not trim deny entries and this rule did: `deny: [" qwen"]` gave no finding, and
  // with `enabled: false` the same entry was reported as blocking. OpenClaw trims and lower-cases.
  it("reports a padded deny entry, alone and next to plugins.enabled: false", () => {
    const text = `{\n  plugins: { deny: [" qwen"] },\n  ${REFS},\n}`;
    expectRule(ID, text, [
      `${span(text, `" qwen"`)} error ${ID}: plugins.deny lists "qwen", so the plugin does not load: the ${PKG} serves these 2 Qwen model refs, which will not resolve: ${NAMED}. Remove " qwen" from plugins.deny.`,
    ]);
    const both = lint(`{\n  plugins: { enabled: false, deny: [" qwen"] },\n  ${REFS},\n}`).diagnostics.filter((d) => d.ruleId === ID);
    expect(both.map((d) => d.pointer)).toEqual(["/plugins/enabled", "/plugins/deny/0"]);
  });

  it("does not count refs a custom entry took over from an alias, nor media tools under it", () => {
    const text = `{
  plugins: { deny: ["qwen"] },
  models: { providers: { qwencloud: { api: "anthropic-messages", baseUrl: "https://example.com", models: [{ id: "c", name: "C" }] } } },
  agents: { defaults: { model: "qwencloud/c" } },
  tools: { media: { models: [{ provider: "qwencloud", model: "c", capabilities: ["image"] }] } },
}`;
    expectRule(ID, text, []);
  });
});
