// JSON5 parsing with positions, and the evaluated value built in the same pass.
//
// A hand-written parser instead of a dependency, because configs come from strangers: it has no
// recursion (an explicit stack, so no stack overflow at any depth), every loop moves the offset
// forward (so it always terminates: the momoa parser it replaces spun forever on a text ending in
// `"\`), and its cost is linear in the text (duplicate keys included). It accepts exactly what the
// json5 package (which OpenClaw uses) accepts: comments ended by any line terminator (U+2028/U+2029
// too), numbers like `.5`, `+.5e5`, `5.`, `0x1F`, `Infinity`, `NaN`, identifier keys with \u escapes.
import { parseHint } from "./parse-hint.js";
import { escapeSegment } from "./pointer.js";
import { SourceText, type Span } from "./source.js";

export interface NodeLoc {
  /** File the node is in. */
  readonly file: string;
  /** Span of the member key, for object members. */
  readonly key?: Span;
  /** Span of the value. */
  readonly value: Span;
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
  /** Offset of the first token that is not a comment, for directive scoping. */
  firstTokenOffset: number;
  /** True when some object has an `$include` key (include resolution has work to do). */
  hasInclude: boolean;
}

export interface ParseFailure {
  source: SourceText;
  message: string;
  span: Span;
}

/**
 * Deepest nesting of objects and arrays the linter reads. OpenClaw 2026.9.6 itself accepts about 1,600
 * levels and fails with a stack overflow from about 2,000 ("Include resolution failed: RangeError");
 * no real config comes near either. Deeper text is a parse-error finding at the bracket that goes too deep.
 */
export const MAX_DEPTH = 1000;

/**
 * Node locations are keyed by JSON pointer. A pointer repeats its ancestors' keys, so a hostile text
 * (a 1 MB key over a long array, thousands of deep branches) could make these keys quadratic in the
 * text. Past this many pointer characters per character of text, nodes get no location of their own
 * and findings there point at the nearest located ancestor. Real configs use about 3.
 */
export const LOC_BUDGET_PER_CHAR = 32;
const LOC_BUDGET_BASE = 1 << 20;

class SyntaxFailure {
  constructor(
    readonly offset: number,
    readonly parserMessage: string,
    /** A complete message that needs no hint (e.g. a bad escape or the depth limit). */
    readonly message?: string,
  ) {}
}

const enum C {
  TAB = 9,
  LF = 10,
  VT = 11,
  FF = 12,
  CR = 13,
  SPACE = 32,
  QUOTE = 34,
  DOLLAR = 36,
  APOS = 39,
  STAR = 42,
  PLUS = 43,
  COMMA = 44,
  MINUS = 45,
  DOT = 46,
  SLASH = 47,
  D0 = 48,
  D9 = 57,
  COLON = 58,
  BACKSLASH = 92,
  UNDERSCORE = 95,
  LBRACKET = 91,
  RBRACKET = 93,
  LBRACE = 123,
  RBRACE = 125,
  NBSP = 0xa0,
  LS = 0x2028,
  PS = 0x2029,
  BOM = 0xfeff,
}

const isLineTerminator = (c: number) => c === C.LF || c === C.CR || c === C.LS || c === C.PS;
/** JSON5 WhiteSpace: tab, VT, FF, space, NBSP, BOM, line terminators and Unicode Zs. */
const isSpace = (c: number) =>
  c === C.SPACE ||
  (c >= C.TAB && c <= C.CR) ||
  c === C.NBSP ||
  c === C.BOM ||
  c === C.LS ||
  c === C.PS ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;
