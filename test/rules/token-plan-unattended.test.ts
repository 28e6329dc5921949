import { describe, it } from "vitest";
import { expectRule } from "../helpers.js";

const ID = "token-plan-unattended";
const REASON = "Alibaba may suspend the subscription or revoke the key when Token Plan is used by cron jobs, scripts or backends.";
const msg = (path: string, raw: string, model: string, base = "https://dashscope-intl.aliyuncs.com/compatible-mode/v1") =>
  `${path} runs without a person, but "${raw}" is a Token Plan model and the Token Plan is for interactive use only: ${REASON} ` +
  `For background work use a Standard model such as "qwen/${model}", with models.providers.qwen.baseUrl set to ${base} and a Standard pay-as-you-go Model Studio key (sk-..., not sk-sp-).`;

describe(ID, () => {
  it("reports Token Plan refs in heartbeat, memory flush and hook slots", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      model: "qwen-token-plan/qwen3.7-plus",
      heartbeat: { every: "1h", model: "qwen-token-plan/qwen3.8-max" },
      compaction: { model: "qwen-token-plan/glm-5", memoryFlush: { model: "qwen-token-plan/glm-5" } },
    },
    entries: { ops: { heartbeat: { model: "bailian-token-plan/qwen9-x" } } },
  },
  hooks: { mappings: [{ model: "qwen/qwen3.5-plus" }, { model: "qwen-token-plan/kimi-k2.5" }], gmail: { model: "qwen-token-plan/MiniMax-M2.5" } },
}`,
      [
        `5:40-5:69 warning ${ID}: ${msg("agents.defaults.heartbeat.model", "qwen-token-plan/qwen3.8-max", "qwen3.8-max")}`,
        `6:75-6:98 warning ${ID}: ${msg("agents.defaults.compaction.memoryFlush.model", "qwen-token-plan/glm-5", "glm-5")}`,
        // An id the Standard catalog does not have: the Qwen default model is offered instead.
        `8:43-8:71 warning ${ID}: ${msg("agents.entries.ops.heartbeat.model", "bailian-token-plan/qwen9-x", "qwen3.5-plus")}`,
        `10:64-10:91 warning ${ID}: ${msg("hooks.mappings[1].model", "qwen-token-plan/kimi-k2.5", "kimi-k2.5")}`,
        `10:112-10:142 warning ${ID}: ${msg("hooks.gmail.model", "qwen-token-plan/MiniMax-M2.5", "MiniMax-M2.5")}`,
      ],
    );
  });

  it("suggests the Standard endpoint of the Token Plan's region", () => {
    expectRule(
      ID,
      `{
  models: { providers: { "qwen-token-plan": { baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1" } } },
  agents: { defaults: { heartbeat: { model: "qwen-token-plan/qwen3.7-plus" } } },
}`,
      [`3:45-3:75 warning ${ID}: ${msg("agents.defaults.heartbeat.model", "qwen-token-plan/qwen3.7-plus", "qwen3.7-plus", "https://dashscope.aliyuncs.com/compatible-mode/v1")}`],
    );
  });

  it("does not repeat the setup when qwen already is on a Standard endpoint", () => {
    expectRule(
      ID,
      `{
  models: { providers: { qwen: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1" } } },
  hooks: { gmail: { model: "qwen-token-plan/qwen3.8-flash" } },
}`,
      [
        `3:28-3:59 warning ${ID}: hooks.gmail.model runs without a person, but "qwen-token-plan/qwen3.8-flash" is a Token Plan model and the Token Plan is for interactive use only: ${REASON} For background work use a Standard model such as "qwen/qwen3.8-flash".`,
      ],
    );
  });

  it("leaves interactive slots, listing keys and other plans alone", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      models: { "qwen-token-plan/qwen3.7-plus": {} },
      model: { primary: "qwen-token-plan/qwen3.7-plus", fallbacks: ["qwen-token-plan/glm-5"] },
      subagents: { model: "qwen-token-plan/qwen3.8-flash" },
      compaction: { model: "qwen-token-plan/qwen3.8-flash", memoryFlush: { model: "qwen/qwen3.5-plus" } },
      heartbeat: { model: "modelstudio/qwen3.5-plus" },
    },
  },
  hooks: { gmail: { model: "openai/gpt-5" } },
}`,
      [],
    );
  });
});
