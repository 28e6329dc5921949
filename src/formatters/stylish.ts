// `--format stylish` (default): findings grouped by file, each with a code frame of the source it
// points at, then a summary. Secrets in the framed lines are replaced with their redact() form.
import type { Diagnostic, FileResult, Report, Severity } from "../report.js";
import { printable, type FormatContext, type Formatter, type Redaction, type Shows } from "./index.js";

type Paint = (s: string) => string;
const sgr = (open: number, close: number): Paint => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain: Paint = (s) => s;
const palette = (color: boolean) => ({
  bold: color ? sgr(1, 22) : plain,
  dim: color ? sgr(2, 22) : plain,
  underline: color ? sgr(4, 24) : plain,
  error: color ? sgr(31, 39) : plain,
  warning: color ? sgr(33, 39) : plain,
  info: color ? sgr(36, 39) : plain,
});
type Palette = ReturnType<typeof palette>;

const plural = (n: number, one: string, many = one + "s") => `${n} ${n === 1 ? one : many}`;

/** `✖ 4 problems (2 errors, 1 warning, 1 info)` and the fixable count; "" when there is nothing. */
export function summarize(results: readonly FileResult[], color: boolean): string {
  const p = palette(color);
  const sum = (k: "errorCount" | "warningCount" | "infoCount" | "fixableCount") => results.reduce((n, r) => n + r[k], 0);
  const [e, w, i, f] = [sum("errorCount"), sum("warningCount"), sum("infoCount"), sum("fixableCount")];
  const total = e + w + i;
  if (!total) return "";
  const tone = e ? p.error : w ? p.warning : p.info;
  let out = tone(p.bold(`✖ ${plural(total, "problem")} (${plural(e, "error")}, ${plural(w, "warning")}, ${plural(i, "info")})`)) + "\n";
  if (f) out += tone(p.bold(`  ${f} fixable with --fix`)) + "\n";
  return out;
}

// ---- code frames

const MAX_FRAME_LINES = 3;
const MAX_WIDTH = 120;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

interface SourceLines {
  text: string;
  starts: number[];
  redactions: Redaction[];
}

function splitLines(text: string, redactions: Redaction[]): SourceLines {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return { text, starts, redactions };
}

/** The redactions (sorted, disjoint) that overlap [from, to): found by binary search, not a scan per line. */
function overlapping(reds: readonly Redaction[], from: number, to: number): Redaction[] {
  let lo = 0;
  let hi = reds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reds[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Redaction[] = [];
  for (let i = lo; i < reds.length && reds[i].start < to; i++) out.push(reds[i]);
  return out;
}

/**
 * One displayed line as cells (one per visible character), each knowing which UTF-16 column it came
 * from, with secrets replaced. `col(c)` is the cell index where source column c starts.
 */
function displayLine(src: SourceLines, n: number): { cells: string[]; col: (c: number) => number } | undefined {
  const start = src.starts[n - 1];
  if (start === undefined) return undefined;
  const end = (src.starts[n] ?? src.text.length + 1) - 1;
  const raw = src.text.slice(start, Math.max(start, end)).replace(/[\r\n\u2028\u2029]+$/, "");
  const cells: string[] = [];
  const cellOf: number[] = []; // source column (0-based) -> cell index
  const reds = overlapping(src.redactions, start, start + raw.length + 1);
  let i = 0;
  while (i < raw.length) {
    const abs = start + i;
    const red = reds.find((r) => abs >= r.start && abs < r.end);
    if (red) {
      const from = cells.length;
      // A secret split over lines shows its replacement once, where it starts.
      if (abs === red.start) cells.push(...red.text);
      const stop = Math.min(red.end - start, raw.length);
      for (; i < stop; i++) cellOf[i] = from;
      continue;
    }
    const cp = raw.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    cellOf[i] = cells.length;
    if (ch.length === 2) cellOf[i + 1] = cells.length;
    // Control characters from the file must not reach the terminal (escape sequences).
    cells.push(ch !== "\t" && CONTROL.test(ch) ? "\ufffd" : ch);
    i += ch.length;
  }
  cellOf[raw.length] = cells.length;
  return { cells, col: (c) => cellOf[Math.min(Math.max(c - 1, 0), raw.length)] ?? cells.length };
}

/** Terminal cells a character takes: CJK and emoji take two. */
const isWide = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return WIDE.test(ch) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
};
const padFor = (ch: string) => (ch === "\t" ? "\t" : isWide(ch) ? "  " : " ");

