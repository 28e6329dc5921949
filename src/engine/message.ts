// Messages as data (ESLint's meta.messages + data): a rule names a template by id and passes the
// values; the engine builds the text. Every interpolated value goes through one printer (a value of
// any type prints readably, long values are shortened, control characters escaped) and one
// redaction step (src/engine/secrets.ts). The finished text is redacted once more as a safety net
// (a template's own words never hold a secret, but a value split across two placeholders could).
import { redactCredential, redactText } from "./secrets.js";

/** A value the rule knows is a credential: always printed in its redacted form. */
export class SecretValue {
  constructor(readonly value: string) {}
}

/** Mark a value as a credential for a message (`{{key}}` prints `sk-9f...7d6c`). */
export const secret = (value: string) => new SecretValue(value);

export type MessageData = Readonly<Record<string, unknown>>;

/**
 * Longest run without spaces printed in full (a pasted blob, a 1 MB model ref), and longest value;
 * longer ones keep their start and end. Sentences a rule composes are many short words and stay whole.
 */
export const MAX_TOKEN_LENGTH = 100;
export const MAX_VALUE_LENGTH = 1000;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const HAS_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Most values have no control character: a test is cheaper than a replace that finds nothing.
const escapeControls = (s: string) =>
  !HAS_CONTROL.test(s) ? s : s.replace(CONTROL, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));

/** Every overlong token and the whole value cut in the middle. */
const LONG_TOKEN = new RegExp(`\\S{${MAX_TOKEN_LENGTH + 1},}`, "g");
// Most values are short: a string no longer than a token has no overlong token to look for. Longer ones
// (lists of allowed keys, OpenClaw's own sentences) are mostly words: one pass over the code units finds
// whether any run is overlong, where the regex would try a token match at every position.
const shorten = (s: string) => {
  if (s.length <= MAX_TOKEN_LENGTH) return s;
  const v = cut(s, MAX_VALUE_LENGTH);
  return hasLongToken(v) ? v.replace(LONG_TOKEN, (t) => cut(t, MAX_TOKEN_LENGTH)) : v;
};

/** White space as the RegExp \s of LONG_TOKEN counts it (without the u flag: UTF-16 code units). */
const isRegExpSpace = (c: number) =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Whether LONG_TOKEN matches somewhere in s: a run of more than MAX_TOKEN_LENGTH non-space code units. */
function hasLongToken(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) if (isRegExpSpace(s.charCodeAt(i))) run = 0;
  else if (++run > MAX_TOKEN_LENGTH) return true;
  return false;
}

/** Cut in the middle, never inside a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let head = Math.ceil((max * 2) / 3);
  let tail = max - head - 1;
  if (/[\ud800-\udbff]/.test(s[head - 1])) head--;
  if (/[\udc00-\udfff]/.test(s[s.length - tail])) tail--;
  return `${s.slice(0, head)}…${s.slice(s.length - tail)}`;
}

/** JSON for objects and arrays, bounded in depth and size, never throwing (cycles, BigInt). */
function compactJson(v: unknown): string {
  const seen = new Set<unknown>();
  let budget = MAX_VALUE_LENGTH * 4;
  const walk = (x: unknown, depth: number): string => {
    if (budget <= 0) return "…";
    let out: string;
    if (typeof x === "string") out = JSON.stringify(shorten(x));
    else if (typeof x === "bigint") out = `${x}n`;
    else if (x === undefined || typeof x === "function" || typeof x === "symbol") out = "null";
    else if (typeof x !== "object" || x === null) out = JSON.stringify(x) ?? "null";
    else if (seen.has(x)) out = '"[circular]"';
    else if (depth > 4) out = Array.isArray(x) ? "[…]" : "{…}";
    else {
      seen.add(x);
      out = Array.isArray(x)
        ? `[${x.map((e) => walk(e, depth + 1)).join(",")}]`
        : `{${Object.entries(x)
            .map(([k, e]) => `${JSON.stringify(k)}:${walk(e, depth + 1)}`)
            .join(",")}}`;
      seen.delete(x);
    }
    budget -= out.length;
    return out;
  };
  return walk(v, 0);
}

/**
 * One value as message text: strings as they are, numbers and booleans as written, null and
 * undefined by name, arrays and objects as compact JSON; then redacted, shortened and escaped.
 */
export function printValue(v: unknown): string {
  if (v instanceof SecretValue) return escapeControls(shorten(redactCredential(v.value)));
  let s: string;
  if (typeof v === "string") s = v;
  else if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") s = String(v);
  else if (v === null) s = "null";
  else if (v === undefined) s = "undefined";
  else s = compactJson(v);
  return escapeControls(shorten(redactText(s)));
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g;

/** A template cut at its placeholders: texts[i] comes before names[i] (written as wholes[i]); one text more than names. */
interface CutTemplate {
  texts: string[];
  names: string[];
  wholes: string[];
}

/**
 * Templates cut once: there are a few hundred (the rules' meta.messages) and a run over many configs
 * builds each one thousands of times, where a regex replace would scan it again every time. Bounded
 * all the same, for a library caller's own rules.
 */
const cutTemplates = new Map<string, CutTemplate>();
const MAX_CUT_TEMPLATES = 2048;

function cutTemplate(template: string): CutTemplate {
  let c = cutTemplates.get(template);
  if (c) return c;
  c = { texts: [], names: [], wholes: [] };
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    c.texts.push(template.slice(last, m.index));
    c.names.push(m[1]);
    c.wholes.push(m[0]);
    last = m.index! + m[0].length;
  }
  c.texts.push(template.slice(last));
  if (cutTemplates.size >= MAX_CUT_TEMPLATES) cutTemplates.clear();
  cutTemplates.set(template, c);
  return c;
}

/** The template with each `{{name}}` replaced by its printed value; unknown names stay as written. */
export function interpolate(template: string, data: MessageData = {}): string {
  const { texts, names, wholes } = cutTemplate(template);
  let out = texts[0];
  for (let i = 0; i < names.length; i++) out += (Object.prototype.hasOwnProperty.call(data, names[i]) ? printValue(data[names[i]]) : wholes[i]) + texts[i + 1];
  return out;
}

/** The `{{name}}` placeholders of a template. */
export const placeholders = (template: string): string[] => [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);

/** What a rule reports: a message id of its meta.messages, with the values for its placeholders. */
export interface MessageInput {
  messageId: string;
  data?: MessageData;
}

/**
 * The final text of a finding, redacted. A messageId the rule's meta does not declare is a bug in
 * the rule, and throws like any other rule bug.
 */
export function buildMessage(ruleId: string, messages: Readonly<Record<string, string>> | undefined, input: MessageInput): string {
  const template = messages && typeof input.messageId === "string" && Object.prototype.hasOwnProperty.call(messages, input.messageId) ? messages[input.messageId] : undefined;
  if (template === undefined) throw new Error(`rule ${ruleId} reported messageId "${String(input.messageId)}", which its meta.messages does not declare`);
  return redactText(interpolate(template, input.data));
}
