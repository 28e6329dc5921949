import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";
import { redact } from "../../src/engine/secrets.js";

const ID = "api-key-plan-mismatch";
const NOT = "keys of different plans are not interchangeable (401 InvalidApiKey).";
const STD = "a Standard pay-as-you-go Model Studio key (sk-..., not sk-sp-)";
const SUB = "looks like a Coding Plan or Token Plan key (starts with sk-sp-)";
const PAYG = "looks like a Standard key (no sk-sp- prefix)";
const STD_KEY = "sk-1234567890abcdef1234567890abcdef";
const SP_KEY = "sk-sp-abcdefabcdefabcdefabcdef12345678";

/** Provider entries start on line 4, each indented by 6 spaces. */
const providers = (...entries: string[]) => `{\n  models: {\n    providers: {\n${entries.map((e) => `      ${e}`).join("\n")}\n    },\n  },\n}`;

describe(ID, () => {
  it("reports a pay-as-you-go key where no baseUrl sends chat to the Coding Plan", () => {
    expectRule(ID, providers(`qwen: { apiKey: "${STD_KEY}" },`), [
      `4:23-4:60 warning ${ID}: The literal key in models.providers.qwen.apiKey (sk-12...cdef) ${PAYG}, but qwen requests go to the Coding Plan Global endpoint (coding-intl.dashscope.aliyuncs.com, the default when models.providers.qwen.baseUrl is not set), which needs a Coding Plan subscription key (starts with sk-sp-); ${NOT} Replace the key or set models.providers.qwen.baseUrl to https://dashscope-intl.aliyuncs.com/compatible-mode/v1 (Standard Global) to keep it.`,
    ]);
  });

  it("reports a subscription key on an alias that uses qwen's Standard endpoint", () => {
    expectRule(ID, providers(`qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" },`, `modelstudio: { apiKey: "${SP_KEY}" },`), [
      `5:30-5:70 warning ${ID}: The literal key in models.providers.modelstudio.apiKey (sk-sp-ab...5678) ${SUB}, but modelstudio requests go to the Standard Global endpoint (dashscope-intl.aliyuncs.com), which needs ${STD}; ${NOT} Replace the key or set models.providers.modelstudio.baseUrl to https://coding-intl.dashscope.aliyuncs.com/v1 (Coding Plan Global) to keep it.`,
    ]);
  });

  it("reports a pay-as-you-go key on the Token Plan and names the provider it belongs to", () => {
    expectRule(ID, providers(`"qwen-token-plan": { baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1", apiKey: "${STD_KEY}" },`), [
      `4:115-4:152 warning ${ID}: The literal key in models.providers.qwen-token-plan.apiKey (sk-12...cdef) ${PAYG}, but qwen-token-plan requests go to the Token Plan China endpoint (token-plan.cn-beijing.maas.aliyuncs.com), which needs a Token Plan key (starts with sk-sp-); ${NOT} Replace the key (a key like this belongs to the qwen provider).`,
    ]);
  });

  it("reads the provider's preferred env var from env.vars when the provider is in use", () => {
    const env = `{\n  env: { vars: { QWEN_TOKEN_PLAN_API_KEY: "sk-abcdefabcdefabcdefabcdef12345678" } },\n`;
    expectRule(ID, `${env}  agents: { defaults: { model: "qwen-token-plan/qwen3.7-plus" } },\n}`, [
      `2:43-2:80 warning ${ID}: The literal key in env.vars.QWEN_TOKEN_PLAN_API_KEY (sk-ab...5678) ${PAYG}, but qwen-token-plan requests go to the Token Plan Global endpoint (token-plan.ap-southeast-1.maas.aliyuncs.com, the default when models.providers.qwen-token-plan.baseUrl is not set), which needs a Token Plan key (starts with sk-sp-); ${NOT} Replace the key (a key like this belongs to the qwen provider).`,
    ]);
    // Nobody uses the Token Plan here: the variable is not judged.
    expectRule(ID, `${env}}`, []);
  });

  it("never prints the key", () => {
    const r = lint(providers(`qwen: { apiKey: "${STD_KEY}" },`));
    const out = JSON.stringify(r.diagnostics.filter((d) => d.ruleId === ID));
    expect(out).not.toContain(STD_KEY);
    expect(out).not.toContain(STD_KEY.slice(5, -4));
  });

  it("leaves matching keys, references, markers and compatibility variables alone", () => {
    expectRule(
      ID,
      `{
  env: { vars: { QWEN_API_KEY: "${SP_KEY}", MODELSTUDIO_API_KEY: "${STD_KEY}", DASHSCOPE_API_KEY: "${SP_KEY}" } },
  models: {
    providers: {
      qwen: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1" },
      "qwen-token-plan": { apiKey: "${SP_KEY}" },
      qwencloud: { apiKey: "\${QWEN_API_KEY}" },
      dashscope: { apiKey: { source: "env", provider: "default", id: "QWEN_API_KEY" } },
      modelstudio: { apiKey: "QWEN_API_KEY" },
    },
  },
  agents: { defaults: { model: "qwen/qwen3.5-plus", mediaModels: { video: "alibaba/wan2.6-t2v" } } },
}`,
      [],
    );
  });

  it("does not read env.vars when the provider has its own apiKey, nor judge unknown endpoints", () => {
    expectRule(
      ID,
      `{
  env: { vars: { QWEN_API_KEY: "${STD_KEY}" } },
  models: { providers: { qwen: { apiKey: { source: "env", provider: "default", id: "QWEN_KEY" } }, "qwen-token-plan": { baseUrl: "https://example.com/v1", apiKey: "${STD_KEY}" } } },
}`,
      [],
    );
  });

  it("custom ids on DashScope hosts: the host's plan decides which key fits (any token-plan.<region> host included); guide placeholders are left alone", () => {
    expectRule(
      ID,
      `// 百炼：自定义 provider，Coding Plan 地址配了按量付费的 Key
{
  models: { mode: "merge", providers: {
    bailian: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1", apiKey: "${STD_KEY}", api: "openai-completions", models: [{ id: "qwen3.5-plus", name: "q" }] },
    aliyun: { baseUrl: "https://token-plan.eu-central-1.maas.aliyuncs.com/compatible-mode/v1", apiKey: "${STD_KEY}", models: [{ id: "glm-5", name: "g" }] },
    ok: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1", apiKey: "${SP_KEY}", api: "openai-completions", models: [{ id: "glm-5", name: "g" }] },
    guide: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1", apiKey: "sk-xxxxxxxxxxxxxxxxxxxxxxxx", api: "openai-completions", models: [{ id: "glm-5", name: "g" }] },
    openrouter: { baseUrl: "https://openrouter.ai/api/v1", apiKey: "${STD_KEY}", api: "openai-completions", models: [{ id: "qwen/qwen3.5-plus", name: "q" }] },
  } },
}`,
      [
        `4:77-4:${77 + STD_KEY.length + 2} warning ${ID}: The literal key in models.providers.bailian.apiKey (${redact(STD_KEY)}) looks like a Standard key (no sk-sp- prefix), but bailian requests go to the Coding Plan China endpoint (coding.dashscope.aliyuncs.com), which needs a Coding Plan subscription key (starts with sk-sp-); keys of different plans are not interchangeable (401 InvalidApiKey). Replace the key or set models.providers.bailian.baseUrl to https://dashscope.aliyuncs.com/compatible-mode/v1 (Standard China) to keep it.`,
        `5:104-5:${104 + STD_KEY.length + 2} warning ${ID}: The literal key in models.providers.aliyun.apiKey (${redact(STD_KEY)}) looks like a Standard key (no sk-sp- prefix), but aliyun requests go to a Token Plan host (token-plan.eu-central-1.maas.aliyuncs.com), which needs a Token Plan key (starts with sk-sp-); keys of different plans are not interchangeable (401 InvalidApiKey). Replace the key.`,
      ],
    );
  });
});
