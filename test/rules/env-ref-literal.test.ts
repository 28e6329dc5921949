import { ruleTester } from "../rule-tester.js";

const ID = "env-ref-literal";
const ROW = `api: "openai-completions", models: [{ id: "qwen3.5-plus", name: "Qwen3.5 Plus" }]`;
const literal = (path: string, raw: string, what = "key") => {
  const name = raw.replace(/^\s*env:\s*/, "").trim();
  return `${path} is the literal text "${raw.trim()}": OpenClaw has no env: syntax, so it sends these ${raw.length} characters as the ${what} and the service refuses them (401). To read ${name} from the Gateway's environment, write "\${${name}}" or { source: "env", provider: "default", id: "${name}" }.`;
};

ruleTester(ID, {
  valid: [
    // What OpenClaw does read from the environment: ${NAME}, a SecretRef, a known env var name.
    `{ models: { providers: { bailian: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", apiKey: "\${DASHSCOPE_API_KEY}", ${ROW} } } } }`,
    `{ models: { providers: { bailian: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", apiKey: { source: "env", provider: "default", id: "DASHSCOPE_API_KEY" }, ${ROW} } } } }`,
    `{ models: { providers: { qwen: { apiKey: "DASHSCOPE_API_KEY" } } } }`,
    // env:-looking text that is no credential (a display name, an agent's description).
    `{ models: { providers: { bailian: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", ${ROW.replace("Qwen3.5 Plus", "env:prod")} } } } }`,
    `{ agents: { entries: { main: { name: "env:staging" } } } }`,
  ],
  invalid: [
    {
      name: "apiKey, a header and a channel token written as env:NAME",
      code: `{
  models: { providers: { bailian: {
    baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1",
    apiKey: "env:DASHSCOPE_API_KEY",
    headers: { "X-DashScope-WorkSpace": "env: WORKSPACE_ID" },
    ${ROW},
  } } },
  channels: { telegram: { botToken: "env:TELEGRAM_BOT_TOKEN" } },
}`,
      errors: [
        { range: "4:13-4:36", messageId: "literal", message: literal("models.providers.bailian.apiKey", "env:DASHSCOPE_API_KEY"), suggestions: ['Replace "env:DASHSCOPE_API_KEY" with "${DASHSCOPE_API_KEY}"'] },
        { range: "5:41-5:60", messageId: "literal", message: literal("models.providers.bailian.headers.X-DashScope-WorkSpace", "env: WORKSPACE_ID") },
        { range: "8:37-8:61", messageId: "literal", message: literal("channels.telegram.botToken", "env:TELEGRAM_BOT_TOKEN", "token") },
      ],
    },
    {
      name: "env.vars: every ${NAME} gets the literal text",
      code: `{ env: { vars: { QWEN_API_KEY: "env:DASHSCOPE_API_KEY" } } }`,
      errors: [
        {
          range: "1:32-1:55",
          messageId: "envVar",
          message: `env.vars.QWEN_API_KEY sets QWEN_API_KEY to the literal text "env:DASHSCOPE_API_KEY": OpenClaw has no env: syntax, so every \${QWEN_API_KEY} reference gets these 21 characters instead of the value of DASHSCOPE_API_KEY. Put the value itself here, or remove QWEN_API_KEY from env.vars and set it in ~/.openclaw/.env.`,
          suggestions: [],
        },
      ],
    },
  ],
});
