// The one place that knows what a secret looks like. Every output (messages, code frames, diffs,
// hover text, every format) redacts through here, so a secret is recognised the same way everywhere:
//   by shape: provider key prefixes (sk-…, sk-sp-…, ghp_…), long high-entropy tokens, `Bearer …`;
//   by place: values under secret-bearing keys, misspelt ones included (`apiKye`), credential
//     headers, env.vars.* and flat env.*, URL userinfo (`https://user:TOKEN@host`) and secret query
//     parameters (`?api_key=TOKEN`), `--*-api-key` flags and `*_KEY=` assignments in scripts.
// OpenClaw's non-secret markers stay visible: env var names (`QWEN_API_KEY`), `${VAR}`, `oauth:…`,
// `profile:…`, `qwen-oauth`, `ollama-local`, `secretref-env:…` are references, not keys
// (isNonSecretApiKeyMarker in OpenClaw's model-auth-markers).
// Every scan here is linear in the text: patterns are bounded, URLs are found with indexOf.
import { hasPlaceholder } from "./json.js";
import { isParseFailure, parseJson5 } from "./parse.js";
import { joinPointer, splitPointer, unescapeSegment } from "./pointer.js";
import { isScriptFile } from "./script-file.js";

/** Replace the UTF-16 offsets [start, end) of a text with `text`. */
export interface Redaction {
  start: number;
  end: number;
  text: string;
}

// ---- how a secret is shown ---------------------------------------------------------------------------

/** `sk-9f...7d6c`: enough to tell keys apart, too little to use one. Short secrets become stars. */
export function redact(secret: string): string {
  const s = secret.trim();
  if (s.length <= 12) return "*".repeat(Math.max(4, s.length));
  const prefix = s.match(/^(sk-sp-|sk-)/)?.[0] ?? "";
  return `${s.slice(0, prefix.length + 2)}...${s.slice(-4)}`;
}

/** `Bearer sk-...` -> { scheme: "Bearer ", secret: "sk-..." }. */
export function splitAuthScheme(v: string): { scheme: string; secret: string } {
  const m = /^(Bearer|Basic|Token|Api-Key|ApiKey|Key)\s+/i.exec(v);
  return m ? { scheme: v.slice(0, m[0].length), secret: v.slice(m[0].length) } : { scheme: "", secret: v };
}

/** `sk-9f...7d6c`, keeping an auth scheme (`Bearer sk-9f...7d6c`). */
export function redactCredential(value: string): string {
  const { scheme, secret } = splitAuthScheme(value.trim());
  return scheme + redact(secret);
}

// ---- values that are not secrets ---------------------------------------------------------------------

const PLACEHOLDER = /^\s*(\$\{[^}]*\}\s*)+$/;
const ENV_VAR_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const MARKER = /^(?:oauth:|profile:|secretref-env:|env:[A-Z_])|^(?:secretref-managed|ollama-local|custom-local|codex-app-server|gcp-vertex-credentials|[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:oauth|local))$/;
const DUMMY = /^(none|null|nil|empty|dummy|dummy[-_]?key|fake|fake[-_]?key|test|testing|not[-_ ]?needed|not[-_ ]?required|no[-_ ]?key|no[-_ ]?key[-_ ]?required|sk-no-key-required|unused|placeholder|changeme|change[-_]?me|replace[-_]?me|your[-_ ]?(api[-_ ]?)?key([-_ ]?here)?|<[^>]*>|x+|\*+|\.+|ollama|lm-?studio|local|anything)$/i;
const KEY_PREFIX = /^(sk-|sk_|pk-|rk-|ghp_|gho_|ghs_|github_pat_|glpat-|xox[abpr]-|AIza|AKIA|hf_|gsk_|r8_|pplx-|nvapi-|csk-)/;

/**
 * A value OpenClaw reads as a reference or marker rather than a credential: `${VAR}`, an env var
 * name, `oauth:…`, `profile:…`, `secretref-env:…`, `<provider>-oauth`, `<name>-local`.
 */
export function isNonSecretMarker(value: string): boolean {
  const v = value.trim();
  return PLACEHOLDER.test(v) || (ENV_VAR_NAME.test(v) && !KEY_PREFIX.test(v)) || MARKER.test(v);
}

