// Finds `openclaw onboard` invocations in the commands of shell scripts, Dockerfiles and Markdown
// (engine/shell.ts parses them) and reads their `--auth-choice` and key flags, with source ranges so
// findings and fixes land on the exact text. Values that follow key flags are skipped, never returned
// as text to show.
import type { Catalog } from "../../catalog/index.js";
import type { PlanId } from "../../catalog/types.js";
import { scriptCommands, shellCommands, wordStream, type Word } from "../../engine/shell.js";

export type { Word };

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

const piece = (w: Word, from = 0): Piece | undefined =>
  from < w.value.length ? { value: w.value.slice(from), start: w.offs[from], end: w.offs[w.value.length - 1] + 1, dynamic: w.dynamic } : undefined;

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
          collect(shellCommands(wordStream(w), "shell"), calls, depth + 1);
      });
  }
}

/** Every `openclaw onboard` call in a script, Dockerfile or Markdown file, in text order. */
export function findOnboardCalls(text: string, filePath: string): OnboardCall[] {
  const calls: OnboardCall[] = [];
  collect(scriptCommands(text, filePath), calls, 0);
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
