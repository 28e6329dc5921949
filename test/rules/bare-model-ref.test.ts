import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "bare-model-ref";
const WHY =
  "has no provider prefix; OpenClaw resolves a model id without a provider through a deprecated fallback (an alias, then a configured provider that lists the id, then its built-in default provider), which may not reach Qwen.";

const apply = (text: string, edit: { start: number; end: number; text: string }) => text.slice(0, edit.start) + edit.text + text.slice(edit.end);
const findings = (text: string, opts = {}) => lint(text, opts).diagnostics.filter((d) => d.ruleId === ID);

describe(ID, () => {
  it("reports bare Qwen ids in chat slots and bare Wan ids in video slots, with a fix", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: { model: { primary: "qwen3.5-plus", fallbacks: ["MiniMax-M2.5"] }, mediaModels: { video: "wan2.6-r2v" } },
    entries: { ops: { heartbeat: { model: "qwen3-coder-plus" } } },
  },
}`,
      [
        `3:35-3:49 warning ${ID}: "qwen3.5-plus" ${WHY} Write "qwen/qwen3.5-plus".`,
        `3:63-3:77 warning ${ID}: "MiniMax-M2.5" ${WHY} Write "qwen/MiniMax-M2.5" (Coding Plan or Standard), or "qwen-token-plan/MiniMax-M2.5" (Token Plan).`,
        `3:104-3:116 warning ${ID}: "wan2.6-r2v" ${WHY} Write "qwen/wan2.6-r2v".`,
        `4:43-4:61 warning ${ID}: "qwen3-coder-plus" ${WHY} Write "qwen/qwen3-coder-plus".`,
      ],
    );
  });

  it("fixes with the author's quotes and offers the other provider as a suggestion", () => {
    const text = `{ agents: { defaults: { model: 'qwen3.7-plus' } } }`;
    const [d] = findings(text);
    expect(apply(text, d.fix!.edits[0])).toBe(`{ agents: { defaults: { model: 'qwen/qwen3.7-plus' } } }`);
    expect(d.suggestions!.map((s) => apply(text, s.edits[0]))).toEqual([
      `{ agents: { defaults: { model: 'qwen/qwen3.7-plus' } } }`,
      `{ agents: { defaults: { model: 'qwen-token-plan/qwen3.7-plus' } } }`,
    ]);
  });

  it("writes the Token Plan provider when the config only sets up the Token Plan, and says so", () => {
    expectRule(
      ID,
      `{
  models: { providers: { "qwen-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1" } } },
  agents: { defaults: { model: "qwen3.8-flash" } },
}`,
      [`3:32-3:47 warning ${ID}: "qwen3.8-flash" ${WHY} Write "qwen-token-plan/qwen3.8-flash" (this config only sets up qwen-token-plan), or "qwen/qwen3.8-flash" (Standard).`],
    );
  });

  it("prefers qwen when both Qwen providers are in use", () => {
    expectRule(ID, `{ agents: { defaults: { model: { primary: "qwen-token-plan/qwen3.7-plus", fallbacks: ["glm-5", "qwen/glm-5"] } } } }`, [
      `1:87-1:94 warning ${ID}: "glm-5" ${WHY} Write "qwen/glm-5" (Coding Plan or Standard), or "qwen-token-plan/glm-5" (Token Plan).`,
    ]);
  });

  it("reports bare listing keys at info with suggestions only", () => {
    const text = `{ agents: { defaults: { models: { "qwen3.5-plus": {} } } } }`;
    expectRule(ID, text, [
      `1:35-1:49 info ${ID}: agents.defaults.models key "qwen3.5-plus" has no provider prefix, so which provider's model it lists depends on OpenClaw's deprecated fallback for bare ids. Write "qwen/qwen3.5-plus".`,
    ]);
    const [d] = findings(text);
    expect(d.fix).toBeUndefined();
    expect(apply(text, d.suggestions![0].edits[0])).toBe(`{ agents: { defaults: { models: { "qwen/qwen3.5-plus": {} } } } }`);
  });

  it("skips aliases, other providers' ids, ids another configured provider serves, and mismatched slots", () => {
    expectRule(
      ID,
      `{
  models: { providers: { zai: { baseUrl: "https://api.z.ai/api/paas/v4", api: "openai-completions", models: [{ id: "glm-4.7", name: "GLM" }] } } },
  agents: {
    defaults: {
      model: { primary: "Qwen", fallbacks: ["gpt-5.5", "glm-4.7", "kimi-k2.5", "qwen9"] },
      models: { "qwen/qwen3.5-plus": { alias: "Qwen" }, "moonshot/kimi-k2.5": {} },
      imageModel: "wan2.6-t2v",
      mediaModels: { video: "qwen3.5-plus", image: "qwen3.5-plus" },
    },
  },
}`,
      [],
    );
  });
});
