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

const RE = /^(?:\/\/|\/\*)\s*openclaw-qwen-lint-disable-(next-line|line|file)\b([\s\S]*?)(?:\*\/)?\s*$/;

export function parseDirectives(comments: Comment[], firstTokenOffset: number): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = RE.exec(c.text.trim());
    if (!m) continue;
    const kind = m[1] as Directive["kind"];
    const [rulesPart, ...reasonParts] = m[2].split(/\s--\s?/);
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

/** The directive that suppresses `ruleId` at `line`, if any (and marks it used). */
export function suppressing(directives: Directive[], ruleId: string, line: number): Directive | undefined {
  for (const d of directives) {
    if (d.misplaced) continue;
    if (d.kind !== "file" && d.line !== line) continue;
    if (d.rules.length && !d.rules.includes(ruleId)) continue;
    d.used.add(ruleId);
    return d;
  }
  return undefined;
}
