import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "duplicate-key";

describe(ID, () => {
  it("reports the earlier block of a repeated provider key (facts R07)", () => {
    const text = `{
  models: {
    providers: {
      qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" },
      qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" },
    },
  },
}`;
    expectRule(ID, text, [
      `4:7-4:11 warning ${ID}: "qwen" appears again at line 5; OpenClaw keeps only the last one, so this block is ignored. Merge the two blocks into one.`,
    ]);
    expect(lint(text).diagnostics.find((d) => d.ruleId === ID)?.pointer).toBe("/models/providers/qwen");
  });

  it("calls a scalar a value, never prints it, and counts three or more", () => {
    const text = `{
  models: { providers: { qwen: {
    apiKey: "sk-0123456789abcdef0123",
    apiKey: /* later */ "sk-fedcba9876543210fedc",
    "apiKey": "\${QWEN_API_KEY}",
  } } },
}`;
    expectRule(ID, text, [
      `3:5-3:11 warning ${ID}: "apiKey" appears 3 times in this object (lines 3, 4, 5); OpenClaw keeps only the last one (line 5), so this value is ignored. Keep only one of them.`,
      `4:5-4:11 warning ${ID}: "apiKey" appears 3 times in this object (lines 3, 4, 5); OpenClaw keeps only the last one (line 5), so this value is ignored. Keep only one of them.`,
    ]);
    for (const d of lint(text).diagnostics) expect(d.message).not.toMatch(/0123456789|fedcba/);
  });

  it("sees a block behind a comment, and only says merge when both are blocks", () => {
    expectRule(ID, `{ agents: { defaults: { model: // chat\n { primary: "qwen/qwen3.5-plus" }, model: "qwen/glm-5" } } }`, [
      `1:25-1:30 warning ${ID}: "model" appears again at line 2; OpenClaw keeps only the last one, so this block is ignored. Delete the one you do not want.`,
    ]);
    expectRule(ID, `{ agents: { defaults: { model: /* a */ { primary: "qwen/qwen3.5-plus" }, model: /* b */ { primary: "qwen/glm-5" } } } }`, [
      `1:25-1:30 warning ${ID}: "model" appears again at line 1; OpenClaw keeps only the last one, so this block is ignored. Merge the two blocks into one.`,
    ]);
  });

  it("reports duplicates inside an included file there, with the logical pointer", () => {
    const files: Record<string, string> = { "/virtual/providers.json5": `{\n  qwen: {},\n  qwen: { models: [] },\n}\n` };
    const host = { readFile: (p: string) => files[p], size: (p: string) => files[p].length };
    const r = lint(`{ models: { providers: { $include: "./providers.json5" } } }`, { host });
    const d = r.diagnostics.filter((x) => x.ruleId === ID);
    expect(d.map((x) => [x.filePath, `${x.range.start.line}:${x.range.start.column}-${x.range.end.line}:${x.range.end.column}`, x.pointer, x.message])).toEqual([
      ["/virtual/providers.json5", "2:3-2:7", "/models/providers/qwen", `"qwen" appears again at line 3; OpenClaw keeps only the last one, so this block is ignored. Merge the two blocks into one.`],
    ]);
  });

  it("is quiet without duplicates (same key in different objects is fine)", () => {
    expectRule(ID, `{ models: { providers: { qwen: { api: "openai-completions" }, "qwen-token-plan": { api: "openai-completions" } } } }`, []);
  });
});
