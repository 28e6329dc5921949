// The lint command: inputs -> project configs -> lint -> (fix) -> report -> output and exit code.
import { readRegularFile } from "../engine/safe-read.js";
import { basename, resolve } from "node:path";
import { type Catalog, CATALOG_UPDATED, CATALOG_VERSION, lintText, rules, TOOL_NAME, VERSION, type RuleSetting, type ToolConfig } from "../index.js";
import { catalogFor } from "../catalog/index.js";
import { didYouMean } from "../engine/did-you-mean.js";
import type { LintOptions } from "../engine/linter.js";
import { writeAtomic, WriteError } from "../engine/write-atomic.js";
import { SEVERITY_RANK } from "../engine/rule.js";
import { loadFormatter, type FormatContext, type FormatName } from "../formatters/index.js";
import { findProjectConfig, loadProjectConfig, parseProjectConfig, PROJECT_CONFIG_NAME, RULE_SETTINGS } from "../project-config.js";
import type { FileResult, Report } from "../report.js";
import { nearest, type LintArgs } from "./args.js";
import { CliError, UsageError } from "./errors.js";
import { formatContext } from "./format-context.js";
import { collectInputs, type LintInput } from "./inputs.js";
import { LintPool, threadsFor, tuneForThroughput } from "./parallel.js";
import type { CliIO } from "./io.js";

/** `--rule id=level` flags as settings; unknown ids and levels are usage errors. */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> {
  const ids = rules.map((r) => r.meta.id);
  const out: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const m = /^([^=:\s]+)\s*[=:]\s*(\S+)$/.exec(flag.trim());
    if (!m) throw new UsageError(`--rule needs <rule-id>=<level>, e.g. --rule legacy-provider-alias=off; got "${flag}"`);
    const [, id, level] = m;
    if (!ids.includes(id)) {
      const near = didYouMean(id, ids, 1);
      throw new UsageError(`--rule: unknown rule "${id}"${near.length ? `; did you mean "${near[0]}"?` : "; `openclaw-qwen-lint rules` lists the rule ids"}`);
    }
    if (!(RULE_SETTINGS as readonly string[]).includes(level)) {
      const near = nearest(level, RULE_SETTINGS);
      throw new UsageError(`--rule ${id}: level must be off, info, warning or error, not "${level}"${near ? `; did you mean "${near}"?` : ""}`);
    }
    out[id] = level as RuleSetting;
  }
  return out;
}

const recount = (r: FileResult, diagnostics = r.diagnostics): FileResult => ({
  ...r,
  diagnostics,
  errorCount: diagnostics.filter((d) => d.severity === "error").length,
  warningCount: diagnostics.filter((d) => d.severity === "warning").length,
  infoCount: diagnostics.filter((d) => d.severity === "info").length,
  fixableCount: diagnostics.filter((d) => d.fix).length,
});

/** 1 when anything reaches the failure threshold or warnings exceed --max-warnings, else 0. */
export function exitCodeFor(results: readonly FileResult[], failOn: LintArgs["failOn"], maxWarnings?: number): 0 | 1 {
  const failing = results.some((r) => r.diagnostics.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[failOn]));
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  return failing || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}

/**
 * FORCE_COLOR as Node and chalk read it: "0" or "false" turns colours off, any other value (also empty)
 * on, whatever the terminal; it beats NO_COLOR. Unset: undefined (the terminal and NO_COLOR decide).
 */
export function colorFromEnv(env: Readonly<Record<string, string | undefined>>): boolean | undefined {
  const force = env.FORCE_COLOR;
  if (force === undefined) return undefined;
  return !/^(0|false)$/i.test(force.trim());
}

function writeOutput(file: string, text: string): void {
  try {
    writeAtomic(file, text);
  } catch (e) {
    // Disk full, permission denied, read-only: the user's conditions, said plainly (exit 2).
    if (e instanceof WriteError) throw new CliError(e.message.startsWith("cannot write") ? e.message : `cannot write ${file}: ${e.message}`);
    throw e;
  }
}

type Install = Awaited<ReturnType<typeof readInstallationFor>>;

/** Formats read by people, where a note on stderr helps; the others are read by programs. */
const HUMAN_FORMATS = new Set(["stylish", "compact"]);

export async function lintCommand(args: LintArgs, io: CliIO): Promise<number> {
  const flagRules = parseRuleFlags(args.rules);
  const formatter = loadFormatter(args.format as FormatName);
  // The installation: with --state-dir, or with no paths (what `openclaw-qwen-lint` alone lints). Loaded
  // only then, so linting named files does not pay for the database reader.
  const wantsInstall = args.stateDir !== undefined || (args.paths.length === 0 && args.stdinFilename === undefined);
  const install = wantsInstall ? await readInstallationFor(args, io) : undefined;
  const paths = args.stateDir !== undefined && args.paths.length === 0 && install ? [install.installation.configPath] : args.paths;
  // Lint threads start as soon as the inputs are listed, and load while the run is set up; the files
  // are read as the threads take them (./parallel.ts).
  let pool: LintPool | undefined;
  const onListed = (displayPaths: string[]) => {
    // --debug prints a throwing rule's stack (onRuleError), which only the main thread can report.
    const threads = args.debug ? 1 : threadsFor(displayPaths.filter((p) => !isToolConfigPath(p)).length, io.env);
    if (threads > 1) pool = new LintPool(threads);
  };
  try {
    return await lintAndReport(args, io, paths, install, flagRules, formatter, onListed, () => pool);
  } finally {
    pool?.close();
  }
}

