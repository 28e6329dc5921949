import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "legacy-config-key";
const DOCTOR = "(openclaw doctor --fix migrates it).";

describe(ID, () => {
  it("moves the retired media-generation keys to agents.defaults.mediaModels", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      videoGenerationModel: { primary: "qwen/wan2.6-t2v", fallbacks: ["qwen/wan2.6-r2v"] },
      imageGenerationModel: "openai/gpt-image-1",
    },
  },
}`,
      [
        `4:7-4:27 error ${ID}: agents.defaults.videoGenerationModel was retired and OpenClaw rejects it (since OpenClaw 2026.8.2; 2026.7.35 was the last version that took it). Move the value to agents.defaults.mediaModels.video: mediaModels: { video: { primary: "qwen/wan2.6-t2v", fallbacks: [...] } } ${DOCTOR}`,
        `5:7-5:27 error ${ID}: agents.defaults.imageGenerationModel was retired and OpenClaw rejects it. Move the value to agents.defaults.mediaModels.image: mediaModels: { image: "openai/gpt-image-1" } ${DOCTOR}`,
      ],
    );
  });

  it("says to delete the old key when the new slot is already set", () => {
    expectRule(ID, `{ agents: { defaults: { mediaModels: { video: "qwen/wan2.6-t2v" }, videoGenerationModel: "qwen/wan2.6-t2v" } } }`, [
      `1:68-1:88 error ${ID}: agents.defaults.videoGenerationModel was retired and OpenClaw rejects it (since OpenClaw 2026.8.2; 2026.7.35 was the last version that took it); agents.defaults.mediaModels.video is already set, so delete this key (merge its value into agents.defaults.mediaModels.video first if you still need it).`,
    ]);
  });

  it("moves flat env keys under env.vars without printing the value", () => {
    const text = `{ env: { QWEN_API_KEY: "sk-0123456789abcdef0123", vars: { DASHSCOPE_API_KEY: "\${X}" }, DASHSCOPE_API_KEY: "sk-9999999999999999" } }`;
    expectRule(ID, text, [
      `1:10-1:22 error ${ID}: env.QWEN_API_KEY is a retired flat env key and OpenClaw rejects it. Move it under env.vars: env: { vars: { QWEN_API_KEY: ... } } ${DOCTOR}`,
      `1:88-1:105 error ${ID}: env.DASHSCOPE_API_KEY is a retired flat env key and OpenClaw rejects it; env.vars.DASHSCOPE_API_KEY is already set, so delete this one.`,
    ]);
    for (const d of lint(text).diagnostics.filter((x) => x.ruleId === ID)) expect(d.message).not.toMatch(/sk-/);
  });

  it("leaves env.vars, env.shellEnv and misspelt sections (unknown-key) alone", () => {
    expectRule(ID, `{ env: { vars: { QWEN_API_KEY: "\${QWEN_API_KEY}" }, shellEnv: { enabled: true }, shellenv: { enabled: true }, Vars: {} } }`, []);
  });

  it("replaces api \"openai\" on providers and rows with openai-completions, keeping quotes", () => {
    const text = `{ models: { providers: { qwen: { api: 'openai', models: [{ id: "qwen3.5-plus", name: "qwen3.5-plus", api: "openai" }] } } } }`;
    expectRule(ID, text, [
      `1:39-1:47 error ${ID}: models.providers.qwen.api "openai" was retired and OpenClaw rejects it; use "openai-completions" (openclaw doctor --fix rewrites it the same way).`,
      `1:107-1:115 error ${ID}: models.providers.qwen.models[0].api "openai" was retired and OpenClaw rejects it; use "openai-completions" (openclaw doctor --fix rewrites it the same way).`,
    ]);
    const fixes = lint(text).diagnostics.filter((d) => d.ruleId === ID).map((d) => d.fix);
    expect(fixes).toEqual([
      { description: 'Replace "openai" with "openai-completions"', edits: [{ start: 38, end: 46, text: "'openai-completions'" }] },
      { description: 'Replace "openai" with "openai-completions"', edits: [{ start: 106, end: 114, text: '"openai-completions"' }] },
    ]);
  });

  it("warns about agents.list (OpenClaw still migrates it on load) and names the new keys", () => {
    expectRule(ID, `{ agents: { list: [{ id: "main", default: true, model: "qwen/qwen3.5-plus" }, { id: "coder" }] } }`, [
      `1:13-1:17 warning ${ID}: agents.list was retired: OpenClaw now keys agents by id under agents.entries (agents.entries.main, agents.entries.coder), without the id field. It still migrates the list when it loads, with a warning; openclaw doctor --fix migrates it for good. A roster of 2 agents needs one default: true marker or agents.ownership: "explicit", so keep default: true on agents.entries.main.`,
    ]);
  });

  it("moves a roster to agents.entries keeping its one default marker (what OpenClaw 2026.9.6 accepts), and offers no fix without exactly one", () => {
    const text = `{ agents: { list: [{ id: "main", default: true, name: "M" }, { id: "coder", name: "C" }] } }`;
    const fix = lint(text).diagnostics.find((d) => d.ruleId === ID)!.fix!;
    const out = text.slice(0, fix.edits[0].start) + fix.edits[0].text + text.slice(fix.edits[0].end);
    expect(JSON.parse(JSON.stringify(JSON5.parse(out)))).toEqual({ agents: { entries: { main: { default: true, name: "M" }, coder: { name: "C" } } } });
    // Single agent: the retired marker goes.
    const one = `{ agents: { list: [{ id: "main", default: true, name: "M" }] } }`;
    const f1 = lint(one).diagnostics.find((d) => d.ruleId === ID)!.fix!;
    expect(JSON5.parse(one.slice(0, f1.edits[0].start) + f1.edits[0].text + one.slice(f1.edits[0].end))).toEqual({ agents: { entries: { main: { name: "M" } } } });
    // No marker (OpenClaw refuses the roster either way) or two markers: no fix, and the message says what to do.
    for (const list of [`[{ id: "a" }, { id: "b" }]`, `[{ id: "a", default: true }, { id: "b", default: true }]`]) {
      const d = lint(`{ agents: { list: ${list} } }`).diagnostics.find((x) => x.ruleId === ID)!;
      expect(d.fix).toBeUndefined();
      expect(d.message).toContain(`needs exactly one default: true marker or agents.ownership: "explicit"`);
    }
  });

  it("reports top-level defaultModel and tools.media.<kind>.models", () => {
    expectRule(ID, `{ defaultModel: "qwen/qwen3.5-plus", tools: { media: { image: { models: [] }, video: { preferredModel: "qwen/qwen3.6-plus" } } } }`, [
      `1:3-1:15 error ${ID}: Top-level defaultModel was retired and OpenClaw rejects it. Set agents.defaults.model instead: agents: { defaults: { model: "qwen/qwen3.5-plus" } } ${DOCTOR}`,
      `1:65-1:71 error ${ID}: tools.media.image.models was retired; OpenClaw reads media models from the capability-tagged list tools.media.models[]. Move each entry there and add capabilities: ["image"] to it ${DOCTOR}`,
    ]);
  });

  it("is quiet on current keys", () => {
    expectRule(
      ID,
      `{
  env: { vars: { QWEN_API_KEY: "\${QWEN_API_KEY}" } },
  agents: { defaults: { model: "qwen/qwen3.5-plus", mediaModels: { video: "qwen/wan2.6-t2v" } }, entries: { main: {} } },
  models: { providers: { qwen: { api: "openai-completions" } } },
  tools: { media: { models: [{ provider: "qwen", model: "qwen3.6-plus", capabilities: ["image"] }] } },
}`,
      [],
    );
  });
});
