// A rule tester in the spirit of ESLint's RuleTester: runs ONE rule over valid and invalid cases, checks
// every finding's exact range, message (text or /regex/), severity, pointer and message id, applies the
// rule's fixes and compares the output text, and enforces meta.fixable both ways (a fix from a rule with
// fixable: false fails; fixable: true with no case whose output changes fails).
//
//   import { ruleTester } from "../rule-tester.js";
//   ruleTester("legacy-provider-alias", {
//     valid: [`{ agents: { defaults: { model: "qwen/glm-5" } } }`],
//     invalid: [{ code: `{ agents: { defaults: { model: "modelstudio/glm-5" } } }`,
//                 errors: [{ range: "1:32-1:51", message: /compatibility alias/ }],
//                 output: `{ agents: { defaults: { model: "qwen/glm-5" } } }` }],
//   });
import { describe, expect, it } from "vitest";
import { fixText } from "../src/engine/fix.js";
import { lintText, type RuleSetting } from "../src/engine/linter.js";
import type { Rule } from "../src/engine/rule.js";
import { ruleById } from "../src/rules/index.js";
import type { Diagnostic, Severity } from "../src/report.js";

export interface ValidCase {
  /** Test title (default: the code's first 60 characters). */
  name?: string;
  code: string;
  /** Decides JSON5 or script (`.sh`, `Dockerfile`, `.md`); default /virtual/openclaw.json5. */
  filename?: string;
  /** Other rules' settings, e.g. to see what this rule reports when a rule it defers to is off. */
  settings?: Record<string, RuleSetting>;
  /** Included files by absolute path (`/virtual/<name>`), for `$include` cases. */
  files?: Record<string, string>;
}

export interface ExpectedFinding {
  /** `LINE:COL-ENDLINE:ENDCOL`, 1-based, as the CLI prints it. */
  range: string;
  message?: string | RegExp;
  /** The message id, once the rule declares meta.messages. */
  messageId?: string;
  severity?: Severity;
  pointer?: string;
  /** File name (basename) when the finding sits in an included file. */
  file?: string;
  /** Descriptions of the suggestions, in order. */
  suggestions?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The text after applying this rule's fixes; omit or null when the case has no fix. */
  output?: string | null;
}

const FILE = "/virtual/openclaw.json5";
const title = (c: ValidCase) => c.name ?? c.code.replace(/\s+/g, " ").slice(0, 60);
const rangeOf = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`;

function run(rule: Rule, c: ValidCase) {
  const filePath = c.filename ?? FILE;
  const files = c.files ?? {};
  const host = {
    readFile: (p: string) => {
      if (!(p in files)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: "ENOENT" });
      return files[p];
    },
    size: (p: string) => (p in files ? files[p].length : 0),
  };
  const opts = { filePath, env: {}, host, rules: [rule], config: { rules: c.settings } };
  const result = lintText(c.code, opts);
  const own = result.diagnostics.filter((d) => d.ruleId === rule.meta.id);
  return { own, fix: () => fixText(c.code, opts).changes.get(filePath)?.after ?? null };
}

/** Fixes from a rule that says it has none are a bug in the rule. */
export function checkFixable(rule: Rule, found: Diagnostic[]): void {
  if (!rule.meta.fixable) expect(found.filter((d) => d.fix).map(rangeOf), `${rule.meta.id} has fixable: false but offered a fix`).toEqual([]);
}

export const hasFixingCase = (invalid: readonly InvalidCase[]): boolean => invalid.some((c) => typeof c.output === "string" && c.output !== c.code);

export function ruleTester(id: string | Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const rule = typeof id === "string" ? ruleById.get(id) : id;
  if (!rule) throw new Error(`unknown rule ${String(id)}`);
  describe(`${rule.meta.id} (rule tester)`, () => {
    for (const v of cases.valid) {
      const c = typeof v === "string" ? { code: v } : v;
      it(`valid: ${title(c)}`, () => {
        const { own } = run(rule, c);
        expect(own.map((d) => `${rangeOf(d)} ${d.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${title(c)}`, () => {
        expect(c.errors.length, "an invalid case names at least one finding").toBeGreaterThan(0);
        const { own, fix } = run(rule, c);
        checkFixable(rule, own);
        expect(own.length, own.map((d) => `${rangeOf(d)} ${d.message}`).join("\n")).toBe(c.errors.length);
        own.forEach((d, i) => {
          const e = c.errors[i];
          expect(rangeOf(d), `finding ${i + 1}: ${d.message}`).toBe(e.range);
          if (typeof e.message === "string") expect(d.message).toBe(e.message);
          else if (e.message) expect(d.message).toMatch(e.message);
          if (e.messageId !== undefined) expect((d as Diagnostic & { messageId?: string }).messageId).toBe(e.messageId);
          expect(d.severity).toBe(e.severity ?? rule.meta.severity);
          if (e.pointer !== undefined) expect(d.pointer).toBe(e.pointer);
          if (e.file !== undefined) expect(d.filePath.split(/[\\/]/).pop()).toBe(e.file);
          if (e.suggestions !== undefined) expect((d.suggestions ?? []).map((s) => s.description)).toEqual(e.suggestions);
        });
        const out = fix();
        expect(out, "fixed text").toBe(c.output ?? null);
        // A fix must be complete: the fixed text has no fixable finding of this rule left.
        if (out !== null) expect(run(rule, { ...c, code: out }).own.filter((d) => d.fix).map(rangeOf)).toEqual([]);
      });
    }
    if (rule.meta.fixable)
      it("has an invalid case whose fix changes the text (meta.fixable: true)", () => {
        expect(hasFixingCase(cases.invalid)).toBe(true);
      });
  });
}
