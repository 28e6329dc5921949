// --fix / --fix-dry-run: apply the safe fixes (src/engine/fix.ts) to every linted file and the files
// it includes. --fix writes each changed file atomically and never touches a file that does not
// parse; --fix-dry-run prints a unified diff and writes nothing. Secrets stay redacted in diffs.
import { relative, resolve } from "node:path";
import { createTwoFilesPatch } from "diff";
import { fixText } from "../engine/fix.js";
import { writeAtomic, WriteError } from "../engine/write-atomic.js";
import type { LintOptions } from "../engine/linter.js";
import type { Diagnostic, FileResult } from "../report.js";
import type { LintInput } from "./inputs.js";
import { redactSource } from "../engine/secrets.js";

export interface FixRequest {
  /** "write": apply safe fixes to the files (stdin: print the fixed text); "dry-run": change nothing. */
  mode: "write" | "dry-run";
  /** Every linted input with its result, in report order. */
  files: readonly { input: LintInput; result: FileResult }[];
  /** The lint options the first pass used for an input. */
  options(input: LintInput): LintOptions;
  cwd: string;
  /** --fix-read-only: rewrite files that have no write permission too. */
  allowReadOnly?: boolean;
}

export type FixOutcome =
  | {
      ok: true;
      /** Replace the first pass's results in the report: the problems that remain. */
      results: FileResult[];
      /** For stdout: the fixed stdin text (then the report goes to stderr), or the dry-run diff. */
      output?: string;
      /** True when `output` is the fixed stdin text. */
      outputIsFixedText?: boolean;
      /** For stderr: what was fixed and what is left. */
      summary: string;
      /** Text each result's frames should show, by display path, when it changed (the fixed text). */
      texts?: Record<string, string>;
    }
  | { ok: false; message: string };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function byRule(fixed: readonly Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const d of fixed) counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1);
  return [...counts].map(([id, n]) => (n > 1 ? `${id} ×${n}` : id)).join(", ");
}

export async function runFix(req: FixRequest): Promise<FixOutcome> {
  const results: FileResult[] = [];
  const texts: Record<string, string> = {};
  const diffs: string[] = [];
  const notes: string[] = [];
  const fixed: Diagnostic[] = [];
  const changedFiles = new Set<string>();
  let stdinText: string | undefined;
  const rel = (abs: string) => relative(req.cwd, abs) || abs;
  /** Files not written (disk full, read-only, changed meanwhile...): the run ends with exit code 2. */
  const failures: string[] = [];

  for (const { input, result } of req.files) {
    if (result.diagnostics.some((d) => d.ruleId === "parse-error")) {
      results.push(result);
      notes.push(`${input.displayPath} was not fixed: it is not valid JSON5.`);
      continue;
    }
    const out = fixText(input.text, { ...req.options(input), filePath: input.displayPath });
    results.push(out.result);
    if (out.stopped && out.passes > 0) notes.push(`${input.displayPath}: ${out.stopped}.`);
    fixed.push(...out.fixed);
    const rootAbs = resolve(input.displayPath);
    for (const [abs, change] of out.changes) {
      const isRoot = abs === rootAbs;
      const shown = isRoot ? input.displayPath : rel(abs);
      if (isRoot) texts[input.displayPath] = change.after;
      if (req.mode === "dry-run") {
        // Redact both sides the same way: unchanged secret lines stay unchanged, and none is printed.
        diffs.push(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, redactSource(change.before, shown), redactSource(change.after, shown), "", "", { context: 3 }));
        changedFiles.add(shown);
        continue;
      }
      if (input.stdin) {
        if (isRoot) stdinText = change.after;
        else notes.push(`${shown} was not written: fixes from standard input change no files; run --fix on the config file instead.`);
        continue;
      }
      try {
        // `before` is the text the fixes were computed on: if the file no longer holds it, leave it.
        writeAtomic(isRoot ? (input.absPath ?? abs) : abs, change.after, { expected: change.before, allowReadOnly: req.allowReadOnly });
      } catch (e) {
        if (!(e instanceof WriteError)) throw e;
        failures.push(e.code === "EREADONLY" ? `${e.message.replace(/\.$/, "")}, or pass --fix-read-only to rewrite it anyway (the mode stays).` : e.message);
        continue;
      }
      changedFiles.add(shown);
    }
    if (input.stdin && req.mode === "write" && stdinText === undefined) stdinText = input.text;
  }

  const left = results.reduce((n, r) => n + r.diagnostics.length, 0);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const verb = req.mode === "dry-run" ? "Would fix" : "Fixed";
  const head = fixed.length
    ? `${verb} ${plural(fixed.length, "problem")} in ${plural(Math.max(changedFiles.size, stdinText !== undefined ? 1 : 0), "file")} (${byRule(fixed)}).`
    : "Nothing to fix automatically.";
  const infos = left - errors - warnings;
  const be = req.mode === "dry-run" ? "would be" : left === 1 ? "is" : "are";
  const tail = left ? ` ${plural(left, "problem")} ${be} left (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}): see the report.` : " No problems left.";
  const summary = [head + tail, ...notes].join("\n") + "\n";
  if (failures.length)
    return {
      ok: false,
      message: `${failures.join("\n")}\n${changedFiles.size ? `Written: ${[...changedFiles].join(", ")}.` : "No file was written."} Nothing else was changed.`,
    };

  if (stdinText !== undefined) return { ok: true, results, output: stdinText, outputIsFixedText: true, summary, texts };
  return { ok: true, results, output: diffs.join(""), summary, texts };
}
