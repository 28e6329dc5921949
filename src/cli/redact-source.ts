// Source text shown to people (code frames, snippets) must not carry secrets: the engine's messages
// are redacted, but a frame prints the raw line. This finds every secret in a file's text so that
// a viewer can replace it with its redact() form.
//   JSON5 configs: string values on secret-bearing keys (apiKey, token, value, key, passphrase,
//     Authorization / *-key / *-token headers, env.vars.* and flat env.*), found on the parse tree.
//     A file that does not parse falls back to a line pattern for `key: "value"`.
//   Scripts (shell, Dockerfile, Markdown): --*-api-key / --*-token flags, *_KEY= / *_TOKEN= assignments,
//     `Authorization: Bearer ...`.
//   Any file: anything shaped like a DashScope key (sk-..., sk-sp-...).
// `${VAR}` placeholders are references, not secrets, and stay visible.
import { isScriptFile } from "../engine/linter.js";
import { isParseFailure, parseJson5 } from "../engine/parse.js";
import { joinPointer } from "../engine/pointer.js";
import { redact } from "../engine/redact.js";

/** Replace the UTF-16 offsets [start, end) of the text with `text`. */
export interface Redaction {
  start: number;
  end: number;
  text: string;
}

const SECRET_KEY = /^(value|key|authorization|proxy-authorization|cookie|set-cookie)$|(api[-_]?key|token|secret|password|passwd|passphrase|private[-_]?key|access[-_]?key|credential)s?$/i;
const SECRET_HEADER = /authorization|cookie|key|token|secret|signature/i;
const PLACEHOLDER = /^\s*(\$\{[^}]*\}\s*)+$/;
const DASHSCOPE_KEY = /\bsk-(?:sp-)?[A-Za-z0-9][A-Za-z0-9_-]{7,}/g;

const hides = (value: string) => value.trim() !== "" && !PLACEHOLDER.test(value);

function isSecretPointer(segs: readonly string[]): boolean {
  const last = segs[segs.length - 1];
  if (segs[0] === "env" && (segs.length === 2 || (segs.length === 3 && segs[1] === "vars"))) return true;
  if (segs.length >= 2 && segs[segs.length - 2].toLowerCase() === "headers") return SECRET_HEADER.test(last);
  return SECRET_KEY.test(last);
}

function fromTree(text: string, filePath: string): Redaction[] | undefined {
  const parsed = parseJson5(text, filePath);
  if (isParseFailure(parsed)) return undefined;
  const out: Redaction[] = [];
  const walk = (value: unknown, pointer: string, segs: string[]) => {
    if (typeof value === "string") {
      if (!segs.length || !isSecretPointer(segs) || !hides(value)) return;
      const loc = parsed.locs.get(pointer);
      // Keep the quotes: only the content is replaced.
      if (loc) out.push({ start: loc.value.start.offset + 1, end: loc.value.end.offset - 1, text: redact(value) });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, joinPointer(pointer, i), [...segs, String(i)]));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, joinPointer(pointer, k), [...segs, k]);
  };
  walk(parsed.value, "", []);
  return out;
}

function byPattern(text: string, re: RegExp, group: number, keep: (m: RegExpExecArray) => boolean = () => true): Redaction[] {
  const out: Redaction[] = [];
  for (const m of text.matchAll(re)) {
    const value = m[group];
    if (value === undefined || !hides(value) || /^\$/.test(value) || !keep(m)) continue;
    const start = m.index! + m[0].lastIndexOf(value);
    out.push({ start, end: start + value.length, text: redact(value) });
  }
  return out;
}

const KEY_VALUE = /(["']?)([$\w-]+)\1\s*:\s*(["'])((?:\\.|(?!\3)[^\\\n])*)\3/g;
const SCRIPT_FLAG = /--[\w-]*(?:api-key|token|secret|password)[\w-]*(?:=|\s+)(["']?)([^\s"']+)\1/gi;
const SCRIPT_ASSIGN = /\b[A-Za-z_][\w]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSPHRASE)[\w]*(?:\s*=\s*|\s+)(["']?)([^\s"'\\]+)\1/g;
const BEARER = /\b(?:Bearer|Basic)\s+([A-Za-z0-9._~+/=-]{8,})/g;

/** Every secret in the text, sorted and without overlaps. */
export function secretRedactions(text: string, filePath: string): Redaction[] {
  const found: Redaction[] = [];
  if (isScriptFile(filePath)) {
    found.push(...byPattern(text, SCRIPT_FLAG, 2), ...byPattern(text, SCRIPT_ASSIGN, 2), ...byPattern(text, BEARER, 1));
  } else {
    const tree = fromTree(text, filePath);
    found.push(...(tree ?? byPattern(text, KEY_VALUE, 4, (m) => SECRET_KEY.test(m[2]))));
    found.push(...byPattern(text, BEARER, 1));
  }
  found.push(...byPattern(text, DASHSCOPE_KEY, 0));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Redaction[] = [];
  for (const r of found) if (!out.length || r.start >= out[out.length - 1].end) out.push(r);
  return out;
}

/** The text with every secret replaced: for viewers that need no column mapping. */
export function redactSource(text: string, filePath: string): string {
  let out = "";
  let at = 0;
  for (const r of secretRedactions(text, filePath)) {
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at);
}
