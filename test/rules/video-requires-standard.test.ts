import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "video-requires-standard";
const REFUSES = "needs Qwen Wan video generation, which the Qwen plugin refuses because";
const NEEDS = "it requires a Standard DashScope endpoint and a same-region Standard API key.";
const STD = "a Standard pay-as-you-go Model Studio key (sk-..., not sk-sp-)";
const ALIBABA = (model: string) => `or use alibaba/${model} with MODELSTUDIO_API_KEY set to a Standard key, which leaves the qwen chat setup as it is.`;
const SP_KEY = "sk-sp-abcdefabcdefabcdefabcdef12345678";

describe(ID, () => {
  it("reports every Qwen video ref (aliases and the legacy key too) on a Coding Plan host, not alibaba/ refs", () => {
    const cn = "models.providers.qwen.baseUrl is the Coding Plan China endpoint (coding.dashscope.aliyuncs.com)";
    const fix = `Set models.providers.qwen.baseUrl to https://dashscope.aliyuncs.com/compatible-mode/v1 with ${STD},`;
    expectRule(
      ID,
      `{
  models: { providers: { qwen: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1" } } },
  agents: {
    defaults: {
      mediaModels: { video: { primary: "qwen/wan2.6-r2v", fallbacks: ["alibaba/wan2.6-r2v", "qwencloud/wan2.6-r2v-flash"] } },
      videoGenerationModel: "qwen/wan2.7-r2v",
    },
  },
}`,
      [
        `5:40-5:57 error ${ID}: qwen/wan2.6-r2v ${REFUSES} ${cn}: ${NEEDS} ${fix} ${ALIBABA("wan2.6-r2v")}`,
        `5:93-5:121 error ${ID}: qwencloud/wan2.6-r2v-flash ${REFUSES} ${cn}: ${NEEDS} ${fix} ${ALIBABA("wan2.6-r2v-flash")}`,
        `6:29-6:46 error ${ID}: qwen/wan2.7-r2v ${REFUSES} ${cn}: ${NEEDS} ${fix} ${ALIBABA("wan2.7-r2v")}`,
      ],
    );
  });

  it("reports a Token Plan host on the qwen provider", () => {
    expectRule(
      ID,
      `{\n  models: { providers: { qwen: { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1" } } },\n  agents: { defaults: { mediaModels: { video: "qwen/wan2.6-t2v" } } },\n}`,
      [
        `3:47-3:64 error ${ID}: qwen/wan2.6-t2v ${REFUSES} models.providers.qwen.baseUrl is the Token Plan Global endpoint (token-plan.ap-southeast-1.maas.aliyuncs.com): ${NEEDS} Set models.providers.qwen.baseUrl to https://dashscope-intl.aliyuncs.com/compatible-mode/v1 with ${STD}, ${ALIBABA("wan2.6-t2v")}`,
      ],
    );
  });

  it("reports a subscription key when no baseUrl is set (chat on the Coding Plan, video on Standard Global)", () => {
    expectRule(
      ID,
      `{\n  models: { providers: { qwen: { apiKey: "${SP_KEY}" } } },\n  agents: { defaults: { mediaModels: { video: "qwen/wan2.6-t2v" } } },\n}`,
      [
        `3:47-3:64 error ${ID}: qwen/wan2.6-t2v ${REFUSES} the key in models.providers.qwen.apiKey (sk-sp-ab...5678) is a Coding Plan or Token Plan key: ${NEEDS} Set models.providers.qwen.baseUrl to https://dashscope-intl.aliyuncs.com/compatible-mode/v1 and put ${STD} of the same region in models.providers.qwen.apiKey, ${ALIBABA("wan2.6-t2v")}`,
      ],
    );
  });

  it("reports a subscription key in env.vars on a Standard host", () => {
    expectRule(
      ID,
      `{
  env: { vars: { QWEN_API_KEY: "${SP_KEY}" } },
  models: { providers: { qwen: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1" } } },
  agents: { defaults: { mediaModels: { video: "qwen/wan2.6-t2v" } } },
}`,
      [
        `4:47-4:64 error ${ID}: qwen/wan2.6-t2v ${REFUSES} the key in env.vars.QWEN_API_KEY (sk-sp-ab...5678) is a Coding Plan or Token Plan key: ${NEEDS} Put ${STD} of the same region in env.vars.QWEN_API_KEY, ${ALIBABA("wan2.6-t2v")}`,
      ],
    );
  });

  it("accepts Standard hosts, no baseUrl, hosts it cannot judge and the alibaba provider", () => {
    const video = `agents: { defaults: { mediaModels: { video: { primary: "qwen/wan2.6-t2v", fallbacks: ["modelstudio/wan2.6-i2v"] } } } }`;
    expectRule(ID, `{ ${video} }`, []);
    expectRule(ID, `{ models: { providers: { qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", apiKey: "\${QWEN_API_KEY}" } } }, ${video} }`, []);
    expectRule(ID, `{ models: { providers: { qwen: { baseUrl: "\${QWEN_BASE_URL}" } } }, ${video} }`, []);
    expectRule(ID, `{ models: { providers: { qwen: { baseUrl: "https://llm-proxy.example.com/v1" } } }, ${video} }`, []);
    expectRule(
      ID,
      `{ models: { providers: { qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" } } }, agents: { defaults: { mediaModels: { video: "alibaba/wan2.6-t2v" } } } }`,
      [],
    );
  });

  it("ignores listing keys, chat slots and the Token Plan provider (other rules cover them)", () => {
    expectRule(
      ID,
      `{
  models: { providers: { qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" } } },
  agents: { defaults: { models: { "qwen/wan2.6-t2v": {} }, model: "qwen/wan2.6-t2v", mediaModels: { video: "qwen-token-plan/wan2.6-t2v" } } },
}`,
      [],
    );
  });
});

