import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectRule, FIXTURES, lint } from "../helpers.js";

const ID = "deprecated-model";
const DEP = "is deprecated: marked deprecated in the Token Plan catalog and hidden from the model picker.";
const RET = "is retired: the media-understanding model is now qwen3.6-plus.";
const TP = `models: { providers: { "qwen-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1", api: "openai-completions", models: [] } } }`;

const apply = (text: string, edit: { start: number; end: number; text: string }) => text.slice(0, edit.start) + edit.text + text.slice(edit.end);
const findings = (text: string) => lint(text).diagnostics.filter((d) => d.ruleId === ID);

describe(ID, () => {
  it("warns on a deprecated Token Plan model in selecting slots, with a fix to the replacement", () => {
    expectRule(
      ID,
      `{
  ${TP},
  agents: {
    defaults: { model: { primary: "qwen-token-plan/qwen3.7-plus", fallbacks: ["qwen-token-plan/qwen3-coder-next@qwen-token-plan:work"] } },
    entries: { dev: { subagents: { model: "qwen-token-plan/qwen3-coder-next" } } },
  },
}`,
      [
        `4:79-4:134 warning ${ID}: "qwen-token-plan/qwen3-coder-next@qwen-token-plan:work" ${DEP} Use "qwen-token-plan/qwen3.7-plus@qwen-token-plan:work".`,
        `5:43-5:77 warning ${ID}: "qwen-token-plan/qwen3-coder-next" ${DEP} Use "qwen-token-plan/qwen3.7-plus".`,
      ],
    );
  });

  it("fixes with the author's quotes", () => {
    const text = `{ agents: { defaults: { model: 'qwen-token-plan/qwen3-coder-next' } } }`;
    const [d] = findings(text);
    expect(d.fix!.description).toBe(`Replace "qwen-token-plan/qwen3-coder-next" with "qwen-token-plan/qwen3.7-plus"`);
    expect(apply(text, d.fix!.edits[0])).toBe(`{ agents: { defaults: { model: 'qwen-token-plan/qwen3.7-plus' } } }`);
  });

  it("gives the Token Plan onboarding listing key no finding (listing selects nothing)", () => {
    const text = readFileSync(join(FIXTURES, "onboard", "qwen-token-plan.json5"), "utf8");
    expect(findings(text)).toEqual([]);
  });

  it("does not flag qwen3-coder-next on the qwen provider, where it is current", () => {
    expectRule(ID, `{ agents: { defaults: { model: "qwen/qwen3-coder-next", models: { "qwen/qwen3-coder-next": {}, "modelstudio/qwen3-coder-next": {} } } } }`, []);
  });

  it("replaces the retired media-understanding model in chat slots, keeping the alias the ref was written with", () => {
    expectRule(ID, `{ agents: { defaults: { imageModel: { primary: "qwen/qwen-vl-max-latest", fallbacks: ["modelstudio/qwen-vl-max-latest"] } } } }`, [
      `1:48-1:73 warning ${ID}: "qwen/qwen-vl-max-latest" ${RET} Use "qwen/qwen3.6-plus".`,
      `1:87-1:119 warning ${ID}: "modelstudio/qwen-vl-max-latest" ${RET} Use "modelstudio/qwen3.6-plus".`,
    ]);
  });

  it("warns on tools.media.models entries with the retired model and fixes the model field", () => {
    const text = `{ tools: { media: { models: [{ provider: "qwen", model: "qwen-vl-max-latest", capabilities: ["image"] }] } } }`;
    expectRule(ID, text, [`1:57-1:77 warning ${ID}: qwen-vl-max-latest ${RET} Set model to "qwen3.6-plus" or remove model to use that default.`]);
    expect(apply(text, findings(text)[0].fix!.edits[0])).toContain(`model: "qwen3.6-plus"`);
  });

  it("warns on declared rows with a deprecated or retired id and only suggests the new id", () => {
    const text = `{
  models: { providers: {
    "qwen-token-plan": { models: [{ id: "qwen3-coder-next", name: "Coder" }] },
    qwen: { models: [{ id: "qwen-vl-max-latest", name: "VL" }] },
  } },
}`;
    expectRule(ID, text, [
      `3:41-3:59 warning ${ID}: Row "qwen3-coder-next" declares a deprecated model: marked deprecated in the Token Plan catalog and hidden from the model picker. Declare "qwen3.7-plus" instead and point your refs at it; check the row's other fields (name, input, limits) describe the new model.`,
      `4:28-4:48 warning ${ID}: Row "qwen-vl-max-latest" declares a retired model: the media-understanding model is now qwen3.6-plus. Declare "qwen3.6-plus" instead and point your refs at it; check the row's other fields (name, input, limits) describe the new model.`,
    ]);
    const d = findings(text);
    expect(d.every((x) => x.fix === undefined && x.suggestions?.length === 1)).toBe(true);
  });

  it("leaves Portal refs to qwen-portal-removed and media slots to media-slot-mismatch", () => {
    expectRule(
      ID,
      `{ agents: { defaults: { model: "qwen-portal/coder-model", mediaModels: { video: "qwen/qwen-vl-max-latest", image: "qwen-token-plan/qwen3-coder-next" } } } }`,
      [],
    );
  });
});
