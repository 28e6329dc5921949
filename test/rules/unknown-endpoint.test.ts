import { describe, expect, it } from "vitest";
import { expectRule, lines, lint } from "../helpers.js";

const ID = "unknown-endpoint";
const QWEN =
  "The qwen provider serves Coding Plan Global https://coding-intl.dashscope.aliyuncs.com/v1, Coding Plan China https://coding.dashscope.aliyuncs.com/v1, Standard Global https://dashscope-intl.aliyuncs.com/compatible-mode/v1, Standard China https://dashscope.aliyuncs.com/compatible-mode/v1.";
const TOKEN =
  "The qwen-token-plan provider serves Token Plan Global https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1, Token Plan China https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1.";
const custom = (id: string) => `For a self-hosted or other OpenAI-compatible backend, declare it under a custom provider id instead of "${id}".`;

/** Provider entries start on line 4, each indented by 6 spaces. */
const providers = (...entries: string[]) => `{\n  models: {\n    providers: {\n${entries.map((e) => `      ${e}`).join("\n")}\n    },\n  },\n}`;

describe(ID, () => {
  it("reports a Qwen provider on a host that is not a Qwen Cloud endpoint", () => {
    expectRule(ID, providers(`qwen: { baseUrl: "http://localhost:8000/v1" },`), [
      `4:24-4:50 warning ${ID}: models.providers.qwen.baseUrl: host "localhost:8000" is not a Qwen Cloud endpoint. ${QWEN} ${custom("qwen")}`,
    ]);
  });

  it("covers aliases and the legacy Token Plan id, with that provider's endpoints", () => {
    expectRule(
      ID,
      providers(
        `modelstudio: { baseUrl: "https://openrouter.ai/api/v1" },`,
        `"bailian-token-plan": { baseUrl: "https://bailian.example.com/v1", api: "openai-completions", models: [] },`,
      ),
      [
        `4:31-4:61 warning ${ID}: models.providers.modelstudio.baseUrl: host "openrouter.ai" is not a Qwen Cloud endpoint. ${QWEN} ${custom("modelstudio")}`,
        `5:40-5:72 warning ${ID}: models.providers.bailian-token-plan.baseUrl: host "bailian.example.com" is not a Qwen Cloud endpoint. ${TOKEN} ${custom("bailian-token-plan")}`,
      ],
    );
  });

  it("suggests the endpoint for a misspelt host and for a URL without its scheme", () => {
    expectRule(
      ID,
      providers(`qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.cm/v1" },`, `"qwen-token-plan": { baseUrl: "token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1" },`),
      [
        `4:24-4:70 warning ${ID}: models.providers.qwen.baseUrl: host "coding-intl.dashscope.aliyuncs.cm" is not a Qwen Cloud endpoint. Did you mean https://coding-intl.dashscope.aliyuncs.com/v1? ${QWEN} ${custom("qwen")}`,
        `5:37-5:101 warning ${ID}: models.providers.qwen-token-plan.baseUrl: "token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1" is not a valid URL. Did you mean https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1? ${TOKEN} ${custom("qwen-token-plan")}`,
      ],
    );
  });

  it("reports a value that is not a URL at all", () => {
    expectRule(ID, providers(`qwencloud: { baseUrl: "dashscope" },`), [
      `4:29-4:40 warning ${ID}: models.providers.qwencloud.baseUrl: "dashscope" is not a valid URL. ${QWEN} ${custom("qwencloud")}`,
    ]);
  });

  it("leaves known hosts, ${VAR} values, missing baseUrls and non-Qwen providers alone", () => {
    expectRule(
      ID,
      providers(
        `qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/v1" },`,
        `dashscope: { baseUrl: "\${DASHSCOPE_BASE_URL}/compatible-mode/v1" },`,
        `"qwen-token-plan": { api: "openai-completions" },`,
        `openai: { baseUrl: "https://api.openai.com/v1", api: "openai-completions", models: [] },`,
        `alibaba: { baseUrl: "https://video.example.com", models: [] },`,
      ),
      [],
    );
  });

  it("leaves removed Portal ids and hosts to qwen-portal-removed", () => {
    const r = lint(providers(`"qwen-portal": { baseUrl: "https://example.com/v1" },`, `qwen: { baseUrl: "https://portal.qwen.ai/v1" },`, `modelstudio: { baseUrl: "portal.qwen.ai/v1" },`));
    expect(r.diagnostics.filter((d) => d.ruleId === ID)).toEqual([]);
  });

  it("skips an alias entry another api took over (modelstudio-override's case)", () => {
    expectRule(ID, providers(`modelstudio: { baseUrl: "https://api.anthropic.com", api: "anthropic-messages", models: [] },`), []);
  });

  it("points into an included file", () => {
    const files: Record<string, string> = { "/virtual/providers.json5": `{\n  qwen: { baseUrl: "https://example.com/v1" },\n}\n` };
    const host = { readFile: (p: string) => files[p] ?? (() => { throw new Error("ENOENT"); })(), size: (p: string) => (files[p] ?? "").length };
    const r = lint(`{ models: { providers: { $include: "./providers.json5" } } }`, { host });
    expect(lines(r).filter((l) => l.includes(` ${ID}: `))).toEqual([
      `providers.json5 2:20-2:44 warning ${ID}: models.providers.qwen.baseUrl: host "example.com" is not a Qwen Cloud endpoint. ${QWEN} ${custom("qwen")}`,
    ]);
  });

  it("a host of the provider's plan beyond the six endpoints is a Qwen endpoint: Model Studio workspace hosts, Token Plan regions", () => {
    expectRule(ID, providers(`qwen: { baseUrl: "https://ws-abc123.eu-central-1.maas.aliyuncs.com/compatible-mode/v1", api: "openai-completions", models: [] },`), []);
    expectRule(ID, providers(`"qwen-token-plan": { baseUrl: "https://token-plan.eu-central-1.maas.aliyuncs.com/compatible-mode/v1", api: "openai-completions", models: [] },`), []);
    // A workspace host is pay-as-you-go: the Token Plan provider does not serve it, and plan-provider-mismatch says so.
    const ws = lines(lint(`{ models: { providers: { "qwen-token-plan": { baseUrl: "https://ws-abc123.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1" } } } }`));
    expect(ws.filter((l) => l.includes(` ${ID}: `))).toEqual([]);
    expect(ws.filter((l) => l.includes(" plan-provider-mismatch: "))).toHaveLength(1);
  });

  it("DashScope's other regional hosts (dashscope-<region>.aliyuncs.com) are pay-as-you-go hosts, as the plugin treats them", () => {
    expectRule(ID, providers(`qwen: { baseUrl: "https://dashscope-us.aliyuncs.com/compatible-mode/v1" },`), []);
    expectRule(ID, providers(`modelstudio: { baseUrl: "https://dashscope-eu.aliyuncs.com/compatible-mode/v1" },`), []);
  });

  it("a typo of Alibaba's API domain (aliyun.com for aliyuncs.com) gets the endpoint it meant; a far host gets no guess", () => {
    expectRule(ID, providers(`qwen: { baseUrl: "https://dashscope.aliyun.com/compatible-mode/v1" },`), [
      `4:24-4:73 warning ${ID}: models.providers.qwen.baseUrl: host "dashscope.aliyun.com" is not a Qwen Cloud endpoint. Did you mean https://dashscope.aliyuncs.com/compatible-mode/v1? ${QWEN} ${custom("qwen")}`,
    ]);
    // Three edits from dashscope.aliyuncs.com (China): not a typo of it, so no guess that would move the key elsewhere.
    expectRule(ID, providers(`qwen: { baseUrl: "https://dashscope-xx.aliyun.com/compatible-mode/v1" },`), [
      `4:24-4:76 warning ${ID}: models.providers.qwen.baseUrl: host "dashscope-xx.aliyun.com" is not a Qwen Cloud endpoint. ${QWEN} ${custom("qwen")}`,
    ]);
  });
});
