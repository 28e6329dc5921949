import { describe, it } from "vitest";
import { expectRule } from "../helpers.js";

const ID = "plan-provider-mismatch";
const NOT = "keys and model catalogs are not interchangeable between plans.";

/** Provider entries start on line 4, each indented by 6 spaces. */
const providers = (...entries: string[]) => `{\n  models: {\n    providers: {\n${entries.map((e) => `      ${e}`).join("\n")}\n    },\n  },\n}`;

describe(ID, () => {
  it("reports the Token Plan provider on a Standard host, with the same-region Token Plan URL", () => {
    expectRule(ID, providers(`"qwen-token-plan": { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1" },`), [
      `4:37-4:88 error ${ID}: models.providers.qwen-token-plan.baseUrl is the Standard China endpoint (dashscope.aliyuncs.com), but "qwen-token-plan" is a Token Plan provider id; ${NOT} Use https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1 (Token Plan China), or, for a Standard key, move this entry to models.providers.qwen and use qwen/<model> refs with the key in QWEN_API_KEY.`,
    ]);
  });

  it("reports a qwen alias on a Token Plan host and points to qwen-token-plan", () => {
    expectRule(ID, providers(`dashscope: { baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1" },`), [
      `4:29-4:97 error ${ID}: models.providers.dashscope.baseUrl is the Token Plan China endpoint (token-plan.cn-beijing.maas.aliyuncs.com), but "dashscope" is a Coding Plan and Standard provider id; ${NOT} Use https://coding.dashscope.aliyuncs.com/v1 (Coding Plan China) or https://dashscope.aliyuncs.com/compatible-mode/v1 (Standard China), or, for a Token Plan key, move this entry to models.providers.qwen-token-plan and use qwen-token-plan/<model> refs with the key in QWEN_TOKEN_PLAN_API_KEY.`,
    ]);
  });

  it("reports qwen on a Token Plan host of another region (a pattern, no listed endpoint) with what the plugin does there", () => {
    expectRule(ID, providers(`qwen: { baseUrl: "https://token-plan.eu-central-1.maas.aliyuncs.com/compatible-mode/v1" },`), [
      `4:24-4:94 error ${ID}: models.providers.qwen.baseUrl is a Token Plan host (token-plan.eu-central-1.maas.aliyuncs.com), but "qwen" is a Coding Plan and Standard provider id: the Qwen plugin sends qwen/<model> requests there with the key qwen resolves (its apiKey, an auth profile, QWEN_API_KEY, MODELSTUDIO_API_KEY, DASHSCOPE_API_KEY), offers the qwen catalog instead of the Token Plan's, and refuses Wan video on it; keys are not interchangeable between plans. For a Token Plan key, move this entry to models.providers.qwen-token-plan and use qwen-token-plan/<model> refs with the key in QWEN_TOKEN_PLAN_API_KEY. Otherwise use Coding Plan Global https://coding-intl.dashscope.aliyuncs.com/v1, Coding Plan China https://coding.dashscope.aliyuncs.com/v1, Standard Global https://dashscope-intl.aliyuncs.com/compatible-mode/v1, Standard China https://dashscope.aliyuncs.com/compatible-mode/v1.`,
    ]);
    expectRule(ID, providers(`"qwen-token-plan": { baseUrl: "https://token-plan.eu-central-1.maas.aliyuncs.com/compatible-mode/v1" },`), []);
  });

  it("treats the legacy bailian-token-plan id as a Token Plan provider", () => {
    expectRule(ID, providers(`"bailian-token-plan": { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1", models: [] },`), [
      `4:40-4:87 error ${ID}: models.providers.bailian-token-plan.baseUrl is the Coding Plan Global endpoint (coding-intl.dashscope.aliyuncs.com), but "bailian-token-plan" is a Token Plan provider id; ${NOT} Use https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1 (Token Plan Global), or, for a Coding Plan key, move this entry to models.providers.qwen and use qwen/<model> refs with the key in QWEN_API_KEY.`,
    ]);
  });

  it("accepts every provider on its own plan's hosts (what onboarding writes)", () => {
    expectRule(
      ID,
      providers(
        `qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" },`,
        `modelstudio: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1" },`,
        `"qwen-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1" },`,
        `"bailian-token-plan": { baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1", models: [] },`,
      ),
      [],
    );
  });

  it("does not judge missing, dynamic or unknown base URLs, nor custom ids", () => {
    expectRule(
      ID,
      providers(
        `"qwen-token-plan": { api: "openai-completions" },`,
        `qwen: { baseUrl: "\${QWEN_BASE_URL}" },`,
        `qwencloud: { baseUrl: "https://example.com/v1" },`,
        `bailian: { baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1", api: "openai-completions", models: [{ id: "glm-5", name: "GLM" }] },`,
        `modelstudio: { baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/apps/anthropic", api: "anthropic-messages", models: [] },`,
      ),
      [],
    );
  });
});
