import { describe, it } from "vitest";
import { expectRule } from "../helpers.js";

const ID = "qwen-portal-removed";
const WHY = "Qwen Portal OAuth (portal.qwen.ai) was removed; Portal tokens are not Qwen Cloud / DashScope keys and are not converted.";
const REMEDY = "install the Qwen plugin (openclaw plugins install @openclaw/qwen-provider) and onboard with a Qwen Cloud API key: openclaw onboard --auth-choice qwen-api-key";
const ref = (raw: string, provider: string, use: string) => `"${raw}" uses the removed provider "${provider}": ${WHY} ${use} instead; ${REMEDY}.`;

describe(ID, () => {
  it("reports removed provider entries, auth profiles and auth.order", () => {
    expectRule(
      ID,
      `{
  models: { providers: { "qwen-oauth": { baseUrl: "https://portal.qwen.ai/v1", models: [] } } },
  auth: {
    profiles: {
      "qwen-portal:default": { provider: "qwen-portal", mode: "oauth" },
      "cli": { provider: "QWEN-CLI", mode: "token" },
      "qwen:default": { provider: "qwen", mode: "api_key" },
    },
    order: { "qwen-portal": ["qwen-portal:default"], qwen: ["qwen:default"] },
  },
}`,
      [
        `2:26-2:38 error ${ID}: models.providers.qwen-oauth is a removed provider: ${WHY} Remove this entry; for Qwen, ${REMEDY}.`,
        `5:42-5:55 error ${ID}: Auth profile "qwen-portal:default" belongs to the removed provider "qwen-portal" (an OAuth login): ${WHY} Remove the profile; ${REMEDY}, which writes auth.profiles["qwen:default"].`,
        `6:26-6:36 error ${ID}: Auth profile "cli" belongs to the removed provider "QWEN-CLI": ${WHY} Remove the profile; ${REMEDY}, which writes auth.profiles["qwen:default"].`,
        `9:14-9:27 error ${ID}: auth.order.qwen-portal orders profiles of the removed provider "qwen-portal": ${WHY} Remove it; after onboarding, auth.order.qwen orders the new profiles if you need an order.`,
      ],
    );
  });

  it("names the replacement of each retired ref; listing keys are info", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      model: { primary: "qwen-portal/coder-model", fallbacks: ["qwen-cli/coder-model", "qwen-oauth/qwen3-coder-plus", "qwen-portal/vision-model"] },
      models: { "qwen-portal/coder-model": {} },
    },
  },
}`,
      [
        `4:25-4:50 error ${ID}: ${ref("qwen-portal/coder-model", "qwen-portal", `Use "qwen/qwen3.5-plus"`)}`,
        `4:64-4:86 error ${ID}: ${ref("qwen-cli/coder-model", "qwen-cli", `Use "qwen/qwen3.5-plus"`)}`,
        `4:88-4:117 error ${ID}: ${ref("qwen-oauth/qwen3-coder-plus", "qwen-oauth", `Use "qwen/qwen3-coder-plus"`)}`,
        `4:119-4:145 error ${ID}: ${ref("qwen-portal/vision-model", "qwen-portal", `Use a qwen model such as "qwen/qwen3.5-plus"`)}`,
        `5:17-5:42 info ${ID}: ${ref("qwen-portal/coder-model", "qwen-portal", `Use "qwen/qwen3.5-plus"`)}`,
      ],
    );
  });

  it("reports the removed host on any provider id (host compared lower-cased, trailing dot ignored)", () => {
    expectRule(ID, `{ models: { providers: { free: { baseUrl: "https://PORTAL.qwen.ai./v1", api: "openai-completions", models: [] } } } }`, [
      `1:43-1:71 error ${ID}: portal.qwen.ai is no longer served: the Qwen Portal OAuth endpoint was removed (OpenClaw issue 49557, PR 52709). Point models.providers.free at a Qwen Cloud endpoint (e.g. https://coding-intl.dashscope.aliyuncs.com/v1) or remove it; for Qwen, ${REMEDY}.`,
    ]);
  });

  it("leaves current Qwen setups, other hosts and ${VAR} URLs alone", () => {
    expectRule(
      ID,
      `{
  models: { providers: { qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" }, other: { baseUrl: "https://chat.qwen.ai/v1", models: [] }, env: { baseUrl: "\${PORTAL_URL}", models: [] } } },
  auth: { profiles: { "qwen:default": { provider: "qwen", mode: "api_key" } } },
  agents: { defaults: { model: "qwen/qwen3.5-plus" } },
}`,
      [],
    );
  });
});
