// What must hold for every input, hostile or not. Each check throws an Error saying what broke; the
// fuzz test (small, fixed seeds) and `npm run fuzz` (long campaigns) run the same checks.
import { isParseFailure, parseJson5 } from "../../src/engine/parse.js";
import { formatContext } from "../../src/cli/format-context.js";
import { loadFormatter, FORMAT_NAMES, type FormatName } from "../../src/formatters/index.js";
import { fixText, lintText, rules, type FileResult, type Report } from "../../src/index.js";
import { CANARY_CORES } from "./gen.js";

const FILE = "/fuzz/openclaw.json5";
const RULE_IDS = new Set(["parse-error", ...rules.map((r) => r.meta.id)]);
const SEVERITIES = new Set(["error", "warning", "info"]);

/** A property that does not hold (as opposed to a crash: anything else thrown from the tool). */
export class Violation extends Error {
  override name = "Violation";
}
const fail = (what: string): never => {
  throw new Violation(what);
};

/** Lint; a throw or a rule's internal error is a failure of the property. */
export function lintChecked(text: string, timeBoundMs: number): FileResult {
  const start = performance.now();
  const r = lintText(text, { filePath: FILE, env: {} });
  const ms = performance.now() - start;
  if (ms > timeBoundMs) fail(`lint took ${Math.round(ms)} ms (bound ${timeBoundMs} ms) on ${text.length} characters`);
  wellFormed(r, text);
  return r;
}

/** Every finding: a known rule, a severity, a range inside the file, a pointer, counts that add up; no internal error. */
export function wellFormed(r: FileResult, text: string): void {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/).length;
  for (const d of r.diagnostics) {
    if (d.internalError) fail(`rule ${d.ruleId} threw (internal error)`);
    if (!RULE_IDS.has(d.ruleId)) fail(`unknown rule id ${d.ruleId}`);
    if (!SEVERITIES.has(d.severity)) fail(`bad severity ${d.severity}`);
    if (typeof d.message !== "string" || !d.message.trim()) fail(`${d.ruleId}: empty message`);
    if (d.pointer !== "" && !d.pointer.startsWith("/")) fail(`${d.ruleId}: bad pointer ${JSON.stringify(d.pointer)}`);
    const { start, end } = d.range;
    const ok = (p: { line: number; column: number }) => Number.isInteger(p.line) && Number.isInteger(p.column) && p.line >= 1 && p.column >= 1;
    if (!ok(start) || !ok(end)) fail(`${d.ruleId}: bad position ${JSON.stringify(d.range)}`);
    if (d.filePath === FILE && (start.line > lines || end.line > lines)) fail(`${d.ruleId}: line past the end (${start.line}/${end.line} of ${lines})`);
    if (end.line < start.line || (end.line === start.line && end.column < start.column)) fail(`${d.ruleId}: range ends before it starts`);
    for (const f of [d.fix, ...(d.suggestions ?? [])])
      for (const e of f?.edits ?? []) if (!(e.start >= 0 && e.end >= e.start && typeof e.text === "string")) fail(`${d.ruleId}: bad edit ${JSON.stringify(e)}`);
  }
  const count = (s: string) => r.diagnostics.filter((d) => d.severity === s).length;
  if (r.errorCount !== count("error") || r.warningCount !== count("warning") || r.infoCount !== count("info")) fail("counts do not match the findings");
}

const commentsOf = (text: string): string[] => {
  const p = parseJson5(text, FILE);
  return isParseFailure(p) ? [] : p.comments.map((c) => c.text).sort();
};

/** JSON values at every leaf pointer (objects and arrays by their keys), iteratively. */
function leaves(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const stack: [string, unknown][] = [["", value]];
  while (stack.length && out.size < 50_000) {
    const [p, v] = stack.pop()!;
    if (v && typeof v === "object") {
      const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
      if (!entries.length) out.set(p, JSON.stringify(v));
      for (const [k, x] of entries) stack.push([`${p}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`, x]);
    } else out.set(p, Number.isNaN(v) ? "NaN" : JSON.stringify(v) ?? String(v));
  }
  return out;
}

/**
 * --fix is sound: it stops by itself, never breaks the syntax, keeps every comment, a second run
 * changes nothing, and every value no applied fix pointed at is still there with the same value.
 */
export function fixSound(text: string): void {
  const before = parseJson5(text, FILE);
  if (isParseFailure(before)) return;
  const out = fixText(text, { filePath: FILE, env: {} });
  if (out.stopped && out.passes > 0) fail(`fix stopped: ${out.stopped}`);
  const after = out.changes.get(FILE)?.after;
  if (after === undefined) return;
  const parsed = parseJson5(after, FILE);
  if (isParseFailure(parsed)) fail(`fixed text does not parse: ${parsed.message}`);
  const lost = commentsOf(text).filter((c, i, all) => commentsOf(after).filter((x) => x === c).length < all.filter((x) => x === c).length);
  if (lost.length) fail(`fix dropped comments: ${JSON.stringify(lost)}`);
  const again = fixText(after, { filePath: FILE, env: {} });
  if (again.changes.size) fail(`fix is not idempotent: a second run changed ${again.fixed.map((d) => d.ruleId).join(", ")}`);
  // Fixes move values (env.X -> env.vars.X, videoGenerationModel -> mediaModels.video): a value counts as
  // kept when the same key still holds it somewhere. Values under a pointer a fix targeted may change.
  const targets = out.fixed.map((d) => d.pointer);
  const kept = new Map<string, number>();
  const last = (p: string) => p.slice(p.lastIndexOf("/") + 1);
  for (const [p, v] of leaves(isParseFailure(parsed) ? undefined : parsed.value)) kept.set(`${last(p)}=${v}`, (kept.get(`${last(p)}=${v}`) ?? 0) + 1);
  for (const [p, v] of leaves(before.value)) {
    if (v === "{}" || v === "[]") continue;
    if (targets.some((t) => p === t || p.startsWith(t + "/"))) continue;
    const k = `${last(p)}=${v}`;
    const n = kept.get(k) ?? 0;
    if (!n) fail(`fix lost ${p} = ${v}, which no applied fix (${[...new Set(out.fixed.map((d) => d.ruleId))].join(", ")}) targets`);
    kept.set(k, n - 1);
  }
}

const formatters = new Map<FormatName, Awaited<ReturnType<typeof loadFormatter>>>();
export async function loadFormatters(): Promise<void> {
  for (const name of FORMAT_NAMES) formatters.set(name, await loadFormatter(name));
}

/** No planted secret in any format's output (code frames included). Call loadFormatters() first. */
export function noCanary(text: string, result: FileResult, withFrames = true): void {
  const report: Report = { version: 1, tool: { name: "openclaw-qwen-lint", version: "0", catalogVersion: "0", catalogUpdated: "0" }, results: [result] };
  for (const [name, format] of formatters) {
    const output = format(report, formatContext({ cwd: "/fuzz", color: false, source: (p) => (withFrames && p === FILE ? text : undefined) }));
    for (const core of CANARY_CORES) if (output.includes(core)) fail(`format ${name} prints a planted secret (${core.slice(0, 6)}...)`);
  }
}
