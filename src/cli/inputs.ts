// Which texts to lint: files, globs, `-` (stdin), or, with no paths, the active OpenClaw config the
// way OpenClaw finds it (OPENCLAW_CONFIG_PATH, else openclaw.json in the state dir; see facts §1.1).
import { existsSync, lstatSync, realpathSync } from "node:fs";
import { FileReadError, MAX_FILE_BYTES, readRegularFile } from "../engine/safe-read.js";
import { describeFsError } from "../engine/write-atomic.js";
import { basename, dirname, join, resolve } from "node:path";
import { homedir } from "../engine/node-lazy.js";
import { CliError } from "./errors.js";

export interface LintInput {
  /** Path as shown in the report (as given, relative to cwd for glob matches; stdin: its name). */
  displayPath: string;
  /** A file's text is read when first asked for, and throws CliError when it cannot be read. */
  readonly text: string;
  /** Where the project config search starts. */
  dir: string;
  stdin: boolean;
  /** Absolute path on disk (files only). */
  absPath?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const STDIN_NAME = "<stdin>";
const GLOB_CHARS = /[*?[\]{}()!]/;

/** OpenClaw treats blank values and the strings "undefined"/"null" as unset. */
const envValue = (env: Env, name: string) => {
  const v = env[name]?.trim();
  return v && v !== "undefined" && v !== "null" ? v : undefined;
};

/** OPENCLAW_HOME > HOME > USERPROFILE > os.homedir(); a leading ~ in OPENCLAW_HOME is the OS home. */
function openclawHome(env: Env): string {
  const osHome = envValue(env, "HOME") ?? envValue(env, "USERPROFILE") ?? homedir();
  const explicit = envValue(env, "OPENCLAW_HOME");
  if (!explicit) return resolve(osHome);
  return resolve(explicit.replace(/^~(?=$|[\\/])/, osHome));
}

const userPath = (p: string, env: Env, cwd: string) => resolve(cwd, p.trim().replace(/^~(?=$|[\\/])/, openclawHome(env)));

/** The config OpenClaw would load, and what was looked at when there is none. */
export function defaultConfigPath(env: Env, cwd: string): { path?: string; looked: string[]; via: string } {
  const explicit = envValue(env, "OPENCLAW_CONFIG_PATH");
  if (explicit) {
    const p = userPath(explicit, env, cwd);
    return { path: existsSync(p) ? p : undefined, looked: [p], via: "OPENCLAW_CONFIG_PATH" };
  }
  // Same candidates, in the same order, as OpenClaw's resolveDefaultConfigCandidates.
  const names = ["openclaw.json", "clawdbot.json"];
  const dirs: string[] = [];
  const stateDir = envValue(env, "OPENCLAW_STATE_DIR");
  if (stateDir) dirs.push(userPath(stateDir, env, cwd));
  const home = openclawHome(env);
  dirs.push(join(home, ".openclaw"), join(home, ".clawdbot"));
  const looked = dirs.flatMap((d) => names.map((n) => join(d, n)));
  return { path: looked.find((p) => existsSync(p)), looked: [looked[0]], via: stateDir ? "OPENCLAW_STATE_DIR" : envValue(env, "OPENCLAW_HOME") ? "OPENCLAW_HOME" : "" };
}

function readError(display: string, e: unknown): CliError {
  const err = e as NodeJS.ErrnoException;
  if (e instanceof FileReadError) {
    if (e.code === "EFBIG")
      return new CliError(`cannot read ${display}: it is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, the most openclaw-qwen-lint reads (OpenClaw reads at most 2 MB per $include file)`);
    return new CliError(`cannot read ${display}: ${e.message.replace(e.path, "it")}; pass a regular file, or - to read standard input`);
  }
  const why =
    err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "it is a directory" : err.code === "EACCES" || err.code === "EPERM" ? "permission denied" : describeFsError(e);
  return new CliError(`cannot read ${display}: ${why}`);
}

function readFile(display: string, abs: string): string {
  try {
    // Regular files only (a FIFO would block, /dev/zero never ends), at most MAX_FILE_BYTES. A directory
    // is told apart from the open descriptor (or EISDIR where it cannot be opened), not by a stat
    // first: one system call less per file, 10,000 in a run over a repository of configs.
    return readRegularFile(abs);
  } catch (e) {
    if ((e instanceof FileReadError && e.directory) || (e as NodeJS.ErrnoException).code === "EISDIR")
      throw new CliError(`${display} is a directory; pass a file (e.g. ${join(display, "openclaw.json")}) or a quoted glob (e.g. "${join(display, "*.json5")}")`);
    throw readError(display, e);
  }
}

const realpathOr = (abs: string) => {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
};

/**
 * A file's real path, to read each file once however it is named. Globs name many files of one
 * directory: a file that is not itself a symlink has its directory's real path plus its name, so the
 * directory is resolved once (realpathSync looks at every component of every path) and the file gets
 * one lstat.
 */
function identities(): (abs: string) => string {
  const dirs = new Map<string, string>();
  return (abs) => {
    const name = basename(abs);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      return realpathOr(abs);
    }
    if (st.isSymbolicLink() || name === "" || name === "." || name === "..") return realpathOr(abs);
    const dir = dirname(abs);
    let real = dirs.get(dir);
    if (real === undefined) dirs.set(dir, (real = realpathOr(dir)));
    return join(real, name);
  };
}

