// Many configs in one run (globs over a repository of configs) are linted on all cores: the inputs are
// split by size into one share per thread, the main thread lints its own share meanwhile, and the
// results come back in input order, the same as linting them one after another. Only the bundled CLI
// does this (a worker loads the bundle); the library and a small run lint in the main thread.
// OPENCLAW_QWEN_LINT_WORKERS=1 turns it off; another number is the number of threads to use.
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { catalogFor } from "../catalog/index.js";
import { lintText, type LintOptions, type ToolConfig } from "../engine/linter.js";
import type { FileResult } from "../report.js";

/** Set by scripts/build.mjs in the bundled CLI only. */
declare const __OQL_BUNDLE__: boolean | undefined;

export interface LintJob {
  text: string;
  filePath: string;
  /** Index into the settings list: inputs under one project config share it. */
  settings: number;
}

interface Share {
  jobs: LintJob[];
  settings: ToolConfig[];
  env: Record<string, string | undefined>;
}

// Required when used (a dynamic import() would not work in the bundle, which runs through vm.Script).
const threads_ = (): typeof import("node:worker_threads") => createRequire(import.meta.url)("node:worker_threads");

/** Below this many files, starting threads (each loads the bundle) costs more than it saves. */
const MIN_FILES = 64;
const MIN_FILES_PER_THREAD = 32;

export function threadsFor(files: number, env: Readonly<Record<string, string | undefined>>): number {
  if (typeof __OQL_BUNDLE__ === "undefined" || files < MIN_FILES) return 1;
  const setting = env.OPENCLAW_QWEN_LINT_WORKERS?.trim();
  const wanted = setting && /^\d+$/.test(setting) ? Number(setting) : availableParallelism();
  return Math.max(1, Math.min(wanted, Math.floor(files / MIN_FILES_PER_THREAD), 16));
}

function lintShare(share: Share): FileResult[] {
  const options = share.settings.map((config) => ({ config, catalog: catalogFor(config.catalog), env: share.env }));
  return share.jobs.map((j) => lintText(j.text, { ...options[j.settings], filePath: j.filePath } satisfies LintOptions));
}

/** Contiguous shares of about equal size in characters (linting time follows size). */
function split(jobs: LintJob[], n: number): LintJob[][] {
  const total = jobs.reduce((s, j) => s + j.text.length + 200, 0);
  const shares: LintJob[][] = [[]];
  let acc = 0;
  for (const j of jobs) {
    if (acc >= (total * shares.length) / n && shares.length < n) shares.push([]);
    shares[shares.length - 1].push(j);
    acc += j.text.length + 200;
  }
  return shares;
}

/** Lint every job, on `threads` threads (this one included); results in job order. */
export async function lintAll(jobs: LintJob[], settings: ToolConfig[], env: Readonly<Record<string, string | undefined>>, threads: number): Promise<FileResult[]> {
  const plainEnv = { ...env };
  if (threads <= 1) return lintShare({ jobs, settings, env: plainEnv });
  const { Worker } = threads_();
  const bundle = fileURLToPath(import.meta.url);
  const [mine, ...theirs] = split(jobs, threads);
  const pending = theirs.map(
    (share) =>
      new Promise<FileResult[]>((resolve, reject) => {
        const w = new Worker(`require(${JSON.stringify(bundle)}).lintWorker()`, { eval: true, workerData: { jobs: share, settings, env: plainEnv } satisfies Share });
        w.once("message", (r: FileResult[]) => resolve(r));
        w.once("error", reject);
        w.once("exit", (code) => reject(new Error(`lint worker exited with code ${code}`)));
      }),
  );
  const own = lintShare({ jobs: mine, settings, env: plainEnv });
  return [own, ...(await Promise.all(pending))].flat();
}

/** A worker's body: lint its share and post the results. */
export function workerMain(): void {
  const { parentPort, workerData } = threads_();
  parentPort!.postMessage(lintShare(workerData as Share));
}
