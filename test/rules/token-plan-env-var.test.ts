import { describe, expect, it } from "vitest";
import { expectRule, lint, lines } from "../helpers.js";

const ID = "token-plan-env-var";
const ENV_MSG = (evidence: string, name = "QWEN_API_KEY") =>
  `This config uses the Token Plan (${evidence}), but env.vars only sets ${name}, which qwen-token-plan never reads (it reads only QWEN_TOKEN_PLAN_API_KEY). Rename the variable to QWEN_TOKEN_PLAN_API_KEY.`;
const APIKEY_MSG = (use: string) =>
  `models.providers.qwen-token-plan.apiKey reads QWEN_API_KEY, the key variable of the qwen and alibaba providers; a Token Plan key belongs in QWEN_TOKEN_PLAN_API_KEY, which qwen-token-plan reads by itself. Use ${use} (or drop apiKey) and set QWEN_TOKEN_PLAN_API_KEY in ~/.openclaw/.env.`;
const TP = `agents: { defaults: { model: "qwen-token-plan/qwen3.7-plus" } }`;

describe(ID, () => {
  it("reports a Token Plan key given only as QWEN_API_KEY", () => {
    expectRule(ID, `{ env: { vars: { QWEN_API_KEY: "\${QWEN_KEY}" } }, ${TP} }`, [`1:18-1:30 warning ${ID}: ${ENV_MSG("qwen-token-plan/qwen3.7-plus")}`]);
  });

  it("also for compatibility names and a provider entry without refs", () => {
    expectRule(
      ID,
      `{ env: { vars: { DASHSCOPE_API_KEY: "\${K}" } }, models: { providers: { "qwen-token-plan": { baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1" } } } }`,
      [`1:18-1:35 warning ${ID}: ${ENV_MSG("models.providers.qwen-token-plan", "DASHSCOPE_API_KEY")}`],
    );
  });

  it("reports apiKey placeholders and env SecretRefs naming QWEN_API_KEY", () => {
    expectRule(ID, `{ models: { providers: { "qwen-token-plan": { apiKey: "\${QWEN_API_KEY}" } } }, ${TP} }`, [
      `1:55-1:72 warning ${ID}: ${APIKEY_MSG(`apiKey: "\${QWEN_TOKEN_PLAN_API_KEY}"`)}`,
    ]);
    expectRule(ID, `{ models: { providers: { "qwen-token-plan": { apiKey: { source: "env", provider: "default", id: "QWEN_API_KEY" } } } }, ${TP} }`, [
      `1:97-1:111 warning ${ID}: ${APIKEY_MSG(`id: "QWEN_TOKEN_PLAN_API_KEY"`)}`,
    ]);
  });

  it("stays quiet when no key variable is set in the config (it may be in ~/.openclaw/.env)", () => {
    expectRule(ID, `{ ${TP} }`, []);
    expectRule(ID, `{ env: { shellEnv: { enabled: true } }, ${TP} }`, []);
  });

  it("stays quiet when QWEN_TOKEN_PLAN_API_KEY or an own apiKey is there", () => {
    expectRule(ID, `{ env: { vars: { QWEN_API_KEY: "\${A}", QWEN_TOKEN_PLAN_API_KEY: "\${B}" } }, ${TP} }`, []);
    expectRule(ID, `{ env: { vars: { QWEN_API_KEY: "\${A}" } }, models: { providers: { "qwen-token-plan": { apiKey: "\${QWEN_TOKEN_PLAN_API_KEY}" } } }, ${TP} }`, []);
  });

  it("stays quiet when onboarding stored the key (qwen-token-plan auth profile)", () => {
    expectRule(ID, `{ env: { vars: { QWEN_API_KEY: "\${A}" } }, auth: { profiles: { "qwen-token-plan:default": { provider: "qwen-token-plan", mode: "api_key" } } }, ${TP} }`, []);
  });

  it("stays quiet when the qwen or alibaba provider also uses the variable", () => {
    expectRule(ID, `{ env: { vars: { QWEN_API_KEY: "\${A}" } }, agents: { defaults: { model: "qwen-token-plan/qwen3.7-plus", heartbeat: { model: "qwen/qwen3.5-plus" } } } }`, []);
    expectRule(ID, `{ env: { vars: { QWEN_API_KEY: "\${A}" } }, agents: { defaults: { model: "qwen-token-plan/qwen3.7-plus", mediaModels: { video: "alibaba/wan2.6-t2v" } } } }`, []);
    expectRule(ID, `{ env: { vars: { QWEN_API_KEY: "\${A}" } }, models: { providers: { modelstudio: {} } }, ${TP} }`, []);
  });

  it("ignores configs without the Token Plan", () => {
    expectRule(ID, `{ env: { vars: { QWEN_API_KEY: "\${A}" } }, agents: { defaults: { model: "qwen/qwen3.5-plus" } } }`, []);
  });

  it("points into the included file that sets env.vars", () => {
    const files: Record<string, string> = { "/virtual/env.json5": `{\n  vars: { QWEN_API_KEY: "\${QWEN_KEY}" },\n}\n` };
    const host = { readFile: (p: string) => files[p], size: (p: string) => files[p].length };
    const r = lint(`{ env: { $include: "./env.json5" }, ${TP} }`, { host });
    expect(lines(r).filter((l) => l.includes(ID))).toEqual([`env.json5 2:11-2:23 warning ${ID}: ${ENV_MSG("qwen-token-plan/qwen3.7-plus")}`]);
  });
});