const isDigit = (c: number) => c >= C.D0 && c <= C.D9;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
// Made on the first non-ASCII key character: a regex literal with \p{...} costs ~0.5 ms to create when the
// bundle comes from V8's code cache, on every start, and keys are ASCII almost always.
let idStart: RegExp | undefined;
let idPart: RegExp | undefined;
/** ASCII letters: ID_Start below 128 (with $ and _ checked apart). Keys are ASCII almost always, and the Unicode regexes cost milliseconds to compile. */
const isAsciiLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const isAsciiIdStart = (c: number) => isAsciiLetter(c) || c === C.DOLLAR || c === C.UNDERSCORE;
const isAsciiIdPart = (c: number) => isAsciiIdStart(c) || isDigit(c);
const isIdStart = (c: number, ch: string) =>
  c < 128 ? isAsciiLetter(c) || c === C.DOLLAR || c === C.UNDERSCORE : (idStart ??= new RegExp("[\\p{ID_Start}$_]", "u")).test(ch);
const isIdPart = (c: number, ch: string) =>
  c < 128 ? isAsciiLetter(c) || isDigit(c) || c === C.DOLLAR || c === C.UNDERSCORE : (idPart ??= new RegExp("[\\p{ID_Continue}$_\\u200C\\u200D]", "u")).test(ch);

interface Frame {
  kind: "object" | "array";
  value: Record<string, unknown> | unknown[];
  pointer: string;
  /** Offset of the opening bracket. */
  start: number;
  /** Index of this container's entry in `entries` (its own location). */
  entry: number;
  /** Object: key waiting for its value, and its span's offsets. */
  key?: string;
  keyStart: number;
  keyEnd: number;
  /**
   * Object keys seen so far -> their member's entries [entry, end) and key spans, for duplicates. Made
   * at the object's first duplicate key (most objects have none), from the members recorded before it.
   */
  seen?: Map<string, { entry: number; end: number; spans: [number, number][] }>;
  /** After a value: a comma or the closing bracket must come next. */
  afterValue: boolean;
  /** Right after `{`/`[` or a comma: a value (or key) or the closing bracket. */
  count: number;
}

/**
 * A node as the parser records it, and its location: offsets only. Lines and columns are worked out
 * when a finding asks (a big config has hundreds of thousands of nodes and a handful of findings), so
 * a node costs one small object instead of seven.
 */
class Entry implements NodeLoc {
  /** Entries [this index, deadTo) belong to a member that a later duplicate key replaced. */
  deadTo = -1;
  /** Index of the first entry after this node's own (its members' entries come between). */
  after = -1;
  constructor(
    readonly pointer: string,
    private readonly source: SourceText,
    /** The member's key; undefined for an array item and the root. */
    readonly name: string | undefined,
    /** Key span offsets; -1 when the node has no key. */
    readonly keyStart: number,
    readonly keyEnd: number,
    readonly start: number,
    public end: number,
  ) {}
  get file(): string {
    return this.source.path;
  }
  get key(): Span | undefined {
    return this.keyStart < 0 ? undefined : this.source.span(this.keyStart, this.keyEnd);
  }
  get value(): Span {
    return this.source.span(this.start, this.end);
  }
}

export function parseJson5(text: string, file: string): ParsedFile | ParseFailure {
  const source = new SourceText(file, text);
  try {
    return new Parser(text, file, source).parse();
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e;
    const parserOffset = Math.min(e.offset, text.length);
    const hint = e.message !== undefined ? { message: e.message, offset: parserOffset } : parseHint(text, parserOffset, e.parserMessage);
    const offset = hint.offset ?? parserOffset;
    const start = source.pointAt(offset);
    const endOffset = Math.min(text.length, offset + 1);
    return { source, message: hint.message, span: { start, end: endOffset > offset ? source.pointAt(endOffset) : start } };
  }
}

const fail = (offset: number, parserMessage: string, message?: string): never => {
  throw new SyntaxFailure(offset, parserMessage, message);
};
const badEscape = (at: number): never =>
  fail(at, "Invalid escape", `This escape is not valid JSON5: \\x needs 2 hex digits, \\u needs 4, and \\1 to \\9 are not allowed (write \\\\ for a backslash)`);

