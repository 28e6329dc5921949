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
