// `--format compact`: one finding per line, `path:line:col: severity: message [rule-id]`, as editors
// and grep-style tools read it. Findings in an $include'd file name that file.
import { printable, type Formatter, type Shows } from "./index.js";

const compact: Formatter = (report) =>
  report.results
    .flatMap((r) => r.diagnostics.map((d) => `${printable(d.filePath)}:${d.range.start.line}:${d.range.start.column}: ${d.severity}: ${printable(d.message)} [${d.ruleId}]\n`))
    .join("");
/** Place, severity, message and rule only (safeReport vets nothing else for it). */
export const shows: Shows = { fixes: false, pointers: false };
export default compact;
