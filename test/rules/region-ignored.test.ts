import { describe, it } from "vitest";
import { expectRule } from "../helpers.js";

const ID = "region-ignored";
const NEVER = "the Qwen plugin never reads region, only the baseUrl host picks the region.";
const IGNORED = (id: string) => `models.providers.${id}.region is ignored: the Qwen plugin never reads it, the baseUrl host alone picks the region.`;

/** Provider entries start on line 4, each indented by 6 spaces. */
const providers = (...entries: string[]) => `{\n  models: {\n    providers: {\n${entries.map((e) => `      ${e}`).join("\n")}\n    },\n  },\n}`;

describe(ID, () => {
  it("says where requests go when region contradicts the host, and gives the other region's URL", () => {
    expectRule(ID, providers(`"qwen-token-plan": { region: "ap-southeast-1", baseUrl: "https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1" },`), [
      `4:28-4:34 warning ${ID}: models.providers.qwen-token-plan.region "ap-southeast-1" means Global, but the baseUrl is the Token Plan China endpoint (token-plan.cn-beijing.maas.aliyuncs.com), so requests go to China: ${NEVER} If Global was meant, set baseUrl to https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1 with a Global key (keys are region-locked) and remove region; otherwise just remove region.`,
    ]);
  });

  it("uses the default endpoint when there is no baseUrl (Coding Plan Global for qwen)", () => {
    expectRule(ID, providers(`qwen: { region: "China" },`), [
      `4:15-4:21 warning ${ID}: models.providers.qwen.region "China" means China, but without a baseUrl OpenClaw sends requests to the Coding Plan Global endpoint (coding-intl.dashscope.aliyuncs.com): ${NEVER} If China was meant, set baseUrl to https://coding.dashscope.aliyuncs.com/v1 with a China key (keys are region-locked) and remove region; otherwise just remove region.`,
    ]);
  });

  it("uses the Token Plan Global default for qwen-token-plan without a baseUrl", () => {
    expectRule(ID, providers(`"qwen-token-plan": { region: "cn-beijing" },`), [
      `4:28-4:34 warning ${ID}: models.providers.qwen-token-plan.region "cn-beijing" means China, but without a baseUrl OpenClaw sends requests to the Token Plan Global endpoint (token-plan.ap-southeast-1.maas.aliyuncs.com): ${NEVER} If China was meant, set baseUrl to https://token-plan.cn-beijing.maas.aliyuncs.com/compatible-mode/v1 with a China key (keys are region-locked) and remove region; otherwise just remove region.`,
    ]);
  });

  it("still reports a region that agrees with the host, or one it cannot read", () => {
    expectRule(
      ID,
      providers(
        `qwen: { region: "cn", baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1" },`,
        `modelstudio: { region: "us-east-1" },`,
        `dashscope: { region: "intl", baseUrl: "\${DASHSCOPE_URL}" },`,
      ),
      [
        `4:15-4:21 warning ${ID}: ${IGNORED("qwen")} Remove it; requests go to the Standard China endpoint (dashscope.aliyuncs.com).`,
        `5:22-5:28 warning ${ID}: ${IGNORED("modelstudio")} Remove it; requests go to the Coding Plan Global endpoint (coding-intl.dashscope.aliyuncs.com) (the default without a baseUrl).`,
        `6:20-6:26 warning ${ID}: ${IGNORED("dashscope")} Remove it.`,
      ],
    );
  });

  it("reads common region spellings", () => {
    for (const [value, meaning] of [["Singapore", "Global"], ["international", "Global"], ["sg", "Global"], ["mainland", "China"], ["CN_HANGZHOU", "China"]])
      expectRule(ID, providers(`qwen: { region: "${value}", baseUrl: "${meaning === "China" ? "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" : "https://dashscope.aliyuncs.com/compatible-mode/v1"}" },`), [
        `4:15-4:21 warning ${ID}: /^models\\.providers\\.qwen\\.region "${value}" means ${meaning}, but the baseUrl is/`,
      ]);
  });

  it("leaves providers the Qwen plugin does not serve alone", () => {
    expectRule(
      ID,
      providers(
        `bedrock: { region: "us-east-1", baseUrl: "https://bedrock-runtime.us-east-1.amazonaws.com", api: "bedrock-converse-stream", models: [] },`,
        `"qwen-portal": { region: "cn", baseUrl: "https://portal.qwen.ai/v1" },`,
        `qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" },`,
      ),
      [],
    );
  });
});
