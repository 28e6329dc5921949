// Many configs in one run (globs over a repository of configs) are linted on all cores: the inputs are
// split by size into one share per thread, the main thread lints its own share meanwhile, and the
// results come back in input order, the same as linting them one after another. Only the bundled CLI
// does this (a worker loads the bundle); the library and a small run lint in the main thread.
// OPENCLAW_QWEN_LINT_WORKERS=1 turns it off; another number is the number of threads to use.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogFor } from "../catalog/index.js";
import { lintText, type LintOptions, type ToolConfig } from "../engine/linter.js";
import type { FileResult } from "../report.js";
import { availableParallelism, workerThreads } from "../engine/node-lazy.js";

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

// Loaded when used (a dynamic import() would not work in the bundle, which runs through vm.Script).
const threads_ = workerThreads;

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

/**
 * Threads that lint a share each. Started before the inputs are read (as soon as their number is
 * known), so that loading the bundle in each thread overlaps the reading; each waits for its share.
 * Unreferenced until given one: a run that fails before linting exits without waiting for them.
 */
export class LintPool {
  private readonly workers: import("node:worker_threads").Worker[];
  private readonly done: Promise<string>[];

  constructor(readonly threads: number) {
    const { Worker } = threads_();
    const bundle = fileURLToPath(import.meta.url);
    // Through the CLI's code cache (bin/load-cached.cjs, read-only here): a plain require compiled the
    // whole bundle again in every thread.
    const loader = join(dirname(bundle), "..", "bin", "load-cached.cjs");
    const load = `(require("node:fs").existsSync(${JSON.stringify(loader)}) ? require(${JSON.stringify(loader)})(${JSON.stringify(bundle)}, { readOnly: true }) : require(${JSON.stringify(bundle)}))`;
    this.workers = Array.from({ length: threads - 1 }, () => new Worker(`${load}.lintWorker()`, { eval: true }));
    this.done = this.workers.map(
      (w) =>
        new Promise<string>((resolve, reject) => {
          w.once("message", resolve);
          w.once("error", reject);
          w.once("exit", (code) => reject(new Error(`lint worker exited with code ${code}`)));
        }),
    );
    for (const w of this.workers) w.unref();
    // Not awaited until lintAll: a pool closed unused must not leave an unhandled rejection.
    for (const d of this.done) d.catch(() => {});
  }

  /** Lint every job, this thread included; results in job order. */
  async lintAll(jobs: LintJob[], settings: ToolConfig[], env: Readonly<Record<string, string | undefined>>): Promise<FileResult[]> {
    const plainEnv = { ...env };
    const [mine, ...theirs] = split(jobs, this.threads);
    this.workers.forEach((w, i) => {
      w.postMessage({ jobs: theirs[i] ?? [], settings, env: plainEnv } satisfies Share);
      w.ref();
    });
    const own = lintShare({ jobs: mine, settings, env: plainEnv });
    // Results come back as JSON text: parsing it costs the main thread a third of what deserialising the
    // same objects does, and results hold only strings, whole numbers, booleans, arrays and objects.
    const theirResults = (await Promise.all(this.done)).map((text) => JSON.parse(text) as FileResult[]);
    return [own, ...theirResults].flat();
  }

  /** Stop the threads (a run that failed before linting). */
  close(): void {
    for (const w of this.workers) void w.terminate();
  }
}

/** A worker's body: wait for its share, lint it and post the results as JSON text. */
export function workerMain(): void {
  const { parentPort } = threads_();
  parentPort!.once("message", (share: Share) => parentPort!.postMessage(JSON.stringify(lintShare(share))));
}
