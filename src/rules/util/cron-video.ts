// Video requests stored in OpenClaw cron jobs (table cron_jobs of the state database), as OpenClaw 2026.9.6
// stores and runs them (checked by adding jobs with the real `openclaw cron add` to a Gateway and reading
// the rows back; test/fixtures/install/cron-video/README.md):
//   - a `command` payload keeps argv: `["openclaw","infer","video","generate","--model",…]` as given with
//     --command-argv, or `["sh","-lc","<shell>"]` for --command (the CLI `infer video generate`, alias
//     `capability`, has no reference-image flags);
//   - a `script` payload keeps headless code-mode JavaScript, where every tool is a global function:
//     `await video_generate({ model, durationSeconds, images, … })`;
//   - an `agentTurn` payload is a prompt in words: nothing here can be read from it.
// Only literal values are read. A script argument that is not a plain JSON5 object literal (a variable,
// an expression, a template string) makes the whole call unknown and it is skipped: a false alarm costs
// more than a missed hint.
import { basename } from "node:path";
import { isParseFailure, parseJson5 } from "../../engine/parse.js";
import { joinPointer, unescapeSegment } from "../../engine/pointer.js";
import { shellCommands, streamOf, type Word } from "../../engine/shell.js";
import type { CronJob } from "../../install/installation.js";
import { isObject } from "./secrets.js";

/** The tool's name in OpenClaw (tool-catalog), a global function in code mode. */
const TOOL = "video_generate";
/** `openclaw infer video generate` / `openclaw capability video generate` (src/cli/capability-cli). */
const CLI_GROUPS = ["infer", "capability"];
/** The CLI's flags and the tool parameters they set (src/cli/capability-cli/video.ts). */
const CLI_FLAGS: Record<string, { param: keyof VideoArgs; kind: "string" | "number" | "boolean" }> = {
  "--model": { param: "model", kind: "string" },
  "--duration": { param: "durationSeconds", kind: "number" },
  "--size": { param: "size", kind: "string" },
  "--aspect-ratio": { param: "aspectRatio", kind: "string" },
  "--resolution": { param: "resolution", kind: "string" },
  "--audio": { param: "audio", kind: "boolean" },
  "--watermark": { param: "watermark", kind: "boolean" },
};

/** One argument as stored: its value and the pointer of the stored text it is written in. */
export interface Arg<T> {
  value: T;
  pointer: string;
}

export interface VideoArgs {
  model?: Arg<string>;
  durationSeconds?: Arg<number>;
  size?: Arg<string>;
  aspectRatio?: Arg<string>;
  resolution?: Arg<string>;
  audio?: Arg<boolean>;
  watermark?: Arg<boolean>;
}

export interface VideoCall extends VideoArgs {
  job: CronJob;
  via: "command" | "script";
  /** Reference images and videos (paths or URLs) as written; the CLI has none. */
  images: Arg<string>[];
  videos: Arg<string>[];
  /** Line of the call inside a script (1-based), for messages. */
  scriptLine?: number;
}

/** `cron_jobs <id> payload.argv[6]`: where a stored argument sits, for messages. */
export function describeArg(job: CronJob, pointer: string): string {
  const path = pointer
    .split("/")
    .slice(3)
    .map(unescapeSegment)
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i ? `.${s}` : s))
    .join("");
  return `${job.at.display} cron_jobs ${job.id} ${path}`;
}

/** Every video request the enabled cron jobs of an installation make, with literal arguments. */
export function cronVideoCalls(jobs: readonly CronJob[]): VideoCall[] {
  const out: VideoCall[] = [];
  for (const job of jobs) {
    if (!job.enabled || !isObject(job.job) || !isObject(job.job.payload)) continue;
    const payload = job.job.payload;
    const base = joinPointer("/cron_jobs", job.id, "payload");
    if (payload.kind === "command" && Array.isArray(payload.argv) && payload.argv.every((a) => typeof a === "string"))
      out.push(...fromArgv(job, payload.argv as string[], joinPointer(base, "argv")));
    else if (payload.kind === "script" && typeof payload.script === "string") out.push(...fromScript(job, payload.script, joinPointer(base, "script")));
  }
  return out;
}

function fromArgv(job: CronJob, argv: string[], pointer: string): VideoCall[] {
  // sh -c / -lc "<shell>": the commands of that shell text, all located at the argv entry that holds it.
  if (/^(ba|da|z)?sh$/.test(basename(argv[0] ?? "")) && /^-\w*c$/.test(argv[1] ?? "") && argv.length >= 3) {
    const at = joinPointer(pointer, "2");
    return shellCommands(streamOf(argv[2]), "shell").flatMap((words) => {
      const call = fromWords(job, words.map((w: Word) => (w.dynamic ? undefined : w.value)), () => at);
      return call ? [call] : [];
    });
  }
  const call = fromWords(job, argv, (i) => joinPointer(pointer, String(i)));
  return call ? [call] : [];
}