async function lintAndReport(
  args: LintArgs,
  io: CliIO,
  paths: readonly string[],
  install: Install | undefined,
  flagRules: Record<string, RuleSetting>,
  formatter: ReturnType<typeof loadFormatter>,
  onListed: (displayPaths: string[]) => void,
  pool: () => LintPool | undefined,
): Promise<number> {
  const inputs = await collectInputs({ paths, stdinFilename: args.stdinFilename, cwd: io.cwd, env: io.env, readStdin: io.readStdin, onListed });
  const settingsFor = projectSettings(args, io, flagRules);
  // A rule that throws becomes a finding of its own (the report stays complete) and exit code 2.
  let ruleErrors = 0;
  const onRuleError = (ruleId: string, e: unknown) => {
    ruleErrors++;
    if (args.debug) io.stderr(`rule ${ruleId} threw: ${(e as Error)?.stack ?? String(e)}\n`);
  };
  const optionsFor = (input: LintInput): LintOptions => {
    const { config, catalog } = settingsFor(input);
    return { filePath: input.displayPath, config, catalog, env: io.env, onRuleError, installation: install, openclawVersion: args.openclawVersion };
  };
  // The tool's own config, when passed as an input (e.g. by the pre-commit hook), is validated as
  // such (an invalid one is exit 2, like --config), never linted as an OpenClaw config.
  for (const input of inputs) if (isToolConfig(input)) parseProjectConfig(input.text, input.absPath ?? resolve(io.cwd, input.displayPath));
  let results = await lintInputs(inputs, settingsFor, optionsFor, pool(), io.env);

  const texts = new Map<string, string>(inputs.map((i) => [i.displayPath, i.text]));
  let extra = "";
  // Fixed stdin text owns stdout; the report then goes to stderr.
  let reportOut = io.stdout;
  if (args.fix) {
    // Loaded only when asked for: the fixer is not part of a plain lint run.
    const { runFix } = await import("./fix.js");
    const fixable = inputs.map((input, i) => ({ input, result: results[i] })).filter(({ input }) => !isToolConfig(input));
    const outcome = await runFix({ mode: args.fix, files: fixable, options: optionsFor, cwd: io.cwd, allowReadOnly: args.fixReadOnly });
    if (!outcome.ok) throw new CliError(outcome.message);
    const fixedResults = new Map(fixable.map((f, i) => [f.input, outcome.results[i]]));
    results = inputs.map((input, i) => fixedResults.get(input) ?? results[i]);
    extra = outcome.output ?? "";
    if (outcome.outputIsFixedText) reportOut = io.stderr;
    io.stderr(outcome.summary);
    for (const [path, text] of Object.entries(outcome.texts ?? {})) texts.set(path, text);
  }

  if (args.quiet) results = results.map((r) => recount(r, r.diagnostics.filter((d) => d.severity === "error")));
  const format = await formatter;
  if (extra) io.stdout(extra);
  await writeReport(results, args, io, format, reportOut, sourceReader(texts, io, install));
  // Said once per run, for people: machine formats carry it as FileResult.versionAssumed (json) or not at all.
  const assumed = results.find((r) => r.versionAssumed)?.versionAssumed;
  if (assumed && HUMAN_FORMATS.has(args.format))
    io.stderr(`openclaw-qwen-lint: note: no OpenClaw version known (--openclaw-version, the installation, meta.lastTouchedVersion); findings that depend on it assume the newest, ${assumed}.\n`);
  if (ruleErrors || results.some((r) => r.diagnostics.some((d) => d.internalError))) {
    io.stderr(`openclaw-qwen-lint: a rule failed with an internal error (see the report); the other findings are complete.${args.debug ? "" : " Run with --debug for the stack."}\n`);
    return 2;
  }
  return exitCodeFor(results, args.failOn, args.maxWarnings);
}

const isToolConfigPath = (displayPath: string) => basename(displayPath) === PROJECT_CONFIG_NAME;
const isToolConfig = (input: LintInput) => isToolConfigPath(input.displayPath);

type Settings = { config: ToolConfig; catalog?: Catalog };

