import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "media-slot-mismatch";
const VIDEO = "agents.defaults.mediaModels.video";
const NO_IMAGE = "Qwen has no image generation (its plans offer chat, media understanding and video generation)";

describe(ID, () => {
  it("reports Wan models in chat slots and says where they belong", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      model: { primary: "qwen/wan2.6-t2v", fallbacks: ["alibaba/wan2.6-r2v", "qwen-token-plan/wan2.7-r2v"] },
      imageModel: "modelstudio/wan2.6-i2v",
      utilityModel: "wan2.6-t2v",
    },
    entries: { ops: { heartbeat: { model: "qwen/wan2.6-t2v" } } },
  },
}`,
      [
        `4:25-4:42 error ${ID}: "qwen/wan2.6-t2v" is a Wan video-generation model, not a chat model, so agents.defaults.model cannot use it: it belongs in ${VIDEO}. Use a chat model here, such as "qwen/qwen3.5-plus".`,
        `4:56-4:76 error ${ID}: "alibaba/wan2.6-r2v" is a Wan video-generation model, not a chat model, so agents.defaults.model cannot use it: it belongs in ${VIDEO}. Use a chat model here, such as "qwen/qwen3.5-plus".`,
        `4:78-4:106 error ${ID}: "qwen-token-plan/wan2.7-r2v" is a Wan video-generation model, not a chat model, so agents.defaults.model cannot use it: it belongs in ${VIDEO} (as "qwen/wan2.7-r2v"). Use a chat model here, such as "qwen-token-plan/qwen3.7-plus".`,
        `5:19-5:43 error ${ID}: "modelstudio/wan2.6-i2v" is a Wan video-generation model, not a chat model, so agents.defaults.imageModel cannot use it: it belongs in ${VIDEO}. Use a chat model here, such as "modelstudio/qwen3.5-plus".`,
        `6:21-6:33 error ${ID}: "wan2.6-t2v" is a Wan video-generation model, not a chat model, so agents.defaults.utilityModel cannot use it: it belongs in ${VIDEO} (as "qwen/wan2.6-t2v"). Use a chat model here, such as "qwen/qwen3.5-plus".`,
        `8:43-8:60 error ${ID}: "qwen/wan2.6-t2v" is a Wan video-generation model, not a chat model, so agents.entries.ops.heartbeat.model cannot use it: it belongs in ${VIDEO}. Use a chat model here, such as "qwen/qwen3.5-plus".`,
      ],
    );
  });

  it("reports chat models and Token Plan refs in the video slot, also under the legacy key", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      mediaModels: { video: { primary: "qwen/qwen3.6-plus", fallbacks: ["glm-5", "qwen-token-plan/wan2.6-t2v", "qwen/wan2.6-t2v"] } },
      videoGenerationModel: "qwen/qwen3.5-plus",
    },
  },
}`,
      [
        `4:40-4:59 error ${ID}: "qwen/qwen3.6-plus" is a chat model, not a Wan video model, so ${VIDEO} cannot generate video with it; use a Wan model such as "qwen/wan2.6-t2v". Chat models belong in agents.defaults.model.`,
        `4:73-4:80 error ${ID}: "glm-5" is a chat model, not a Wan video model, so ${VIDEO} cannot generate video with it; use a Wan model such as "qwen/wan2.6-t2v". Chat models belong in agents.defaults.model.`,
        `4:82-4:110 error ${ID}: qwen-token-plan has no video generation, so "qwen-token-plan/wan2.6-t2v" cannot serve ${VIDEO}; Wan video runs on qwen or alibaba with a Standard key. Use "qwen/wan2.6-t2v".`,
        `5:29-5:48 error ${ID}: "qwen/qwen3.5-plus" is a chat model, not a Wan video model, so agents.defaults.videoGenerationModel cannot generate video with it; use a Wan model such as "qwen/wan2.6-t2v". Chat models belong in agents.defaults.model.`,
      ],
    );
  });

  it("reports any Qwen chat-provider ref in image and music generation slots", () => {
    expectRule(ID, `{ agents: { defaults: { mediaModels: { image: { primary: "qwen/wan2.6-t2v", fallbacks: ["openai/gpt-image-2", "qwen/qwen-image"] }, music: "modelstudio/qwen3.5-plus" } } } }`, [
      `1:58-1:75 error ${ID}: ${NO_IMAGE}, so "qwen/wan2.6-t2v" cannot serve agents.defaults.mediaModels.image. "qwen/wan2.6-t2v" is a Wan video model: it belongs in ${VIDEO}. Pick an image-generation model from another provider here, or remove agents.defaults.mediaModels.image.`,
      `1:111-1:128 error ${ID}: ${NO_IMAGE}, so "qwen/qwen-image" cannot serve agents.defaults.mediaModels.image. Pick an image-generation model from another provider here, or remove agents.defaults.mediaModels.image.`,
      `1:140-1:166 error ${ID}: Qwen has no music generation (its plans offer chat, media understanding and video generation), so "modelstudio/qwen3.5-plus" cannot serve agents.defaults.mediaModels.music. "modelstudio/qwen3.5-plus" is a chat model: it belongs in agents.defaults.model. Pick a music-generation model from another provider here, or remove agents.defaults.mediaModels.music.`,
    ]);
  });

  it("reports a Wan model as a Qwen media-understanding model", () => {
    expectRule(ID, `{ tools: { media: { models: [{ provider: "qwen", model: "wan2.6-t2v", capabilities: ["video"] }] } } }`, [
      `1:57-1:69 error ${ID}: wan2.6-t2v is a Wan video-generation model; media understanding describes images and video with a chat model. Use "qwen3.6-plus" (the default: omit model to get it), and put "qwen/wan2.6-t2v" in ${VIDEO} to generate video.`,
    ]);
  });

  it("leaves right slots, listing keys, unknown ids and other providers alone", () => {
    const r = lint(`{
  agents: {
    defaults: {
      model: "qwen/qwen3.5-plus",
      imageModel: "qwen/qwen3.6-plus",
      mediaModels: { video: { primary: "qwen/wan2.6-t2v", fallbacks: ["alibaba/wan2.7-r2v", "qwen/wan9-t2v", "wan2.6-t2v"] }, image: "alibaba/wan2.6-t2v" },
      models: { "qwen/wan2.6-t2v": {} },
    },
  },
}`);
    expect(r.diagnostics.filter((d) => d.ruleId === ID)).toEqual([]);
  });
});
