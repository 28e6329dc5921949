import { ruleTester } from "../rule-tester.js";

const ID = "legacy-provider-alias";
const alias = (raw: string, provider: string, canonical: string) => `"${raw}" uses the compatibility alias "${provider}"; use "${canonical}" (the canonical qwen provider id).`;
const routed = (a: string) => `{
  models: { providers: { ${a}: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", apiKey: "\${DASHSCOPE_API_KEY}", api: "openai-completions", models: [{ id: "qwen3-max", name: "Qwen3 Max" }] } } },
  agents: { defaults: { model: "${a}/qwen3-max", models: { "${a}/qwen3-max": {} } } },
}`;

ruleTester(ID, {
  valid: [
    `{ agents: { defaults: { model: "qwen/qwen3.5-plus" } } }`,
    // Issue 11: OpenClaw reads the entry of the ref's own id, so after a rewrite to qwen/ the refs lost the
    // entry's base URL and key while `config validate` still passed. Such refs are left alone.
    ...["dashscope", "modelstudio", "qwencloud"].map((a) => ({ name: `refs that the ${a} entry routes (its baseUrl, its key)`, code: routed(a) })),
    { name: "onboarding's listing keys (they select nothing)", code: `{ agents: { defaults: { models: { "modelstudio/glm-5": {} } } } }` },
    { name: "refs a custom entry took over with another api", code: `{ models: { providers: { qwencloud: { api: "anthropic-messages", models: [] } } }, agents: { defaults: { model: "qwencloud/c" } } }` },
  ],
  invalid: [
    {
      name: "alias refs without an entry of their own, rewritten to qwen/",
      code: `{ agents: { defaults: { model: { primary: "modelstudio/qwen3.5-plus", fallbacks: ["qwencloud/glm-5"] } } } }`,
      errors: [
        { range: "1:43-1:69", message: alias("modelstudio/qwen3.5-plus", "modelstudio", "qwen/qwen3.5-plus"), pointer: "/agents/defaults/model/primary" },
        { range: "1:83-1:100", message: alias("qwencloud/glm-5", "qwencloud", "qwen/glm-5") },
      ],
      output: `{ agents: { defaults: { model: { primary: "qwen/qwen3.5-plus", fallbacks: ["qwen/glm-5"] } } } }`,
    },
    {
      name: "an entry that only adds rows routes nothing: the rewrite stays",
      code: `{ models: { providers: { modelstudio: { models: [{ id: "qwen3.5-plus", name: "Q" }] } } }, agents: { defaults: { model: "modelstudio/qwen3.5-plus" } } }`,
      errors: [{ range: "1:121-1:147", message: alias("modelstudio/qwen3.5-plus", "modelstudio", "qwen/qwen3.5-plus") }],
      output: `{ models: { providers: { modelstudio: { models: [{ id: "qwen3.5-plus", name: "Q" }] } } }, agents: { defaults: { model: "qwen/qwen3.5-plus" } } }`,
    },
  ],
});
