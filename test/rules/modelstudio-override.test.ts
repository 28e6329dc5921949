import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "modelstudio-override";
const FIX =
  "Rename the refs to qwen/... and remove models.providers.modelstudio (a custom endpoint belongs under models.providers.qwen); if this entry is a separate, non-Qwen service, give it its own provider id.";
const OWNS = (api: string, key = "modelstudio") =>
  `models.providers.${key} sets api "${api}", so this custom entry owns every modelstudio/... ref instead of the qwen plugin's alias`;

describe(ID, () => {
  it("counts the refs and listing keys the custom entry takes over", () => {
    expectRule(
      ID,
      `{
  models: { providers: { modelstudio: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", api: "anthropic-messages", models: [] } } },
  agents: {
    defaults: {
      model: { primary: "modelstudio/qwen3.5-plus", fallbacks: ["qwen/glm-5", "modelstudio/glm-5"] },
      imageModel: "modelstudio/qwen3.6-plus",
      models: { "modelstudio/qwen3.5-plus": {}, "modelstudio/glm-5": {}, "qwen/glm-5": {} },
    },
    entries: { main: { model: "ModelStudio/qwen3.7-plus" } },
  },
  tools: { media: { models: [{ provider: "modelstudio", model: "qwen3.6-plus", capabilities: ["image"] }] } },
}`,
      [
        `2:108-2:128 warning ${ID}: ${OWNS("anthropic-messages")}: it takes over 5 model refs (agents.defaults.model.primary, agents.defaults.model.fallbacks, agents.defaults.imageModel and 2 more) and 2 agents.defaults.models keys. ${FIX}`,
      ],
    );
  });

  it("is only info while nothing routes through the entry", () => {
    expectRule(ID, `{ models: { providers: { modelstudio: { api: "openai-responses", baseUrl: "https://example.com/v1", models: [] } } } }`, [
      `1:46-1:64 info ${ID}: ${OWNS("openai-responses")}; no ref uses modelstudio/ yet, but any that OpenClaw or you add later would go to this entry. ${FIX}`,
    ]);
  });

  it("matches the provider key case-insensitively, as OpenClaw does", () => {
    expectRule(ID, `{ models: { providers: { ModelStudio: { api: "ollama", models: [] } } }, agents: { defaults: { model: "modelstudio/glm-5" } } }`, [
      `1:46-1:54 warning ${ID}: models.providers.ModelStudio sets api "ollama", so this custom entry owns every modelstudio/... ref instead of the qwen plugin's alias: it takes over 1 model ref (agents.defaults.model). Rename the refs to qwen/... and remove models.providers.ModelStudio (a custom endpoint belongs under models.providers.qwen); if this entry is a separate, non-Qwen service, give it its own provider id.`,
    ]);
  });

  it("leaves chat-completions overlays, a missing api and ${VAR} values alone", () => {
    for (const api of [`api: "openai-completions",`, "", `api: "\${MS_API}",`])
      expectRule(ID, `{ models: { providers: { modelstudio: { ${api} baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1" } } }, agents: { defaults: { model: "modelstudio/glm-5" } } }`, []);
  });

  it("does not apply to aliases the catalog does not say it for", () => {
    expectRule(ID, `{ models: { providers: { qwencloud: { api: "openai-responses", models: [] }, dashscope: { api: "ollama", models: [] } } } }`, []);
  });

  it("suppresses legacy-provider-alias for the refs it owns", () => {
    const r = lint(`{ models: { providers: { modelstudio: { api: "openai-responses", models: [] } } }, agents: { defaults: { model: "modelstudio/glm-5" } } }`);
    expect(r.diagnostics.map((d) => d.ruleId)).toContain(ID);
    expect(r.diagnostics.map((d) => d.ruleId)).not.toContain("legacy-provider-alias");
  });
});
