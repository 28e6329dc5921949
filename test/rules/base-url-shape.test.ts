import { describe, expect, it } from "vitest";
import { expectRule, lines, lint } from "../helpers.js";

const ID = "base-url-shape";
const exact = "OpenClaw recognises only that exact URL as the native endpoint.";

/** Provider entries start on line 4, each indented by 6 spaces. */
const providers = (...entries: string[]) => `{\n  models: {\n    providers: {\n${entries.map((e) => `      ${e}`).join("\n")}\n    },\n  },\n}`;

describe(ID, () => {
  it("reports http:// and an appended /chat/completions, with the exact endpoint URL as the fix", () => {
    const text = providers(`qwen: { baseUrl: "http://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions" },`);
    expectRule(ID, text, [
      `4:24-4:96 error ${ID}: models.providers.qwen.baseUrl uses http://, which would send the API key unencrypted (the endpoint is https://); it ends in /chat/completions, which OpenClaw appends itself (requests would go to …/chat/completions/chat/completions). Use "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" (the Standard Global endpoint); ${exact}`,
    ]);
    const d = lint(text).diagnostics.find((x) => x.ruleId === ID)!;
    expect(d.fix!.description).toBe(`Replace the baseUrl with "https://dashscope-intl.aliyuncs.com/compatible-mode/v1"`);
    const [edit] = d.fix!.edits;
    expect(text.slice(edit.start, edit.end)).toBe(`"http://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions"`);
    expect(edit.text).toBe(`"https://dashscope-intl.aliyuncs.com/compatible-mode/v1"`);
  });

  it("reports the Standard path on a Coding Plan host and keeps single quotes in the fix", () => {
    const text = providers(`modelstudio: { baseUrl: 'https://coding.dashscope.aliyuncs.com/compatible-mode/v1' },`);
    expectRule(ID, text, [
      `4:31-4:89 error ${ID}: models.providers.modelstudio.baseUrl has the path "/compatible-mode/v1", but the Coding Plan host serves the OpenAI-compatible API only at "/v1". Use "https://coding.dashscope.aliyuncs.com/v1" (the Coding Plan China endpoint); ${exact}`,
    ]);
    const edit = lint(text).diagnostics.find((x) => x.ruleId === ID)!.fix!.edits[0];
    expect(edit.text).toBe(`'https://coding.dashscope.aliyuncs.com/v1'`);
  });

  it("reports a missing or wrong path on Standard and Token Plan hosts", () => {
    expectRule(
      ID,
      providers(`qwen: { baseUrl: "https://dashscope.aliyuncs.com" },`, `"qwen-token-plan": { baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/v1" },`),
      [
        `4:24-4:56 error ${ID}: models.providers.qwen.baseUrl has the path "/", but the Standard host serves the OpenAI-compatible API only at "/compatible-mode/v1". Use "https://dashscope.aliyuncs.com/compatible-mode/v1" (the Standard China endpoint); ${exact}`,
        `5:37-5:89 error ${ID}: models.providers.qwen-token-plan.baseUrl has the path "/v1", but the Token Plan host serves the OpenAI-compatible API only at "/compatible-mode/v1". Use "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1" (the Token Plan China endpoint); ${exact}`,
      ],
    );
  });

  it("reports /completions, a port and a query string", () => {
    expectRule(
      ID,
      providers(`qwencloud: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1/completions" },`, `qwen: { baseUrl: "https://dashscope.aliyuncs.com:8443/compatible-mode/v1?x=1" },`),
      [
        `4:29-4:83 error ${ID}: models.providers.qwencloud.baseUrl ends in /completions, which OpenClaw appends itself (requests would go to …/completions/chat/completions). Use "https://coding.dashscope.aliyuncs.com/v1" (the Coding Plan China endpoint); ${exact}`,
        `5:24-5:84 error ${ID}: models.providers.qwen.baseUrl names port 8443 (the endpoint uses the default port); it carries a query string. Use "https://dashscope.aliyuncs.com/compatible-mode/v1" (the Standard China endpoint); ${exact}`,
      ],
    );
  });

  it("accepts trailing slashes and host case, which OpenClaw normalises", () => {
    expectRule(
      ID,
      providers(
        `qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1/" },`,
        `"qwen-token-plan": { baseUrl: "https://Token-Plan.AP-Southeast-1.maas.aliyuncs.com/compatible-mode/v1//" },`,
      ),
      [],
    );
  });

  it("checks custom ids on DashScope hosts too: the native /api/v1 path, also with an api OpenClaw does not have", () => {
    const custom = "OpenClaw sends requests to <baseUrl>/chat/completions, which this host answers only under that path.";
    const text = providers(
      `bailian: { baseUrl: "https://dashscope.aliyuncs.com/api/v1/", api: "openai-completion", models: [{ id: "qwen3.5-plus", name: "q" }] },`,
      `qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/api/v1/services/aigc/text-generation/generation", api: "dashscope" },`,
      `aliyun: { baseUrl: "https://coding.dashscope.aliyuncs.com/apps/anthropic", api: "anthropic-messages", models: [{ id: "glm-5", name: "g" }] },`,
    );
    expectRule(ID, text, [
      `4:27-4:67 error ${ID}: models.providers.bailian.baseUrl has the path "/api/v1", DashScope's native API (its own request format, not OpenAI's), but the Standard host serves the OpenAI-compatible API only at "/compatible-mode/v1". Use "https://dashscope.aliyuncs.com/compatible-mode/v1" (the Standard China endpoint): ${custom}`,
      `5:24-5:109 error ${ID}: models.providers.qwen.baseUrl has the path "/api/v1/services/aigc/text-generation/generation", DashScope's native API (its own request format, not OpenAI's), but the Standard host serves the OpenAI-compatible API only at "/compatible-mode/v1". Use "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" (the Standard Global endpoint); ${exact}`,
    ]);
    expect(lint(text).diagnostics.find((x) => x.ruleId === ID)!.fix!.edits[0].text).toBe(`"https://dashscope.aliyuncs.com/compatible-mode/v1"`);
  });

  it("leaves other plans' hosts, other apis, unknown hosts and non-Qwen providers to other rules", () => {
    expectRule(
      ID,
      providers(
        // plan-provider-mismatch gives the whole right URL for this one.
        `qwen: { baseUrl: "http://token-plan.cn-beijing.maas.aliyuncs.com/v1" },`,
        // An Anthropic-compatible path belongs with api-adapter-mismatch.
        `"qwen-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/apps/anthropic", api: "anthropic-messages" },`,
        `qwencloud: { baseUrl: "https://example.com/v1/chat/completions" },`,
        `dashscope: { baseUrl: "\${QWEN_BASE}/chat/completions" },`,
        `alibaba: { baseUrl: "https://dashscope.aliyuncs.com", models: [] },`,
        `aliyun: { baseUrl: "https://dashscope.aliyuncs.com/apps/anthropic", api: "anthropic-messages", models: [{ id: "qwen3.5-plus", name: "Q" }] },`,
      ),
      [],
    );
  });

  it("reports and fixes a baseUrl in an included file, with offsets into that file", () => {
    const inc = `{\n  qwen: { baseUrl: "https://dashscope.aliyuncs.com/v1" },\n}\n`;
    const host = { readFile: (p: string) => (p === "/virtual/providers.json5" ? inc : (() => { throw new Error("ENOENT"); })()), size: () => inc.length };
    const r = lint(`{ models: { providers: { $include: "./providers.json5" } } }`, { host });
    expect(lines(r).filter((l) => l.includes(` ${ID}: `))).toEqual([
      `providers.json5 2:20-2:55 error ${ID}: models.providers.qwen.baseUrl has the path "/v1", but the Standard host serves the OpenAI-compatible API only at "/compatible-mode/v1". Use "https://dashscope.aliyuncs.com/compatible-mode/v1" (the Standard China endpoint); ${exact}`,
    ]);
    const edit = r.diagnostics.find((d) => d.ruleId === ID)!.fix!.edits[0];
    expect(inc.slice(edit.start, edit.end)).toBe(`"https://dashscope.aliyuncs.com/v1"`);
  });
});
