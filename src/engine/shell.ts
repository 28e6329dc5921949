// A parser for the commands in shell scripts, Dockerfiles and Markdown code (beside the JSON5 one in
// parse.ts): it splits text into simple commands of shell words after quote removal, keeping the source
// offset of every character so findings and fixes land on the exact text. It runs nothing and expands
// nothing: a word with `$VAR`, `${...}`, `$(...)` or backticks is only marked dynamic.

/** A shell word after quote removal; `offs[i]` is the source offset of `value[i]`. */
export interface Word {
  value: string;
  offs: number[];
  /** Contains `$VAR`, `${...}`, `$(...)` or backticks: decided at run time. */
  dynamic: boolean;
}

/** Text as characters with their source offsets (`off` has one extra entry: the end). */
export interface Stream {
  s: string;
  off: number[];
}

export type ShellMode = "shell" | "dockerfile";

export const streamOf = (text: string, from = 0, to = text.length): Stream => {
  const off: number[] = [];
  for (let i = from; i <= to; i++) off.push(i);
  return { s: text.slice(from, to), off };
};

/** A word's own characters as a stream, to parse the command inside `sh -c "..."`. */
export const wordStream = (w: Word): Stream => ({ s: w.value, off: [...w.offs, w.offs[w.offs.length - 1] + 1] });

const isMarkdown = (path: string) => /\.(md|markdown)$/i.test(path);
const isDockerfile = (path: string) => /(^|[\\/])Dockerfile[^\\/]*$|\.dockerfile$/i.test(path);

/** The simple commands of a script, Dockerfile or Markdown file (its code blocks and spans), in text order. */
export function scriptCommands(text: string, filePath: string): Word[][] {
  if (isMarkdown(filePath)) return markdownCode(text).flatMap((code) => shellCommands(code, "shell"));
  return shellCommands(streamOf(text), isDockerfile(filePath) ? "dockerfile" : "shell");
}

/** Shell words grouped by simple command (split at newlines, `;`, `&`, `|`, parentheses). */
export function shellCommands(src: Stream, mode: ShellMode): Word[][] {
  return new Lexer(src, mode).run();
}

