import { describe, expect, it } from "vitest";
import { fixText } from "../../src/engine/fix.js";
import { expectRule, span } from "../helpers.js";

const ID = "legacy-provider-alias";
const fixed = (text: string) => fixText(text, { filePath: "/virtual/openclaw.json5", env: {} }).changes.get("/virtual/openclaw.json5")?.after ?? text;

describe(ID, () => {
  it("rewrites alias refs to the canonical id when no entry of the alias routes them", () => {
    const text = `{ agents: { defaults: { model: { primary: "modelstudio/qwen3.5-plus", fallbacks: ["qwencloud/glm-5"] } } } }`;
    expectRule(ID, text, [
      `${span(text, `"modelstudio/qwen3.5-plus"`)} warning ${ID}: "modelstudio/qwen3.5-plus" uses the compatibility alias "modelstudio"; use "qwen/qwen3.5-plus" (the canonical qwen provider id).`,
      `${span(text, `"qwencloud/glm-5"`)} warning ${ID}: "qwencloud/glm-5" uses the compatibility alias "qwencloud"; use "qwen/glm-5" (the canonical qwen provider id).`,
    ]);
    expect(fixed(text)).toBe(text.replace("modelstudio/", "qwen/").replace("qwencloud/", "qwen/"));
  });

  // Issue 11: OpenClaw reads the entry of the ref's own id, so after a rewrite to qwen/ the refs lost the
  // entry's base URL and key while `config validate` still passed.
  it("never rewrites refs that the alias's own entry routes (its baseUrl, its key)", () => {
    for (const alias of ["dashscope", "modelstudio", "qwencloud"]) {
      const text = `{
  models: { providers: { ${alias}: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", apiKey: "\${DASHSCOPE_API_KEY}", api: "openai-completions", models: [{ id: "qwen3-max", name: "Qwen3 Max" }] } } },
  agents: { defaults: { model: "${alias}/qwen3-max", models: { "${alias}/qwen3-max": {} } } },
}`;
      expectRule(ID, text, []);
      expect(fixed(text)).not.toContain("qwen/qwen3-max");
    }
  });

  it("keeps the rewrite for an entry that only adds rows (an overlay routes nothing)", () => {
    const text = `{ models: { providers: { modelstudio: { models: [{ id: "qwen3.5-plus", name: "Q" }] } } }, agents: { defaults: { model: "modelstudio/qwen3.5-plus" } } }`;
    expect(fixed(text)).toContain(`model: "qwen/qwen3.5-plus"`);
  });

  it("gives onboarding's listing keys no finding and no fix (listing selects nothing)", () => {
    const text = `{ agents: { defaults: { models: { "modelstudio/glm-5": {} } } } }`;
    expectRule(ID, text, []);
    expect(fixed(text)).toBe(text);
  });
});
