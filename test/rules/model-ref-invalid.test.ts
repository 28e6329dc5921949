import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "model-ref-invalid";
const EMPTY_SEGMENT = "has an empty path segment (two slashes in a row or a trailing slash), so no provider serves that model id;";

const apply = (text: string, edit: { start: number; end: number; text: string }) => text.slice(0, edit.start) + edit.text + text.slice(edit.end);
const findings = (text: string) => lint(text).diagnostics.filter((d) => d.ruleId === ID);

describe(ID, () => {
  it("errors on an empty main primary (OpenClaw falls back to its own default provider)", () => {
    expectRule(ID, `{ agents: { defaults: { model: { primary: "" } } } }`, [
      `1:43-1:45 error ${ID}: agents.defaults.model.primary is empty, so OpenClaw treats it as unset and falls back to its built-in default model (not a Qwen one); set a model ref such as "qwen/qwen3.5-plus".`,
    ]);
    expectRule(ID, `{ agents: { defaults: { model: "   " } } }`, [
      `1:32-1:37 error ${ID}: agents.defaults.model is only whitespace, so OpenClaw treats it as unset and falls back to its built-in default model (not a Qwen one); set a model ref such as "qwen/qwen3.5-plus".`,
    ]);
  });

  it("warns on other empty refs, which OpenClaw just ignores", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: { model: { primary: "qwen/qwen3.5-plus", fallbacks: [""] }, mediaModels: { video: { primary: "" } } },
    entries: { ops: { model: "", heartbeat: { model: "" } } },
  },
}`,
      [
        `3:68-3:70 warning ${ID}: A fallback in agents.defaults.model.fallbacks is empty, so OpenClaw ignores it; remove it or set a model ref such as "qwen/qwen3.5-plus".`,
        `3:108-3:110 warning ${ID}: agents.defaults.mediaModels.video.primary is empty, so OpenClaw ignores it; remove it or set a model ref such as "qwen/wan2.6-t2v".`,
        `4:30-4:32 warning ${ID}: agents.entries.ops.model is empty, so OpenClaw ignores it; remove it or set a model ref such as "qwen/qwen3.5-plus".`,
        `4:54-4:56 warning ${ID}: agents.entries.ops.heartbeat.model is empty, so OpenClaw ignores it; remove it or set a model ref such as "qwen/qwen3.5-plus".`,
      ],
    );
  });

  it("allows utilityModel: \"\" (OpenClaw's way to disable it), also per agent", () => {
    expectRule(ID, `{ agents: { defaults: { utilityModel: "" }, entries: { ops: { utilityModel: "  " } } } }`, []);
  });

  it("errors on refs without provider or model and on empty segments, suggesting the Qwen ref meant", () => {
    expectRule(
      ID,
      `{ agents: { defaults: { model: { primary: "/qwen3.5-plus", fallbacks: ["qwen/", "nonsense///", "qwen//glm-5", "qwen/qwen3.5plus/"] } } } }`,
      [
        `1:43-1:58 error ${ID}: "/qwen3.5-plus" has no provider before the slash, so OpenClaw cannot resolve it; did you mean "qwen/qwen3.5-plus"?`,
        `1:72-1:79 error ${ID}: "qwen/" has no model after the slash, so OpenClaw cannot resolve it; write provider/model, e.g. "qwen/qwen3.5-plus".`,
        `1:81-1:94 error ${ID}: "nonsense///" ${EMPTY_SEGMENT} write provider/model, e.g. "qwen/qwen3.5-plus".`,
        `1:96-1:109 error ${ID}: "qwen//glm-5" ${EMPTY_SEGMENT} did you mean "qwen/glm-5"?`,
        `1:111-1:130 error ${ID}: "qwen/qwen3.5plus/" ${EMPTY_SEGMENT} did you mean "qwen/qwen3.5-plus"?`,
      ],
    );
  });

  it("offers the repaired ref as a suggestion, not a fix", () => {
    const text = `{ agents: { defaults: { model: 'qwen//glm-5' } } }`;
    const [d] = findings(text);
    expect(d.fix).toBeUndefined();
    expect(apply(text, d.suggestions![0].edits[0])).toBe(`{ agents: { defaults: { model: 'qwen/glm-5' } } }`);
  });

  it("errors on whitespace inside a model id", () => {
    expectRule(ID, `{ agents: { defaults: { imageModel: "qwen/qwen3.6 plus" } } }`, [
      `1:37-1:56 error ${ID}: "qwen/qwen3.6 plus" contains whitespace inside the provider or model id, so no provider serves that model id; did you mean "qwen/qwen3.6-plus"?`,
    ]);
  });

  it("only notes whitespace OpenClaw trims, with a fix", () => {
    const text = `{ agents: { defaults: { model: " qwen / qwen3.5-plus " } } }`;
    expectRule(ID, text, [`1:32-1:55 info ${ID}: " qwen / qwen3.5-plus " has whitespace around the provider or model; OpenClaw trims it, so it works, but write "qwen/qwen3.5-plus".`]);
    expect(apply(text, findings(text)[0].fix!.edits[0])).toBe(`{ agents: { defaults: { model: "qwen/qwen3.5-plus" } } }`);
  });

  it("keeps listing keys at info", () => {
    expectRule(ID, `{ agents: { defaults: { models: { "": {}, "qwen/": {} } } } }`, [
      `1:35-1:37 info ${ID}: An empty key in agents.defaults.models lists no model; remove it.`,
      `1:43-1:50 info ${ID}: "qwen/" has no model after the slash, so OpenClaw cannot resolve it; write provider/model, e.g. "qwen/qwen3.5-plus".`,
    ]);
  });

  it("judges refs of any provider and leaves well-formed ones alone", () => {
    expectRule(ID, `{ agents: { defaults: { model: { primary: "openrouter/qwen/qwen-2.5-72b-instruct", fallbacks: ["ollama/qwen3:8b@q4_k_m", "anthropic/"] } } } }`, [
      `1:122-1:134 error ${ID}: "anthropic/" has no model after the slash, so OpenClaw cannot resolve it; write provider/model, e.g. "qwen/qwen3.5-plus".`,
    ]);
  });
});
