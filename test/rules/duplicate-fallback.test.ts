import { describe, it } from "vitest";
import { expectRule } from "../helpers.js";

const ID = "duplicate-fallback";
const SKIP = "OpenClaw skips a model it has already tried, so this fallback does nothing. Remove it or pick a different model.";

describe(ID, () => {
  it("reports a fallback repeating the primary or an earlier fallback, naming which", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      model: { primary: "qwen/qwen3.5-plus", fallbacks: ["qwen/glm-5", "qwen/qwen3.5-plus", "QWEN/glm-5"] },
      imageModel: { primary: "qwen/qwen3.6-plus", fallbacks: ["qwen/kimi-k2.5", "qwen/kimi-k2.5"] },
    },
    entries: { ops: { model: { primary: "openai/gpt-5.5", fallbacks: ["openai/gpt-5.5"] } } },
  },
}`,
      [
        `4:72-4:91 warning ${ID}: "qwen/qwen3.5-plus" repeats the primary of agents.defaults.model; ${SKIP}`,
        `4:93-4:105 warning ${ID}: "QWEN/glm-5" repeats the earlier fallback agents.defaults.model.fallbacks[0] ("qwen/glm-5"); ${SKIP}`,
        `5:81-5:97 warning ${ID}: "qwen/kimi-k2.5" repeats the earlier fallback agents.defaults.imageModel.fallbacks[0]; ${SKIP}`,
        `7:71-7:87 warning ${ID}: "openai/gpt-5.5" repeats the primary of agents.entries.ops.model; ${SKIP}`,
      ],
    );
  });

  it("treats a compatibility alias on the same endpoint as the same model", () => {
    expectRule(ID, `{ agents: { defaults: { model: { primary: "qwen/qwen3.5-plus", fallbacks: ["modelstudio/qwen3.5-plus", "dashscope/qwen3.5-plus"] } } } }`, [
      `1:76-1:102 warning ${ID}: "modelstudio/qwen3.5-plus" repeats the primary of agents.defaults.model ("qwen/qwen3.5-plus"); modelstudio is an alias of qwen on the same endpoint, so it retries the same request. Remove it or pick a different model.`,
      `1:104-1:128 warning ${ID}: "dashscope/qwen3.5-plus" repeats the primary of agents.defaults.model ("qwen/qwen3.5-plus"); dashscope is an alias of qwen on the same endpoint, so it retries the same request. Remove it or pick a different model.`,
    ]);
  });

  it("keeps real alternatives: other auth profiles, other endpoints, hijacked aliases, case of the model id, other slots", () => {
    expectRule(
      ID,
      `{
  models: { providers: {
    qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" },
    qwencloud: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" },
    modelstudio: { baseUrl: "https://example.com/v1", api: "openai-responses", models: [] },
  } },
  agents: {
    defaults: {
      model: {
        primary: "qwen/glm-5",
        fallbacks: ["qwen/glm-5@qwen:work", "qwencloud/glm-5", "modelstudio/glm-5", "qwen/GLM-5", "", ""],
      },
      imageModel: "qwen/glm-5",
      subagents: { model: { primary: "qwen/glm-5", fallbacks: ["qwen/kimi-k2.5"] } },
    },
  },
}`,
      [],
    );
  });

  it("compares bare ids as written", () => {
    expectRule(ID, `{ agents: { defaults: { model: { primary: "glm-5", fallbacks: ["glm-5", "qwen/glm-5"] } } } }`, [
      `1:64-1:71 warning ${ID}: "glm-5" repeats the primary of agents.defaults.model; ${SKIP}`,
    ]);
  });
});