/**
 * A literal credential rather than a placeholder, reference or documentation dummy: at least 8
 * characters, no `${...}`, no whitespace inside, not a dummy word, not one character repeated
 * after a key prefix (`sk-xxxxxxxx`, the zero keys of the onboarding fixtures).
 */
export function isLiteralCredential(value: string): boolean {
  const v = value.trim();
  if (v.length < 8 || /\s/.test(v) || v.includes("${")) return false;
  if (DUMMY.test(v)) return false;
  const body = v.replace(/^(sk-sp-|sk-|sk_)/, "");
  if (/^(.)\1*$/.test(body) || /^[.*x]+$/i.test(body)) return false;
  return true;
}

/** Looks like a literal credential rather than a reference or placeholder (no dummy-word list). */
export function isLiteralSecret(value: string): boolean {
  const v = value.trim();
  if (v.length < 8) return false;
  if (hasPlaceholder(v)) return false;
  if (/^(changeme|your[-_ ]?api[-_ ]?key|xxx+|\*+|<.*>|placeholder)$/i.test(v)) return false;
  return true;
}

/** Clearly a key or token by its shape: a known prefix, or a long mixed token (not a path or URL). */
export function looksLikeKey(value: string): boolean {
  const v = value.trim();
  if (!isLiteralCredential(v)) return false;
  if (KEY_PREFIX.test(v)) return true;
  if (/^[/~.]|:\/\//.test(v) || v.length < 20) return false;
  return /^[A-Za-z0-9._\-+=/]+$/.test(v) && /[A-Za-z]/.test(v) && /\d/.test(v);
}

/** Worth hiding when found in a secret place: not empty, not a marker, not a documentation dummy. */
const hides = (value: string) => value.trim() !== "" && !isNonSecretMarker(value) && !DUMMY.test(value.trim()) && !/^\$/.test(value.trim());

// ---- secret-bearing names ----------------------------------------------------------------------------

/** Bounds of the memos below (isSecretKey, redactText): entries kept, and the longest text remembered. */
const MEMO_MAX_ENTRIES = 4096;
const MEMO_MAX_LENGTH = 2048;

/** A pure function of a string, remembered: at most MEMO_MAX_ENTRIES texts of at most MEMO_MAX_LENGTH. */
function remembered<T>(fn: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    if (s.length > MEMO_MAX_LENGTH) return fn(s);
    let out = memo.get(s);
    if (out === undefined) {
      if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
      memo.set(s, (out = fn(s)));
    }
    return out;
  };
}

/** Words that name a credential. Key names are compared squashed (lower case, letters and digits). */
const SECRET_WORDS = ["apikey", "token", "secret", "password", "passwd", "passphrase", "privatekey", "accesskey", "credential", "authorization", "cookie", "setcookie"];
// Not `auth`: provider `auth` holds a mode ("api-key", "oauth").
const EXACT_SECRET_KEYS = new Set(["value", "key", "pwd", "bearer"]);
/** Lower case, letters and digits only. */
const squash = (s: string) => {
  const lower = s.toLowerCase();
  let out = "";
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += lower[i];
  }
  return out;
};

/** Optimal string alignment distance, stopping early above `max`. */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return false;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length] <= max;
}

/**
 * A key whose value is a credential: `apiKey`, `api_key`, `QWEN_API_KEY`, `token`, `password`,
 * `value`/`key` (request.auth, tls), and one typo away from those words (`apiKye`, `tokne`, `secert`).
 * Plural counters (`maxTokens`) hold numbers, which are never redacted.
 */
export function isSecretKey(name: string): boolean {
  // Pure, and asked about the same few key names over and over (every segment of every pointer a
  // finding or a rule checks): remembered.
  return secretKeyRemembered(name);
}
const secretKeyRemembered = remembered(decideSecretKey);

