import { describe, it } from "vitest";
import { expectRule } from "../helpers.js";

const ID = "limit-exceeds-catalog";
const output = (key: string, value: string, model: string, max: string, set: number) =>
  `${key} ${value} is above ${model}'s max output of ${max} tokens (Qwen catalog), so it asks for output the model cannot produce. Set ${key.replace(/^params\./, "")}: ${set} or remove it.`;

describe(ID, () => {
  it("compares rows with the catalog: window, max output, input cap", () => {
    expectRule(
      ID,
      `{
  models: {
    providers: {
      qwen: {
        baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
        api: "openai-completions",
        maxTokens: 2000000,
        models: [
          { id: "glm-5", name: "GLM 5", contextWindow: 5000000, maxTokens: 9000000, contextTokens: 6000000 },
          { id: "kimi-k2.5", name: "Kimi", maxTokens: 98304, contextTokens: 262144 },
          { id: "qwen3.5-plus", name: "Q", contextWindow: 128000, contextTokens: 200000, maxTokens: 65536 },
          { id: "qwen9-ultra", name: "U", contextWindow: 32000, contextTokens: 64000, maxTokens: 100000 },
          { id: "qwen9-mini", name: "M", contextTokens: 64000000 },
          { id: "qwen3.6-plus", name: "P", contextWindow: "\${QWEN_WINDOW}", maxTokens: 65536 },
        ],
      },
      "qwen-token-plan": { maxTokens: 131072, models: [{ id: "kimi-k2.5", name: "Kimi", maxTokens: 98304 }] },
      openrouter: { baseUrl: "https://openrouter.ai/api/v1", api: "openai-completions", maxTokens: 9000000, models: [{ id: "glm-5", name: "GLM", contextWindow: 9000000 }] },
    },
  },
}`,
      [
        `7:20-7:27 warning ${ID}: maxTokens 2,000,000 on qwen is above the largest max output of any qwen model in the Qwen catalog (131,072, qwen3.8-max); the runtime clamps it silently, so it does not limit anything. Set maxTokens: 131072 or remove it.`,
        `9:56-9:63 warning ${ID}: contextWindow 5,000,000 is above qwen/glm-5's context window of 202,752 tokens (Qwen catalog); OpenClaw keeps the higher value and sizes prompts and compaction for a window the model does not have, so long sessions run into the model's real limit. Remove contextWindow (the catalog value applies) or set contextWindow: 202752.`,
        `9:76-9:83 warning ${ID}: ${output("maxTokens", "9,000,000", "qwen/glm-5", "16,384", 16384)}`,
        `9:100-9:107 warning ${ID}: contextTokens 6,000,000 is above qwen/glm-5's context window of 202,752 tokens (Qwen catalog); contextTokens caps the input and must fit inside the window. Set contextTokens: 202752 or lower.`,
        // kimi-k2.5 has 98,304 output tokens on the Token Plan, 32,768 on qwen.
        `10:55-10:60 warning ${ID}: ${output("maxTokens", "98,304", "qwen/kimi-k2.5", "32,768", 32768)}`,
        // Unknown ids: only contextTokens against the row's own contextWindow.
        `12:80-12:85 warning ${ID}: contextTokens 64,000 is above this row's contextWindow of 32,000; contextTokens caps the input and must fit inside the window. Set contextTokens: 32000 or lower.`,
      ],
    );
  });

  it("in replace mode holds maxTokens and contextTokens to a lower row window", () => {
    expectRule(
      ID,
      `{
  models: {
    mode: "replace",
    providers: {
      qwen: {
        baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
        api: "openai-completions",
        models: [{ id: "qwen3.5-plus", name: "Q", contextWindow: 32768, contextTokens: 200000, maxTokens: 65536 }],
      },
    },
  },
}`,
      [
        `8:88-8:94 warning ${ID}: contextTokens 200,000 is above this row's contextWindow of 32,768; contextTokens caps the input and must fit inside the window. Set contextTokens: 32768 or lower.`,
        `8:107-8:112 warning ${ID}: maxTokens 65,536 is above this row's contextWindow of 32,768; OpenClaw silently clamps the output cap to the window, which leaves no room for the prompt. Set maxTokens well below the window (for example maxTokens: 8192), or raise contextWindow (the catalog window is 1,000,000).`,
      ],
    );
  });

  it("checks maxTokens / max_tokens in per-model params of agents.defaults and agents.entries", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      models: { "qwen/qwen3.8-max": { params: { maxTokens: 500000 } }, "qwen/qwen3.8-flash": { params: { max_tokens: 131072 } } },
    },
    entries: { ops: { models: { "modelstudio/glm-5": { params: { max_tokens: 32768 } }, "openai/gpt-5": { params: { max_tokens: 999999 } } } } },
  },
}`,
      [
        `4:60-4:66 warning ${ID}: params.${output("maxTokens", "500,000", "qwen/qwen3.8-max", "131,072", 131072)}`,
        `6:78-6:83 warning ${ID}: params.${output("max_tokens", "32,768", "modelstudio/glm-5", "16,384", 16384)}`,
      ],
    );
  });

  it("reports inside an $include'd file", () => {
    const files: Record<string, string> = {
      "/virtual/models.json5": `{\n  providers: { qwen: { models: [{ id: "glm-5", name: "G", maxTokens: 20000 }] } },\n}\n`,
    };
    const host = { readFile: (p: string) => files[p] ?? (() => { throw new Error("ENOENT"); })(), size: (p: string) => (files[p] ?? "").length };
    expectRule(ID, `{ models: { $include: "./models.json5" } }`, [`models.json5 2:70-2:75 warning ${ID}: ${output("maxTokens", "20,000", "qwen/glm-5", "16,384", 16384)}`], { host });
  });

  it("accepts catalog values, placeholders and non-Qwen providers", () => {
    expectRule(
      ID,
      `{
  models: {
    providers: {
      qwen: {
        maxTokens: 131072,
        models: [
          { id: "qwen3.8-max", name: "Max", contextWindow: 1000000, maxTokens: 131072, contextTokens: 1000000 },
          { id: "glm-5", name: "GLM", maxTokens: "\${GLM_MAX}", contextTokens: 128000 },
          { id: "qwen9-ultra", name: "U", maxTokens: 500000 },
        ],
      },
      openrouter: { baseUrl: "https://openrouter.ai/api/v1", maxTokens: 9000000, models: [{ id: "glm-5", name: "GLM", contextWindow: 9000000 }] },
      // A custom modelstudio entry with its own api is not the Qwen alias any more.
      modelstudio: { baseUrl: "https://llm.example.com/v1", api: "openai-responses", maxTokens: 9000000, models: [{ id: "glm-5", name: "G", maxTokens: 9000000 }] },
    },
  },
}`,
      [],
    );
  });

  it("custom ids on DashScope hosts: hints (info) against the host plan's catalog, only where its limits do not differ by plan", () => {
    expectRule(
      ID,
      `{
  models: {
    providers: {
      "bailian-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1", models: [{ id: "glm-5", name: "G", maxTokens: 9000000 }] },
      bailian: {
        baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1",
        api: "openai-completions",
        models: [
          { id: "qwen3.5-plus", name: "Q", contextWindow: 1048576, maxTokens: 65536 },
          { id: "qwen3.6-plus", name: "P", contextWindow: 131072, maxTokens: 200000 },
          { id: "MiniMax-M2.5", name: "M", contextWindow: 204800, maxTokens: 131072 },
        ],
      },
    },
  },
}`,
      [
        `4:160-4:167 info ${ID}: ${output("maxTokens", "9,000,000", "bailian-token-plan/glm-5", "16,384", 16384)}`,
        `9:59-9:66 info ${ID}: contextWindow 1,048,576 is above bailian/qwen3.5-plus's context window of 1,000,000 tokens (Qwen catalog); models.providers.bailian is a custom provider on a DashScope host, so OpenClaw uses the row's window as written and sizes prompts and compaction for a window the model does not have, and long sessions run into the endpoint's real limit. Set contextWindow: 1000000.`,
        `10:78-10:84 info ${ID}: ${output("maxTokens", "200,000", "bailian/qwen3.6-plus", "65,536", 65536)}`,
      ],
    );
  });
});