/** Last source line a frame shows (an end at column 1 does not include that line). */
function frameEnd(d: Diagnostic): { last: number; more: number } {
  const { start, end } = d.range;
  const last = end.line > start.line && end.column === 1 ? end.line - 1 : end.line;
  const more = last - start.line + 1 - MAX_FRAME_LINES;
  return more > 0 ? { last: start.line + MAX_FRAME_LINES - 1, more } : { last, more: 0 };
}

function frame(src: SourceLines, d: Diagnostic, severity: Severity, p: Palette, width: number): string {
  const { start, end } = d.range;
  const { last, more } = frameEnd(d);
  const tone = p[severity];
  let out = "";
  for (let n = start.line; n <= last; n++) {
    const line = displayLine(src, n);
    if (!line) break;
    // Continuation lines of a multi-line range are underlined from their first non-blank character.
    const firstText = line.cells.findIndex((c) => c !== " " && c !== "\t");
    const from = n === start.line ? line.col(start.column) : firstText < 0 ? line.cells.length : firstText;
    const to = n === end.line ? line.col(end.column) : line.cells.length;
    const marks: string[] = line.cells.map((ch, i) => (i < from ? padFor(ch) : i < to ? (i === from && n === start.line ? "^" : "~") : ""));
    if (n === start.line && to <= from) marks[from] = "^";
    // Long lines (minified configs): a window around the range.
    let lo = 0;
    let hi = line.cells.length;
    if (hi > MAX_WIDTH) {
      lo = Math.max(0, Math.min(from - 20, hi - MAX_WIDTH));
      hi = lo + MAX_WIDTH;
    }
    const pre = lo > 0 ? "…" : "";
    const post = hi < line.cells.length ? "…" : "";
    const text = pre + line.cells.slice(lo, hi).join("") + post;
    const under = (pre ? " " : "") + marks.slice(lo, hi + 1).join("").trimEnd();
    out += `    ${p.dim(`${String(n).padStart(width)} |`)} ${text}\n`;
    if (under.trim()) out += `    ${p.dim(`${" ".repeat(width)} |`)} ${tone(under.replace(/[ \t]+$/, ""))}\n`;
  }
  if (more > 0) out += `    ${p.dim(`${" ".repeat(width)} |`)} ${p.dim(`… ${plural(more, "more line")}`)}\n`;
  return out;
}

// ---- the report

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
const sameRange = (a: Diagnostic, b: Diagnostic) =>
  a.range.start.line === b.range.start.line && a.range.start.column === b.range.start.column && a.range.end.line === b.range.end.line && a.range.end.column === b.range.end.column;

const stylish: Formatter = (report: Report, ctx: FormatContext) => {
  const p = palette(ctx.color);
  const files = new Map<string, SourceLines | undefined>();
  const source = (path: string) => {
    if (!files.has(path)) {
      const text = ctx.source(path);
      files.set(path, text === undefined ? undefined : splitLines(text, ctx.redact.source(text, path)));
    }
    return files.get(path);
  };
  let out = "";
  for (const r of report.results) {
    if (!r.diagnostics.length) continue;
    out += p.underline(printable(r.filePath)) + "\n";
    const where = (d: Diagnostic) => `${d.filePath === r.filePath ? "" : printable(d.filePath) + ":"}${d.range.start.line}:${d.range.start.column}`;
    const w = Math.max(...r.diagnostics.map((d) => where(d).length));
    const sw = Math.max(...r.diagnostics.map((d) => d.severity.length));
    const gutter = Math.max(...r.diagnostics.map((d) => String(frameEnd(d).last).length));
    let worst: Severity = "info";
    r.diagnostics.forEach((d, i) => {
      if (RANK[d.severity] > RANK[worst]) worst = d.severity;
      const sev = p[d.severity as Severity](d.severity.padEnd(sw));
      out += `  ${p.dim(where(d).padEnd(w))}  ${sev}  ${printable(d.message)}  ${p.dim(d.ruleId)}\n`;
      // Findings on the same range share one frame, after the last of them.
      const next = r.diagnostics[i + 1];
      if (next && next.filePath === d.filePath && sameRange(next, d)) return;
      const src = source(d.filePath);
      if (src) out += frame(src, d, worst, p, gutter);
      out += "\n";
      worst = "info";
    });
  }
  return out + summarize(report.results, ctx.color);
};
/** Place, severity, message and rule only (safeReport vets nothing else for it). */
export const shows: Shows = { fixes: false, pointers: false };
export default stylish;