/** One pass over the text: tokens, values, node entries, comments and duplicate keys. */
class Parser {
  private readonly n: number;
  /** Read position; every step moves it forward. */
  private i = 0;
  private readonly comments: Comment[] = [];
  private readonly entries: Entry[] = [];
  private readonly duplicates: DuplicateKey[] = [];
  private readonly stack: Frame[] = [];
  private hasInclude = false;
  private budget: number;
  private root: unknown;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly source: SourceText,
  ) {
    this.n = text.length;
    this.budget = LOC_BUDGET_BASE + LOC_BUDGET_PER_CHAR * this.n;
  }

  parse(): ParsedFile {
    const { text, n, stack } = this;
    this.skip();
    const firstTokenOffset = this.i;
    if (this.i >= n) fail(0, "Unexpected end of input");
    let rootEntry = -1;
    for (;;) {
      const top = stack[stack.length - 1];
      if (top && top.afterValue) {
        this.separator(top);
        continue;
      }
      if (!top && rootEntry >= 0) break;
      this.skip();
      if (top && top.kind === "object" && top.key === undefined) {
        if (text.charCodeAt(this.i) === C.RBRACE) {
          this.close(top);
          continue;
        }
        this.key(top);
      } else if (top && top.kind === "array" && text.charCodeAt(this.i) === C.RBRACKET) {
        this.close(top);
        continue;
      }
      const entry = this.value(top);
      if (!top) rootEntry = entry;
    }
    this.skip();
    if (this.i < n) this.unexpected(this.i);
    return { source: this.source, value: this.root, locs: this.locations(), duplicates: this.duplicates, comments: this.comments, firstTokenOffset, hasInclude: this.hasInclude };
  }

  private unexpected(at: number): never {
    return at >= this.n ? fail(this.n, "Unexpected end of input") : fail(at, `Unexpected character ${JSON.stringify(this.text[at])}`);
  }

  private span(s: number, e: number): Span {
    return this.source.span(s, e);
  }

  /** Skip whitespace and comments. */
  private skip(): void {
    const { text, n } = this;
    let i = this.i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === C.SPACE || c === C.LF) i++;
      else if (isSpace(c)) i++;
      else if (c === C.SLASH && text.charCodeAt(i + 1) === C.SLASH) {
        const s = i;
        i += 2;
        while (i < n && !isLineTerminator(text.charCodeAt(i))) i++;
        this.comments.push({ type: "LineComment", text: text.slice(s, i), span: this.span(s, i) });
      } else if (c === C.SLASH && text.charCodeAt(i + 1) === C.STAR) {
        const s = i;
        const close = text.indexOf("*/", i + 2);
        if (close < 0) fail(s, "Unterminated block comment", "This /* comment is never closed: add */");
        i = close + 2;
        this.comments.push({ type: "BlockComment", text: text.slice(s, i), span: this.span(s, i) });
      } else break;
    }
    this.i = i;
  }

  /** After a value inside a container: `,` or the closing bracket. */
  private separator(top: Frame): void {
    this.skip();
    const c = this.text.charCodeAt(this.i);
    if (c === C.COMMA) {
      this.i++;
      top.afterValue = false;
      return;
    }
    if (c !== (top.kind === "object" ? C.RBRACE : C.RBRACKET)) this.unexpected(this.i);
    this.close(top);
  }

  /** A member key and its colon. */
  private key(top: Frame): void {
    const { text } = this;
    const c = text.charCodeAt(this.i);
    const ks = this.i;
    const key = c === C.QUOTE || c === C.APOS ? this.readString() : this.readIdentifier();
    if (key === undefined) this.unexpected(this.i);
    top.key = key;
    top.keyStart = ks;
    top.keyEnd = this.i;
    this.skip();
    if (text.charCodeAt(this.i) !== C.COLON) this.unexpected(this.i);
    this.i++;
    this.skip();
  }

  /** A value at i: a scalar is attached, a container is opened. Returns its entry. */
  private value(top: Frame | undefined): number {
    const { text } = this;
    const vs = this.i;
    const pointer = childPointer(top);
    const member = top?.kind === "object" ? top : undefined;
    const cost = pointer.length + 16;
    const entry = this.record(this.budget >= cost ? ((this.budget -= cost), pointer) : "\0", vs, member);
    const c = text.charCodeAt(this.i);
    if (c === C.LBRACE || c === C.LBRACKET) {
      if (this.stack.length >= MAX_DEPTH)
        fail(
          this.i,
          "Too deep",
          `The config nests more than ${MAX_DEPTH} levels deep here; openclaw-qwen-lint reads at most ${MAX_DEPTH} levels (OpenClaw itself fails at about 2,000). Flatten this part of the config`,
        );
      this.i++;
      this.stack.push({
        kind: c === C.LBRACE ? "object" : "array",
        value: c === C.LBRACE ? {} : [],
        pointer,
        start: vs,
        entry,
        keyStart: -1,
        keyEnd: -1,
        seen: undefined,
        afterValue: false,
        count: 0,
      });
      return entry;
    }
    this.attach(this.scalar(), entry, this.i);
    return entry;
  }

  /** A string, true, false, null or number at i. */
  private scalar(): unknown {
    const { text } = this;
    const i = this.i;
    const c = text.charCodeAt(i);
    if (c === C.QUOTE || c === C.APOS) return this.readString();
    if (text.startsWith("true", i) && !isIdentPart(text, i + 4)) return (this.i += 4), true;
    if (text.startsWith("false", i) && !isIdentPart(text, i + 5)) return (this.i += 5), false;
    if (text.startsWith("null", i) && !isIdentPart(text, i + 4)) return (this.i += 4), null;
    const value = this.readNumber();
    if (value === undefined) this.unexpected(this.i);
    return value;
  }

  /** A node's entry; `member`: the object frame whose key the node is the value of. */
  private record(pointer: string, start: number, member?: Frame): number {
    this.entries.push(new Entry(pointer, this.source, member?.key, member ? member.keyStart : -1, member ? member.keyEnd : -1, start, start));
    return this.entries.length - 1;
  }

  /** Place a finished value into the frame on top (or make it the root). */
  private attach(value: unknown, entry: number, end: number): void {
    const { entries, stack } = this;
    entries[entry].end = end;
    entries[entry].after = entries.length;
    const top = stack[stack.length - 1];
    if (!top) {
      this.root = value;
      return;
    }
    if (top.kind === "array") (top.value as unknown[]).push(value);
    else {
      const obj = top.value as Record<string, unknown>;
      const key = top.key!;
      // A key already there is a duplicate: only then are the members looked up by key.
      const seen = top.seen ?? (Object.hasOwn(obj, key) ? (top.seen = this.members(top, entry)) : undefined);
      const prev = seen?.get(key);
      if (prev) {
        // Later duplicates replace earlier ones (json5 semantics): the earlier member's locations go.
        // Its entries are [prev.entry, prev.end): recorded depth-first, so they are contiguous.
        entries[prev.entry].deadTo = prev.end;
        prev.entry = entry;
        prev.end = entries.length;
        prev.spans.push([top.keyStart, top.keyEnd]);
      } else seen?.set(key, { entry, end: entries.length, spans: [[top.keyStart, top.keyEnd]] });
      // A plain own property for every key: `__proto__` must not set the prototype.
      if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      else obj[key] = value;
      if (key === "$include") this.hasInclude = true;
      top.key = undefined;
    }
    top.afterValue = true;
    top.count++;
  }

  /**
   * The members of the object `f` recorded before the entry `before`, by key. Each member's entries
   * are contiguous, so the walk steps from one member to the next: linear in the members, once per
   * object at most.
   */
  private members(f: Frame, before: number): NonNullable<Frame["seen"]> {
    const { entries } = this;
    const seen: NonNullable<Frame["seen"]> = new Map();
    for (let k = f.entry + 1; k < before; k = entries[k].after) {
      const e = entries[k];
      seen.set(e.name!, { entry: k, end: e.after, spans: [[e.keyStart, e.keyEnd]] });
    }
    return seen;
  }

  /** The closing bracket of the container on top (at i): its duplicates are final, it is a value now. */
  private close(f: Frame): void {
    this.i++;
    this.stack.pop();
    if (f.seen)
      for (const [key, s] of f.seen)
        if (s.spans.length > 1) {
          const spans = s.spans.map(([a, b]) => this.span(a, b));
          this.duplicates.push({ pointer: f.pointer + "/" + escapeSegment(key), earlier: spans.slice(0, -1), last: spans[spans.length - 1], file: this.file });
        }
    this.attach(f.value, f.entry, this.i);
  }

  /** Locations: every recorded entry except those of replaced duplicate members. */
  private locations(): Map<string, NodeLoc> {
    const { entries } = this;
    const locs = new Map<string, NodeLoc>();
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k];
      if (e.deadTo >= 0) {
        // Skip the replaced member and everything inside it.
        k = e.deadTo - 1;
        continue;
      }
      if (e.pointer !== "\0") locs.set(e.pointer, e);
    }
    return locs;
  }

  private hex(from: number, count: number): number {
    const { text, n } = this;
    for (let k = 0; k < count; k++) if (from + k >= n || !isHex(text.charCodeAt(from + k))) return -1;
    return parseInt(text.slice(from, from + count), 16);
  }

  /** A string literal at i (quote included); returns its value and moves i past it. */
  private readString(): string {
    const { text, n } = this;
    const quote = text.charCodeAt(this.i++);
    let out = "";
    let chunk = this.i;
    for (;;) {
      let i = this.i;
      if (i >= n) fail(n, "Unexpected end of input");
      // The plain run up to the quote, a line break or a backslash.
      let c = text.charCodeAt(i);
      while (c !== quote && c !== C.BACKSLASH && c !== C.LF && c !== C.CR && i < n) c = text.charCodeAt(++i);
      this.i = i;
      if (i >= n) fail(n, "Unexpected end of input");
      if (c === quote) {
        out += text.slice(chunk, i);
        this.i++;
        return out;
      }
      // The hint finds the opening quote and says what to do.
      if (c === C.LF || c === C.CR) fail(i, "Unterminated string");
      out += text.slice(chunk, i) + this.readEscape();
      chunk = this.i;
    }
  }

  /** The escape at i (backslash included): its value; moves i past it. */
  private readEscape(): string {
    const { text, n } = this;
    const escAt = this.i;
    this.i++;
    if (this.i >= n) fail(n, "Unexpected end of input");
    const e = text.charCodeAt(this.i++);
    switch (e) {
      case 98: return "\b"; // prettier-ignore
      case 102: return "\f"; // prettier-ignore
      case 110: return "\n"; // prettier-ignore
      case 114: return "\r"; // prettier-ignore
      case 116: return "\t"; // prettier-ignore
      case 118: return "\v"; // prettier-ignore
      case C.D0:
        if (this.i < n && isDigit(text.charCodeAt(this.i))) badEscape(escAt);
        return "\0";
      case 120:
      case 117: {
        const len = e === 120 ? 2 : 4;
        const v = this.hex(this.i, len);
        if (v < 0) badEscape(escAt);
        this.i += len;
        return String.fromCharCode(v);
      }
      case C.CR:
        if (text.charCodeAt(this.i) === C.LF) this.i++;
        return "";
      case C.LF:
      case C.LS:
      case C.PS:
        return ""; // line continuation
      default:
        if (e >= 49 && e <= 57) badEscape(escAt);
        return text[this.i - 1];
    }
  }

  /** An identifier key at i (with \uXXXX escapes), or undefined when none starts here. */
  private readIdentifier(): string | undefined {
    const { text, n } = this;
    const start = this.i;
    // Almost every key is plain ASCII: one slice instead of a string grown by each character. A
    // backslash or a non-ASCII character takes the general path below, from the start.
    let j = start;
    if (j < n && isAsciiIdStart(text.charCodeAt(j))) {
      j++;
      while (j < n && isAsciiIdPart(text.charCodeAt(j))) j++;
      const stop = j < n ? text.charCodeAt(j) : 0;
      if (stop !== C.BACKSLASH && stop < 128) {
        this.i = j;
        return text.slice(start, j);
      }
    }
    let out = "";
    while (this.i < n) {
      const i = this.i;
      let c = text.charCodeAt(i);
      let ch: string;
      let len = 1;
      if (c === C.BACKSLASH) {
        if (text.charCodeAt(i + 1) !== 117) break;
        const v = this.hex(i + 2, 4);
        if (v < 0) badEscape(i);
        ch = String.fromCharCode(v);
        c = v;
        len = 6;
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        ch = text.slice(i, i + 2);
        len = 2;
      } else ch = text[i];
      const ok = out === "" ? isIdStart(c, ch) : isIdPart(c, ch);
      if (!ok) {
        if (len === 6) badEscape(i);
        break;
      }
      out += ch;
      this.i += len;
    }
    return this.i > start ? out : undefined;
  }

  private digits(): number {
    const { text, n } = this;
    const s = this.i;
    while (this.i < n && isDigit(text.charCodeAt(this.i))) this.i++;
    return this.i - s;
  }

  /** A number, Infinity or NaN at i (sign included); undefined when none starts here. */
  private readNumber(): number | undefined {
    const { text, n } = this;
    const start = this.i;
    let sign = 1;
    let c = text.charCodeAt(this.i);
    if (c === C.PLUS || c === C.MINUS) {
      if (c === C.MINUS) sign = -1;
      c = text.charCodeAt(++this.i);
    }
    if (text.startsWith("Infinity", this.i)) {
      this.i += 8;
      return sign * Infinity;
    }
    if (text.startsWith("NaN", this.i)) {
      this.i += 3;
      return NaN;
    }
    if (c === C.D0 && (text.charCodeAt(this.i + 1) | 0x20) === 120) {
      this.i += 2;
      const s = this.i;
      while (this.i < n && isHex(text.charCodeAt(this.i))) this.i++;
      if (this.i === s) this.unexpected(this.i);
      return sign * parseInt(text.slice(s, this.i), 16);
    }
    if (c === C.D0) {
      this.i++;
      if (isDigit(text.charCodeAt(this.i))) fail(start, "Leading zero");
    } else if (isDigit(c)) this.digits();
    else if (c === C.DOT) {
      if (!isDigit(text.charCodeAt(this.i + 1))) {
        this.i = start;
        return undefined;
      }
    } else {
      if (this.i > start) this.unexpected(this.i);
      return undefined;
    }
    if (text.charCodeAt(this.i) === C.DOT) {
      this.i++;
      this.digits();
    }
    if ((text.charCodeAt(this.i) | 0x20) === 101) {
      const e = this.i;
      this.i++;
      if (text.charCodeAt(this.i) === C.PLUS || text.charCodeAt(this.i) === C.MINUS) this.i++;
      if (this.digits() === 0) this.unexpected(e);
    }
    return Number(text.slice(start, this.i));
  }
}

/** Pointer of the next value in the frame on top. */
function childPointer(top: Frame | undefined): string {
  if (!top) return "";
  const key = top.key!;
  const seg = top.kind === "array" ? String((top.value as unknown[]).length) : key.includes("~") || key.includes("/") ? escapeSegment(key) : key;
  return top.pointer + "/" + seg;
}

function isIdentPart(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  return c === C.BACKSLASH || isIdPart(c, text[at]);
}

export const isParseFailure = (r: ParsedFile | ParseFailure): r is ParseFailure => !("locs" in r);
