import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "unknown-model";
const CAT = "the openclaw-qwen-lint catalog (2026-11-24)";
const STANDARD = `models: { providers: { qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", api: "openai-completions", models: [] } } }`;

const apply = (text: string, edit: { start: number; end: number; text: string }) => text.slice(0, edit.start) + edit.text + text.slice(edit.end);
const findings = (text: string) => lint(text).diagnostics.filter((d) => d.ruleId === ID);

describe(ID, () => {
  it("reports unknown qwen ids in every selecting slot, with did-you-mean", () => {
    expectRule(
      ID,
      `{
  agents: {
    defaults: {
      model: { primary: "qwen/qwen3.5plus", fallbacks: ["qwen/qwen-max"] },
      heartbeat: { model: "qwen/qwen9-ultra" },
    },
    entries: { ops: { utilityModel: "modelstudio/QWEN3.5-PLUS" } },
  },
}`,
      [
        `4:25-4:43 warning ${ID}: "qwen/qwen3.5plus": qwen3.5plus is not a qwen model in ${CAT}; did you mean "qwen/qwen3.5-plus"? If your endpoint serves qwen3.5plus, declare it in models.providers.qwen.models[].`,
        `4:57-4:72 info ${ID}: "qwen/qwen-max": qwen-max is not in ${CAT}, which seeds metadata only; fine if your endpoint serves it. Declare it in models.providers.qwen.models[] so OpenClaw knows its context window and output limit (or, if you meant a catalog model: "qwen/qwen3-max-2026-01-23", "qwen/qwen3.7-max" or "qwen/qwen3.8-max").`,
        `5:27-5:45 info ${ID}: "qwen/qwen9-ultra": qwen9-ultra is not in ${CAT}, which seeds metadata only; fine if your endpoint serves it. Declare it in models.providers.qwen.models[] so OpenClaw knows its context window and output limit.`,
        // The alias spelling is kept; legacy-provider-alias reports the alias itself.
        `7:37-7:63 warning ${ID}: "modelstudio/QWEN3.5-PLUS": QWEN3.5-PLUS is not a qwen model in ${CAT}; did you mean "modelstudio/qwen3.5-plus"? If your endpoint serves QWEN3.5-PLUS, declare it in models.providers.qwen.models[].`,
      ],
    );
  });

  it("offers every did-you-mean as a quote-preserving suggestion, never as a fix", () => {
    const text = `{ agents: { defaults: { model: 'qwen/qwen-max@qwen:work' } } }`;
    const [d] = findings(text);
    expect(d.fix).toBeUndefined();
    expect(d.suggestions!.map((s) => apply(text, s.edits[0]))).toEqual([
      `{ agents: { defaults: { model: 'qwen/qwen3-max-2026-01-23@qwen:work' } } }`,
      `{ agents: { defaults: { model: 'qwen/qwen3.7-max@qwen:work' } } }`,
      `{ agents: { defaults: { model: 'qwen/qwen3.8-max@qwen:work' } } }`,
    ]);
  });

  it("checks Token Plan refs against the Token Plan catalog and names the provider that has the id", () => {
    const text = `{
  models: { providers: { "qwen-token-plan": { baseUrl: "https://token-plan.ap-southeast-1.maas.aliyuncs.com/compatible-mode/v1" } } },
  agents: { defaults: { model: "qwen-token-plan/qwen3.5-plus", imageModel: "qwen-token-plan/qwen3.8-flsh" } },
}`;
    expectRule(ID, text, [
      `3:32-3:62 warning ${ID}: "qwen-token-plan/qwen3.5-plus": qwen3.5-plus is not in the qwen-token-plan catalog; it is a qwen model ("qwen/qwen3.5-plus", Coding Plan or Standard). On qwen-token-plan use "qwen-token-plan/qwen3.7-plus" (the default), or, if your endpoint serves qwen3.5-plus, declare it in models.providers.qwen-token-plan.models[].`,
      `3:76-3:106 warning ${ID}: "qwen-token-plan/qwen3.8-flsh": qwen3.8-flsh is not a qwen-token-plan model in ${CAT}; did you mean "qwen-token-plan/qwen3.8-flash"? If your endpoint serves qwen3.8-flsh, declare it in models.providers.qwen-token-plan.models[].`,
    ]);
    expect(findings(text)[0].suggestions!.map((s) => s.description)).toEqual([
      `Replace "qwen-token-plan/qwen3.5-plus" with "qwen-token-plan/qwen3.7-plus"`,
      `Replace "qwen-token-plan/qwen3.5-plus" with "qwen/qwen3.5-plus"`,
    ]);
  });

  it("suggests the Qwen provider for a misspelt provider id, but leaves unrelated and declared providers alone", () => {
    expectRule(
      ID,
      `{
  models: { providers: { qwen3: { baseUrl: "http://localhost:8000/v1", api: "openai-completions", models: [{ id: "x", name: "x" }] } } },
  agents: { defaults: { model: { primary: "qwne/qwen3.5-plus", fallbacks: ["nonexistentprov/foo", "qwen3/x", "zai/glm-5", "qwen-tokenplan/qwen3.7-plus", "alibab/wan2.6-t2v"] } } },
}`,
      [
        `3:43-3:62 warning ${ID}: "qwne/qwen3.5-plus" names provider "qwne", which models.providers does not declare and which looks like a typo of "qwen"; did you mean "qwen/qwen3.5-plus"?`,
        `3:123-3:152 warning ${ID}: "qwen-tokenplan/qwen3.7-plus" names provider "qwen-tokenplan", which models.providers does not declare and which looks like a typo of "qwen-token-plan"; did you mean "qwen-token-plan/qwen3.7-plus"?`,
        `3:154-3:173 warning ${ID}: "alibab/wan2.6-t2v" names provider "alibab", which models.providers does not declare and which looks like a typo of "alibaba"; did you mean "alibaba/wan2.6-t2v"?`,
      ],
    );
  });

  it("checks video slots against the Wan models, including the alibaba provider", () => {
    expectRule(
      ID,
      `{ agents: { defaults: { mediaModels: { video: { primary: "qwen/wan9-t2v", fallbacks: ["alibaba/wan3", "qwen/wan2.7-r2v"] } } } } }`,
      [
        `1:58-1:73 warning ${ID}: "qwen/wan9-t2v": wan9-t2v is not a Wan video model in ${CAT}; did you mean "qwen/wan2.6-t2v"?`,
        `1:87-1:101 warning ${ID}: "alibaba/wan3": wan3 is not a Wan video model in ${CAT}; use one of wan2.6-t2v, wan2.6-i2v, wan2.6-r2v, wan2.6-r2v-flash, wan2.7-r2v (default "alibaba/wan2.6-t2v").`,
      ],
    );
  });

  it("reports listing keys at info only and skips provider wildcards", () => {
    expectRule(ID, `{ agents: { defaults: { models: { "qwen/qwen-turbo": {}, "qwen/*": {}, "qwen-token-plan/qwen3-coder-next": {} } } } }`, [
      `1:35-1:52 info ${ID}: "qwen/qwen-turbo": qwen-turbo is not in ${CAT}, which seeds metadata only; fine if your endpoint serves it. Declare it in models.providers.qwen.models[] so OpenClaw knows its context window and output limit.`,
    ]);
  });

  it("accepts ids declared as rows (also under an alias entry), and reports the rows themselves at info", () => {
    expectRule(
      ID,
      `{
  models: { providers: {
    qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", api: "openai-completions", models: [{ id: "qwen-turbo", name: "t" }, { id: "qwen3.5plus", name: "p" }, { id: "qwen3.5-plus", name: "q" }] },
    modelstudio: { models: [{ id: "qwen-long", name: "l" }] },
  } },
  agents: { defaults: { model: { primary: "qwen/qwen-turbo", fallbacks: ["modelstudio/qwen-turbo", "qwen/qwen-long"] } } },
}`,
      [
        `3:122-3:134 info ${ID}: Row id "qwen-turbo" is not in ${CAT} for qwen; that is fine if your endpoint serves it (declared rows are how to add newer models).`,
        `3:155-3:168 info ${ID}: Row id "qwen3.5plus" is not in ${CAT} for qwen; that is fine if your endpoint serves it (declared rows are how to add newer models), otherwise did you mean "qwen3.5-plus"?`,
        `4:35-4:46 info ${ID}: Row id "qwen-long" is not in ${CAT} for qwen; that is fine if your endpoint serves it (declared rows are how to add newer models).`,
      ],
    );
  });

  it("reports unknown Qwen media-understanding models", () => {
    expectRule(ID, `{ ${STANDARD}, tools: { media: { models: [{ provider: "qwen", model: "qwen3.6plus" }, { provider: "qwen", model: "qwen-vl-plus" }, { provider: "qwen" }] } } }`, [
      `1:200-1:213 warning ${ID}: qwen3.6plus is not a qwen model in ${CAT}; did you mean "qwen3.6-plus"? Qwen media understanding uses "qwen3.6-plus" by default (omit model to get it).`,
      `1:244-1:258 warning ${ID}: qwen-vl-plus is not a qwen model in ${CAT}; Qwen media understanding uses "qwen3.6-plus" by default (omit model to get it).`,
    ]);
  });

  it("leaves one problem to one rule: Wan ids in chat slots, retired and Portal ids, media slots", () => {
    expectRule(
      ID,
      `{ agents: { defaults: {
  model: { primary: "qwen/wan2.6-t2v", fallbacks: ["qwen/qwen-vl-max-latest", "qwen-portal/coder-model", "bailian-token-plan/qwen9"] },
  mediaModels: { video: "qwen/qwen3.5-plus", image: "qwen/qwen9-image", music: "qwen/x" },
} } }`,
      [],
    );
  });

  it("does not judge refs whose provider points at a non-Qwen host or is taken over by a custom entry", () => {
    expectRule(
      ID,
      `{
  models: { providers: {
    qwen: { baseUrl: "http://localhost:8000/v1", api: "openai-completions", models: [{ id: "Qwen3-8B", name: "q" }] },
    modelstudio: { baseUrl: "https://example.com/v1", api: "openai-responses", models: [] },
  } },
  agents: { defaults: { model: { primary: "qwen/Qwen3-8B-AWQ", fallbacks: ["modelstudio/gpt-x"] } } },
}`,
      [],
    );
  });

  it("still judges refs when the baseUrl is a \${VAR} placeholder (a Qwen provider either way)", () => {
    expectRule(ID, `{ models: { providers: { qwen: { baseUrl: "\${QWEN_BASE_URL}" } } }, agents: { defaults: { model: "qwen/qwen3.5plus" } } }`, [
      `1:98-1:116 warning ${ID}: "qwen/qwen3.5plus": qwen3.5plus is not a qwen model in ${CAT}; did you mean "qwen/qwen3.5-plus"? If your endpoint serves qwen3.5plus, declare it in models.providers.qwen.models[].`,
    ]);
  });

  it("knows models added through the tool config's catalog extension", () => {
    const model = { provider: "qwen", id: "qwen3.9-plus", name: "qwen3.9-plus", input: ["text", "image"], contextWindow: 1000000, maxTokens: 65536, reasoning: true, availability: { standard: "available" } } as const;
    const text = `{ ${STANDARD}, agents: { defaults: { model: "qwen/qwen3.9-plus" } } }`;
    expect(findings(text)).toHaveLength(1);
    expect(lint(text, { config: { catalog: { models: [model] } } }).diagnostics.filter((d) => d.ruleId === ID)).toEqual([]);
  });

  it("places findings in an included file", () => {
    const files: Record<string, string> = { "/virtual/agents.json5": `{\n  defaults: { model: "qwen/qwen3.5plus" },\n}` };
    const host = { readFile: (p: string) => files[p], size: (p: string) => files[p].length };
    const r = lint(`{ agents: { $include: "./agents.json5" } }`, { host });
    const d = r.diagnostics.filter((x) => x.ruleId === ID);
    expect(d.map((x) => [x.filePath, x.range])).toEqual([["/virtual/agents.json5", { start: { line: 2, column: 22 }, end: { line: 2, column: 40 } }]]);
  });
});
