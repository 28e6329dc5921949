// Test helpers: lint text through the public API and render diagnostics as one line each:
//   [file ]LINE:COL-ENDLINE:ENDCOL severity rule-id: message
// `file` appears only for findings in another file than the linted one (e.g. an $include'd file).
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { expect } from "vitest";
import { lintText, type Diagnostic, type FileResult, type LintOptions } from "../src/index.js";

export const FIXTURES = join(dirname(new URL(import.meta.url).pathname), "fixtures");

export function lint(text: string, opts: LintOptions = {}): FileResult {
  return lintText(text, { filePath: "/virtual/openclaw.json5", env: {}, ...opts });
}

export function lintFixture(path: string, opts: LintOptions = {}): FileResult {
  return lintText(readFileSync(path, "utf8"), { filePath: path, env: {}, ...opts });
}

export function line(d: Diagnostic, linted: string): string {
  const where = `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`;
  const file = d.filePath === linted ? "" : basename(d.filePath) + " ";
  return `${file}${where} ${d.severity} ${d.ruleId}: ${d.message}`;
}

export const lines = (r: FileResult) => r.diagnostics.map((d) => line(d, r.filePath));

/** Lines of a `.expected` file: blank lines and `#` comments are ignored. */
export function readExpected(path: string): string[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l && !l.startsWith("#"));
}

/**
 * Compare rendered lines with expected ones. An expected message written as /.../ is a regular
 * expression; everything before the message must match exactly.
 */
export function expectLines(actual: string[], expected: string[]): void {
  const norm = actual.map((a, i) => {
    const e = expected[i];
    const m = e && /^(.*?: )\/(.*)\/$/.exec(e);
    if (m && a.startsWith(m[1]) && new RegExp(m[2]).test(a.slice(m[1].length))) return e;
    return a;
  });
  expect(norm).toEqual(expected);
}

/** Assert one rule's findings for a snippet, as lines (other rules filtered out). */
export function expectRule(ruleId: string, text: string, expected: string[], opts: LintOptions = {}): void {
  const r = lint(text, opts);
  expectLines(
    r.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => line(d, r.filePath)),
    expected,
  );
}

/**
 * `L:C-L:C` of the nth occurrence of `needle` in `text`, counted independently of the engine, for
 * writing expected ranges.
 */
export function span(text: string, needle: string, nth = 0): string {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`${needle} not in text`);
  const pos = (o: number) => {
    const before = text.slice(0, o);
    return `${before.split("\n").length}:${o - before.lastIndexOf("\n")}`;
  };
  return `${pos(i)}-${pos(i + needle.length)}`;
}
