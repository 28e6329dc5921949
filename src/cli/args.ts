// Command-line parsing: parseArgs' strict rules (./argv.ts), one option table shared by all commands and
// a list of the options each command accepts. Values are checked here when that needs no rule data.
import type { Severity } from "../report.js";
import { didYouMean, editDistance } from "../engine/did-you-mean.js";
import { FORMAT_NAMES } from "../formatters/index.js";
import { parseArgv, type OptionSpec } from "./argv.js";
import { UsageError } from "./errors.js";

const excludes = (a: string, b: string): never => {
  throw new UsageError(`${a} and ${b} exclude each other: use one of them`);
};

export const SUBCOMMANDS = ["rules", "explain", "catalog", "lsp"] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

export const OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  // ESLint's spelling of --output.
  "output-file": { type: "string" },
  config: { type: "string", short: "c" },
  rule: { type: "string", multiple: true },
  "fail-on": { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "stdin-filename": { type: "string" },
  // ESLint's spelling of the `-` path.
  stdin: { type: "boolean" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "fix-read-only": { type: "boolean" },
  plan: { type: "string" },
  "state-dir": { type: "string" },
  "openclaw-version": { type: "string" },
  debug: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
} as const satisfies Record<string, OptionSpec>;
type OptionName = keyof typeof OPTIONS;

const ACCEPTS: Record<"lint" | Exclude<Subcommand, "lsp">, readonly OptionName[]> = {
  lint: ["state-dir", "openclaw-version", "format", "output", "output-file", "config", "rule", "fail-on", "max-warnings", "quiet", "color", "no-color", "stdin-filename", "stdin", "fix", "fix-dry-run", "fix-read-only", "debug", "version", "help"],
  rules: ["format", "debug", "help"],
  explain: ["debug", "help"],
  catalog: ["format", "plan", "debug", "help"],
};

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
export const TEXT_FORMATS = ["text", "json"] as const;

export interface LintArgs {
  /** Files, globs and `-` as given. */
  paths: string[];
  format: string;
  output?: string;
  config?: string;
  /** `id=level` as given; checked against the rule registry by the lint command. */
  rules: string[];
  failOn: Severity;
  maxWarnings?: number;
  quiet: boolean;
  /** undefined: decide from the terminal and NO_COLOR. */
  color?: boolean;
  stdinFilename?: string;
  fix?: "write" | "dry-run";
  /** --fix-read-only: --fix may rewrite files without write permission (their mode is kept). */
  fixReadOnly: boolean;
  debug: boolean;
  /** --state-dir: lint with this OpenClaw installation (its state database and .env files). */
  stateDir?: string;
  /** --openclaw-version: judge version-dependent facts by this OpenClaw version. */
  openclawVersion?: string;
}

export type Command =
  | { kind: "help"; topic?: Subcommand }
  | { kind: "version" }
  | { kind: "lint"; args: LintArgs }
  | { kind: "rules"; format: "text" | "json" }
  | { kind: "explain"; ruleId: string }
  | { kind: "catalog"; plan?: string; format: "text" | "json" }
  | { kind: "lsp"; transport: Transport };

/** How the language server talks to the editor (the flags vscode-languageserver understands). */
export type Transport = { kind: "stdio" } | { kind: "node-ipc" } | { kind: "socket"; port: number } | { kind: "pipe"; name: string };

const optionNames = (): string[] =>
  Object.entries(OPTIONS).flatMap(([name, o]) => ["--" + name, ...("short" in o ? ["-" + o.short] : [])]);

/** The closest allowed value: by edit distance, else the one `value` abbreviates ("warn" -> "warning"). */
export function nearest(value: string, allowed: readonly string[]): string | undefined {
  const close = didYouMean(value, allowed, 1).find((c) => editDistance(value.toLowerCase(), c.toLowerCase()) * 2 < Math.max(value.length, c.length));
  return close ?? (value ? allowed.find((a) => a.startsWith(value.toLowerCase())) : undefined);
}

function oneOf<T extends string>(what: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const n = nearest(value, allowed);
  const near = n ? [n] : [];
  throw new UsageError(`${what} must be ${allowed.map((a) => `"${a}"`).join(", ").replace(/, ([^,]*)$/, " or $1")}, not "${value}"${near.length ? `; did you mean "${near[0]}"?` : "."}`);
}

/** The values of OPTIONS as parsed (a string option given more than once: the last one). */
type Values = { -readonly [K in OptionName]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]["type"] extends "string" ? string : boolean };
const parse = (args: readonly string[]) => {
  const parsed = parseArgv(args, OPTIONS);
  return { ...parsed, values: parsed.values as Values };
};

