// --fix: apply the fixes of fixable rules as range edits on the source text, re-lint, repeat.
// Comments, quotes, key order and indentation outside the edited spans stay byte-identical. Edits in
// an $include'd file land in that file. Nothing is written here; writeAtomic() (write-atomic.ts) does that.
import { readRegularFile } from "./safe-read.js";
import { resolve } from "node:path";
import type { Diagnostic, FileResult, TextEdit } from "../report.js";
import { fsHost, type FileHost } from "./include.js";
import { lintText, type LintOptions } from "./linter.js";

export { writeAtomic } from "./write-atomic.js";

export const MAX_FIX_PASSES = 10;

export interface FileChange {
  before: string;
  after: string;
}

export interface FixOutcome {
  /** Files whose text changed (absolute path -> texts). Empty when nothing was fixable or the file did not parse. */
  changes: Map<string, FileChange>;
  /** Diagnostics whose fix was applied, in the pass they were applied. */
  fixed: Diagnostic[];
  /** Lint result of the final text. */
  result: FileResult;
  passes: number;
  /** Why fixing stopped early, if it did (parse error in the input, or a fix that broke the syntax). */
  stopped?: string;
}

// Two insertions at one offset also conflict: their order would be arbitrary.
const overlaps = (a: TextEdit, b: TextEdit) => (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end));

/** Apply non-overlapping edits (all edits of one fix, or none of it). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const hasParseError = (r: FileResult) => r.diagnostics.some((d) => d.ruleId === "parse-error");

/**
 * Fix `text` (the content of `filePath`) and the files it includes, in memory.
 * `opts.host` reads included files; the outcome's changes say what to write.
 */
export function fixText(text: string, opts: LintOptions & { filePath: string; maxPasses?: number }): FixOutcome {
  const rootAbs = resolve(opts.filePath);
  const texts = new Map<string, string>([[rootAbs, text]]);
  const base: FileHost = opts.host ?? fsHost;
  const host: FileHost = {
    readFile: (p) => {
      const abs = resolve(p);
      if (!texts.has(abs)) texts.set(abs, base.readFile(abs));
      return texts.get(abs)!;
    },
    size: (p) => (texts.has(resolve(p)) ? Buffer.byteLength(texts.get(resolve(p))!) : base.size(p)),
  };
  const originals = new Map<string, string>();
  const lint = () => lintText(texts.get(rootAbs)!, { ...opts, host });
  let result = lint();
  const fixed: Diagnostic[] = [];
  if (hasParseError(result)) return { changes: new Map(), fixed, result, passes: 0, stopped: "the file does not parse; nothing was fixed" };
  let passes = 0;
  let stopped: string | undefined;
  const maxPasses = opts.maxPasses ?? MAX_FIX_PASSES;
  while (passes < maxPasses) {
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of result.diagnostics) {
      if (!d.fix) continue;
      const abs = resolve(d.filePath === opts.filePath ? rootAbs : d.filePath);
      if (!byFile.has(abs)) byFile.set(abs, []);
      byFile.get(abs)!.push(d);
    }
    if (byFile.size === 0) break;
    const snapshot = new Map(texts);
    const appliedThisPass: Diagnostic[] = [];
    for (const [abs, diags] of byFile) {
      const current = host.readFile(abs);
      const accepted: TextEdit[] = [];
      for (const d of diags.sort((a, b) => Math.min(...a.fix!.edits.map((e) => e.start)) - Math.min(...b.fix!.edits.map((e) => e.start)))) {
        const edits = d.fix!.edits;
        if (edits.some((e) => e.start < 0 || e.end > current.length || e.start > e.end)) continue;
        if (edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
        accepted.push(...edits);
        appliedThisPass.push(d);
      }
      if (!accepted.length) continue;
      if (!originals.has(abs)) originals.set(abs, current);
      texts.set(abs, applyEdits(current, accepted));
    }
    if (!appliedThisPass.length) break;
    passes++;
    const next = lint();
    if (hasParseError(next)) {
      // A fix must never break the file: undo this pass and stop.
      for (const [k, v] of snapshot) texts.set(k, v);
      stopped = `a fix produced invalid JSON5 and was undone (${appliedThisPass.map((d) => d.ruleId).join(", ")}); please report this`;
      result = lint();
      break;
    }
    fixed.push(...appliedThisPass);
    result = next;
  }
  const changes = new Map<string, FileChange>();
  for (const [abs, before] of originals) if (texts.get(abs) !== before) changes.set(abs, { before, after: texts.get(abs)! });
  return { changes, fixed, result, passes, stopped };
}

/** Read a file and fix it in memory. */
export function fixFile(filePath: string, opts: Omit<LintOptions, "filePath"> & { maxPasses?: number } = {}): FixOutcome {
  return fixText(readRegularFile(resolve(filePath)), { ...opts, filePath });
}

