import { readFileSync } from "node:fs";
import { ruleTester } from "../rule-tester.js";

const ID = "model-not-on-plan";
const hostRefuses = (model: string, provider: string, where: string, remedy: string) =>
  `Model "${model}" is not served on ${where}, which models.providers.${provider}.baseUrl names. The Qwen plugin checks nothing for the custom provider id "${provider}", so OpenClaw sends the requests and the endpoint refuses the model. ${remedy}`;
const CODING_REMEDY =
  "Serve it from a provider entry on the Standard endpoint https://dashscope.aliyuncs.com/compatible-mode/v1 with a Standard pay-as-you-go Model Studio key (sk-..., not sk-sp-) or a Token Plan endpoint with a Token Plan key (starts with sk-sp-), or pick a Coding Plan model such as qwen3.7-plus.";

ruleTester(ID, {
  valid: [
    // What the Qwen plugin's onboarding writes, and custom ids whose host serves the row.
    readFileSync(new URL("../fixtures/onboard/qwen-api-key.json5", import.meta.url), "utf8"),
    `{ models: { providers: { bailian: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1", api: "openai-completions", models: [{ id: "qwen3.5-plus", name: "a" }, { id: "glm-5", name: "b" }] } } } }`,
    // The Standard host serves qwen3.8-max; a Token Plan host (any region) too.
    `{ models: { providers: { dashscope: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", api: "openai-completions", models: [{ id: "qwen3.8-max", name: "a" }] } } } }`,
    `{ models: { providers: { aliyun: { baseUrl: "https://token-plan.eu-central-1.maas.aliyuncs.com/compatible-mode/v1", models: [{ id: "qwen3.8-max", name: "a" }] } } } }`,
    // Off DashScope hosts the catalog says nothing (OpenRouter serves its own ids).
    `{ models: { providers: { openrouter: { baseUrl: "https://openrouter.ai/api/v1", api: "openai-completions", models: [{ id: "qwen3.8-max", name: "a" }] } } } }`,
  ],
  invalid: [
    {
      name: "a custom id on the Coding Plan host: the endpoint refuses a Standard-only row (a warning; the plugin drops nothing)",
      code: `// 百炼 Coding Plan（订阅制）接入：自定义 provider id
{
  models: {
    mode: "merge",
    providers: {
      bailian: {
        baseUrl: "https://coding.dashscope.aliyuncs.com/v1",
        apiKey: "\${BAILIAN_API_KEY}",
        api: "openai-completions",
        models: [
          { id: "qwen3.5-plus", name: "Qwen3.5 Plus" },
          { id: "qwen3.8-max", name: "Qwen3.8 Max" }, // 订阅制不提供
        ],
      },
    },
  },
  agents: { defaults: { model: { primary: "bailian/qwen3.5-plus", fallbacks: ["bailian/qwen3.8-max"] } } },
}`,
      errors: [
        {
          range: "12:17-12:30",
          severity: "warning",
          messageId: "hostRefuses",
          pointer: "/models/providers/bailian/models/1/id",
          message: hostRefuses("qwen3.8-max", "bailian", "the Coding Plan China endpoint (coding.dashscope.aliyuncs.com)", CODING_REMEDY),
        },
      ],
    },
    {
      name: "a taken-over alias (qwencloud on anthropic-messages) on the Coding Plan host is a custom provider too",
      code: `{ models: { providers: { qwencloud: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/apps/anthropic/v1", api: "anthropic-messages", models: [{ id: "qwen3.8-flash", name: "f" }] } } } }`,
      errors: [
        {
          range: "1:154-1:169",
          severity: "warning",
          message: hostRefuses(
            "qwen3.8-flash",
            "qwencloud",
            "the Coding Plan Global endpoint (coding-intl.dashscope.aliyuncs.com)",
            "Serve it from a provider entry on the Standard endpoint https://dashscope-intl.aliyuncs.com/compatible-mode/v1 with a Standard pay-as-you-go Model Studio key (sk-..., not sk-sp-) or a Token Plan endpoint with a Token Plan key (starts with sk-sp-), or pick a Coding Plan model such as qwen3.7-plus.",
          ),
        },
      ],
    },
  ],
});
