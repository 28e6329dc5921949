import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "custom-provider-incomplete";
const head = (id: string, what: string) =>
  `models.providers.${id} has no ${what}; OpenClaw rejects the config because "${id}" is not a built-in provider, and custom providers must declare both baseUrl and models.`;

describe(ID, () => {
  it("reports bailian-token-plan without models and points to qwen-token-plan (facts R06)", () => {
    const text = `{
  models: { providers: { "bailian-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1" } } },
  agents: { defaults: { model: "bailian-token-plan/qwen3.7-plus" } },
}`;
    expectRule(ID, text, [
      `2:26-2:46 error ${ID}: ${head("bailian-token-plan", "models")} Use the built-in id qwen-token-plan instead (rename the key to qwen-token-plan; it needs neither) and change the bailian-token-plan/... model ref to qwen-token-plan/..., or keep bailian-token-plan and add models: [{ id: "qwen3.7-plus", name: "qwen3.7-plus" }].`,
    ]);
    const [d] = lint(text).diagnostics.filter((x) => x.ruleId === ID);
    expect(d.fix).toBeUndefined();
    expect(d.suggestions).toEqual([{ description: 'Rename provider "bailian-token-plan" to "qwen-token-plan"', edits: [{ start: 27, end: 47, text: '"qwen-token-plan"' }] }]);
  });

  it("reports the alibaba baseUrl-only override the Alibaba docs show", () => {
    expectRule(ID, `{ models: { providers: { alibaba: { baseUrl: "https://dashscope.aliyuncs.com" } } } }`, [
      `1:26-1:33 error ${ID}: ${head("alibaba", "models")} The alibaba plugin already knows its endpoint (https://dashscope-intl.aliyuncs.com): delete this entry to use it, or add models: [{ id: "wan2.6-t2v", name: "wan2.6-t2v" }] to keep a custom one.`,
    ]);
  });

  it("catches typos of Qwen provider ids with a rename suggestion", () => {
    const text = `{ models: { providers: { qwne: { apiKey: "\${QWEN_API_KEY}" } } } }`;
    expectRule(ID, text, [`1:26-1:30 error ${ID}: ${head("qwne", "baseUrl and models")} Did you mean "qwen"? qwen is built in and needs neither.`]);
    const [d] = lint(text).diagnostics.filter((x) => x.ruleId === ID);
    expect(d.suggestions?.[0].edits).toEqual([{ start: 25, end: 29, text: "qwen" }]);
  });

  it("hedges for a near-miss id on a non-Qwen server", () => {
    expectRule(ID, `{ models: { providers: { qwen3: { baseUrl: "http://localhost:8000/v1" } } } }`, [
      `1:26-1:31 error ${ID}: ${head("qwen3", "models")} If you meant "qwen", rename the key; if localhost:8000 is your own server, add models: [{ id: "<model id>", name: "<name>" }] listing the models it serves.`,
    ]);
  });

  it("judges custom ids pointed at a Qwen endpoint, and says when the built-in id already exists", () => {
    expectRule(
      ID,
      `{
  models: {
    providers: {
      qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" },
      "dashscope-cn": { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1" },
      tp: { baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1" },
    },
  },
}`,
      [
        `5:7-5:21 error ${ID}: ${head("dashscope-cn", "models")} Its baseUrl is the Standard China endpoint (dashscope.aliyuncs.com): use the built-in qwen provider instead (move its settings into the existing models.providers.qwen entry and delete this one; it needs no models list), or add models: [{ id: "qwen3.5-plus", name: "qwen3.5-plus" }].`,
        `6:7-6:9 error ${ID}: /^models\\.providers\\.tp has no models; .* Its baseUrl is the Token Plan China endpoint \\(token-plan\\.cn-beijing\\.maas\\.aliyuncs\\.com\\): use the built-in qwen-token-plan provider instead \\(rename the key to qwen-token-plan; it needs no models list\\), or add models: \\[\\{ id: "qwen3\\.7-plus", name: "qwen3\\.7-plus" \\}\\]\\.$/`,
      ],
    );
  });

  it("does not judge OpenClaw's built-in overlays (any case), removed Portal ids or complete entries", () => {
    expectRule(
      ID,
      `{
  models: {
    providers: {
      qwen: {},
      QWEN: { apiKey: "\${QWEN_API_KEY}" },
      modelstudio: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" },
      "qwen-token-plan": { apiKey: "\${QWEN_TOKEN_PLAN_API_KEY}" },
      openai: { apiKey: "\${OPENAI_API_KEY}" },
      anthropic: {},
      ollama: { baseUrl: "http://127.0.0.1:11434" },
      "qwen-portal": { baseUrl: "https://portal.qwen.ai/v1" },
      portal: { baseUrl: "https://portal.qwen.ai/v1" },
      "bailian-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1", models: [{ id: "qwen3.7-plus", name: "qwen3.7-plus" }] },
    },
  },
}`,
      [],
    );
  });

  it("judges every id OpenClaw does not list as built-in: another vendor's typo, or the user's own server (checked with OpenClaw 2026.9.6)", () => {
    expectRule(
      ID,
      `{
  models: {
    providers: {
      OpenRouter: {},
      openrouterr: { apiKey: "\${OPENROUTER_API_KEY}" },
      myvllm: { baseUrl: "http://127.0.0.1:8000/v1" },
      dyn: { baseUrl: "\${QWEN_BASE_URL}" },
    },
  },
}`,
      [
        `5:7-5:18 error ${ID}: ${head("openrouterr", "baseUrl and models")} Did you mean the built-in "openrouter" (it needs neither)? For a provider of your own, add baseUrl: "<your server's URL>" and models: [{ id: "<model id>", name: "<name>" }].`,
        `6:7-6:13 error ${ID}: ${head("myvllm", "models")} Add models: [{ id: "<model id>", name: "<name>" }] listing what your server serves.`,
        `7:7-7:10 error ${ID}: ${head("dyn", "models")} Add models: [{ id: "<model id>", name: "<name>" }] listing what your server serves.`,
      ],
    );
    const [typo] = lint(`{ models: { providers: { openrouterr: {} } } }`).diagnostics.filter((x) => x.ruleId === ID);
    expect(typo.suggestions?.[0].description).toBe('Rename provider "openrouterr" to "openrouter"');
  });
});
