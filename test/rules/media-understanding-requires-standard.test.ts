import { describe, it } from "vitest";
import { expectRule } from "../helpers.js";

const ID = "media-understanding-requires-standard";
const ONLY = "and Qwen image/video understanding (qwen3.6-plus) works on Standard endpoints only.";
const STD = "a Standard pay-as-you-go Model Studio key (sk-..., not sk-sp-)";
const OTHER = "or pick another media-understanding provider for this entry.";

const withMedia = (base: string, ...entries: string[]) => `{
  models: { providers: { ${base} } },
  tools: {
    media: {
      models: [
${entries.map((e) => `        ${e},`).join("\n")}
      ],
    },
  },
}`;

describe(ID, () => {
  it("reports Qwen entries whose endpoint is not Standard: the provider's, the entry's own, the Token Plan's", () => {
    const coding = "the Coding Plan Global endpoint (coding-intl.dashscope.aliyuncs.com)";
    const use = `Use https://dashscope-intl.aliyuncs.com/compatible-mode/v1 (Standard Global)`;
    expectRule(
      ID,
      withMedia(
        `qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1" }`,
        `{ provider: "modelstudio", capabilities: ["image"] }`,
        `{ provider: "qwen", baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" }`,
        `{ provider: "qwen", baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1", model: "qwen3.6-plus" }`,
        `{ provider: "qwen-token-plan", model: "qwen3.6-plus" }`,
        `{ provider: "openai", model: "gpt-5" }`,
      ),
      [
        `6:21-6:34 warning ${ID}: tools.media.models[0] asks Qwen (provider "modelstudio") for media understanding, but models.providers.qwen.baseUrl is ${coding}, ${ONLY} ${use} with ${STD}, ${OTHER}`,
        `8:38-8:85 warning ${ID}: tools.media.models[2] asks Qwen (provider "qwen") for media understanding, but its baseUrl is ${coding}, ${ONLY} ${use} with ${STD}, ${OTHER}`,
        `9:21-9:38 warning ${ID}: tools.media.models[3] asks Qwen (provider "qwen-token-plan") for media understanding, but without models.providers.qwen-token-plan.baseUrl it uses the Token Plan Global endpoint (token-plan.ap-southeast-1.maas.aliyuncs.com), ${ONLY} ${use} and provider "qwen" (the only Qwen media-understanding provider) with ${STD}, ${OTHER}`,
      ],
    );
  });

  it("uses Standard Global when no baseUrl is set (chat would be Coding Plan, media is not)", () => {
    expectRule(ID, withMedia(`"qwen-token-plan": { baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1" }`, `{ provider: "qwen", model: "qwen3.6-plus", capabilities: ["video"] }`), []);
    expectRule(ID, `{ tools: { media: { models: [{ provider: "qwen" }] } } }`, []);
  });

  it("does not judge dynamic or unknown base URLs, CLI entries or other providers", () => {
    expectRule(
      ID,
      withMedia(
        `qwen: { baseUrl: "\${QWEN_BASE_URL}" }`,
        `{ provider: "qwen", model: "qwen3.6-plus" }`,
        `{ provider: "qwen", baseUrl: "https://media-proxy.example.com/v1" }`,
        `{ type: "cli", command: "whisper" }`,
        `{ provider: "google", model: "gemini-3-flash" }`,
      ),
      [],
    );
  });

  it("does not flag imageModel on the Coding Plan (a chat completion with images, which the plan serves)", () => {
    expectRule(ID, `{ models: { providers: { qwen: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1" } } }, agents: { defaults: { imageModel: "qwen/qwen3.6-plus" } } }`, []);
  });
});
