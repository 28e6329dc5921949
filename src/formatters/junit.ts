// `--format junit`: JUnit XML for CI test dashboards (GitLab, Jenkins, Azure Pipelines).
// One <testsuite> per linted file. Each error or warning is a failing <testcase> (classname: the file
// the finding sits in, which is the included file for findings in an $include; name: `<rule-id>
// <line>:<col>`); a file without findings gets one passing testcase. Info findings are hints that
// never fail a run (the default --fail-on is error), so they are passing testcases with the finding
// in <system-out> instead of failures that would turn a dashboard red.
import type { Diagnostic, FileResult } from "../report.js";
import type { Formatter, Shows } from "./index.js";

// XML 1.0 cannot carry these even as character references: C0 controls other than tab, LF and CR,
// U+FFFE/U+FFFF, and lone surrogates.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const visible = (s: string) => s.replace(INVALID, (c) => (c.length === 1 && c < "\u0020" ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : "\uFFFD"));

export const escapeText = (s: string) => visible(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");

/** Attribute values also keep their tabs and line breaks (a parser would normalise them to spaces). */
export const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");

const attrs = (a: Record<string, string | number>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join("");

const where = (d: Diagnostic) => `${d.filePath}:${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`;
const detail = (d: Diagnostic) => `${d.severity} ${d.ruleId} at ${where(d)}\n${d.message}\nDocs: ${d.docsUrl}`;

const fails = (d: Diagnostic) => d.severity !== "info";

function testcase(d: Diagnostic): string {
  const head = `    <testcase${attrs({ classname: d.filePath, name: `${d.ruleId} ${d.range.start.line}:${d.range.start.column}` })}`;
  if (!fails(d)) return `${head}>\n      <system-out>${escapeText(detail(d))}</system-out>\n    </testcase>\n`;
  return `${head}>\n      <failure${attrs({ message: d.message, type: d.severity })}>${escapeText(detail(d))}</failure>\n    </testcase>\n`;
}

function testsuite(r: FileResult): string {
  const failures = r.diagnostics.filter(fails).length;
  const cases = r.diagnostics.length ? r.diagnostics.map(testcase).join("") : `    <testcase${attrs({ classname: r.filePath, name: "openclaw-qwen-lint" })}/>\n`;
  const tests = Math.max(1, r.diagnostics.length);
  return `  <testsuite${attrs({ name: r.filePath, tests, failures, errors: 0, skipped: 0 })}>\n${cases}  </testsuite>\n`;
}

const junit: Formatter = (report) => {
  const tests = report.results.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  const failures = report.results.reduce((n, r) => n + r.diagnostics.filter(fails).length, 0);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites${attrs({ name: report.tool.name, tests, failures, errors: 0 })}>\n` +
    report.results.map(testsuite).join("") +
    `</testsuites>\n`
  );
};
/** Place, severity, message and rule only (safeReport vets nothing else for it). */
export const shows: Shows = { fixes: false, pointers: false };
export default junit;
