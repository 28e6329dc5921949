// Many configs in one run (globs over a repository of configs) are linted on all cores: the inputs are
// cut into chunks that the threads take in turn, the main thread among them, and the results come back
// in input order, the same as linting them one after another. Only the bundled CLI
// does this (a worker loads the bundle); the library and a small run lint in the main thread.
// OPENCLAW_QWEN_LINT_WORKERS=1 turns it off; another number is the number of threads to use.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogFor } from "../catalog/index.js";
import { lintText, type LintOptions, type ToolConfig } from "../engine/linter.js";
import type { FileResult } from "../report.js";
import { availableParallelism, setV8Flags, workerThreads } from "../engine/node-lazy.js";

/** Set by scripts/build.mjs in the bundled CLI only. */
declare const __OQL_BUNDLE__: boolean | undefined;
/** The bundle's path (scripts/build.mjs), in the bundle. */
declare const __OQL_BUNDLE_FILE__: string | undefined;

export interface LintJob {
  text: string;
  filePath: string;
  /** Index into the settings list: inputs under one project config share it. */
  settings: number;
}

/**
 * A job as lintAll takes it: its text is read (`source.text`, which throws when the file cannot be
 * read) when the job is handed out, in input order, so that reading overlaps the other threads' linting.
 */
export interface PendingJob {
  source: { readonly text: string };
  filePath: string;
  settings: number;
}

/** What every thread needs once: the settings the jobs index, and the environment. */
interface Setup {
  settings: ToolConfig[];
  env: Record<string, string | undefined>;
}

/** To a worker: its setup, then chunks of jobs. From a worker: a chunk's results as JSON text. */
type ToWorker = { setup: Setup } | { chunk: number; jobs: LintJob[] };
interface FromWorker {
  chunk: number;
  results: string;
}

// Loaded when used (a dynamic import() would not work in the bundle, which runs through vm.Script).
const threads_ = workerThreads;

/**
 * V8 set for a long run: many files (LintPool), or one big one (./lint.ts). Not for the library or the
 * language server, which share their process. Only flags that V8 reads as it works (changing others after
 * start-up is not safe); each measured on 10,000 configs, output identical:
 * - Its optimizing compiler (TurboFan) compiled for ~8.5 s on 2 cores, more than it gained:
 *   - it inlines at most 100 bytes of bytecode into a function (default 920): each rule's `check` was
 *     compiled with much of the engine inside it, again in each thread;
 *   - it leaves functions named `check` alone: the rules' entry points (Rule.check) run once per file
 *     and spend their time in the helpers they call, which are optimized on their own (the validator's
 *     walk is named checkNode for this).
 *   Compiling 8.5 → 2.3 s; the run 6.07 → 5.20 s with the reading overlap of lintAll.
 * - No allocation-site pretenuring. When many objects of one allocation site survive a young
 *   collection, V8 allocates that site's objects in the old generation from then on. A lint's objects
 *   live for one file: pretenured, they are garbage in the old generation, and they keep the young
 *   objects they point to alive through the next collections. Promoted 392 → 212 MB, GC pauses
 *   1,143 → 761 ms, the run 5.10 → 4.62 s (medians of 6 interleaved runs).
 * A 2 MB config with all three: 641 → 588 ms (medians of 8).
 * V8 still reads the code cache in such a run (the worker threads load the bundle through it), but a
 * cache written in it would record these flags and be refused by every plain run: it writes none
 * (v8FlagsChanged, bin/load-cached.cjs).
 */
let tuned = false;
export function tuneForThroughput(): void {
  if (tuned) return;
  tuned = true;
  // V8 prints "unrecognized flag" on stderr for a flag it no longer has: only the versions these were
  // checked on (11.3, Node 20; 13.6, Node 24) and the one between them.
  if (!/^1[1-3]\./.test(process.versions.v8)) return;
  setV8Flags("--max-inlined-bytecode-size-cumulative=100 --turbo-filter=-check --no-allocation-site-pretenuring");
}

/** Below this many files, starting threads (each loads the bundle) costs more than it saves. */
const MIN_FILES = 64;
const MIN_FILES_PER_THREAD = 32;

export function threadsFor(files: number, env: Readonly<Record<string, string | undefined>>): number {
  if (typeof __OQL_BUNDLE__ === "undefined" || files < MIN_FILES) return 1;
  const setting = env.OPENCLAW_QWEN_LINT_WORKERS?.trim();
  const wanted = setting && /^\d+$/.test(setting) ? Number(setting) : availableParallelism();
  return Math.max(1, Math.min(wanted, Math.floor(files / MIN_FILES_PER_THREAD), 16));
}

/** A linter for the jobs of one setup. */
function linterFor(setup: Setup): (jobs: LintJob[]) => FileResult[] {
  const options = setup.settings.map((config) => ({ config, catalog: catalogFor(config.catalog), env: setup.env }));
  return (jobs) => jobs.map((j) => lintText(j.text, { ...options[j.settings], filePath: j.filePath } satisfies LintOptions));
}

/**
 * Files in a worker's next chunk: fewer as the work runs out (a thread that takes the last chunks should
 * not keep the others waiting long; a chunk takes about a millisecond per file), never so few that
 * handing them out costs anything.
 */
const chunkSize = (left: number, threads: number) => Math.max(8, Math.min(64, Math.ceil(left / (threads * 4))));