/**
 * A file, read when its text is first asked for: a run over many files reads each one as it hands the
 * file to a lint thread, so the reading overlaps the other threads' linting instead of coming first.
 */
class FileInput implements LintInput {
  readonly stdin = false;
  readonly dir: string;
  private read: string | undefined;
  constructor(
    readonly displayPath: string,
    readonly absPath: string,
  ) {
    this.dir = dirname(absPath);
  }
  get text(): string {
    return (this.read ??= readFile(this.displayPath, this.absPath));
  }
}

export interface InputOptions {
  paths: readonly string[];
  stdinFilename?: string;
  cwd: string;
  env: Env;
  readStdin(): Promise<string>;
  /** Called with the display paths of what will be read, before any of it is read. */
  onListed?(displayPaths: string[]): void;
}

/**
 * Resolve every input; throws CliError for a glob that matches nothing. Files are read when their
 * text is first asked for (in input order, by the caller), and that throws CliError for one that
 * cannot be read; stdin is read here.
 */
export async function collectInputs(o: InputOptions): Promise<LintInput[]> {
  if (o.paths.length === 0) {
    const found = defaultConfigPath(o.env, o.cwd);
    if (!found.path) {
      const where = found.via === "OPENCLAW_CONFIG_PATH" ? `OPENCLAW_CONFIG_PATH points to ${found.looked[0]}, which does not exist` : `no OpenClaw config found at ${found.looked[0]}${found.via ? ` (from ${found.via})` : ""}`;
      throw new CliError(`${where}.\nPass the config to lint, e.g. \`openclaw-qwen-lint path/to/openclaw.json\`, or set OPENCLAW_CONFIG_PATH.`);
    }
    return [new FileInput(found.path, found.path)];
  }

  // What to read (globs expanded, each file once), in order; the files are read when their text is
  // first asked for, so the caller may start work that needs only the list (lint threads) first. A
  // glob that matches nothing ends the list, and is the error if no file before it fails to read.
  type Item = { display: string; abs: string } | "stdin" | CliError;
  const items: Item[] = [];
  const seen = new Set<string>();
  const identity = identities();
  const addFile = (display: string, abs: string) => {
    const id = identity(abs);
    if (seen.has(id)) return;
    seen.add(id);
    items.push({ display, abs });
  };
  let stdinDone = false;
  for (const p of o.paths) {
    if (p === "-") {
      if (!stdinDone) items.push("stdin");
      stdinDone = true;
      continue;
    }
    const abs = resolve(o.cwd, p);
    if (existsSync(abs) || !GLOB_CHARS.test(p)) {
      addFile(p, abs);
      continue;
    }
    const { glob } = await import("tinyglobby");
    // dot: `**` and `*` match dot folders and dotfiles, so "**/openclaw*.json" finds
    // .openclaw/openclaw.json (OpenClaw's own folder) as pre-commit's `files` regex does.
    const matches = await glob(p, {
      cwd: o.cwd,
      onlyFiles: true,
      expandDirectories: false,
      dot: true,
      ignore: [...(p.includes("node_modules") ? [] : ["**/node_modules/**"]), ...(p.includes(".git/") ? [] : ["**/.git/**"])],
    });
    if (!matches.length) {
      items.push(new CliError(`no files match ${p}`));
      break;
    }
    for (const m of matches.sort()) addFile(m, resolve(o.cwd, m));
  }
  const stdinName = o.stdinFilename ?? STDIN_NAME;
  o.onListed?.(items.flatMap((it) => (it instanceof CliError ? [] : [it === "stdin" ? stdinName : it.display])));
  const out: LintInput[] = [];
  for (const it of items) {
    if (it instanceof CliError) {
      // The files before a glob that matched nothing are read first: one that cannot be read is the
      // error, as it would be in a run without that glob.
      for (const input of out) void input.text;
      throw it;
    }
    if (it === "stdin") out.push({ displayPath: stdinName, text: await o.readStdin(), dir: o.stdinFilename ? dirname(resolve(o.cwd, stdinName)) : o.cwd, stdin: true });
    else out.push(new FileInput(it.display, it.abs));
  }
  return out;
}