function decideSecretKey(name: string): boolean {
  const n = squash(name);
  if (!n || n.length > 80) return false;
  if (EXACT_SECRET_KEYS.has(n)) return true;
  for (const w of SECRET_WORDS) {
    if (n.endsWith(w) || n.endsWith(w + "s")) return true;
    // A typo at the end of the name: compare the tail of about the word's length.
    if (w.length < 6) {
      if (n.length >= w.length && isTransposition(n.slice(-w.length), w)) return true;
      continue;
    }
    for (const len of [w.length - 1, w.length, w.length + 1])
      if (n.length >= len && n.slice(-len)[0] === w[0] && within(n.slice(-len), w, 1)) return true;
  }
  return false;
}

/** Two adjacent letters swapped (`tokne`): the only typo counted for short words. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/** Header names that carry credentials. */
export const isCredentialHeader = (name: string) => /^(authorization|proxy-authorization)$|api[-_]?key|token|secret|password|credential|^x-auth/i.test(name);
const SECRET_HEADER = /authorization|cookie|key|token|secret|signature|password|credential/i;

/** The config path (segments) of a string whose value is a credential. */
export function isSecretPath(segs: readonly string[]): boolean {
  const last = segs[segs.length - 1];
  if (last === undefined) return false;
  if (segs[0] === "env" && (segs.length === 2 || (segs.length === 3 && segs[1] === "vars"))) return true;
  if (segs.length >= 2 && segs[segs.length - 2].toLowerCase() === "headers") return SECRET_HEADER.test(last) || isSecretKey(last);
  return isSecretKey(last);
}

const SECRET_CONTAINERS = new Set(["headers", "vars", "cert", "ca", "tls"]);

/** A JSON pointer at or under a place whose values may be credentials: never echo its value. */
export function isSecretPointer(pointer: string): boolean {
  const segs = pointer
    .split("/")
    .slice(1)
    .map(unescapeSegment);
  if (segs[0] === "env" && segs.length >= 2) return true;
  return segs.some((s) => SECRET_CONTAINERS.has(s.toLowerCase()) || isSecretKey(s));
}

// ---- finding secrets in text ---------------------------------------------------------------------------

