// meta.defers: a rule that leaves a finding to another rule reports it itself when that rule is off,
// so turning one rule off never silences a problem another rule would have named.
import { describe, expect, it } from "vitest";
import { defineRule } from "../src/engine/rule.js";
import { lint } from "./helpers.js";

const ruleIds = (text: string, off: string[] = []) =>
  lint(text, { config: { rules: Object.fromEntries(off.map((id) => [id, "off" as const])) } }).diagnostics.map((d) => `${d.ruleId} ${d.pointer}`);

describe("meta.defers", () => {
  it("unknown-model names a retired id when deprecated-model is off", () => {
    const text = `{ tools: { media: { models: [{ provider: "qwen", model: "qwen-vl-max-latest", capabilities: ["image"] }] } } }`;
    expect(ruleIds(text)).toContain("deprecated-model /tools/media/models/0/model");
    expect(ruleIds(text)).not.toContain("unknown-model /tools/media/models/0/model");
    const off = lint(text, { config: { rules: { "deprecated-model": "off" } } }).diagnostics.filter((d) => d.ruleId === "unknown-model");
    expect(off.map((d) => d.message)).toEqual([
      `qwen-vl-max-latest was retired (the media-understanding model is now qwen3.6-plus) and is not in the openclaw-qwen-lint catalog (${off[0]?.message.match(/catalog \((.*?)\)/)?.[1]}); use "qwen/qwen3.6-plus".`,
    ]);
    expect(off[0].suggestions?.[0].edits[0].text).toBe(`"qwen3.6-plus"`);
  });

  it("unknown-model reports a Wan id in a chat slot when media-slot-mismatch is off", () => {
    const text = `{ agents: { defaults: { model: "qwen/wan2.6-t2v" } } }`;
    expect(ruleIds(text).filter((r) => r.startsWith("unknown-model"))).toEqual([]);
    expect(ruleIds(text, ["media-slot-mismatch"])).toContain("unknown-model /agents/defaults/model");
  });

  it("unknown-endpoint reports a removed host when qwen-portal-removed is off", () => {
    const text = `{ models: { providers: { qwen: { baseUrl: "https://portal.qwen.ai/v1" } } } }`;
    expect(ruleIds(text).filter((r) => r.startsWith("unknown-endpoint"))).toEqual([]);
    expect(ruleIds(text, ["qwen-portal-removed"])).toContain("unknown-endpoint /models/providers/qwen/baseUrl");
  });

  it("unknown-endpoint reports qwen on another region's Token Plan host when plan-provider-mismatch is off", () => {
    const text = `{ models: { providers: { qwen: { baseUrl: "https://token-plan.eu-central-1.maas.aliyuncs.com/compatible-mode/v1" } } } }`;
    expect(ruleIds(text)).toEqual(["plan-provider-mismatch /models/providers/qwen/baseUrl"]);
    expect(ruleIds(text, ["plan-provider-mismatch"])).toContain("unknown-endpoint /models/providers/qwen/baseUrl");
  });

  it("refuses a defersTo call the rule did not declare", () => {
    const rule = defineRule({
      meta: { id: "sneaky", severity: "warning", category: "catalog", description: "x", fixable: false, messages: {} },
      check(ctx) {
        ctx.defersTo("unknown-model");
      },
    });
    // The engine isolates a throwing rule: its finding is an internal error, and the error itself goes to onRuleError.
    let said = "";
    const r = lint(`{}`, { rules: [rule], onRuleError: (_id, e) => (said = (e as Error).message) });
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(["sneaky"]);
    expect(said).toMatch(/sneaky defers to unknown-model without declaring it in meta.defers/);
  });
});
