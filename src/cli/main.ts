// CLI entry (bin/openclaw-qwen-lint.cjs). Loads only the argument parser up front; the linter, the
// formatters and each command come in by dynamic import when they are used.
import { isAbsolute, relative } from "node:path";
import { parseCommandLine, wantsDebug, type Command, type Transport } from "./args.js";
import { CliError, UsageError } from "./errors.js";
import { processIO, type CliIO } from "./io.js";
import type { ProjectConfigError } from "../project-config.js";
import { v8FlagsChanged } from "../engine/node-lazy.js";

const NAME = "openclaw-qwen-lint";

async function dispatch(cmd: Command, io: CliIO): Promise<number> {
  switch (cmd.kind) {
    case "help":
      io.stdout((await import("./help.js")).helpText(cmd.topic));
      return 0;
    case "version": {
      const [{ VERSION }, { CATALOG_VERSION, CATALOG_UPDATED }, { OPENCLAW_VERSION }] = await Promise.all([
        import("../version.js"),
        import("../generated/catalog.js"),
        import("../generated/openclaw.js"),
      ]);
      io.stdout(`${NAME} ${VERSION} (OpenClaw config schema: openclaw ${OPENCLAW_VERSION}; Qwen catalog: plugin ${CATALOG_VERSION}, reviewed ${CATALOG_UPDATED})\n`);
      return 0;
    }
    case "lint":
      return (await import("./lint.js")).lintCommand(cmd.args, io);
    case "rules":
      return (await import("./rules-cmd.js")).rulesCommand(cmd.format, io);
    case "explain":
      return (await import("./explain.js")).explainCommand(cmd.ruleId, io);
    case "catalog":
      return (await import("./catalog-cmd.js")).catalogCommand(cmd.plan, cmd.format, io);
    case "lsp":
      return startLanguageServer(cmd.transport);
  }
}

async function startLanguageServer(transport: Transport): Promise<number> {
  const [{ connect }, { startServer }] = await Promise.all([import("../lsp/transport.js"), import("../lsp/server.js")]);
  startServer({ connection: await connect(transport) });
  serving = true;
  return 0;
}

// By name: importing the class would load the rule registry before it is needed.
const isProjectConfigError = (e: unknown): e is ProjectConfigError => (e as Error)?.name === "ProjectConfigError";

/** Body of a lint worker thread (./parallel.ts starts it from the bundle). */
export const lintWorker = (): Promise<void> => import("./parallel.js").then((m) => m.workerMain());

/** The language server runs on after `run` resolves; every other command is done then. */
let serving = false;
/**
 * Whether the process must run on after `run` resolved (the language server). Otherwise the command
 * ends the process at once (bin/openclaw-qwen-lint.cjs): everything is written by then (synchronously,
 * ./io.ts), and V8's pending tasks, a young-generation collection among them, no longer run first
 * (~1 ms of a lint).
 */
export const keepsRunning = (): boolean => serving;

/** What the last run did, for bin/load-cached.cjs: a run of something new refreshes the code cache. */
let ran = "";
export const cacheKey = (): string => ran;
/** False when this run changed V8's flags (a long run, ./parallel.ts): V8 would refuse the cache it wrote. */
export const cacheable = (): boolean => !v8FlagsChanged();

const keyOf = (cmd: Command): string =>
  cmd.kind === "lint" ? `lint:${cmd.args.format}${cmd.args.fix ? ":fix" : ""}${cmd.args.output !== undefined ? ":output" : ""}` : cmd.kind;

/** Run the CLI; resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const debug = wantsDebug(argv);
  ran = "";
  try {
    const cmd = parseCommandLine(argv);
    const code = await dispatch(cmd, io);
    // Only a completed run: a failed one ran too little of the command's code to stand for it.
    ran = keyOf(cmd);
    return code;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${NAME}: ${e.message}\nRun \`${NAME} --help\` for usage.\n`);
    } else if (isProjectConfigError(e)) {
      const shown = relative(io.cwd, e.path);
      const path = shown && !shown.startsWith("..") && !isAbsolute(shown) ? shown : e.path;
      io.stderr(`${NAME}: invalid project config ${path}:\n${e.problems.map((p) => `${path}:${p.line}:${p.column}: ${p.message}\n`).join("")}`);
    } else if (e instanceof CliError) {
      io.stderr(`${NAME}: ${e.message}\n`);
    } else {
      const err = e as Error;
      io.stderr(`${NAME}: internal error: ${err?.message ?? String(e)}\n`);
      if (debug) io.stderr(`${err?.stack ?? ""}\n${err && "cause" in err && (err.cause as Error)?.stack ? `Caused by: ${(err.cause as Error).stack}\n` : ""}`);
      else io.stderr(`Run with --debug for details, and please report it with the config that triggers it (remove secrets first).\n`);
    }
    if (debug && (e instanceof UsageError || e instanceof CliError) && (e as Error).stack) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
}
