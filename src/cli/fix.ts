// PLACEHOLDER: `--fix` / `--fix-dry-run` land here. This file is replaced by the fixer work; the lint
// command already calls runFix() after linting and uses what it returns, so only this module changes.
import type { FileResult } from "../report.js";
import type { LintInput } from "./inputs.js";

export interface FixRequest {
  /** "write": apply safe fixes to the files (stdin: print the fixed text); "dry-run": change nothing. */
  mode: "write" | "dry-run";
  /** Every linted input with its result, in report order. */
  files: readonly { input: LintInput; result: FileResult }[];
  /** Lint a (fixed) text again with the same options as the first pass. */
  relint(input: LintInput, text: string): FileResult;
}

export type FixOutcome =
  /** `results` replace the first pass's results in the report (the problems that remain). */
  | {
      ok: true;
      results: FileResult[];
      /** Extra output for stdout, e.g. the fixed stdin text or a diff. */
      output?: string;
      /** Text each result's frames should show, by display path, when it changed (the fixed text). */
      texts?: Record<string, string>;
    }
  | { ok: false; message: string };

export async function runFix(_req: FixRequest): Promise<FixOutcome> {
  return { ok: false, message: "--fix is not available yet" };
}
