// A rule that throws loses only its own findings; the crashes that made rules throw; fixes next to
// comments keep the syntax.
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";
import { defineRule, type Rule } from "../../src/engine/rule.js";
import { fixText, lintText, rules } from "../../src/index.js";
import { lint, lines } from "../helpers.js";

const boom: Rule = defineRule({
  meta: { id: "model-row-incomplete", severity: "warning", category: "structure", description: "throws", fixable: false, messages: { halfDone: "half done" } },
  check(ctx) {
    ctx.report({ pointer: "", messageId: "halfDone" });
    throw new TypeError("Cannot read properties of null (reading 'sk-secret-value')");
  },
});
const BAD = `{ agents: { defaults: { model: "qwen/qwen3.8-max" } } }`;

describe("a throwing rule", () => {
  it("becomes one internal-error finding of its own id; every other rule's findings stay", () => {
    const others = lintText(BAD, { filePath: "/v/openclaw.json5", env: {} }).diagnostics;
    expect(others.length).toBeGreaterThan(0);
    const seen: string[] = [];
    const r = lintText(BAD, { filePath: "/v/openclaw.json5", env: {}, rules: [boom, ...rules.filter((x) => x.meta.id !== boom.meta.id)], onRuleError: (id) => seen.push(id) });
    expect(seen).toEqual(["model-row-incomplete"]);
    const internal = r.diagnostics.filter((d) => d.internalError);
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({ ruleId: "model-row-incomplete", severity: "error", pointer: "", range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } });
    expect(internal[0].message).toMatch(/^Internal error in this rule \(TypeError\): its findings for this file are missing; every other rule ran\./);
    // The error's text is not printed (it could hold a value), and the half-done finding is gone.
    expect(JSON.stringify(r)).not.toContain("sk-secret-value");
    expect(r.diagnostics.some((d) => d.message === "half done")).toBe(false);
    expect(r.diagnostics.filter((d) => !d.internalError)).toEqual(others);
  });

  it("is not hidden by a disable directive", () => {
    const text = `// openclaw-qwen-lint-disable-file model-row-incomplete -- test\n${BAD}`;
    const r = lintText(text, { filePath: "/v/openclaw.json5", env: {}, rules: [boom] });
    // The directive then suppresses nothing, and says so.
    expect(r.diagnostics.map((d) => [d.ruleId, d.internalError])).toEqual([
      ["unused-disable-directive", undefined],
      ["model-row-incomplete", true],
    ]);
  });

  describe("in the CLI", () => {
    afterEach(() => vi.restoreAllMocks());
    const io = (text: string) => {
      const out: string[] = [];
      const err: string[] = [];
      const cli: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readStdin: async () => text, stdoutIsTTY: false, env: {}, cwd: process.cwd() };
      return { cli, out: () => out.join(""), err: () => err.join("") };
    };
    it("exits 2 with the full report, and --debug prints the stack", async () => {
      const rule = rules.find((r) => r.meta.id === "deprecated-model")!;
      vi.spyOn(rule, "check").mockImplementation(() => {
        throw new RangeError("boom");
      });
      const t = io(BAD);
      expect(await run(["-", "--format", "json"], t.cli)).toBe(2);
      const report = JSON.parse(t.out());
      const ids = report.results[0].diagnostics.map((d: { ruleId: string }) => d.ruleId);
      expect(ids).toContain("deprecated-model");
      expect(ids.length).toBeGreaterThan(1);
      expect(t.err()).toMatch(/a rule failed with an internal error \(see the report\); the other findings are complete\. Run with --debug for the stack\./);
      const d = io(BAD);
      expect(await run(["-", "--debug"], d.cli)).toBe(2);
      expect(d.err()).toMatch(/rule deprecated-model threw: RangeError: boom\n\s+at /);
    });
  });
});

