// Runs lints for the language server in a worker thread with a time limit. A lint that exceeds it is
// abandoned: the worker is terminated (a synchronous loop cannot be interrupted any other way) and a
// fresh one serves the next request, so the server never stays deaf.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { PACKAGE_ROOT } from "../package-root.js";
import { runLint, type LintReply, type LintRequest } from "./lint-worker.js";

export type LintOutcome = Extract<LintReply, { kind: "done" | "error" }> | { id: number; kind: "timeout"; limitMs: number };

/** Default time limit of one lint; OPENCLAW_QWEN_LINT_LSP_TIME_LIMIT_MS or initializationOptions.timeLimitMs change it. */
export const DEFAULT_TIME_LIMIT_MS = 5000;

const WORKER_FILE = join(PACKAGE_ROOT, "dist", "lsp", "lint-worker.js");

export class LintRunner {
  private worker: Worker | undefined;
  private next = 1;
  private pending = new Map<number, { resolve: (o: LintOutcome) => void; timer?: NodeJS.Timeout }>();
  /** Requests wait their turn: one lint at a time per worker. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    public limitMs: number,
    private log: (message: string) => void,
  ) {}

  lint(req: Omit<LintRequest, "id">): Promise<LintOutcome> {
    const run = this.queue.then(() => this.start({ ...req, id: this.next++ }));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private start(req: LintRequest): Promise<LintOutcome> {
    const worker = this.spawn();
    // Without a worker (its file missing in an unusual install): lint here, without a time limit.
    if (!worker) return runLint(req) as Promise<LintOutcome>;
    return new Promise((resolve) => {
      this.pending.set(req.id, { resolve });
      worker.postMessage(req);
    });
  }

  private spawn(): Worker | undefined {
    if (this.worker) return this.worker;
    if (!existsSync(WORKER_FILE)) return undefined;
    const w = new Worker(WORKER_FILE);
    w.unref();
    w.on("message", (m: LintReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      if (m.kind === "started") {
        // The clock starts when the lint does, not while the worker loads.
        p.timer = setTimeout(() => this.abandon(m.id), this.limitMs);
        return;
      }
      clearTimeout(p.timer);
      this.pending.delete(m.id);
      p.resolve(m);
    });
    const fail = (why: string) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      for (const [id, p] of this.pending) (clearTimeout(p.timer), p.resolve({ id, kind: "error", message: why }));
      this.pending.clear();
    };
    w.on("error", (e) => (this.log(`lint worker failed: ${e.stack ?? e}`), fail(`the lint worker failed: ${e.message}`)));
    w.on("exit", (code) => fail(`the lint worker exited (code ${code})`));
    this.worker = w;
    return w;
  }

  private abandon(id: number) {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
    p.resolve({ id, kind: "timeout", limitMs: this.limitMs });
  }

  dispose() {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
