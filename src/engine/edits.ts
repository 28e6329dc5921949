// Building text edits that keep the author's style: quote character, unquoted keys, indentation.
import type { Fix, TextEdit } from "../report.js";
import type { Located } from "./rule.js";

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A string literal in the quote style of `original` (a JSON5 string token or identifier key). */
export function quoteLike(original: string, value: string): string {
  const q = original.startsWith("'") ? "'" : original.startsWith('"') ? '"' : undefined;
  if (!q) return IDENT.test(value) ? value : JSON.stringify(value);
  const body = JSON.stringify(value).slice(1, -1);
  return q === '"' ? `"${body}"` : `'${body.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** Replace the string value at a located node with `value`, same quotes. */
export function replaceStringValue(at: Located, value: string): TextEdit {
  const { start, end } = at.loc.value;
  return { start: start.offset, end: end.offset, text: quoteLike(at.source.text.slice(start.offset, end.offset), value) };
}

/** Rename a member key, same quoting (identifier keys stay unquoted when possible). */
export function renameKey(at: Located, key: string): TextEdit | undefined {
  if (!at.loc.key) return undefined;
  const { start, end } = at.loc.key;
  return { start: start.offset, end: end.offset, text: quoteLike(at.source.text.slice(start.offset, end.offset), key) };
}

/** Replace any value with raw JSON5 text. */
export function replaceValueText(at: Located, text: string): TextEdit {
  return { start: at.loc.value.start.offset, end: at.loc.value.end.offset, text };
}

export const fix = (description: string, ...edits: (TextEdit | undefined)[]): Fix | undefined =>
  edits.every((e): e is TextEdit => e !== undefined) && edits.length > 0 ? { description, edits } : undefined;

/** True when text[start, end) holds a // or /* comment. Only call it on spans outside string literals. */
export function hasComment(text: string, start: number, end: number): boolean {
  return /\/\/|\/\*/.test(text.slice(start, end));
}

/**
 * Wrap a member's value in a new object under a renamed key, without touching the value's text:
 * `videoGenerationModel: V` -> `mediaModels: { video: V }`.
 */
export function wrapMember(at: Located, newKey: string, innerKey: string): TextEdit[] | undefined {
  const key = renameKey(at, newKey);
  if (!key) return undefined;
  const v = at.loc.value;
  return [key, { start: v.start.offset, end: v.start.offset, text: `{ ${quoteLike(at.source.text.slice(at.loc.key!.start.offset, at.loc.key!.end.offset), innerKey)}: ` }, { start: v.end.offset, end: v.end.offset, text: " }" }];
}

/**
 * Delete a member with its comma. A member alone on its line(s) takes the whole lines with it, so
 * the indentation of its neighbours stays as it was.
 */
export function removeMember(at: Located): TextEdit | undefined {
  if (!at.loc.key) return undefined;
  const text = at.source.text;
  let start = at.loc.key.start.offset;
  let end = at.loc.value.end.offset;
  // The member's comma may come after comments (`key: "x" /* c */,`): take them with it, or the comma
  // would be left behind and break the syntax. Callers see the comment in the removed text.
  const comma = commaAfter(text, end);
  if (comma >= 0) end = comma + 1;
  end += /^[ \t]*/.exec(text.slice(end, end + 4096))![0].length;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, start)) && /^(\r?\n|$)/.test(text.slice(end))) {
    start = lineStart;
    end += /^\r?\n/.exec(text.slice(end))?.[0].length ?? 0;
  }
  return { start, end, text: "" };
}

/** Offset of the `,` after `from`, past whitespace and comments only; -1 when something else comes first. */
function commaAfter(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === ",") return i;
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || /\s/.test(c)) i++;
    else if (text.startsWith("//", i)) {
      while (i < text.length && !"\n\r\u2028\u2029".includes(text[i])) i++;
    } else if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      if (close < 0) return -1;
      i = close + 2;
    } else return -1;
  }
  return -1;
}

/** Insert `key: valueText,` as the first member of the object at `objectAt`, matching its layout. */
export function insertMember(objectAt: Located, key: string, valueText: string): TextEdit | undefined {
  const text = objectAt.source.text;
  const open = objectAt.loc.value.start.offset;
  if (text[open] !== "{") return undefined;
  const rest = text.slice(open + 1, objectAt.loc.value.end.offset - 1);
  const k = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
  const firstLine = /^[ \t]*\r?\n([ \t]*)/.exec(rest);
  if (firstLine) return { start: open + 1, end: open + 1, text: `\n${firstLine[1]}${k}: ${valueText},` };
  return { start: open + 1, end: open + 1, text: rest.trim() ? ` ${k}: ${valueText},` : ` ${k}: ${valueText} ` };
}
