import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "api-adapter-mismatch";
const WHY =
  `the Qwen plugin's stream wrapper (thinking controls, usage) only runs for openai-completions, and DashScope's compatible-mode endpoints speak OpenAI chat completions, not this protocol. Set api: "openai-completions".`;

const TEXT = `{
  models: {
    providers: {
      qwen: {
        baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
        api: "anthropic-messages",
        models: [
          { id: "qwen3.8-max", name: "Max", api: 'openai-responses' },
          { id: "glm-5", name: "GLM", api: "openai-completions" },
        ],
      },
      "qwen-token-plan": { api: "openai", models: [{ id: "glm-5", name: "G", api: "openai-completion" }] },
      modelstudio: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", api: "openai-responses", models: [{ id: "qwen3.5-plus", name: "Q", api: "openai-responses" }] },
      openai: { baseUrl: "https://api.openai.com/v1", api: "openai-responses", models: [] },
    },
  },
}`;

describe(ID, () => {
  it("reports non-chat-completions adapters on Qwen providers and rows", () => {
    expectRule(ID, TEXT, [
      `6:14-6:34 warning ${ID}: api "anthropic-messages" on the qwen provider: ${WHY}`,
      `8:50-8:68 warning ${ID}: api "openai-responses" on qwen model row qwen3.8-max: ${WHY}`,
    ]);
  });

  it("leaves api \"openai\", invalid values and modelstudio entries to their own rules", () => {
    const ids = lint(TEXT)
      .diagnostics.filter((d) => d.range.start.line >= 12)
      .map((d) => d.ruleId);
    expect(ids).not.toContain(ID);
    expect(ids).toEqual(expect.arrayContaining(["legacy-config-key", "invalid-value", "modelstudio-override"]));
  });

  it("offers openai-completions as a suggestion in the same quotes", () => {
    const d = lint(TEXT).diagnostics.filter((x) => x.ruleId === ID);
    expect(d[1].fix).toBeUndefined();
    const edit = d[1].suggestions![0].edits[0];
    expect(TEXT.slice(edit.start, edit.end)).toBe("'openai-responses'");
    expect(edit.text).toBe("'openai-completions'");
  });

  it("covers the Token Plan provider and other aliases", () => {
    expectRule(
      ID,
      `{ models: { providers: { "qwen-token-plan": { api: "google-generative-ai" }, qwencloud: { models: [{ id: "glm-5", name: "G", api: "ollama" }] } } } }`,
      [
        `1:52-1:74 warning ${ID}: api "google-generative-ai" on the qwen-token-plan provider: ${WHY}`,
        `1:131-1:139 warning ${ID}: api "ollama" on qwencloud model row glm-5: ${WHY}`,
      ],
    );
  });

  it("accepts openai-completions, placeholders and legacy or removed provider ids", () => {
    expectRule(
      ID,
      `{
  models: {
    providers: {
      qwen: { api: "openai-completions", models: [{ id: "glm-5", name: "G", api: "\${QWEN_API}" }] },
      "bailian-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1", api: "anthropic-messages", models: [] },
      "qwen-portal": { baseUrl: "https://example.com/v1", api: "openai-responses", models: [] },
    },
  },
}`,
      [],
    );
  });
});