// A key by its prefix: `(?<![A-Za-z0-9_-])(?:sk-sp-|…)[A-Za-z0-9][A-Za-z0-9_-]{7,}`, searched over the text.
// Prefix and body are all [A-Za-z0-9_-] and the match may not follow one of those, so a match is
// exactly a whole run of [A-Za-z0-9_-] (the body is greedy) that starts with a prefix: keyRuns finds
// the runs in one pass and this pattern, anchored, tests each.
const SHAPED = /^(?:sk-sp-|sk-|sk_|ghp_|gho_|ghs_|github_pat_|glpat-|xox[abpr]-|AIza|AKIA|hf_|gsk_|r8_|pplx-|nvapi-|csk-)[A-Za-z0-9][A-Za-z0-9_-]{7,}/;
/** Shortest SHAPED match: a 3-character prefix, one letter or digit, 7 more. */
const SHAPED_MIN = 11;
// A long token: `[A-Za-z0-9_+=-]{24,}` searched over the text matches exactly the whole runs of those
// characters 24 or more long (greedy, leftmost); keyRuns finds them without the regex's retries at
// every position of a shorter run.
const RUN_MIN = 24;
const BEARER = /\b(?:Bearer|Basic|Token)\s+([A-Za-z0-9._~+/=-]{8,})/g;
const QUERY = /[?&;]([A-Za-z0-9_.-]{1,64})=([^&#\s"'`<>\\]*)/g;
const QUERY_SECRET = /^(key|sig|signature|code|auth|access_token|id_token|refresh_token|client_secret|x-amz-signature|x-amz-credential)$/i;
const FLAG = /--[\w-]{0,64}?(?:api-key|apikey|token|secret|password)[\w-]{0,64}(?:=|\s+)(["']?)([^\s"']+)\1/gi;
const ASSIGN_EQ = /(?<![\w$])[A-Za-z_]\w{0,64}?(?:KEY|TOKEN|SECRET|PASSWORD|PASSPHRASE)\w{0,64}\s*=\s*(["']?)([^\s"'\\<>]+)\1/g;
const ASSIGN_SCRIPT = /(?<![\w$])[A-Za-z_]\w{0,64}?(?:KEY|TOKEN|SECRET|PASSWORD|PASSPHRASE)\w{0,64}(?:\s*=\s*|[ \t]+)(["']?)([^\s"'\\<>]+)\1/g;
/** `key: "value"` and `key = 'value'`, the string possibly unterminated (a file that does not parse). */
const KEY_VALUE = /(?<![$\w-])(["']?)([$\w-]{1,64})\1\s*[:=]\s*(["'])((?:\\[^\n]|(?!\3)[^\\\n]){0,4096})/g;

function shannon(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/**
 * A long run of token characters that reads as random: mixed case with digits (base64, most API
 * keys), long hex, or long lower-case letters-and-digits without word separators. Model ids
 * (`qwen3-coder-480b-a35b-instruct`), env var names and camelCase keys stay visible.
 */
export function isHighEntropyToken(s: string): boolean {
  if (s.length < 24) return false;
  let digits = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) digits++;
  if (/[a-z]/.test(s) && /[A-Z]/.test(s) && digits >= 2) return shannon(s) >= 3.5;
  if (/^[0-9a-f]{32,}$/i.test(s) && digits >= 4 && /[a-f]/i.test(s)) return true;
  if (s.length >= 32 && /^[a-z0-9]+$/.test(s) && digits >= 4) return shannon(s) >= 3.8;
  return false;
}

/** Already redacted (`sk-9f...7d6c`, `****`): redacting is idempotent. */
const masked = (v: string) => v.includes("...") || /^\*{4,}$/.test(v);

function push(out: Redaction[], start: number, value: string, text = redact(value)): void {
  if (value && !masked(value)) out.push({ start, end: start + value.length, text });
}

/** What ends a URL's userinfo: its `@`, or a character userinfo cannot hold. */
const USERINFO_END = /[@\s/?#"'`<>\\]/g;

/** URL userinfo (`scheme://user:pass@`), found by `://` so that scanning stays linear. */
export function urlUserinfo(text: string, out: Redaction[]): void {
  for (let at = text.indexOf("://"); at !== -1; at = text.indexOf("://", at + 3)) {
    const start = at + 3;
    // The userinfo ends within 2,045 characters: one search of that window, not a test per character.
    USERINFO_END.lastIndex = start;
    const end = USERINFO_END.exec(text.length - at > 2048 ? text.slice(0, at + 2048) : text);
    // No end in the window: the character just after it may still be the `@`.
    const i = end ? end.index : Math.min(text.length, at + 2048);
    if (text[i] !== "@") continue;
    const found = text.indexOf(":", start);
    const colon = found >= 0 && found < i ? found : -1;
    if (colon >= 0) {
      const pass = text.slice(colon + 1, i);
      if (pass && !isNonSecretMarker(pass)) push(out, colon + 1, pass);
      const user = text.slice(start, colon);
      if (looksLikeKey(user)) push(out, start, user);
    } else {
      const user = text.slice(start, i);
      if (user.length >= 8 && /\d/.test(user) && !isNonSecretMarker(user)) push(out, start, user);
    }
  }
}

function byPattern(text: string, re: RegExp, group: number, out: Redaction[], keep: (m: RegExpExecArray) => boolean = () => true): void {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const value = m[group];
    if (value === undefined || !hides(value) || !keep(m)) continue;
    push(out, m.index! + m[0].lastIndexOf(value), value);
  }
}

/** Character classes by code unit: 1 = [A-Za-z0-9_-] (keys), 2 = [A-Za-z0-9_+=-] (long tokens). */
const TOKEN_CLASS = (() => {
  const t = new Uint8Array(128);
  const isKey = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45;
  for (let c = 0; c < 128; c++) t[c] = isKey(c) ? 3 : c === 43 || c === 61 ? 2 : 0;
  return t;
})();

/**
 * The [start, end) offsets, flattened, of every whole run of [A-Za-z0-9_-] at least SHAPED_MIN long
 * and of every whole run of [A-Za-z0-9_+=-] at least RUN_MIN long. The regex engine finds them for a
 * process's first REGEX_RUNS texts and one linear pass after: a lint of one config redacts ~70 texts,
 * and cold, in V8's interpreter, the loop costs ~0.7 ms more than the compiled regexes; optimized,
 * over many configs, the loop is ~6x faster. Both give the same runs (test/secrets.test.ts).
 */
function keyRuns(text: string): { shaped: number[]; long: number[] } {
  return ++runsFound <= REGEX_RUNS ? keyRunsByRegex(text) : keyRunsByLoop(text);
}
const REGEX_RUNS = 500;
let runsFound = 0;

// Greedy and leftmost, so each match is a whole run (see SHAPED_MIN and RUN_MIN).
const KEY_RUN = new RegExp(`[A-Za-z0-9_-]{${SHAPED_MIN},}`, "g");
const TOKEN_RUN = new RegExp(`[A-Za-z0-9_+=-]{${RUN_MIN},}`, "g");

/** keyRuns by the regex engine. */
export function keyRunsByRegex(text: string): { shaped: number[]; long: number[] } {
  const shaped: number[] = [];
  const long: number[] = [];
  for (const [re, out] of [
    [KEY_RUN, shaped],
    [TOKEN_RUN, long],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index, m.index + m[0].length);
  }
  return { shaped, long };
}

/** keyRuns in one pass over the text. */
export function keyRunsByLoop(text: string): { shaped: number[]; long: number[] } {
  const shaped: number[] = [];
  const long: number[] = [];
  let keyStart = -1;
  let tokenStart = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 128;
    const k = c < 128 ? TOKEN_CLASS[c] : 0;
    if (k & 1) {
      if (keyStart < 0) keyStart = i;
    } else if (keyStart >= 0) {
      if (i - keyStart >= SHAPED_MIN) shaped.push(keyStart, i);
      keyStart = -1;
    }
    if (k & 2) {
      if (tokenStart < 0) tokenStart = i;
    } else if (tokenStart >= 0) {
      if (i - tokenStart >= RUN_MIN) long.push(tokenStart, i);
      tokenStart = -1;
    }
  }
  return { shaped, long };
}

/** Secrets recognisable in any text by shape or by their place in a URL, header or assignment. */
function textRedactions(text: string, out: Redaction[], script: boolean): void {
  const { shaped, long } = keyRuns(text);
  for (let i = 0; i < shaped.length; i += 2) {
    const run = text.slice(shaped[i], shaped[i + 1]);
    if (!SHAPED.test(run)) continue;
    const body = run.replace(/^(sk-sp-|sk-|sk_)/, "");
    if (!/^(.)\1*$/.test(body)) push(out, shaped[i], run);
  }
  for (let i = 0; i < long.length; i += 2) {
    const run = text.slice(long[i], long[i + 1]);
    if (isHighEntropyToken(run)) push(out, long[i], run);
  }
  urlUserinfo(text, out);
  // Each pattern below needs a character or word the text may not have: checking for it first is
  // exact (no match is lost) and spares the regex scan on most messages.
  const hasEq = text.includes("=");
  if (hasEq)
    for (const m of text.matchAll(QUERY)) {
      const [, name, value] = m;
      if ((isSecretKey(name) || QUERY_SECRET.test(name)) && value && !isNonSecretMarker(value)) push(out, m.index! + m[0].length - value.length, value);
    }
  if (text.includes("Bearer") || text.includes("Basic") || text.includes("Token")) byPattern(text, BEARER, 1, out);
  // In prose, "the flag --x-api-key is current" names a flag: only `=value` or a key-shaped value counts.
  if (text.includes("--")) byPattern(text, FLAG, 2, out, (m) => script || m[0].includes("=") || looksLikeKey(m[2]));
  if ((script || hasEq) && /KEY|TOKEN|SECRET|PASSWORD|PASSPHRASE/.test(text)) byPattern(text, script ? ASSIGN_SCRIPT : ASSIGN_EQ, 2, out);
}

/** Sorted, without overlaps (the earliest and then the longest wins). */
function settle(found: Redaction[]): Redaction[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Redaction[] = [];
  for (const r of found) if (!out.length || r.start >= out[out.length - 1].end) out.push(r);
  return out;
}

function apply(text: string, redactions: readonly Redaction[]): string {
  let out = "";
  let at = 0;
  for (const r of redactions) {
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at);
}

/**
 * A JSON pointer with every segment redacted as free text: a key pasted as a listing key
 * (`models: { "qwen/sk-…": {} }`) is part of the pointer of every finding under it.
 */
export function redactPointer(pointer: string): string {
  if (pointer.length < 8) return pointer;
  const segs = splitPointer(pointer);
  const out = segs.map(redactText);
  return out.every((x, i) => x === segs[i]) ? pointer : joinPointer("", ...out);
}

/** Free text (a message, a hover, a fix description) with every recognisable secret replaced. */
export function redactText(text: string): string {
  return text.length < 8 ? text : redactRemembered(text);
}

// redactText is a pure function of its text, and a run over many configs redacts the same texts again
// and again: the same model ids and paths as values, the same messages for the same mistakes (2,000
// generated configs: 11,136 findings, 1,744 distinct messages), and every message once more where it
// is shown. Remembered results are returned as computed; the memo is bounded (MEMO_MAX_*).
const redactRemembered = remembered(redactUncached);

function redactUncached(text: string): string {
  const found: Redaction[] = [];
  textRedactions(text, found, false);
  keyValues(text, found);
  return found.length ? apply(text, settle(found)) : text;
}

/** JavaScript's \s: white space and line terminators. */
const isSpace = (c: number) =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * What /[:=]\s*["']/ tests (a `:` or `=`, spaces, a quote), found with indexOf: KEY_VALUE needs it, most
 * texts lack it, and a regex costs its compile at start-up.
 */
export function hasQuotedValue(text: string): boolean {
  for (const sep of [":", "="])
    for (let at = text.indexOf(sep); at !== -1; at = text.indexOf(sep, at + 1)) {
      let i = at + 1;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (text[i] === '"' || text[i] === "'") return true;
    }
  return false;
}

/** `key: "value"` pairs under secret-bearing (or misspelt secret-bearing) keys. */
function keyValues(text: string, out: Redaction[]): void {
  if (!hasQuotedValue(text)) return;
  for (const m of text.matchAll(KEY_VALUE)) {
    const [, , key, , value] = m;
    if (!isSecretKey(key) || !hides(value)) continue;
    push(out, m.index! + m[0].length - value.length, value);
  }
}

/** String values at secret places of a JSON5 tree; undefined when the text does not parse. */
function treeRedactions(text: string, filePath: string, out: Redaction[]): boolean {
  const parsed = parseJson5(text, filePath);
  if (isParseFailure(parsed)) return false;
  const walk = (value: unknown, pointer: string, segs: string[]) => {
    if (typeof value === "string") {
      if (!segs.length || !isSecretPath(segs) || !hides(value)) return;
      const loc = parsed.locs.get(pointer);
      // Keep the quotes: only the content is replaced.
      if (loc) out.push({ start: loc.value.start.offset + 1, end: loc.value.end.offset - 1, text: redact(value) });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, joinPointer(pointer, i), [...segs, String(i)]));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, joinPointer(pointer, k), [...segs, k]);
  };
  walk(parsed.value, "", []);
  return true;
}


/**
 * Every secret in a file's text, sorted and without overlaps: for code frames and diffs, which
 * need columns to map. JSON5 configs are read as a tree (or, when they do not parse, as
 * `key: "value"` text, unterminated strings included); scripts by flags and assignments.
 */
export function sourceRedactions(text: string, filePath: string): Redaction[] {
  const found: Redaction[] = [];
  const script = isScriptFile(filePath);
  if (!script && !treeRedactions(text, filePath, found)) keyValues(text, found);
  textRedactions(text, found, script);
  return settle(found);
}

/** The file's text with every secret replaced: for viewers that need no column mapping (diffs). */
export function redactSource(text: string, filePath: string): string {
  return apply(text, sourceRedactions(text, filePath));
}

/** The secret values a text holds (what sourceRedactions hides), for checking other output against. */
export function secretsIn(text: string, filePath: string): string[] {
  return sourceRedactions(text, filePath)
    .map((r) => text.slice(r.start, r.end))
    .filter((s) => s.length >= 8);
}
