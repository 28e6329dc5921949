import { ruleTester } from "../rule-tester.js";

const ID = "duplicate-key";
const again = (key: string, line: number, what: string, advice: string) => `"${key}" appears again at line ${line}; OpenClaw keeps only the last one, so this ${what} is ignored. ${advice}`;
const MERGE = "Merge the two blocks into one.";
const DELETE = "Delete the one you do not want.";

ruleTester(ID, {
  valid: [{ name: "the same key in different objects", code: `{ models: { providers: { qwen: { api: "openai-completions" }, "qwen-token-plan": { api: "openai-completions" } } } }` }],
  invalid: [
    {
      name: "the earlier block of a repeated provider key (facts R07)",
      code: `{
  models: {
    providers: {
      qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" },
      qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" },
    },
  },
}`,
      errors: [{ range: "4:7-4:11", message: again("qwen", 5, "block", MERGE), pointer: "/models/providers/qwen" }],
    },
    {
      name: "a scalar is a value, never printed; three or more are counted",
      code: `{
  models: { providers: { qwen: {
    apiKey: "sk-0123456789abcdef0123",
    apiKey: /* later */ "sk-fedcba9876543210fedc",
    "apiKey": "\${QWEN_API_KEY}",
  } } },
}`,
      errors: [1, 2].map((n) => ({
        range: `${n + 2}:5-${n + 2}:11`,
        message: `"apiKey" appears 3 times in this object (lines 3, 4, 5); OpenClaw keeps only the last one (line 5), so this value is ignored. Keep only one of them.`,
      })),
    },
    {
      name: "a block behind a comment; merge only when both are blocks",
      code: `{ agents: { defaults: { model: // chat\n { primary: "qwen/qwen3.5-plus" }, model: "qwen/glm-5" } } }`,
      errors: [{ range: "1:25-1:30", message: again("model", 2, "block", DELETE) }],
    },
    {
      name: "two blocks behind block comments",
      code: `{ agents: { defaults: { model: /* a */ { primary: "qwen/qwen3.5-plus" }, model: /* b */ { primary: "qwen/glm-5" } } } }`,
      errors: [{ range: "1:25-1:30", message: again("model", 1, "block", MERGE) }],
    },
    {
      name: "inside an included file: reported there, with the logical pointer",
      code: `{ models: { providers: { $include: "./providers.json5" } } }`,
      files: { "/virtual/providers.json5": `{\n  qwen: {},\n  qwen: { models: [] },\n}\n` },
      errors: [{ range: "2:3-2:7", file: "providers.json5", pointer: "/models/providers/qwen", message: again("qwen", 3, "block", MERGE) }],
    },
  ],
});
