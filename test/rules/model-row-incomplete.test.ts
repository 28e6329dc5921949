import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "model-row-incomplete";
const apply = (text: string, edits: { start: number; end: number; text: string }[]) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);

describe(ID, () => {
  it("reports a row without name on its id and adds the catalog name", () => {
    const text = `{ models: { providers: { qwen: { models: [{ id: "qwen3.7-plus", reasoning: true }] } } } }`;
    expectRule(ID, text, [
      `1:49-1:63 error ${ID}: models.providers.qwen.models[0] (qwen3.7-plus) has no name; OpenClaw rejects the config when a model row lacks one. Add name: "qwen3.7-plus" (the name the Qwen plugin uses).`,
    ]);
    const [d] = lint(text).diagnostics.filter((x) => x.ruleId === ID);
    expect(d.pointer).toBe("/models/providers/qwen/models/0/id");
    expect(apply(text, d.fix!.edits)).toBe(text.replace(`"qwen3.7-plus",`, `"qwen3.7-plus", name: "qwen3.7-plus",`));
  });

  it("keeps JSON quoting in the added name and uses the id for unknown models", () => {
    const text = `{"models": {"providers": {"my-vllm": {"baseUrl": "http://localhost:8000/v1", "models": [{"id": 'qwen3-32b'}]}}}}`;
    expectRule(ID, text, [
      `1:96-1:107 error ${ID}: models.providers.my-vllm.models[0] (qwen3-32b) has no name; OpenClaw rejects the config when a model row lacks one. Add name: "qwen3-32b".`,
    ]);
    const [d] = lint(text).diagnostics.filter((x) => x.ruleId === ID);
    expect(apply(text, d.fix!.edits)).toBe(text.replace(`'qwen3-32b'`, `'qwen3-32b', "name": 'qwen3-32b'`));
  });

  it("reports a row without id on its name and guesses the catalog id", () => {
    expectRule(ID, `{ models: { providers: { qwen: { models: [{ name: "Qwen3.5 Plus" }, { name: "My model" }] } } } }`, [
      `1:51-1:65 error ${ID}: models.providers.qwen.models[0] (Qwen3.5 Plus) has no id; OpenClaw rejects the config when a model row lacks one. Add the provider-local model id (no "qwen/" prefix): id: "qwen3.5-plus".`,
      `1:77-1:87 error ${ID}: models.providers.qwen.models[1] (My model) has no id; OpenClaw rejects the config when a model row lacks one. Add the provider-local model id (no "qwen/" prefix).`,
    ]);
  });

  it("reports empty ids and names, and rows with neither", () => {
    expectRule(
      ID,
      `{
  models: {
    providers: {
      "qwen-token-plan": {
        models: [
          { id: "glm-5", name: "" },
          { id: " ", name: "x" },
          { reasoning: true },
        ],
      },
    },
  },
}`,
      [
        `6:32-6:34 error ${ID}: models.providers.qwen-token-plan.models[0] (glm-5) has an empty name; OpenClaw rejects the config when a model row lacks one. Set name: "glm-5" (the name the Qwen plugin uses).`,
        `7:17-7:20 error ${ID}: models.providers.qwen-token-plan.models[1] (x) has an empty id; OpenClaw rejects the config when a model row lacks one. Add the provider-local model id (no "qwen-token-plan/" prefix).`,
        `8:11-8:30 error ${ID}: models.providers.qwen-token-plan.models[2] has neither id nor name; OpenClaw rejects rows without them. Give it the provider-local model id and a display name, e.g. { id: "qwen3.7-plus", name: "qwen3.7-plus" }, or delete the row.`,
      ],
    );
  });

  it("is quiet on complete rows, empty lists and non-string ids (invalid-value's)", () => {
    expectRule(ID, `{ models: { providers: { qwen: { models: [] }, x: { models: [{ id: "a", name: "A" }, { id: 5, name: "b" }] } } } }`, []);
  });

  it("places findings and fixes in an included file", () => {
    const files: Record<string, string> = { "/virtual/providers.json5": `{\n  qwen: { models: [{ id: "glm-5" }] },\n}\n` };
    const host = { readFile: (p: string) => files[p], size: (p: string) => files[p].length };
    const r = lint(`{ models: { providers: { $include: "./providers.json5" } } }`, { host });
    const d = r.diagnostics.filter((x) => x.ruleId === ID);
    expect(d.map((x) => `${x.filePath} ${x.range.start.line}:${x.range.start.column}-${x.range.end.line}:${x.range.end.column}`)).toEqual(["/virtual/providers.json5 2:26-2:33"]);
    expect(apply(files["/virtual/providers.json5"], d[0].fix!.edits)).toBe(`{\n  qwen: { models: [{ id: "glm-5", name: "glm-5" }] },\n}\n`);
  });
});
