import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "image-input-unsupported";
const MU = `Use "qwen/qwen3.6-plus" (Qwen's media-understanding model) or another model that accepts images.`;
const AUDIO = "Qwen media understanding handles image and video only, not audio, so this entry never handles audio.";

const apply = (text: string, edit: { start: number; end: number; text: string }) => text.slice(0, edit.start) + edit.text + text.slice(edit.end);

describe(ID, () => {
  it("reports text-only models in imageModel (primary and fallbacks) and pdfModel, not in chat slots or listing keys", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      model: "qwen/glm-5",
      imageModel: { primary: "qwen/glm-5", fallbacks: ["qwen/kimi-k2.5", "modelstudio/qwen3-coder-plus@work"] },
      pdfModel: "qwen/glm-4.7",
      models: { "qwen/glm-5": {} },
    },
  },
}`,
      [
        `5:30-5:42 error ${ID}: "qwen/glm-5" is text-only (catalog input: text), so it cannot read the images OpenClaw sends to imageModel. ${MU}`,
        `5:74-5:109 error ${ID}: "modelstudio/qwen3-coder-plus@work" is text-only (catalog input: text), so it cannot read the images OpenClaw sends to imageModel. Use "qwen/qwen3.6-plus@work" (Qwen's media-understanding model) or another model that accepts images.`,
        `6:17-6:31 warning ${ID}: "qwen/glm-4.7" is text-only (catalog input: text); pdfModel gets PDF pages as images when a PDF has little extractable text (scans, slides), and this model cannot read them. ${MU}`,
      ],
    );
  });

  it("suggests an image-capable model of the same plan, as an edit that keeps the quotes", () => {
    const text = `{ agents: { defaults: { imageModel: 'qwen/qwen3.7-max' } } }`;
    const [d] = lint(text).diagnostics.filter((x) => x.ruleId === ID);
    expect(d.range).toEqual({ start: { line: 1, column: 37 }, end: { line: 1, column: 55 } });
    expect(d.fix).toBeUndefined();
    expect(d.suggestions).toHaveLength(1);
    expect(apply(text, d.suggestions![0].edits[0])).toBe(`{ agents: { defaults: { imageModel: 'qwen/qwen3.6-plus' } } }`);
  });

  it("suggests a Token Plan model for Token Plan refs", () => {
    expectRule(
      ID,
      `{
  models: { providers: { "qwen-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1" } } },
  agents: { defaults: { imageModel: "qwen-token-plan/glm-5" } },
}`,
      [
        `3:37-3:60 error ${ID}: "qwen-token-plan/glm-5" is text-only (catalog input: text), so it cannot read the images OpenClaw sends to imageModel. Use "qwen-token-plan/qwen3.7-plus" or another model that accepts images.`,
      ],
    );
  });

  it("does not judge image-capable, unknown or non-Qwen models", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      imageModel: { primary: "qwen/qwen3.6-plus", fallbacks: ["qwen/kimi-k2.5", "qwen/qwen9-vision", "openrouter/qwen/glm-5", "qwen-portal/coder-model"] },
      pdfModel: "qwen-token-plan/kimi-k2.5",
    },
  },
}`,
      [],
    );
  });

  it("skips modelstudio refs once a custom modelstudio entry with another api owns them", () => {
    expectRule(
      ID,
      `{
  models: { providers: { modelstudio: { baseUrl: "https://llm.example.com/v1", api: "openai-responses", models: [{ id: "glm-5", name: "G" }] } } },
  agents: { defaults: { imageModel: "modelstudio/glm-5" } },
}`,
      [],
    );
  });

  it("reports text-only models in Qwen media-understanding entries for images or video", () => {
    expectRule(
      ID,
      `{
  models: { providers: { qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" } } },
  tools: {
    media: {
      models: [
        { provider: "qwen", model: "qwen3-max-2026-01-23", capabilities: ["video"] },
        { provider: "qwen", model: "glm-5" },
        { provider: "qwen", model: "qwen3.6-plus", capabilities: ["image", "video"] },
        { provider: "openai", model: "glm-5", capabilities: ["image"] },
      ],
    },
  },
}`,
      [
        `6:36-6:58 error ${ID}: qwen3-max-2026-01-23 is text-only (catalog input: text), so this qwen media-understanding entry cannot describe images or video. Use model "qwen3.6-plus", the default Qwen media-understanding model (or drop model to get it).`,
        `7:36-7:43 error ${ID}: glm-5 is text-only (catalog input: text), so this qwen media-understanding entry cannot describe images or video. Use model "qwen3.6-plus", the default Qwen media-understanding model (or drop model to get it).`,
      ],
    );
  });

  it("reports audio on Qwen media entries, with a capabilities edit when something is left", () => {
    const text = `{
  tools: {
    media: {
      models: [
        { provider: "qwen", capabilities: ['image', 'audio', 'video'] },
        { provider: "qwen", capabilities: ["audio"] },
        { provider: "openai", model: "gpt-4o-mini-transcribe", capabilities: ["audio"] },
        { provider: "qwen", model: "glm-5", capabilities: ["audio"] },
      ],
    },
  },
}`;
    expectRule(ID, text, [
      `5:53-5:60 error ${ID}: ${AUDIO} Set capabilities: ['image', 'video'] and give audio its own tools.media.models entry with a provider that supports it.`,
      `6:44-6:51 error ${ID}: ${AUDIO} Use a provider that supports audio for this entry (Qwen entries are for image and video).`,
      `8:60-8:67 error ${ID}: ${AUDIO} Use a provider that supports audio for this entry (Qwen entries are for image and video).`,
    ]);
    const [first] = lint(text).diagnostics.filter((x) => x.ruleId === ID);
    expect(apply(text, first.suggestions![0].edits[0]).split("\n")[4]).toBe(`        { provider: "qwen", capabilities: ['image', 'video'] },`);
  });
});

describe(`${ID} and unknown-model agree on who owns an alias (facts.owner)`, () => {
  // Before, image-input-unsupported treated qwencloud/... refs under a qwencloud block on
  // anthropic-messages as Qwen's and unknown-model did not: one errored, the other stayed silent on a
  // typo. OpenClaw serves those refs from the block (`models list` shows qwencloud/<row id>).
  const refs = `agents: { defaults: { model: "qwencloud/glm-5x", imageModel: "qwencloud/glm-5" } }`;
  const ids = (text: string) => lint(text).diagnostics.map((d) => d.ruleId).filter((r) => r === ID || r === "unknown-model");
  it("treats the refs as the custom entry's in both rules", () => {
    expect(ids(`{ models: { providers: { qwencloud: { api: "anthropic-messages", baseUrl: "https://example.com", models: [{ id: "glm-5", name: "G" }] } } }, ${refs} }`)).toEqual([]);
  });
  it("treats them as Qwen's in both rules without the block", () => {
    expect(ids(`{ ${refs} }`).sort()).toEqual([ID, "unknown-model"]);
  });
});
