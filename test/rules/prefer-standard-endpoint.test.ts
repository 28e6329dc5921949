import { describe, it } from "vitest";
import { expectRule } from "../helpers.js";

const ID = "prefer-standard-endpoint";
const ADVICE =
  'the Qwen provider page advises the Standard (pay-as-you-go) endpoint for qwen3.6-plus because Coding Plan support can lag behind the public catalog. Older versions refused it there: OpenClaw 2026.4 to 2026.6 (the bundled Qwen provider) dropped it on Coding Plan hosts ("Unknown model" or listed as missing); @openclaw/qwen-provider 2026.9.4 serves it. If you see "unsupported model" errors, switch to the Standard endpoint';
const KEY = "with a Standard pay-as-you-go Model Studio key (sk-..., not sk-sp-).";
const GLOBAL = `${ADVICE} https://dashscope-intl.aliyuncs.com/compatible-mode/v1 ${KEY}`;
const CN = `${ADVICE} https://dashscope.aliyuncs.com/compatible-mode/v1 ${KEY}`;

describe(ID, () => {
  it("advises (info) for qwen3.6-plus selected on the Coding Plan Global endpoint", () => {
    expectRule(
      ID,
      `{
  models: { providers: { qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1", api: "openai-completions", models: [] } } },
  agents: { defaults: { model: { primary: "qwen/qwen3.6-plus" } } },
}`,
      [`3:43-3:62 info ${ID}: qwen3.6-plus works on the Coding Plan endpoint (coding-intl.dashscope.aliyuncs.com), but ${GLOBAL}`],
    );
  });

  it("gives the same-region Standard URL for the China Coding Plan", () => {
    expectRule(
      ID,
      `{
  models: { providers: { qwen: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1" } } },
  agents: { defaults: { model: "qwen/qwen3.6-plus" } },
}`,
      [`3:32-3:51 info ${ID}: qwen3.6-plus works on the Coding Plan endpoint (coding.dashscope.aliyuncs.com), but ${CN}`],
    );
  });

  it("applies without a baseUrl (chat defaults to Coding Plan Global) and says so", () => {
    expectRule(ID, `{ agents: { defaults: { model: "qwen/qwen3.6-plus" } } }`, [
      `1:32-1:51 info ${ID}: qwen3.6-plus works on the Coding Plan endpoint (coding-intl.dashscope.aliyuncs.com), which OpenClaw uses when models.providers.qwen.baseUrl is not set, but ${GLOBAL}`,
    ]);
  });

  it("covers fallbacks, aliases, image slots, unattended slots and agent entries", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      model: { primary: "qwen/qwen3.5-plus", fallbacks: ["modelstudio/qwen3.6-plus"] },
      imageModel: "qwen/qwen3.6-plus@work",
      heartbeat: { model: "qwen/qwen3.6-plus" },
    },
    entries: { ops: { model: "QWEN/qwen3.6-plus" } },
  },
}`,
      [
        `4:58-4:84 info ${ID}: /works on the Coding Plan endpoint \\(coding-intl\\.dashscope\\.aliyuncs\\.com\\), which OpenClaw uses when models\\.providers\\.qwen\\.baseUrl is not set/`,
        `5:19-5:43 info ${ID}: /^qwen3\\.6-plus works on the Coding Plan endpoint/`,
        `6:27-6:46 info ${ID}: /^qwen3\\.6-plus works on the Coding Plan endpoint/`,
        `8:30-8:49 info ${ID}: /^qwen3\\.6-plus works on the Coding Plan endpoint/`,
      ],
    );
  });

  it("follows the alias provider's own Coding Plan baseUrl", () => {
    expectRule(
      ID,
      `{
  models: { providers: { qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" }, qwencloud: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1" } } },
  agents: { defaults: { model: "qwen/qwen3.6-plus", imageModel: "qwencloud/qwen3.6-plus" } },
}`,
      [`3:65-3:89 info ${ID}: qwen3.6-plus works on the Coding Plan endpoint (coding.dashscope.aliyuncs.com), but ${CN}`],
    );
  });

  it("stays quiet on Standard and Token Plan endpoints", () => {
    expectRule(
      ID,
      `{
  models: { providers: { qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" } } },
  agents: { defaults: { model: { primary: "qwen/qwen3.6-plus", fallbacks: ["qwen-token-plan/qwen3.6-plus"] } } },
}`,
      [],
    );
  });

  it("skips listing keys (onboarding lists qwen3.6-plus on the Coding Plan)", () => {
    expectRule(
      ID,
      `{
  models: { providers: { qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1", api: "openai-completions", models: [] } } },
  agents: { defaults: { model: { primary: "qwen/qwen3.5-plus" }, models: { "qwen/qwen3.6-plus": {}, "modelstudio/qwen3.6-plus": {} } } },
}`,
      [],
    );
  });

  it("does not judge dynamic or unknown endpoints, other models or other providers", () => {
    expectRule(
      ID,
      `{
  models: { providers: { qwen: { baseUrl: "\${QWEN_BASE_URL}" }, qwencloud: { baseUrl: "https://llm.example.com/v1" } } },
  agents: { defaults: { model: { primary: "qwen/qwen3.6-plus", fallbacks: ["qwencloud/qwen3.6-plus", "openrouter/qwen/qwen3.6-plus"] } } },
}`,
      [],
    );
    expectRule(ID, `{ agents: { defaults: { model: { primary: "qwen/qwen3.7-plus", fallbacks: ["qwen/qwen3.5-plus"] } } } }`, []);
  });
});