const SEPARATORS = new Set(["\n", "\r", ";", "&", "|", "(", ")"]);
/** A `$` followed by one of these starts an expansion. */
const EXPANSION = /[A-Za-z_{0-9@*#?!-]/;

class Lexer {
  private readonly s: string;
  private readonly off: number[];
  private readonly commands: Word[][] = [];
  private cmd: Word[] = [];
  private cur: Word | undefined;
  /** The next word is a redirection target, not an argument. */
  private skipNext = false;
  private i = 0;

  constructor(
    private readonly src: Stream,
    private readonly mode: ShellMode,
  ) {
    this.s = src.s;
    this.off = src.off;
  }

  run(): Word[][] {
    const { s } = this;
    while (this.i < s.length) {
      if (this.mode === "dockerfile" && this.atLineStart() && this.dockerLine()) continue;
      const c = s[this.i];
      if (c === "\\" && (s[this.i + 1] === "\n" || (s[this.i + 1] === "\r" && s[this.i + 2] === "\n"))) this.i += s[this.i + 1] === "\n" ? 2 : 3;
      else if (SEPARATORS.has(c)) {
        this.endCommand();
        this.i++;
      } else if (c === " " || c === "\t") {
        this.endWord();
        this.i++;
      } else if (c === "<" || c === ">") this.redirection();
      else if (c === "#" && !this.cur) this.comment();
      else if (c === "'") this.singleQuoted();
      else if (c === '"') this.doubleQuoted();
      else if (c === "$") this.dollar();
      else if (c === "`") this.backtick();
      else if (c === "\\" && this.i + 1 < s.length) {
        this.add(this.i + 1);
        this.i += 2;
      } else this.add(this.i++);
    }
    this.endCommand();
    return this.commands;
  }

  private word(): Word {
    return (this.cur ??= { value: "", offs: [], dynamic: false });
  }

  private add(i: number): void {
    const w = this.word();
    w.value += this.s[i];
    w.offs.push(this.off[i]);
  }

  private endWord(): void {
    if (this.cur && this.cur.value.length) {
      if (this.skipNext) this.skipNext = false;
      else this.cmd.push(this.cur);
    }
    this.cur = undefined;
  }

  private endCommand(): void {
    this.endWord();
    this.skipNext = false;
    if (this.cmd.length) this.commands.push(this.cmd);
    this.cmd = [];
  }

  private atLineStart(): boolean {
    const prev = this.s[this.i - 1];
    return this.i === 0 || prev === "\n" || prev === "\r";
  }

  /** Dockerfile line starts: comment lines and exec-form instructions. True when it consumed the line. */
  private dockerLine(): boolean {
    const { s, i } = this;
    const rest = s.slice(i, s.indexOf("\n", i) < 0 ? s.length : s.indexOf("\n", i));
    // Docker drops comment lines, even inside a continued instruction.
    if (/^[ \t]*#/.test(rest)) {
      this.i += rest.length + 1;
      return true;
    }
    const exec = /^[ \t]*(RUN|CMD|ENTRYPOINT)[ \t]*\[/i.exec(rest);
    if (!exec) return false;
    this.endCommand();
    this.i = execForm(this.src, i + exec[0].length, this.commands);
    return true;
  }

  /** `>`, `2>&1`, `<<`: the word after it is a file name (or here-doc tag), not an argument. */
  private redirection(): void {
    this.endWord();
    while (this.s[this.i + 1] === "<" || this.s[this.i + 1] === ">" || this.s[this.i + 1] === "&") this.i++;
    this.skipNext = true;
    this.i++;
  }

  private comment(): void {
    while (this.i < this.s.length && this.s[this.i] !== "\n" && this.s[this.i] !== "\r") this.i++;
  }

  private singleQuoted(): void {
    this.word();
    for (this.i++; this.i < this.s.length && this.s[this.i] !== "'"; this.i++) this.add(this.i);
    this.i++;
  }

  private doubleQuoted(): void {
    const { s } = this;
    this.word();
    for (this.i++; this.i < s.length && s[this.i] !== '"'; this.i++) {
      if (s[this.i] === "\\" && this.i + 1 < s.length) {
        const n = s[this.i + 1];
        if (n === "\n") {
          this.i++;
          continue;
        }
        if (n === "$" || n === "`" || n === '"' || n === "\\") {
          this.add(++this.i);
          continue;
        }
      }
      if ((s[this.i] === "$" && EXPANSION.test(s[this.i + 1] ?? "")) || s[this.i] === "`") this.word().dynamic = true;
      this.add(this.i);
    }
    this.i++;
  }

  /** `$'...'` (ANSI-C quoting), `$(...)` (command substitution) and `$VAR` / `${...}`. */
  private dollar(): void {
    const { s } = this;
    const n = s[this.i + 1] ?? "";
    if (n === "'") {
      this.word();
      for (this.i += 2; this.i < s.length && s[this.i] !== "'"; this.i++) {
        if (s[this.i] === "\\" && this.i + 1 < s.length) this.i++;
        this.add(this.i);
      }
      this.i++;
      return;
    }
    if (n === "(") {
      this.word().dynamic = true;
      let depth = 0;
      for (; this.i < s.length; this.i++) {
        this.add(this.i);
        if (s[this.i] === "(") depth++;
        else if (s[this.i] === ")" && --depth === 0) break;
      }
      this.i++;
      return;
    }
    if (EXPANSION.test(n)) this.word().dynamic = true;
    this.add(this.i++);
  }

  private backtick(): void {
    const { s } = this;
    this.word().dynamic = true;
    this.add(this.i);
    for (this.i++; this.i < s.length && s[this.i] !== "`"; this.i++) this.add(this.i);
    if (this.i < s.length) this.add(this.i);
    this.i++;
  }
}

/** Dockerfile exec form `RUN ["a", "b"]`: JSON strings are the words. Returns the index after `]`. */
function execForm(src: Stream, from: number, commands: Word[][]): number {
  const { s, off } = src;
  const words: Word[] = [];
  let i = from;
  const escapes: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", "/": "/", "\\": "\\", '"': '"' };
  while (i < s.length && s[i] !== "]") {
    if (s[i] === "\\" && (s[i + 1] === "\n" || s[i + 1] === "\r")) {
      i += s[i + 1] === "\r" && s[i + 2] === "\n" ? 3 : 2;
      continue;
    }
    if (s[i] === "\n") break;
    if (s[i] !== '"') {
      i++;
      continue;
    }
    const w: Word = { value: "", offs: [], dynamic: false };
    for (i++; i < s.length && s[i] !== '"' && s[i] !== "\n"; i++) {
      if (s[i] === "\\" && s[i + 1] === "u" && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
        w.value += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
        w.offs.push(off[i]);
        i += 5;
      } else if (s[i] === "\\" && i + 1 < s.length) {
        w.value += escapes[s[i + 1]] ?? s[i + 1];
        w.offs.push(off[i]);
        i++;
      } else {
        w.value += s[i];
        w.offs.push(off[i]);
      }
    }
    i++;
    if (w.value.length) words.push(w);
  }
  if (words.length) commands.push(words);
  return i + 1;
}

/** Fenced code blocks and inline code spans of a Markdown text (everything else is prose). */
export function markdownCode(text: string): Stream[] {
  const out: Stream[] = [];
  const lines: { start: number; text: string }[] = [];
  for (let p = 0; p <= text.length; ) {
    const nl = text.indexOf("\n", p);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start: p, text: text.slice(p, end).replace(/\r$/, "") });
    if (nl < 0) break;
    p = nl + 1;
  }
  let prose = "";
  const proseOff: number[] = [];
  const flushProse = () => {
    inlineCode(prose, proseOff, out);
    prose = "";
    proseOff.length = 0;
  };
  for (let k = 0; k < lines.length; k++) {
    const open = /^[ \t>]*(`{3,}|~{3,})(.*)$/.exec(lines[k].text);
    if (open && !(open[1][0] === "`" && open[2].includes("`"))) {
      flushProse();
      const fence = open[1];
      let j = k + 1;
      const close = new RegExp(`^[ \\t>]*${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`);
      while (j < lines.length && !close.test(lines[j].text)) j++;
      if (k + 1 < lines.length) {
        const from = lines[k + 1].start;
        const to = j < lines.length ? lines[j].start : text.length;
        out.push(streamOf(text, from, to));
      }
      k = j;
      continue;
    }
    for (let c = 0; c <= lines[k].text.length; c++) {
      prose += c < lines[k].text.length ? lines[k].text[c] : "\n";
      proseOff.push(lines[k].start + c);
    }
  }
  flushProse();
  return out;
}

/** CommonMark code spans: a run of n backticks closed by the next run of exactly n, within a paragraph. */
function inlineCode(s: string, off: number[], out: Stream[]): void {
  let i = 0;
  while (i < s.length) {
    if (s[i] !== "`") {
      i++;
      continue;
    }
    let n = 0;
    while (s[i + n] === "`") n++;
    const from = i + n;
    let j = from;
    let found = -1;
    while (j < s.length) {
      if (s[j] === "\n" && /^\n[ \t]*\n/.test(s.slice(j))) break;
      if (s[j] === "`") {
        let m = 0;
        while (s[j + m] === "`") m++;
        if (m === n) {
          found = j;
          break;
        }
        j += m;
      } else j++;
    }
    if (found < 0) {
      i = from;
      continue;
    }
    const part = s.slice(from, found).replace(/\n/g, " ");
    out.push({ s: part, off: [...off.slice(from, found), off[found - 1] + 1] });
    i = found + n;
  }
}
