import { describe, it } from "vitest";
import { expectRule } from "../helpers.js";

const ID = "thinking-params-conflict";
const WHY =
  "set both thinking_budget and reasoning_effort; DashScope rejects requests that carry both, so the Qwen plugin drops reasoning_effort and only thinking_budget applies. Remove reasoning_effort, or remove thinking_budget if you want the effort level.";

describe(ID, () => {
  it("reports every params object of a Qwen model, provider or row that sets both", () => {
    expectRule(
      ID,
      `{
  models: {
    providers: {
      qwen: {
        params: { thinking_budget: 2048, reasoning_effort: "low" },
        models: [{ id: "qwen3.8-max", name: "Max", params: { reasoning_effort: "high", thinking_budget: 4096 } }],
      },
      openai: { baseUrl: "https://api.openai.com/v1", api: "openai-completions", params: { thinking_budget: 1, reasoning_effort: "low" }, models: [] },
    },
  },
  agents: {
    defaults: {
      model: "qwen/qwen3.8-max",
      params: { thinking_budget: 1024, reasoning_effort: "medium" },
      models: {
        "qwen/qwen3.8-max": { params: { thinking_budget: 4096, reasoning_effort: "high" } },
        "qwen/*": { params: { thinking_budget: 4096, reasoning_effort: "high" } },
        "openai/gpt-5": { params: { thinking_budget: 4096, reasoning_effort: "high" } },
        "qwen/qwen3.5-plus": { params: { reasoning_effort: "high" } },
      },
    },
    entries: {
      ops: { params: { thinking_budget: 1, reasoning_effort: "low" } },
      coder: { model: "openai/gpt-5", params: { thinking_budget: 1, reasoning_effort: "low" } },
      qa: { model: "qwen-token-plan/qwen3.8-flash", params: { thinking_budget: 1, reasoning_effort: "low" }, models: { "qwen-token-plan/qwen3.8-flash": { params: { thinking_budget: 1, reasoning_effort: "low" } } } },
    },
  },
}`,
      [
        `5:42-5:58 warning ${ID}: models.providers.qwen.params ${WHY}`,
        `6:62-6:78 warning ${ID}: The params of qwen model row qwen3.8-max ${WHY}`,
        `14:40-14:56 warning ${ID}: agents.defaults.params apply to every model, including "qwen/qwen3.8-max", and ${WHY}`,
        `16:64-16:80 warning ${ID}: The params of "qwen/qwen3.8-max" ${WHY}`,
        `17:54-17:70 warning ${ID}: The params of "qwen/*" ${WHY}`,
        // ops has no model of its own and inherits the Qwen default; coder uses another provider.
        `23:44-23:60 warning ${ID}: agents.entries.ops.params apply to every model of this agent, including "qwen/qwen3.8-max", and ${WHY}`,
        `25:83-25:99 warning ${ID}: agents.entries.qa.params apply to every model of this agent, including "qwen-token-plan/qwen3.8-flash", and ${WHY}`,
        `25:185-25:201 warning ${ID}: The params of "qwen-token-plan/qwen3.8-flash" ${WHY}`,
      ],
    );
  });

  it("ignores agent-wide params when no Qwen model is selected", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      model: "openai/gpt-5",
      params: { thinking_budget: 1024, reasoning_effort: "medium" },
      models: { "qwen/qwen3.8-max": {} },
    },
    entries: { ops: { params: { thinking_budget: 1, reasoning_effort: "low" } } },
  },
}`,
      [],
    );
  });

  it("needs both keys with a value", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      model: "qwen/qwen3.8-max",
      params: { thinking_budget: 1024 },
      models: { "qwen/qwen3.8-max": { params: { reasoning_effort: "high", thinking_budget: null } } },
    },
  },
}`,
      [],
    );
  });

  it("leaves legacy provider entries to their own rules", () => {
    expectRule(
      ID,
      `{ models: { providers: { "bailian-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1", params: { thinking_budget: 1, reasoning_effort: "low" }, models: [] } } } }`,
      [],
    );
  });
});
