import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "provider-id-collision";

describe(ID, () => {
  it("warns on the later of two ids equal after lower-casing and names the one that wins", () => {
    expectRule(
      ID,
      `{
  models: {
    providers: {
      Qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" },
      qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" },
    },
  },
}`,
      [
        `5:7-5:11 warning ${ID}: "qwen" and "Qwen" are the same provider to OpenClaw, which compares provider ids lower-cased; the Qwen plugin uses the first match, models.providers.Qwen (line 4), and ignores this entry. Merge the two into one "qwen" block.`,
      ],
    );
  });

  it("reports every later duplicate against the first, for Token Plan and alias ids too", () => {
    expectRule(
      ID,
      `{ models: { providers: { "qwen-token-plan": {}, "QWEN-TOKEN-PLAN": {}, "Qwen-Token-Plan": {}, ModelStudio: {}, modelstudio: {} } } }`,
      [
        `1:49-1:66 warning ${ID}: /^"QWEN-TOKEN-PLAN" and "qwen-token-plan" are the same provider .* models\\.providers\\.qwen-token-plan \\(line 1\\)/`,
        `1:72-1:89 warning ${ID}: /^"Qwen-Token-Plan" and "qwen-token-plan" are the same provider/`,
        `1:112-1:123 warning ${ID}: /^"modelstudio" and "ModelStudio" are the same provider .* Merge the two into one "modelstudio" block\\.$/`,
      ],
    );
  });

  it("names the other file when the first entry comes from an $include", () => {
    const files: Record<string, string> = { "/virtual/qwen.json5": `{\n  Qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" },\n}\n` };
    const host = { readFile: (p: string) => files[p], size: (p: string) => files[p].length };
    const r = lint(`{\n  models: { providers: { $include: "./qwen.json5", qwen: {} } },\n}`, { host });
    expect(r.diagnostics.filter((d) => d.ruleId === ID).map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message}`)).toEqual([
      `2:52 "qwen" and "Qwen" are the same provider to OpenClaw, which compares provider ids lower-cased; the Qwen plugin uses the first match, models.providers.Qwen (line 2 of qwen.json5), and ignores this entry. Merge the two into one "qwen" block.`,
    ]);
  });

  it("ignores distinct ids and other vendors' ids", () => {
    expectRule(ID, `{ models: { providers: { qwen: {}, "qwen-token-plan": {}, OpenAI: { baseUrl: "https://api.openai.com/v1", models: [] }, openai: {} } } }`, []);
  });
});
