// Finds `openclaw onboard` invocations in shell scripts, Dockerfiles and Markdown and reads their
// `--auth-choice` and key flags, keeping the source offset of every character so findings and fixes
// land on the exact text. Values that follow key flags are skipped, never returned as text to show.
import type { Catalog } from "../../catalog/index.js";
import type { PlanId } from "../../catalog/types.js";

/** A shell word after quote removal; `offs[i]` is the source offset of `value[i]`. */
export interface Word {
  value: string;
  offs: number[];
  /** Contains `$VAR`, `${...}`, `$(...)` or backticks: decided at run time. */
  dynamic: boolean;
}

/** A piece of a word with its source range (UTF-16 offsets, end exclusive). */
export interface Piece {
  value: string;
  start: number;
  end: number;
  dynamic: boolean;
}

export interface OnboardCall {
  /** The `onboard` word. */
  command: Piece;
  /** Every `--auth-choice` value in order; OpenClaw uses the last one. */
  authChoices: Piece[];
  /** Long options (`--name` or `--name=...`), name only; values are not kept. */
  flags: Piece[];
}

/** Text as characters with their source offsets (`off` has one extra entry: the end). */
interface Stream {
  s: string;
  off: number[];
}

const streamOf = (text: string, from = 0, to = text.length): Stream => {
  const off: number[] = [];
  for (let i = from; i <= to; i++) off.push(i);
  return { s: text.slice(from, to), off };
};

const piece = (w: Word, from = 0): Piece | undefined =>
  from < w.value.length ? { value: w.value.slice(from), start: w.offs[from], end: w.offs[w.value.length - 1] + 1, dynamic: w.dynamic } : undefined;

type Mode = "shell" | "dockerfile";

