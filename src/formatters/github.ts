// `--format github`: GitHub Actions workflow commands, one annotation per finding
// (`::error file=…,line=…,endLine=…,col=…,endColumn=…,title=<rule-id>::<message>`), escaped the way
// @actions/core escapes them. Annotations attach to `file` relative to the repository root, which is
// the working directory of a workflow step. A plain summary line closes the output: GitHub shows only
// a few annotations per step, and the step log keeps the full list with the count.
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Diagnostic, Severity } from "../report.js";
import { withoutControls, type Formatter, type Shows } from "./index.js";
import { summarize } from "./stylish.js";

/** The name the CLI gives text read from stdin without --stdin-filename: not a file in the repository. */
const STDIN = "<stdin>";

/**
 * `filePath` relative to `cwd` with `/` separators, or undefined when it names no file under `cwd`
 * (unnamed stdin, or a file outside the directory).
 */
export function pathUnder(cwd: string, filePath: string): string | undefined {
  if (filePath === STDIN) return undefined;
  const rel = relative(cwd, resolve(cwd, filePath));
  if (rel === "" || rel === ".." || rel.startsWith(".." + sep) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join("/");
}

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/**
 * Message text of a workflow command (@actions/core escapeData). Control bytes from the config
 * (ESC, BEL) would otherwise reach the CI log raw; line breaks are escaped, not dropped.
 */
export const escapeData = (s: string) => withoutControls(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

/** A property value of a workflow command (@actions/core escapeProperty). */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function annotation(d: Diagnostic, cwd: string): string {
  const { start, end } = d.range;
  const file = pathUnder(cwd, d.filePath) ?? (d.filePath === STDIN ? undefined : d.filePath);
  const props: [string, string | number][] = [];
  if (file !== undefined) props.push(["file", file]);
  props.push(["line", start.line], ["endLine", end.line]);
  // GitHub accepts columns only on single-line annotations.
  if (start.line === end.line) props.push(["col", start.column], ["endColumn", end.column]);
  props.push(["title", d.ruleId]);
  return `::${COMMAND[d.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(d.message)}\n`;
}

const github: Formatter = (report, ctx) => {
  const lines = report.results.flatMap((r) => r.diagnostics.map((d) => annotation(d, ctx.cwd)));
  // The summary starts with "✖", never with "::", so the runner does not read it as a command.
  return lines.join("") + summarize(report.results, false);
};
/** Place, severity, message and rule only (safeReport vets nothing else for it). */
export const shows: Shows = { fixes: false, pointers: false };
export default github;
