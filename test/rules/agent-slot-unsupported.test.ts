import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "agent-slot-unsupported";

describe(ID, () => {
  it("reports agents.defaults-only slots on an agent entry (facts R13)", () => {
    expectRule(
      ID,
      `{
  agents: {
    entries: {
      main: {
        model: "qwen/qwen3.5-plus",
        imageModel: "qwen/qwen3.6-plus",
        mediaModels: { video: "qwen/wan2.6-t2v" },
        pdfModel: { primary: "qwen/qwen3.6-plus" },
        voiceModel: "qwen/qwen3.5-plus",
      },
    },
  },
}`,
      [
        `6:9-6:19 error ${ID}: agents.entries.main.imageModel is not supported per agent and OpenClaw rejects the config; move it to agents.defaults.imageModel (only agents.defaults supports it).`,
        `7:9-7:20 error ${ID}: agents.entries.main.mediaModels is not supported per agent and OpenClaw rejects the config; move it to agents.defaults.mediaModels (only agents.defaults supports it).`,
        `8:9-8:17 error ${ID}: agents.entries.main.pdfModel is not supported per agent and OpenClaw rejects the config; move it to agents.defaults.pdfModel (only agents.defaults supports it).`,
        `9:9-9:19 error ${ID}: agents.entries.main.voiceModel is not supported per agent and OpenClaw rejects the config; move it to agents.defaults.voiceModel (only agents.defaults supports it).`,
      ],
    );
  });

  it("says to delete the per-agent slot when agents.defaults already has one", () => {
    expectRule(ID, `{ agents: { defaults: { imageModel: "qwen/qwen3.6-plus" }, entries: { ops: { imageModel: "qwen/kimi-k2.5" } } } }`, [
      `1:78-1:88 error ${ID}: agents.entries.ops.imageModel is not supported per agent and OpenClaw rejects the config; only agents.defaults supports imageModel, and agents.defaults.imageModel is already set. Delete this one, or move its value to agents.defaults.imageModel if every agent should use it.`,
    ]);
  });

  it("reports invalid agent ids with a valid one to rename to (as a suggestion)", () => {
    const text = `{ agents: { entries: { "Main Agent": {}, "-ops": {}, "main-agent": {}, "Main  Agent!": {}, ok_id: {} } } }`;
    const pattern = `ids are letters, digits, "_" and "-", at most 64 characters, not starting with "-" (OpenClaw checks ^[a-zA-Z0-9_][a-zA-Z0-9_-]{0,63}$)`;
    expectRule(ID, text, [
      `1:24-1:36 error ${ID}: Agent id "Main Agent" is invalid and OpenClaw rejects the config: ${pattern}. Rename it to "main-agent-2" and update anything that refers to the old id.`,
      `1:42-1:48 error ${ID}: Agent id "-ops" is invalid and OpenClaw rejects the config: ${pattern}. Rename it to "ops" and update anything that refers to the old id.`,
      `1:72-1:86 error ${ID}: Agent id "Main  Agent!" is invalid and OpenClaw rejects the config: ${pattern}. Rename it to "main-agent-3" and update anything that refers to the old id.`,
    ]);
    const d = lint(text).diagnostics.filter((x) => x.ruleId === ID);
    expect(d[1].fix).toBeUndefined();
    expect(d[1].suggestions).toEqual([{ description: 'Rename agent "-ops" to "ops"', edits: [{ start: 41, end: 47, text: '"ops"' }] }]);
  });

  it("accepts upper-case ids: OpenClaw's id check is case-insensitive (its exported schema drops the flag)", () => {
    expectRule(ID, `{ agents: { ownership: "explicit", entries: { Ops: {}, main: {} } } }`, []);
  });

  it("accepts what onboarding writes and slots that agents may have", () => {
    expectRule(ID, `{ agents: { defaults: { imageModel: "qwen/qwen3.6-plus" }, entries: { main: { name: "main", model: { primary: "qwen/qwen3.5-plus" }, utilityModel: "", heartbeat: { model: "qwen/qwen3.5-plus" } } } } }`, []);
  });
});