/** One project config per file (nearest upward), or --config for all; defaults < project < --rule. */
function projectSettings(args: LintArgs, io: CliIO, flagRules: Record<string, RuleSetting>): (input: LintInput) => Settings {
  const explicit = args.config !== undefined ? loadProjectConfig(resolve(io.cwd, args.config)) : undefined;
  const byPath = new Map<string, Settings>();
  // Many inputs share a directory (globs): look upward once per directory.
  const foundIn = new Map<string, string | undefined>();
  const projectConfigIn = (dir: string) => {
    if (!foundIn.has(dir)) foundIn.set(dir, findProjectConfig(dir));
    return foundIn.get(dir);
  };
  return (input) => {
    const path = explicit?.path ?? projectConfigIn(input.dir) ?? "";
    let s = byPath.get(path);
    if (!s) {
      const project = explicit ?? (path ? loadProjectConfig(path) : undefined);
      const ext = project?.config.catalog;
      const catalog = catalogFor(ext);
      s = { catalog, config: { ...project?.config, rules: { ...project?.config.rules, ...flagRules } } };
      byPath.set(path, s);
    }
    return s;
  };
}

/** A config this long (characters) takes a lint of ~100 ms or more: worth setting V8 for (./parallel.ts). */
const BIG_INPUT = 256 * 1024;

/** Lints every input but the tool's own config (an empty result), in input order; many on all cores (./parallel.ts). */
async function lintInputs(
  inputs: LintInput[],
  settingsFor: (input: LintInput) => Settings,
  optionsFor: (input: LintInput) => LintOptions,
  pool: LintPool | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Promise<FileResult[]> {
  const configs = inputs.filter((input) => !isToolConfig(input));
  let linted: FileResult[];
  if (pool) {
    const settingsList: ToolConfig[] = [];
    const settingsIndex = new Map<ToolConfig, number>();
    const jobs = configs.map((input) => {
      const { config } = settingsFor(input);
      if (!settingsIndex.has(config)) settingsIndex.set(config, settingsList.push(config) - 1);
      return { source: input, filePath: input.displayPath, settings: settingsIndex.get(config)! };
    });
    linted = await pool.lintAll(jobs, settingsList, env);
  } else
    linted = configs.map((input) => {
      if (input.text.length >= BIG_INPUT) tuneForThroughput();
      return lintText(input.text, optionsFor(input));
    });
  const byInput = new Map(configs.map((input, i) => [input, linted[i]]));
  return inputs.map((input) => byInput.get(input) ?? recount({ filePath: input.displayPath, diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 }));
}

/** The text of a file in the report, for code frames and fixes: what was linted, else read (regular files only). */
function sourceReader(texts: Map<string, string>, io: CliIO, install: Install | undefined) {
  return (filePath: string) => {
    // .env files and the state database hold keys: never framed.
    if (install?.hidden.has(resolve(io.cwd, filePath))) return undefined;
    if (!texts.has(filePath)) {
      try {
        // Only regular files, bounded: a path in the report could be a FIFO or a device by now.
        texts.set(filePath, readRegularFile(resolve(io.cwd, filePath)));
      } catch {
        return undefined;
      }
    }
    return texts.get(filePath);
  };
}

/** The report to -o (with a summary to the terminal) or to the terminal. */
async function writeReport(
  results: FileResult[],
  args: LintArgs,
  io: CliIO,
  format: Awaited<ReturnType<typeof loadFormatter>>,
  reportOut: (text: string) => void,
  source: (filePath: string) => string | undefined,
): Promise<void> {
  const report: Report = {
    version: 1,
    tool: { name: TOOL_NAME, version: VERSION, catalogVersion: CATALOG_VERSION, catalogUpdated: CATALOG_UPDATED },
    results,
  };
  const ctx = (color: boolean): FormatContext => formatContext({ cwd: io.cwd, color, source });
  // Asked only where colour can show: finding out whether stdout is a terminal loads node:tty (and net).
  const color = () => args.color ?? colorFromEnv(io.env) ?? (!io.env.NO_COLOR && io.stdoutIsTTY);
  if (args.output !== undefined) {
    writeOutput(resolve(io.cwd, args.output), format(report, ctx(false)));
    const { summarize } = await import("../formatters/stylish.js");
    reportOut(summarize(report.results, color()));
  } else {
    reportOut(format(report, ctx(HUMAN_FORMATS.has(args.format) && color())));
  }
}

/** Read the installation (read-only) and say on stderr what could not be read; the config lint runs regardless. */
async function readInstallationFor(args: LintArgs, io: CliIO) {
  const [{ readInstallation }, { installationSource }] = await Promise.all([import("../install/installation.js"), import("../install/keys.js")]);
  const installation = readInstallation({ stateDir: args.stateDir, env: io.env, cwd: io.cwd });
  for (const p of installation.problems)
    // Without --state-dir a missing database just means a config-only setup.
    if (p.code !== "missing-db" || args.stateDir !== undefined) io.stderr(`openclaw-qwen-lint: note: ${p.message}\n`);
  const hidden = new Set<string>([installation.dbPath, ...installation.envFiles.map((f) => f.path)]);
  return Object.assign(installationSource(installation, io.env), { hidden });
}
