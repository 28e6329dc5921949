import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "input-modality-overclaim";
const msg = (model: string, accepts: string, kind: string, noun: string, pronoun: string, set: string) =>
  `${model} accepts ${accepts} only, not ${kind} input (Qwen catalog); with "${kind}" declared, OpenClaw sends ${noun} straight to this model instead of to a model that can read ${pronoun}, and the request fails. Set input: ${set}.`;

const TEXT = `{
  models: {
    providers: {
      qwen: {
        baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
        api: "openai-completions",
        models: [
          { id: "glm-5", name: "GLM 5", input: ["text", "image", "video"] },
          { id: "qwen3.5-plus", name: "Qwen3.5 Plus", input: ['text', 'image', 'audio'] },
          { id: "qwen3.6-plus", name: "Qwen3.6 Plus", input: ["text", "image"] },
          { id: "qwen9-ultra", name: "Qwen9", input: ["text", "image"] },
          { id: "glm-4.7", name: "GLM 4.7", input: ["text", "pdf"] },
        ],
      },
      "qwen-token-plan": { models: [{ id: "MiniMax-M2.5", name: "MiniMax", input: ["text", "image"] }] },
      openrouter: { baseUrl: "https://openrouter.ai/api/v1", api: "openai-completions", models: [{ id: "glm-5", name: "GLM", input: ["text", "image"] }] },
    },
  },
}`;

describe(ID, () => {
  it("flags each input kind the catalog model lacks, on Qwen providers only", () => {
    expectRule(ID, TEXT, [
      `8:57-8:64 warning ${ID}: ${msg("qwen/glm-5", "text", "image", "images", "them", '["text"]')}`,
      `8:66-8:73 warning ${ID}: ${msg("qwen/glm-5", "text", "video", "videos", "them", '["text"]')}`,
      `9:80-9:87 warning ${ID}: ${msg("qwen/qwen3.5-plus", "text and image", "audio", "audio", "it", "['text', 'image']")}`,
      `15:92-15:99 warning ${ID}: ${msg("qwen-token-plan/MiniMax-M2.5", "text", "image", "images", "them", '["text"]')}`,
    ]);
  });

  it("offers the catalog input list as a suggestion in the row's quote style", () => {
    const d = lint(TEXT).diagnostics.filter((x) => x.ruleId === ID);
    const edit = d[2].suggestions![0].edits[0];
    expect(d[2].fix).toBeUndefined();
    expect(TEXT.slice(edit.start, edit.end)).toBe("['text', 'image', 'audio']");
    expect(edit.text).toBe("['text', 'image']");
  });

  it("applies to alias providers and ignores rows that match the catalog", () => {
    expectRule(
      ID,
      `{ models: { providers: { qwencloud: { models: [{ id: "kimi-k2.5", name: "Kimi", input: ["image", "text"] }, { id: "qwen3.7-max", name: "Max", input: ["text", "image"] }] } } } }`,
      [`1:159-1:166 warning ${ID}: ${msg("qwencloud/qwen3.7-max", "text", "image", "images", "them", '["text"]')}`],
    );
  });

  it("leaves legacy and custom providers alone", () => {
    expectRule(
      ID,
      `{ models: { providers: { "bailian-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1", api: "openai-completions", models: [{ id: "glm-5", name: "GLM", input: ["text", "image"] }] } } } }`,
      [],
    );
  });
});