describe("video-requires-standard on hosts of other regions", () => {
  it("refuses video on any token-plan.<region>.maas host, as the plugin's credential policy does", () => {
    const text = `{\n  models: { providers: { qwen: { baseUrl: "https://token-plan.eu-central-1.maas.aliyuncs.com/compatible-mode/v1" } } },\n  agents: { defaults: { mediaModels: { video: "qwen/wan2.6-t2v" } } },\n}`;
    const d = lint(text).diagnostics.filter((x) => x.ruleId === "video-requires-standard");
    expect(d.map((x) => `${x.severity} ${x.range.start.line}:${x.range.start.column}`)).toEqual(["error 3:47"]);
    expect(d[0].message).toContain("is on a Token Plan host (token-plan.eu-central-1.maas.aliyuncs.com)");
  });

  it("a Wan ref under a custom id on a DashScope host: no video plugin serves the id (and a subscription host no Wan video)", () => {
    const custom = (ref: string, provider: string, hostNote: string) =>
      `${ref} names a Wan video model under the custom provider id "${provider}", but OpenClaw generates Wan video only through the provider ids of the video plugins (qwen, alibaba); "${provider}" has no video generation${hostNote}. Use qwen/wan2.6-t2v with models.providers.qwen.baseUrl on a Standard endpoint and ${STD}, or alibaba/wan2.6-t2v.`;
    expectRule(
      ID,
      `{
  models: { providers: {
    bailian: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1", api: "openai-completions", models: [{ id: "qwen3.5-plus", name: "q" }, { id: "wan2.6-t2v", name: "w" }] },
    payg: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", api: "openai-completions", models: [{ id: "wan2.6-t2v", name: "w" }] },
  } },
  agents: { defaults: { model: "bailian/qwen3.5-plus", mediaModels: { video: { primary: "bailian/wan2.6-t2v", fallbacks: ["payg/wan2.6-t2v", "alibaba/wan2.6-t2v"] } } } },
}`,
      [
        `6:89-6:109 warning ${ID}: ${custom("bailian/wan2.6-t2v", "bailian", ", and its Coding Plan host (coding.dashscope.aliyuncs.com) does not serve Wan video either")}`,
        `6:123-6:140 warning ${ID}: ${custom("payg/wan2.6-t2v", "payg", "")}`,
      ],
    );
  });
});

