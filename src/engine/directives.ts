// Inline suppression comments in JSON5 configs:
//   // openclaw-qwen-lint-disable-next-line <rule>[, <rule>...] -- <reason>
//   "x": 1, // openclaw-qwen-lint-disable-line <rule> -- <reason>
//   // openclaw-qwen-lint-disable-file <rule> -- <reason>      (before the first token of the file)
// Without rule ids a directive covers every rule. A directive that suppresses nothing is reported.
import type { Comment } from "./parse.js";
import type { Span } from "./source.js";

export const DIRECTIVE_PREFIX = "openclaw-qwen-lint-disable";

export interface Directive {
  kind: "next-line" | "line" | "file";
  /** Empty: all rules. */
  rules: string[];
  reason?: string;
  span: Span;
  /** Line it covers (next-line / line). */
  line?: number;
  used: Set<string>;
  misplaced?: boolean;
}

// Anchored, with no open-ended group before the end: comments are hostile text (a lazy group followed
// by `\s*$` took 26 s on a directive followed by 80,000 spaces).
const HEAD = /^\s*openclaw-qwen-lint-disable-(next-line|line|file)(?![\w-])/;

/** The comment's body: without `//`, or without `/*` and `*\/`. */
function body(text: string): string {
  if (text.startsWith("//")) return text.slice(2);
  return text.slice(2, text.endsWith("*/") && text.length >= 4 ? -2 : undefined);
}

export function parseDirectives(comments: Comment[], firstTokenOffset: number): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    if (!c.text.includes(DIRECTIVE_PREFIX)) continue;
    const inner = body(c.text);
    const m = HEAD.exec(inner);
    if (!m) continue;
    const kind = m[1] as Directive["kind"];
    const [rulesPart, ...reasonParts] = inner.slice(m[0].length).trim().split(/\s--\s?/);
    const rules = rulesPart
      .split(/[,\s]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    const reason = reasonParts.join(" -- ").trim() || undefined;
    const d: Directive = { kind, rules, reason, span: c.span, used: new Set() };
    if (kind === "next-line") d.line = c.span.end.line + 1;
    if (kind === "line") d.line = c.span.start.line;
    if (kind === "file" && c.span.start.offset > firstTokenOffset) d.misplaced = true;
    out.push(d);
  }
  return out;
}

/** The first directive (in source order) covering all rules, and the first naming each rule. */
interface Bucket {
  all?: Directive;
  byRule: Map<string, Directive>;
}

/** Directives of one file by the line they cover: each finding costs O(1), whatever the number of directives. */
export interface DirectiveIndex {
  file: Bucket;
  byLine: Map<number, Bucket>;
}

export function indexDirectives(directives: Directive[]): DirectiveIndex {
  const index: DirectiveIndex = { file: { byRule: new Map() }, byLine: new Map() };
  const sorted = [...directives].sort((a, b) => a.span.start.offset - b.span.start.offset);
  for (const d of sorted) {
    if (d.misplaced) continue;
    let bucket = index.file;
    if (d.kind !== "file") {
      bucket = index.byLine.get(d.line!) ?? { byRule: new Map() };
      index.byLine.set(d.line!, bucket);
    }
    if (!d.rules.length) bucket.all ??= d;
    for (const r of d.rules) if (!bucket.byRule.has(r)) bucket.byRule.set(r, d);
  }
  return index;
}

/** The directive that suppresses `ruleId` at `line`, if any (and marks it used): the first in the file. */
export function suppressing(index: DirectiveIndex, ruleId: string, line: number): Directive | undefined {
  const atLine = index.byLine.get(line);
  let best: Directive | undefined;
  for (const d of [index.file.all, index.file.byRule.get(ruleId), atLine?.all, atLine?.byRule.get(ruleId)])
    if (d && (!best || d.span.start.offset < best.span.start.offset)) best = d;
  best?.used.add(ruleId);
  return best;
}