/** Shell words grouped by simple command (split at newlines, `;`, `&`, `|`, parentheses). */
function tokenize(src: Stream, mode: Mode): Word[][] {
  const { s, off } = src;
  const commands: Word[][] = [];
  let cmd: Word[] = [];
  let cur: Word | undefined;
  let skipNext = false;
  const add = (i: number, ch = s[i]) => {
    cur ??= { value: "", offs: [], dynamic: false };
    cur.value += ch;
    cur.offs.push(off[i]);
  };
  const endWord = () => {
    if (cur && cur.value.length) {
      if (skipNext) skipNext = false;
      else cmd.push(cur);
    }
    cur = undefined;
  };
  const endCommand = () => {
    endWord();
    skipNext = false;
    if (cmd.length) commands.push(cmd);
    cmd = [];
  };
  const dynamic = () => {
    cur ??= { value: "", offs: [], dynamic: false };
    cur.dynamic = true;
  };
  const lineStart = (i: number) => i === 0 || s[i - 1] === "\n" || s[i - 1] === "\r";

  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (mode === "dockerfile" && lineStart(i)) {
      const rest = s.slice(i, s.indexOf("\n", i) < 0 ? s.length : s.indexOf("\n", i));
      // Docker drops comment lines, even inside a continued instruction.
      if (/^[ \t]*#/.test(rest)) {
        i += rest.length + 1;
        continue;
      }
      const exec = /^[ \t]*(RUN|CMD|ENTRYPOINT)[ \t]*\[/i.exec(rest);
      if (exec) {
        endCommand();
        i = execForm(src, i + exec[0].length, commands);
        continue;
      }
    }
    if (c === "\\" && (s[i + 1] === "\n" || (s[i + 1] === "\r" && s[i + 2] === "\n"))) {
      i += s[i + 1] === "\n" ? 2 : 3;
      continue;
    }
    if (c === "\n" || c === "\r" || c === ";" || c === "&" || c === "|" || c === "(" || c === ")") {
      endCommand();
      i++;
      continue;
    }
    if (c === " " || c === "\t") {
      endWord();
      i++;
      continue;
    }
    if (c === "<" || c === ">") {
      endWord();
      while (s[i + 1] === "<" || s[i + 1] === ">" || s[i + 1] === "&") i++;
      skipNext = true;
      i++;
      continue;
    }
    if (c === "#" && !cur) {
      while (i < s.length && s[i] !== "\n" && s[i] !== "\r") i++;
      continue;
    }
    if (c === "'") {
      cur ??= { value: "", offs: [], dynamic: false };
      for (i++; i < s.length && s[i] !== "'"; i++) add(i);
      i++;
      continue;
    }
    if (c === '"') {
      cur ??= { value: "", offs: [], dynamic: false };
      for (i++; i < s.length && s[i] !== '"'; i++) {
        if (s[i] === "\\" && i + 1 < s.length) {
          const n = s[i + 1];
          if (n === "\n") {
            i++;
            continue;
          }
          if (n === "$" || n === "`" || n === '"' || n === "\\") {
            add(++i);
            continue;
          }
        }
        if ((s[i] === "$" && /[A-Za-z_{(0-9@*#?!-]/.test(s[i + 1] ?? "")) || s[i] === "`") dynamic();
        add(i);
      }
      i++;
      continue;
    }
    if (c === "$") {
      const n = s[i + 1] ?? "";
      if (n === "'") {
        cur ??= { value: "", offs: [], dynamic: false };
        for (i += 2; i < s.length && s[i] !== "'"; i++) {
          if (s[i] === "\\" && i + 1 < s.length) i++;
          add(i);
        }
        i++;
        continue;
      }
      if (n === "(") {
        dynamic();
        let depth = 0;
        for (; i < s.length; i++) {
          add(i);
          if (s[i] === "(") depth++;
          else if (s[i] === ")" && --depth === 0) break;
        }
        i++;
        continue;
      }
      if (/[A-Za-z_{0-9@*#?!-]/.test(n)) dynamic();
      add(i);
      i++;
      continue;
    }
    if (c === "`") {
      dynamic();
      add(i);
      for (i++; i < s.length && s[i] !== "`"; i++) add(i);
      if (i < s.length) add(i);
      i++;
      continue;
    }
    if (c === "\\" && i + 1 < s.length) {
      add(i + 1);
      i += 2;
      continue;
    }
    add(i);
    i++;
  }
  endCommand();
  return commands;
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
function markdownCode(text: string): Stream[] {
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

const OPENCLAW = /^openclaw(\.m?js|\.cjs|\.cmd|\.exe)?(@[^\s/]+)?$/i;
const isOpenclaw = (w: Word) => OPENCLAW.test(w.value.split(/[\\/]/).pop() ?? "");

/** The onboard call in one simple command, if any. */
function onboardIn(words: Word[]): OnboardCall | undefined {
  for (let i = 0; i < words.length; i++) {
    if (!isOpenclaw(words[i])) continue;
    // Global options may come before the subcommand (`openclaw --profile work onboard`).
    let j = i + 1;
    while (j < words.length && words[j].value !== "onboard") {
      const v = words[j].value;
      const prev = words[j - 1].value;
      if (v.startsWith("-") || (j > i + 1 && prev.startsWith("--") && !prev.includes("="))) j++;
      else break;
    }
    if (words[j]?.value !== "onboard") continue;
    const call: OnboardCall = { command: piece(words[j])!, authChoices: [], flags: [] };
    for (let k = j + 1; k < words.length; k++) {
      const v = words[k].value;
      if (v === "--") break;
      if (!v.startsWith("--")) continue;
      const name = v.split("=")[0];
      call.flags.push({ value: name, start: words[k].offs[0], end: words[k].offs[name.length - 1] + 1, dynamic: words[k].dynamic });
      if (name !== "--auth-choice") {
        // A flag's value (an API key, say) is skipped, never kept.
        if (!v.includes("=") && words[k + 1] && !words[k + 1].value.startsWith("-")) k++;
        continue;
      }
      const value = v.includes("=") ? piece(words[k], name.length + 1) : words[k + 1] && !words[k + 1].value.startsWith("-") ? piece(words[++k]) : undefined;
      if (value) call.authChoices.push(value);
    }
    return call;
  }
  return undefined;
}

function collect(commands: Word[][], calls: OnboardCall[], depth: number): void {
  for (const words of commands) {
    const call = onboardIn(words);
    if (call) calls.push(call);
    // `sh -c "openclaw onboard ..."`, `["sh", "-c", "..."]`, `eval "..."`: the command sits inside one word.
    // Other quoted text (echo, grep patterns) is not run, so it is not read as a command.
    if (depth < 3)
      words.forEach((w, k) => {
        const prev = words[k - 1]?.value ?? "";
        if ((/^-[A-Za-z]*c$/.test(prev) || prev === "eval") && /\bonboard\b/.test(w.value))
          collect(tokenize({ s: w.value, off: [...w.offs, w.offs[w.offs.length - 1] + 1] }, "shell"), calls, depth + 1);
      });
  }
}

const isMarkdown = (path: string) => /\.(md|markdown)$/i.test(path);
const isDockerfile = (path: string) => /(^|[\\/])Dockerfile[^\\/]*$|\.dockerfile$/i.test(path);

/** Every `openclaw onboard` call in a script, Dockerfile or Markdown file, in text order. */
export function findOnboardCalls(text: string, filePath: string): OnboardCall[] {
  const calls: OnboardCall[] = [];
  if (isMarkdown(filePath)) for (const code of markdownCode(text)) collect(tokenize(code, "shell"), calls, 0);
  else collect(tokenize(streamOf(text), isDockerfile(filePath) ? "dockerfile" : "shell"), calls, 0);
  return calls.sort((a, b) => a.command.start - b.command.start);
}

/** One Qwen-related auth choice of `openclaw onboard`, from endpoints.yaml. */
export interface AuthChoice {
  id: string;
  /** The current id of the same choice (itself unless legacy). */
  canonical: string;
  legacy: boolean;
  /** The direct key flag, shared by a legacy id and its canonical id. */
  flag: string;
  /** "Coding Plan Global", "alibaba video provider". */
  label: string;
  plan?: PlanId;
}

/** Qwen auth choices: one per endpoint (plus its legacy id) and one per provider with its own choice. */
export function authChoices(catalog: Catalog): AuthChoice[] {
  const out: AuthChoice[] = [];
  for (const e of catalog.endpoints) {
    const label = `${catalog.planName(e.plan)} ${catalog.regionName(e.region)}`;
    out.push({ id: e.authChoice, canonical: e.authChoice, legacy: false, flag: e.cliFlag, label, plan: e.plan });
    if (e.legacyAuthChoice) out.push({ id: e.legacyAuthChoice, canonical: e.authChoice, legacy: true, flag: e.cliFlag, label, plan: e.plan });
  }
  for (const p of catalog.providers)
    if (p.authChoice && p.cliFlag) out.push({ id: p.authChoice, canonical: p.authChoice, legacy: false, flag: p.cliFlag, label: `${p.id}${p.role ? ` ${p.role}` : ""} provider` });
  return out;
}