describe("model rows with non-string names and ids", () => {
  const row = (fields: string) => `{ models: { providers: { qwen: { models: [{ ${fields} }] } } } }`;
  for (const v of ["null", "true", "5", "{ a: 1 }"]) {
    it(`name: ${v} is invalid-value's finding, and no rule throws`, () => {
      const text = row(`name: ${v}`);
      const r = lint(text);
      expect(r.diagnostics.filter((d) => d.internalError)).toEqual([]);
      const col = text.indexOf(v) + 1;
      expect(lines(r).filter((l) => l.includes("model-row-incomplete"))).toEqual([
        `1:${col}-1:${col + v.length} error model-row-incomplete: models.providers.qwen.models[0] has no id; OpenClaw rejects the config when a model row lacks one. Add the provider-local model id (no "qwen/" prefix).`,
      ]);
      expect(r.diagnostics.some((d) => d.ruleId === "invalid-value" && d.pointer.endsWith("/name"))).toBe(true);
    });
  }

  it('an object id gives no "[object Object]" and no fix that writes name: {"a":1}', () => {
    const text = row(`id: { a: 1 }`);
    const r = lint(text);
    expect(JSON.stringify(r)).not.toContain("[object Object]");
    const mri = r.diagnostics.filter((d) => d.ruleId === "model-row-incomplete");
    expect(mri.map((d) => d.message)).toEqual([`models.providers.qwen.models[0] has no name; OpenClaw rejects the config when a model row lacks one. Add a display name, e.g. name: "Model name".`]);
    expect(mri[0].fix).toBeUndefined();
    expect(fixText(text, { filePath: "/v/openclaw.json5", env: {} }).changes.size).toBe(0);
  });
});

describe("a comment between a value and its comma", () => {
  for (const sep of [" /* c */,", " // c\n  ,", "\n  /* c */\n  ,"]) {
    it(`fixing around ${JSON.stringify(sep)} keeps valid JSON5 and the comment`, () => {
      const text = `{ agents: { defaults: {\n  mediaModels: { image: "qwen/qwen3.5-plus" },\n  videoGenerationModel: "qwen/wan2.6-t2v"${sep}\n  model: "qwen/qwen3.5-plus",\n} } }`;
      const out = fixText(text, { filePath: "/v/openclaw.json5", env: {} });
      expect(out.stopped).toBeUndefined();
      const after = out.changes.get("/v/openclaw.json5")?.after ?? text;
      expect(lint(after).diagnostics.filter((d) => d.ruleId === "parse-error")).toEqual([]);
      expect(after).toContain(sep.includes("//") ? "// c" : "/* c */");
      // The move would delete the comment, so it is offered as a suggestion, not applied.
      const d = lint(text).diagnostics.find((x) => x.ruleId === "legacy-config-key" && x.pointer.endsWith("videoGenerationModel"));
      expect(d?.fix).toBeUndefined();
      expect(d?.suggestions?.length).toBe(1);
      const applied = d!.suggestions![0].edits.slice().sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
      expect(lint(applied).diagnostics.filter((x) => x.ruleId === "parse-error")).toEqual([]);
    });
  }
});

describe("timeLimitMs (the language server's time box)", () => {
  it("rules after the limit are not run and are listed in skippedRules; the findings before it stay", () => {
    const slow: Rule = defineRule({
      meta: { id: "deprecated-model", severity: "warning", category: "catalog", description: "slow", fixable: false, messages: { slow: "from the slow rule" } },
      check(ctx) {
        ctx.report({ pointer: "", messageId: "slow" });
        const until = performance.now() + 30;
        while (performance.now() < until);
      },
    });
    const after = rules.filter((r) => r.check && r.meta.id !== "deprecated-model");
    const r = lintText(BAD, { filePath: "/v/openclaw.json5", env: {}, rules: [slow, ...after], timeLimitMs: 10 });
    expect(r.skippedRules).toEqual(after.map((x) => x.meta.id));
    expect(r.diagnostics.map((d) => d.message)).toEqual(["from the slow rule"]);
    expect(lintText(BAD, { filePath: "/v/openclaw.json5", env: {}, timeLimitMs: 60_000 }).skippedRules).toBeUndefined();
  });
});