/** `… openclaw [global flags] infer|capability video generate [flags]`; undefined words are dynamic shell words. */
function fromWords(job: CronJob, words: (string | undefined)[], at: (i: number) => string): VideoCall | undefined {
  const start = words.findIndex((w) => w !== undefined && basename(w) === "openclaw");
  if (start < 0) return undefined;
  // Global flags (`--profile work`, `--dev`) may come first: the command is the first `infer video generate`.
  let i = start + 1;
  while (i < words.length && !(CLI_GROUPS.includes(words[i] ?? "") && words[i + 1] === "video" && words[i + 2] === "generate")) i++;
  if (i >= words.length) return undefined;
  const call: VideoCall = { job, via: "command", images: [], videos: [] };
  for (i += 3; i < words.length; i++) {
    const word = words[i];
    if (word === undefined) continue;
    const eq = word.indexOf("=");
    const flag = CLI_FLAGS[eq > 0 ? word.slice(0, eq) : word];
    if (!flag) continue;
    if (flag.kind === "boolean") {
      if (eq < 0) set(call, flag.param, { value: true, pointer: at(i) });
      continue;
    }
    const raw = eq > 0 ? word.slice(eq + 1) : words[++i];
    const where = at(i);
    if (raw === undefined) continue;
    if (flag.kind === "number") {
      const n = Number(raw.trim());
      if (raw.trim() !== "" && Number.isFinite(n)) set(call, flag.param, { value: n, pointer: where });
    } else set(call, flag.param, { value: raw, pointer: where });
  }
  return call;
}

const set = (call: VideoCall, param: keyof VideoArgs, arg: Arg<string | number | boolean>) => {
  (call as unknown as Record<string, unknown>)[param] = arg;
};

const CALL = new RegExp(`(?<![\\w$.])${TOOL}\\s*\\(\\s*\\{`, "g");

function fromScript(job: CronJob, script: string, pointer: string): VideoCall[] {
  const out: VideoCall[] = [];
  for (const m of script.matchAll(CALL)) {
    const open = m.index! + m[0].length - 1;
    const close = matchingBrace(script, open);
    if (close < 0) continue;
    const parsed = parseJson5(script.slice(open, close + 1), "<script>");
    if (isParseFailure(parsed) || !isObject(parsed.value)) continue;
    const args = parsed.value;
    // list and status ask about providers and tasks; they generate nothing.
    if (args.action !== undefined && args.action !== "generate") continue;
    const call: VideoCall = { job, via: "script", images: [], videos: [], scriptLine: script.slice(0, m.index).split("\n").length };
    const arg = <T>(value: T) => ({ value, pointer });
    for (const key of ["model", "size", "aspectRatio", "resolution"] as const) if (typeof args[key] === "string") call[key] = arg(args[key] as string);
    if (typeof args.durationSeconds === "number") call.durationSeconds = arg(args.durationSeconds);
    for (const key of ["audio", "watermark"] as const) if (typeof args[key] === "boolean") call[key] = arg(args[key] as boolean);
    // The tool takes `image` and `images` (and `video`/`videos`) together, as strings.
    for (const [one, many, list] of [["image", "images", call.images], ["video", "videos", call.videos]] as const) {
      if (typeof args[one] === "string" && args[one].trim()) list.push(arg(args[one].trim()));
      if (Array.isArray(args[many])) for (const v of args[many]) if (typeof v === "string" && v.trim()) list.push(arg(v.trim()));
    }
    out.push(call);
  }
  return out;
}

/** Index of the `}` closing the `{` at `open`, skipping strings and comments; -1 if none. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === "\\") i++;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) return -1;
      i = end + 1;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

/** A database row has no text position: findings about it carry 1:1 and name the row (pointer, message). */
export const ROW_SPAN = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

export interface CallTarget {
  /** `qwen/wan2.6-r2v` as written, or as the config's video model. */
  raw: string;
  modelId: string;
  /** Undefined when the catalog has no such Wan model. */
  model?: import("../../catalog/types.js").VideoModel;
  /** Where the model came from: the call's own argument, or the config (agents.defaults.mediaModels.video). */
  from: "call" | "config";
  pointer: string;
}

/** The Wan model a call runs: its model argument, else the config's video model; undefined when that is not a Wan provider's. */
export function callTarget(ctx: import("../../engine/rule.js").RuleContext, call: VideoCall): CallTarget | undefined {
  const primary = ctx.facts.refs.find((s) => s.slot.kind === "video" && s.slot.selects && s.slot.role !== "fallback" && !s.slot.agentId && !s.slot.legacy);
  const raw = call.model?.value.trim() ?? primary?.raw;
  if (!raw) return undefined;
  const slash = raw.indexOf("/");
  if (slash <= 0) return undefined;
  const provider = raw.slice(0, slash);
  const modelId = raw.slice(slash + 1);
  if (!ctx.catalog.isVideoProvider(provider)) return undefined;
  const pointer = call.model?.pointer ?? firstPointer(call);
  return { raw, modelId, model: ctx.catalog.videoModel(modelId), from: call.model ? "call" : "config", pointer };
}

/** The pointer of the first stored argument of a call (the argv entry or the script). */
export function firstPointer(call: VideoCall): string {
  const args = [call.durationSeconds, call.size, call.aspectRatio, call.resolution, call.audio, call.watermark, ...call.images, ...call.videos].filter((a) => a !== undefined);
  return args[0]?.pointer ?? joinPointer("/cron_jobs", call.job.id, "payload");
}

/** The model as messages name it: from the call, or the config's video model (said so). */
export const shownModel = (t: CallTarget): string => (t.from === "call" ? t.raw : `${t.raw} (the config's video model)`);