/**
 * Threads that lint chunks of the inputs, this thread among them. The chunks are handed out in input
 * order as threads become free, so every thread works until the end: with one fixed share per thread,
 * the thread whose share happened to lint slower (JIT warm-up, GC, the machine's other work) was still
 * busy while the others had finished. Threads start as soon as the inputs are listed, so that loading
 * the bundle in each overlaps the rest of the set-up; the files are read as their chunks are handed
 * out (lintAll). Unreferenced until given work: a run that fails before linting exits without
 * waiting for them.
 */
export class LintPool {
  private readonly workers: import("node:worker_threads").Worker[];
  /** Rejected when a thread fails (an error, or an exit before the last chunk), from its start on. */
  private readonly failure: Promise<never>;

  constructor(readonly threads: number) {
    const { Worker } = threads_();
    tuneForThroughput();
    const bundle = typeof __OQL_BUNDLE_FILE__ === "string" ? __OQL_BUNDLE_FILE__ : fileURLToPath(import.meta.url);
    // Through the CLI's code cache (bin/load-cached.cjs, read-only here): a plain require compiled the
    // whole bundle again in every thread.
    const loader = join(dirname(bundle), "..", "bin", "load-cached.cjs");
    const load = `(require("node:fs").existsSync(${JSON.stringify(loader)}) ? require(${JSON.stringify(loader)})(${JSON.stringify(bundle)}, { readOnly: true }) : require(${JSON.stringify(bundle)}))`;
    this.workers = Array.from({ length: threads - 1 }, () => new Worker(`${load}.lintWorker()`, { eval: true }));
    this.failure = new Promise<never>((_, reject) => {
      for (const w of this.workers) {
        w.once("error", reject);
        w.once("exit", (code) => reject(new Error(`lint worker exited with code ${code}`)));
      }
    });
    // Not awaited until lintAll: a pool closed unused must not leave an unhandled rejection.
    this.failure.catch(() => {});
    for (const w of this.workers) w.unref();
  }

  /** Lint every job, this thread included; results in job order. */
  lintAll(jobs: PendingJob[], settings: ToolConfig[], env: Readonly<Record<string, string | undefined>>): Promise<FileResult[]> {
    const setup: Setup = { settings, env: { ...env } };
    const lintHere = linterFor(setup);
    // Chunks in input order: done[k] holds the results of the k-th chunk handed out.
    const done: FileResult[][] = [];
    let next = 0;
    let left = 0;
    let failed = false;
    // Reads the chunk's files here, in input order: the first that cannot be read ends the run.
    const take = (size: number): { chunk: number; jobs: LintJob[] } | undefined => {
      if (next >= jobs.length) return undefined;
      const taken = jobs.slice(next, (next += size)).map((j) => ({ text: j.source.text, filePath: j.filePath, settings: j.settings }));
      left++;
      return { chunk: done.push([]) - 1, jobs: taken };
    };
    if (!jobs.length) return Promise.resolve([]);
    const all = new Promise<FileResult[]>((resolve, reject) => {
      // An unreadable file (or any other error) here: the run fails with it, once.
      const fail = (e: unknown) => {
        if (!failed) reject(e);
        failed = true;
      };
      const finished = () => {
        if (--left > 0 || next < jobs.length) return;
        for (const w of this.workers) w.unref();
        resolve(done.flat());
      };
      const give = (w: import("node:worker_threads").Worker) => {
        const c = take(chunkSize(jobs.length - next, this.threads));
        if (c) w.postMessage(c satisfies ToWorker);
      };
      for (const w of this.workers) {
        w.on("message", (m: FromWorker) => {
          if (failed) return;
          try {
            // Results come back as JSON text: parsing it costs this thread a third of what deserialising
            // the same objects does, and results hold only strings, whole numbers, booleans, arrays and objects.
            done[m.chunk] = JSON.parse(m.results) as FileResult[];
            give(w);
            finished();
          } catch (e) {
            fail(e);
          }
        });
        w.postMessage({ setup } satisfies ToWorker);
        w.ref();
      }
      // Two chunks each: a worker has the next one at hand while its results of the last wait for
      // this thread to come back to the event loop.
      try {
        for (const w of this.workers) give(w);
        for (const w of this.workers) give(w);
      } catch (e) {
        fail(e);
      }
      // This thread lints a quarter of a chunk at a time and returns to the event loop in between,
      // where it reads the workers' results and hands them their next chunks: a worker never runs
      // out of work while this thread is busy.
      const step = () => {
        if (failed) return;
        try {
          const c = take(Math.max(1, chunkSize(jobs.length - next, this.threads) >> 2));
          if (!c) return;
          done[c.chunk] = lintHere(c.jobs);
          finished();
          setImmediate(step);
        } catch (e) {
          fail(e);
        }
      };
      step();
    });
    return Promise.race([all, this.failure.catch((e: unknown) => ((failed = true), Promise.reject(e)))]);
  }

  /** Stop the threads: after the last chunk, or in a run that failed before linting. */
  close(): void {
    for (const w of this.workers) void w.terminate();
  }
}

/** A worker's body: take the setup, then lint each chunk and post its results as JSON text. */
export function workerMain(): void {
  const { parentPort } = threads_();
  let lint: ((jobs: LintJob[]) => FileResult[]) | undefined;
  parentPort!.on("message", (m: ToWorker) => {
    if ("setup" in m) lint = linterFor(m.setup);
    else parentPort!.postMessage({ chunk: m.chunk, results: JSON.stringify(lint!(m.jobs)) } satisfies FromWorker);
  });
}
