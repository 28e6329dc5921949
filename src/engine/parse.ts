// JSON5 parsing with positions (momoa), and the evaluated value built from the same tree.
import { parse as momoaParse, type AnyNode, type DocumentNode, type ValueNode } from "@humanwhocodes/momoa";
import { parseHint } from "./parse-hint.js";
import { joinPointer } from "./pointer.js";
import { SourceText, type Span } from "./source.js";

export interface NodeLoc {
  /** File the node is in. */
  file: string;
  /** Span of the member key, for object members. */
  key?: Span;
  /** Span of the value. */
  value: Span;
}

export interface DuplicateKey {
  pointer: string;
  /** Keys that were overridden by a later one (all but the last). */
  earlier: Span[];
  last: Span;
  file: string;
}

export interface Comment {
  type: "LineComment" | "BlockComment";
  text: string;
  span: Span;
}

export interface ParsedFile {
  source: SourceText;
  value: unknown;
  /** Location of every node by JSON pointer (duplicate keys: the last one, as JSON5 keeps it). */
  locs: Map<string, NodeLoc>;
  duplicates: DuplicateKey[];
  comments: Comment[];
  /** Offsets of every token start, for directive scoping. */
  firstTokenOffset: number;
}

export interface ParseFailure {
  source: SourceText;
  message: string;
  span: Span;
}

const toSpan = (n: AnyNode): Span => ({
  start: { ...n.loc.start },
  end: { ...n.loc.end },
});

export function parseJson5(text: string, file: string): ParsedFile | ParseFailure {
  const source = new SourceText(file, text);
  let doc: DocumentNode;
  try {
    doc = momoaParse(text, { mode: "json5", ranges: true, tokens: true, allowTrailingCommas: true });
  } catch (e) {
    const err = e as Error & { line?: number; column?: number; offset?: number };
    const parserOffset = typeof err.offset === "number" ? Math.min(err.offset, text.length) : 0;
    const hint = parseHint(text, parserOffset, err.message.replace(/\s*\(\d+:\d+\)\s*$/, ""));
    const offset = hint.offset ?? parserOffset;
    const start = source.pointAt(offset);
    const endOffset = Math.min(text.length, offset + 1);
    return { source, message: hint.message, span: { start, end: endOffset > offset ? source.pointAt(endOffset) : start } };
  }
  const locs = new Map<string, NodeLoc>();
  const duplicates: DuplicateKey[] = [];
  const build = (node: ValueNode, pointer: string): unknown => {
    switch (node.type) {
      case "Object": {
        const out: Record<string, unknown> = {};
        const seen = new Map<string, Span[]>();
        for (const m of node.members) {
          const key = m.name.type === "Identifier" ? m.name.name : m.name.value;
          const p = joinPointer(pointer, key);
          const keySpan = toSpan(m.name);
          if (seen.has(key)) seen.get(key)!.push(keySpan);
          else seen.set(key, [keySpan]);
          // Later duplicates replace earlier ones (JSON5.parse semantics); drop the earlier subtree's locs.
          if (Object.prototype.hasOwnProperty.call(out, key)) for (const k of [...locs.keys()]) if (k === p || k.startsWith(p + "/")) locs.delete(k);
          Object.defineProperty(out, key, { value: build(m.value, p), enumerable: true, writable: true, configurable: true });
          locs.set(p, { file, key: keySpan, value: toSpan(m.value) });
        }
        for (const [key, spans] of seen)
          if (spans.length > 1) duplicates.push({ pointer: joinPointer(pointer, key), earlier: spans.slice(0, -1), last: spans[spans.length - 1], file });
        return out;
      }
      case "Array":
        return node.elements.map((el, i) => {
          const p = joinPointer(pointer, i);
          locs.set(p, { file, value: toSpan(el.value) });
          return build(el.value, p);
        });
      case "String":
      case "Number":
      case "Boolean":
        return node.value;
      case "Null":
        return null;
      case "Infinity":
        return node.sign === "-" ? -Infinity : Infinity;
      case "NaN":
        return NaN;
      default:
        return undefined;
    }
  };
  const value = build(doc.body, "");
  locs.set("", { file, value: toSpan(doc.body) });
  const comments: Comment[] = (doc.tokens ?? [])
    .filter((t) => t.type === "LineComment" || t.type === "BlockComment")
    .map((t) => ({ type: t.type as Comment["type"], text: text.slice(t.range![0], t.range![1]), span: toSpan(t as unknown as AnyNode) }));
  const firstToken = (doc.tokens ?? []).find((t) => t.type !== "LineComment" && t.type !== "BlockComment");
  return { source, value, locs, duplicates, comments, firstTokenOffset: firstToken?.range?.[0] ?? text.length };
}

export const isParseFailure = (r: ParsedFile | ParseFailure): r is ParseFailure => !("locs" in r);
