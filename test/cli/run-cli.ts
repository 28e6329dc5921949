// Runs the BUILT command (`node bin/openclaw-qwen-lint.cjs ...`) the way users do, building dist/
// first when any source file is newer than the CLI entry.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { ROOT } from "../build.js";

export { ensureBuilt } from "../build.js";
export { ROOT };
export const BIN = join(ROOT, "bin", "openclaw-qwen-lint.cjs");
export const CLI_FIXTURES = join(ROOT, "test", "fixtures", "cli");
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