/** The `--debug` flag, looked up before parsing so even a bad command line can show a stack. */
export const wantsDebug = (argv: readonly string[]) => argv.includes("--debug");

export function parseCommandLine(argv: readonly string[]): Command {
  const first = argv[0];
  const sub = (SUBCOMMANDS as readonly string[]).includes(first ?? "") ? (first as Subcommand) : undefined;
  // The language server takes its transport flags (--stdio, --node-ipc, --socket=N) as they are.
  if (sub === "lsp") return argv.includes("--help") || argv.includes("-h") ? { kind: "help", topic: "lsp" } : { kind: "lsp", transport: parseTransport(argv.slice(1)) };
  const { values: v, positionals, tokens } = parseStrict(withNegativeMaxWarnings(sub ? argv.slice(1) : argv));
  const command = sub ?? "lint";
  for (const t of tokens) {
    if (t.kind === "option" && !ACCEPTS[command].includes(t.name as OptionName))
      throw new UsageError(`option ${t.rawName} does not apply to ${command === "lint" ? "linting" : `the ${command} command`}`);
  }
  if (v.help) return { kind: "help", topic: sub };

  switch (command) {
    case "rules":
      if (positionals.length) throw new UsageError(`the rules command takes no arguments, got "${positionals[0]}"`);
      return { kind: "rules", format: oneOf("--format", v.format ?? "text", TEXT_FORMATS) };
    case "explain":
      if (positionals.length !== 1) throw new UsageError(positionals.length ? "explain takes one rule id" : "explain needs a rule id, e.g. `openclaw-qwen-lint explain model-not-on-plan`");
      return { kind: "explain", ruleId: positionals[0] };
    case "catalog":
      if (positionals.length) throw new UsageError(`the catalog command takes no arguments, got "${positionals[0]}"; use --plan to pick a plan`);
      return { kind: "catalog", plan: v.plan, format: oneOf("--format", v.format ?? "text", TEXT_FORMATS) };
  }
  if (v.version) return { kind: "version" };
  return { kind: "lint", args: lintArgs(v, positionals, tokens) };
}

/** `--max-warnings -1` (ESLint's "no limit"): parseArgs' rules take -1 for an option, so it is glued on. */
function withNegativeMaxWarnings(argv: readonly string[]): string[] {
  const args = argv.map((a, i, all) => (all[i - 1] === "--max-warnings" && /^-\d+$/.test(a) ? `=${a}` : a));
  for (let i = args.length - 1; i > 0; i--) if (args[i].startsWith("=-")) args.splice(i - 1, 2, `--max-warnings${args[i]}`);
  return args;
}

type Parsed = ReturnType<typeof parse>;

/** The parse, with its errors said as usage errors (and a did-you-mean for unknown options). */
function parseStrict(args: readonly string[]): Parsed {
  try {
    return parse(args);
  } catch (e) {
    const err = e as Error & { code?: string };
    const unknown = /^Unknown option '([^']+)'/.exec(err.message);
    if (unknown) {
      const near = didYouMean(unknown[1], optionNames(), 1);
      throw new UsageError(`unknown option ${unknown[1]}${near.length ? `; did you mean ${near[0]}?` : ""}`);
    }
    const missing = /^Option '(-\w, )?(--[\w-]+)[^']*' argument (missing|is ambiguous)/.exec(err.message);
    if (missing) throw new UsageError(`option ${missing[2]} needs a value`);
    const noArg = /^Option '(-\w, )?(--[\w-]+)' does not take an argument/.exec(err.message);
    if (noArg) throw new UsageError(`option ${noArg[2]} does not take a value`);
    throw new UsageError(err.message.split("\n")[0]);
  }
}

