import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "model-id-prefixed";
const STD = `baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", api: "openai-completions"`;

const apply = (text: string, edit: { start: number; end: number; text: string }) => text.slice(0, edit.start) + edit.text + text.slice(edit.end);
const findings = (text: string) => lint(text).diagnostics.filter((d) => d.ruleId === ID);

describe(ID, () => {
  it("reports rows whose id starts with the provider's own or another provider's prefix", () => {
    expectRule(
      ID,
      `{
  models: { providers: {
    qwen: { ${STD}, models: [{ id: "qwen/qwen3.5-plus", name: "a" }, { id: "QWEN/glm-5", name: "b" }, { id: "qwen-token-plan/qwen3.7-plus", name: "c" }] },
    "qwen-token-plan": { models: [{ id: "qwen-token-plan/qwen3.8-max", name: "d" }] },
  } },
}`,
      [
        `3:122-3:141 warning ${ID}: Model id "qwen/qwen3.5-plus" carries its provider's prefix "qwen/"; ids in models.providers.qwen.models[] are provider-local and are sent to the endpoint as written, which knows no model "qwen/qwen3.5-plus". Use id "qwen3.5-plus" (refs stay "qwen/qwen3.5-plus").`,
        `3:162-3:174 warning ${ID}: Model id "QWEN/glm-5" carries its provider's prefix "QWEN/"; ids in models.providers.qwen.models[] are provider-local and are sent to the endpoint as written, which knows no model "QWEN/glm-5". Use id "glm-5" (refs stay "qwen/glm-5").`,
        `3:195-3:225 warning ${ID}: Model id "qwen-token-plan/qwen3.7-plus" carries a provider prefix "qwen-token-plan/"; ids in models.providers.qwen.models[] are provider-local and are sent to the endpoint as written, which knows no model "qwen-token-plan/qwen3.7-plus". Use id "qwen3.7-plus" (refs stay "qwen/qwen3.7-plus").`,
        `4:41-4:70 warning ${ID}: Model id "qwen-token-plan/qwen3.8-max" carries its provider's prefix "qwen-token-plan/"; ids in models.providers.qwen-token-plan.models[] are provider-local and are sent to the endpoint as written, which knows no model "qwen-token-plan/qwen3.8-max". Use id "qwen3.8-max" (refs stay "qwen-token-plan/qwen3.8-max").`,
      ],
    );
  });

  it("fixes by stripping the prefix, keeping quotes", () => {
    const text = `{ models: { providers: { qwen: { models: [{ id: 'qwen/qwen3.5-plus', name: 'q' }] } } } }`;
    const [d] = findings(text);
    expect(d.fix!.description).toBe(`Replace "qwen/qwen3.5-plus" with "qwen3.5-plus"`);
    expect(apply(text, d.fix!.edits[0])).toBe(`{ models: { providers: { qwen: { models: [{ id: 'qwen3.5-plus', name: 'q' }] } } } }`);
  });

  it("only suggests when the stripped id is already declared", () => {
    const text = `{ models: { providers: { qwen: { models: [{ id: "glm-5", name: "a" }, { id: "qwen/glm-5", name: "b" }] } } } }`;
    expectRule(ID, text, [
      `1:77-1:89 warning ${ID}: Model id "qwen/glm-5" carries its provider's prefix "qwen/"; ids in models.providers.qwen.models[] are provider-local and are sent to the endpoint as written, which knows no model "qwen/glm-5". A row with id "glm-5" already exists: remove this one.`,
    ]);
    const [d] = findings(text);
    expect(d.fix).toBeUndefined();
    expect(d.suggestions).toHaveLength(1);
  });

  it("leaves other providers' ids and custom hosts alone", () => {
    expectRule(
      ID,
      `{
  models: { providers: {
    openrouter: { baseUrl: "https://openrouter.ai/api/v1", api: "openai-completions", models: [{ id: "qwen/qwen-2.5-72b-instruct", name: "o" }] },
    qwencloud: { baseUrl: "http://localhost:8000/v1", api: "openai-completions", models: [{ id: "Qwen/Qwen3-8B", name: "v" }] },
    qwen: { ${STD}, models: [{ id: "Qwen3-8B/awq", name: "x" }, { id: "qwen/", name: "y" }] },
  } },
}`,
      [],
    );
  });
});
