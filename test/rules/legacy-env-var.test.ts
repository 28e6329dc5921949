import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "legacy-env-var";
const ORDERS =
  "qwen reads QWEN_API_KEY, MODELSTUDIO_API_KEY, DASHSCOPE_API_KEY; alibaba reads MODELSTUDIO_API_KEY, DASHSCOPE_API_KEY, QWEN_API_KEY, first non-empty wins";
const A = "sk-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const B = "sk-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
const vars = (body: string) => `{ env: { vars: { ${body} } } }`;

describe(ID, () => {
  it("suggests QWEN_API_KEY for a compatibility name", () => {
    expectRule(ID, vars(`DASHSCOPE_API_KEY: "\${DS_KEY}"`), [
      `1:18-1:35 info ${ID}: DASHSCOPE_API_KEY is a compatibility name for the qwen key; the qwen plugin reads QWEN_API_KEY first. Rename it to QWEN_API_KEY.`,
    ]);
  });

  it("asks to remove a copy of the key Qwen already uses", () => {
    expectRule(ID, vars(`QWEN_API_KEY: "${A}", MODELSTUDIO_API_KEY: "${A}"`), [
      `1:71-1:90 info ${ID}: MODELSTUDIO_API_KEY repeats QWEN_API_KEY (a compatibility name for the same key); remove it.`,
    ]);
  });

  it("warns when the plugins pick different keys", () => {
    expectRule(ID, vars(`QWEN_API_KEY: "\${QWEN_KEY}", DASHSCOPE_API_KEY: "${B}"`), [
      `1:47-1:64 warning ${ID}: DASHSCOPE_API_KEY and QWEN_API_KEY hold different keys, and the plugins pick different ones: the qwen plugin uses QWEN_API_KEY and the alibaba video plugin uses DASHSCOPE_API_KEY (${ORDERS}). Keep one key as QWEN_API_KEY and remove DASHSCOPE_API_KEY; if alibaba/ video needs its own key, set it as MODELSTUDIO_API_KEY.`,
    ]);
  });

  it("warns about a different key that no plugin reads", () => {
    expectRule(ID, vars(`MODELSTUDIO_API_KEY: "${A}", DASHSCOPE_API_KEY: "${B}"`), [
      `1:18-1:37 info ${ID}: MODELSTUDIO_API_KEY is a compatibility name for the qwen key; the qwen plugin reads QWEN_API_KEY first. Rename it to QWEN_API_KEY.`,
      `1:78-1:95 warning ${ID}: DASHSCOPE_API_KEY holds a different key than MODELSTUDIO_API_KEY, but no plugin reads it: both the qwen plugin and the alibaba video plugin use MODELSTUDIO_API_KEY (${ORDERS}). Keep one key as QWEN_API_KEY and remove DASHSCOPE_API_KEY.`,
    ]);
  });

  it("accepts QWEN_API_KEY plus a separate MODELSTUDIO_API_KEY for alibaba video (info)", () => {
    expectRule(ID, vars(`QWEN_API_KEY: "${A}", MODELSTUDIO_API_KEY: "${B}"`), [
      `1:71-1:90 info ${ID}: MODELSTUDIO_API_KEY holds a different key than QWEN_API_KEY: the qwen plugin uses QWEN_API_KEY, only the alibaba video plugin (alibaba/ Wan models) uses MODELSTUDIO_API_KEY. Keep it only if alibaba/ video needs its own key; otherwise remove it.`,
    ]);
  });

  it("does not compare two different placeholders", () => {
    expectRule(ID, vars(`QWEN_API_KEY: "\${K1}", DASHSCOPE_API_KEY: "\${K2}"`), [
      `1:41-1:58 info ${ID}: The qwen plugin uses QWEN_API_KEY; only the alibaba video plugin reads DASHSCOPE_API_KEY (${ORDERS}). If both hold the same key, remove DASHSCOPE_API_KEY; if alibaba/ video needs its own key, set it as MODELSTUDIO_API_KEY.`,
    ]);
  });

  it("treats empty values as unset, like the plugins", () => {
    expectRule(ID, vars(`QWEN_API_KEY: "", DASHSCOPE_API_KEY: "${B}"`), [
      `1:36-1:53 info ${ID}: DASHSCOPE_API_KEY is a compatibility name for the qwen key; the qwen plugin reads QWEN_API_KEY first. Rename it to QWEN_API_KEY.`,
    ]);
  });

  it("skips the conflict check when models.providers.qwen.apiKey is a literal", () => {
    expectRule(ID, `{ models: { providers: { qwen: { apiKey: "${A}" } } }, env: { vars: { QWEN_API_KEY: "${A}", DASHSCOPE_API_KEY: "${B}" } } }`, [
      `1:155-1:172 info ${ID}: DASHSCOPE_API_KEY is a compatibility name for the qwen key; the qwen plugin reads QWEN_API_KEY first. Rename it to QWEN_API_KEY.`,
    ]);
  });

  it("does not ask to rename the variable models.providers.qwen.apiKey names", () => {
    expectRule(ID, `{ models: { providers: { qwen: { apiKey: "\${DASHSCOPE_API_KEY}" } } }, env: { vars: { QWEN_API_KEY: "${A}", DASHSCOPE_API_KEY: "${B}" } } }`, []);
  });

  it("never prints a key value", () => {
    const r = lint(vars(`QWEN_API_KEY: "${A}", MODELSTUDIO_API_KEY: "${B}", DASHSCOPE_API_KEY: "sk-cccccccccccccccccccccccccccccccc"`));
    const mine = r.diagnostics.filter((d) => d.ruleId === ID);
    expect(mine.length).toBeGreaterThan(0);
    expect(JSON.stringify(mine)).not.toMatch(/sk-[abc]{4}/);
  });

  it("ignores QWEN_API_KEY alone and unrelated variables", () => {
    expectRule(ID, vars(`QWEN_API_KEY: "${A}", OPENAI_API_KEY: "${B}"`), []);
  });
});
