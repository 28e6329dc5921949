// Runs the BUILT command (`node bin/openclaw-qwen-lint.js ...`) the way users do, building dist/
// first when any source file is newer than the CLI entry.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BIN = join(ROOT, "bin", "openclaw-qwen-lint.js");
export const CLI_FIXTURES = join(ROOT, "test", "fixtures", "cli");
const ENTRY = join(ROOT, "dist", "cli", "main.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|js)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  if (existsSync(ENTRY) && statSync(ENTRY).mtimeMs >= newestSource(join(ROOT, "src"))) return;
  try {
    execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.build.json")], { cwd: ROOT, stdio: "pipe" });
  } catch {
    // Type errors in files other engineers are editing do not stop tsc from emitting.
  }
  if (!existsSync(ENTRY)) throw new Error(`the build did not produce ${ENTRY}`);
}

/** A HOME without any OpenClaw config, so nothing on this machine leaks into a run. */
export const emptyHome = () => mkdtempSync(join(tmpdir(), "oql-cli-home-"));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string;
}

const baseEnv = (home: string): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(OPENCLAW_|NO_COLOR$|FORCE_COLOR$)/.test(k)) env[k] = v;
  return { ...env, HOME: home };
};

let home: string | undefined;
export function cli(args: readonly string[], opts: RunOptions = {}): Run {
  const env = { ...baseEnv((home ??= emptyHome())), ...opts.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, input: opts.input ?? "", encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