/** The lint command's arguments, each value checked. */
function lintArgs(v: Parsed["values"], positionals: string[], tokens: Parsed["tokens"]): LintArgs {
  // --color and --no-color: the last one wins.
  let color: boolean | undefined;
  for (const t of tokens) if (t.kind === "option" && (t.name === "color" || t.name === "no-color")) color = t.name === "color";
  let maxWarnings: number | undefined;
  if (v["max-warnings"] !== undefined) {
    const raw = v["max-warnings"];
    if (!/^(\d+|-1)$/.test(raw)) throw new UsageError(`--max-warnings needs a whole number of 0 or more (or -1 for no limit), not "${raw}"`);
    maxWarnings = raw === "-1" ? undefined : Number(raw);
  }
  if (v.output !== undefined && v["output-file"] !== undefined) excludes("--output", "--output-file");
  if (v.stdin && positionals.length) throw new UsageError("--stdin reads the text from stdin: give no paths with it (or use - among the paths)");
  if (v["stdin-filename"] !== undefined && positionals.length && !positionals.includes("-"))
    throw new UsageError("--stdin-filename names the text read from stdin: add - to the paths (or give no paths)");
  if (v["stdin-filename"] === "") throw new UsageError("--stdin-filename needs a file name");
  return {
    paths: positionals.length === 0 && (v.stdin || v["stdin-filename"] !== undefined) ? ["-"] : positionals,
    format: oneOf("--format", v.format ?? "stylish", FORMAT_NAMES),
    output: v.output ?? v["output-file"],
    config: v.config,
    rules: v.rule ?? [],
    failOn: oneOf("--fail-on", v["fail-on"] ?? "error", SEVERITIES),
    maxWarnings,
    quiet: v.quiet ?? false,
    color,
    stdinFilename: v["stdin-filename"],
    fix: v["fix-dry-run"] && v.fix ? excludes("--fix", "--fix-dry-run") : v["fix-dry-run"] ? "dry-run" : v.fix ? "write" : undefined,
    fixReadOnly: v["fix-read-only"] ?? false,
    debug: v.debug ?? false,
    openclawVersion: v["openclaw-version"] === undefined ? undefined : /^\d{4}\.\d{1,2}\.\d{1,2}(-[\w.]+)?$/.test(v["openclaw-version"]) ? v["openclaw-version"] : (() => { throw new UsageError(`--openclaw-version needs an OpenClaw version like 2026.9.6, not "${v["openclaw-version"]}"`); })(),
    stateDir: v["state-dir"] === "" ? (() => { throw new UsageError("--state-dir needs a directory"); })() : v["state-dir"],
  };
}

const PORT = /^\d{1,5}$/;

/** The language server's transport flags, checked like every other flag: one transport, a real port. */
export function parseTransport(args: readonly string[]): Transport {
  let transport: Transport | undefined;
  const set = (t: Transport, flag: string) => {
    if (transport) throw new UsageError(`lsp: ${flag} and --${transport.kind} exclude each other: use one transport`);
    transport = t;
  };
  const port = (raw: string | undefined, flag: string): number => {
    if (raw === undefined || raw === "") throw new UsageError(`lsp: ${flag} needs a port number, e.g. ${flag}=5007`);
    const n = Number(raw);
    if (!PORT.test(raw) || n < 1 || n > 65535) throw new UsageError(`lsp: ${flag} needs a port number from 1 to 65535, not "${raw}"`);
    return n;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const m = /^(--[\w-]+)(?:=(.*))?$/s.exec(a);
    const flag = m?.[1];
    // The value of --socket/--pipe/--clientProcessId may be the next argument.
    const value = () => (m?.[2] !== undefined ? m[2] : args[i + 1] !== undefined && !args[i + 1].startsWith("--") ? args[++i] : undefined);
    if (flag === "--stdio" && m?.[2] === undefined) set({ kind: "stdio" }, a);
    else if (flag === "--node-ipc" && m?.[2] === undefined) set({ kind: "node-ipc" }, a);
    else if (flag === "--socket") set({ kind: "socket", port: port(value(), flag) }, flag);
    else if (flag === "--pipe") {
      const name = value();
      if (!name) throw new UsageError("lsp: --pipe needs a pipe name, e.g. --pipe=/tmp/oql.sock");
      set({ kind: "pipe", name }, flag);
    } else if (flag === "--clientProcessId") {
      // Passed by VS Code's client; the library watches that process. Only checked here.
      const pid = value();
      if (!pid || !/^\d+$/.test(pid)) throw new UsageError(`lsp: --clientProcessId needs a process id, not "${pid ?? ""}"`);
    } else if (flag === "--debug") {
      // accepted: stack traces of internal errors
    } else {
      const known = ["--stdio", "--node-ipc", "--socket", "--pipe", "--clientProcessId"];
      const near = flag ? didYouMean(flag, known, 1) : [];
      throw new UsageError(
        flag ? `lsp: unknown option ${a}${near.length ? `; did you mean ${near[0]}?` : "; the transports are --stdio, --node-ipc, --socket=<port> and --pipe=<name>"}` : `lsp takes no arguments other than its transport, got "${a}"`,
      );
    }
  }
  return transport ?? { kind: "stdio" };
}
