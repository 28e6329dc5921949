import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "legacy-token-plan-provider";
const ENTRY = (key: string, choice: string) =>
  `"${key}" is a legacy provider id (the id from Alibaba's own OpenClaw guide; no built-in auth, catalog or env vars, so a custom entry must declare baseUrl and models). Use the qwen-token-plan provider instead: it has the built-in Token Plan catalog and reads its key from QWEN_TOKEN_PLAN_API_KEY. Run openclaw onboard --auth-choice ${choice} (it writes models.providers.qwen-token-plan), then change bailian-token-plan/... refs to qwen-token-plan/... and remove this entry.`;

describe(ID, () => {
  it("reports the entry and the refs that select it (its listing keys are covered by the entry's finding), onboarding for the entry's region", () => {
    expectRule(
      ID,
      `{
  models: {
    providers: {
      "bailian-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1", api: "openai-completions", models: [{ id: "glm-5", name: "glm-5" }] },
    },
  },
  agents: {
    defaults: {
      model: { primary: "bailian-token-plan/glm-5", fallbacks: ["qwen/qwen3.5-plus"] },
      models: { "bailian-token-plan/glm-5": {} },
    },
  },
}`,
      [
        `4:7-4:27 info ${ID}: ${ENTRY("bailian-token-plan", "qwen-token-plan")}`,
        `9:25-9:51 info ${ID}: "bailian-token-plan/glm-5" uses the legacy provider id "bailian-token-plan"; use "qwen-token-plan/glm-5" (set it up with openclaw onboard --auth-choice qwen-token-plan).`,
      ],
    );
  });

  it("uses the China choice for a Beijing host and matches ids case-insensitively", () => {
    expectRule(ID, `{ models: { providers: { "Bailian-Token-Plan": { baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1" } } } }`, [
      `1:26-1:46 info ${ID}: ${ENTRY("Bailian-Token-Plan", "qwen-token-plan-cn")}`,
    ]);
  });

  it("says so when qwen-token-plan is already configured", () => {
    expectRule(
      ID,
      `{ auth: { profiles: { "qwen-token-plan:default": { provider: "qwen-token-plan", mode: "api_key" } } }, agents: { defaults: { model: "bailian-token-plan/qwen3.7-plus" } } }`,
      [
        `1:133-1:166 info ${ID}: "bailian-token-plan/qwen3.7-plus" uses the legacy provider id "bailian-token-plan"; use "qwen-token-plan/qwen3.7-plus" (qwen-token-plan is already configured here).`,
      ],
    );
  });

  it("suggests the new ref in the same quotes, and renames listing keys", () => {
    const text = `{ agents: { defaults: { model: 'bailian-token-plan/qwen3.7-plus', models: { "bailian-token-plan/qwen3.7-plus": {} } } } }`;
    const d = lint(text).diagnostics.filter((x) => x.ruleId === ID);
    expect(d).toHaveLength(2);
    expect(d.map((x) => x.fix)).toEqual([undefined, undefined]);
    expect(d.map((x) => x.suggestions![0].edits[0].text)).toEqual([`'qwen-token-plan/qwen3.7-plus'`, `"qwen-token-plan/qwen3.7-plus"`]);
  });

  it("leaves qwen-token-plan and unrelated ids alone", () => {
    expectRule(ID, `{ models: { providers: { "qwen-token-plan": { api: "openai-completions", models: [] }, bailian: { baseUrl: "https://x.example/v1", models: [] } } }, agents: { defaults: { model: "qwen-token-plan/qwen3.7-plus" } } }`, []);
  });
});
