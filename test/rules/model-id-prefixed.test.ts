import { ruleTester } from "../rule-tester.js";

const ID = "model-id-prefixed";
const STD = `baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", api: "openai-completions"`;
const own = (id: string, provider: string, prefix: string, tail: string) =>
  `Model id "${id}" carries its provider's prefix "${prefix}"; ids in models.providers.${provider}.models[] are provider-local and are sent to the endpoint as written, which knows no model "${id}". ${tail}`;

const FOUR = `{
  models: { providers: {
    qwen: { ${STD}, models: [{ id: "qwen/qwen3.5-plus", name: "a" }, { id: "QWEN/glm-5", name: "b" }, { id: "qwen-token-plan/qwen3.7-plus", name: "c" }] },
    "qwen-token-plan": { models: [{ id: "qwen-token-plan/qwen3.8-max", name: "d" }] },
  } },
}`;

ruleTester(ID, {
  valid: [
    {
      name: "other providers' ids and custom hosts",
      code: `{
  models: { providers: {
    openrouter: { baseUrl: "https://openrouter.ai/api/v1", api: "openai-completions", models: [{ id: "qwen/qwen-2.5-72b-instruct", name: "o" }] },
    qwencloud: { baseUrl: "http://localhost:8000/v1", api: "openai-completions", models: [{ id: "Qwen/Qwen3-8B", name: "v" }] },
    qwen: { ${STD}, models: [{ id: "Qwen3-8B/awq", name: "x" }, { id: "qwen/", name: "y" }] },
  } },
}`,
    },
  ],
  invalid: [
    {
      name: "its own prefix (any case) or another provider's, stripped by the fix",
      code: FOUR,
      errors: [
        { range: "3:122-3:141", message: own("qwen/qwen3.5-plus", "qwen", "qwen/", `Use id "qwen3.5-plus" (refs stay "qwen/qwen3.5-plus").`) },
        { range: "3:162-3:174", message: own("QWEN/glm-5", "qwen", "QWEN/", `Use id "glm-5" (refs stay "qwen/glm-5").`) },
        {
          range: "3:195-3:225",
          message: `Model id "qwen-token-plan/qwen3.7-plus" carries a provider prefix "qwen-token-plan/"; ids in models.providers.qwen.models[] are provider-local and are sent to the endpoint as written, which knows no model "qwen-token-plan/qwen3.7-plus". Use id "qwen3.7-plus" (refs stay "qwen/qwen3.7-plus").`,
        },
        { range: "4:41-4:70", message: own("qwen-token-plan/qwen3.8-max", "qwen-token-plan", "qwen-token-plan/", `Use id "qwen3.8-max" (refs stay "qwen-token-plan/qwen3.8-max").`) },
      ],
      output: FOUR.replace('"qwen/qwen3.5-plus"', '"qwen3.5-plus"').replace('"QWEN/glm-5"', '"glm-5"').replace('"qwen-token-plan/qwen3.7-plus"', '"qwen3.7-plus"').replace('"qwen-token-plan/qwen3.8-max"', '"qwen3.8-max"'),
    },
    {
      name: "the fix keeps single quotes",
      code: `{ models: { providers: { qwen: { models: [{ id: 'qwen/qwen3.5-plus', name: 'q' }] } } } }`,
      errors: [{ range: "1:49-1:68", message: /Use id "qwen3.5-plus"/ }],
      output: `{ models: { providers: { qwen: { models: [{ id: 'qwen3.5-plus', name: 'q' }] } } } }`,
    },
    {
      name: "only a suggestion when the stripped id is already declared",
      code: `{ models: { providers: { qwen: { models: [{ id: "glm-5", name: "a" }, { id: "qwen/glm-5", name: "b" }] } } } }`,
      errors: [{ range: "1:77-1:89", message: own("qwen/glm-5", "qwen", "qwen/", `A row with id "glm-5" already exists: remove this one.`), suggestions: [`Replace "qwen/glm-5" with "glm-5"`] }],
    },
    {
      name: "a custom id on a DashScope host (Alibaba's bailian guide shape): its own prefix and the qwen/ prefix, fixed",
      code: `{
  models: { mode: "merge", providers: { bailian: {
    baseUrl: "https://coding.dashscope.aliyuncs.com/v1", api: "openai-completions",
    models: [{ id: "bailian/qwen3.5-plus", name: "Qwen3.5 Plus" }, { id: "qwen/glm-5", name: "GLM-5" }],
  } } },
  agents: { defaults: { model: { primary: "bailian/qwen3.5-plus" } } },
}`,
      errors: [
        { range: "4:20-4:42", message: own("bailian/qwen3.5-plus", "bailian", "bailian/", `Use id "qwen3.5-plus" (refs stay "bailian/qwen3.5-plus").`) },
        {
          range: "4:74-4:86",
          message: `Model id "qwen/glm-5" carries a provider prefix "qwen/"; ids in models.providers.bailian.models[] are provider-local and are sent to the endpoint as written, which knows no model "qwen/glm-5". Use id "glm-5" (refs stay "bailian/glm-5").`,
        },
      ],
      output: `{
  models: { mode: "merge", providers: { bailian: {
    baseUrl: "https://coding.dashscope.aliyuncs.com/v1", api: "openai-completions",
    models: [{ id: "qwen3.5-plus", name: "Qwen3.5 Plus" }, { id: "glm-5", name: "GLM-5" }],
  } } },
  agents: { defaults: { model: { primary: "bailian/qwen3.5-plus" } } },
}`,
    },
  ],
});
