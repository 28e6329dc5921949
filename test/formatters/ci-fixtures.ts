// Shared by the sarif, github and junit formatter tests: a temporary project with findings in the
// linted file, in an $include'd file (with a fix) and in a file whose name needs escaping, a literal
// API key that must never be printed, and synthetic reports for the formatter functions.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { formatContext } from "../../src/cli/format-context.js";
import type { FormatContext } from "../../src/formatters/index.js";
import type { Diagnostic, FileResult, Report } from "../../src/report.js";
import { CLI_FIXTURES } from "../cli/run-cli.js";

/** A Standard (no sk-sp-) key: long enough that every secret detector treats it as one. */
export const SECRET = "sk-7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c2e";
/** The part of the key that no redacted form (`sk-7f...9c2e`) contains. */
export const SECRET_CORE = SECRET.slice(6, -4);

export const ROOT_CONFIG = `// Coding Plan provider; the agent defaults come from an included file.
{
  $include: "./agents.json5",
  plugins: { entries: { qwen: { enabled: true } } },
  models: {
    providers: {
      qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1", api: "openai-completions", apiKey: "${SECRET}", models: [] },
    },
  },
}
`;

export const AGENTS = `{
  agents: {
    defaults: {
      model: { primary: "qwen/qwen3.8-max", fallbacks: ["modelstudio/qwen3.7-plus"] },
    },
  },
}
`;

/** Relative paths of the project's files, as passed to the CLI (cwd = the project). */
export const FILES = { root: "openclaw.json5", include: "agents.json5", odd: "sub dir/openclaw 100%.json5", clean: "clean/openclaw.json5" } as const;

export function makeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "oql-fmt-"));
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  write(FILES.root, ROOT_CONFIG);
  write(FILES.include, AGENTS);
  write(FILES.odd, readFileSync(join(CLI_FIXTURES, "alias-warning.json5"), "utf8"));
  write(FILES.clean, readFileSync(join(CLI_FIXTURES, "clean.json5"), "utf8"));
  return dir;
}

export function diagnostic(over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: "legacy-provider-alias",
    severity: "warning",
    message: "Use qwen/qwen3.6-plus.",
    filePath: "openclaw.json5",
    pointer: "/agents/defaults/model/primary",
    range: { start: { line: 2, column: 3 }, end: { line: 2, column: 9 } },
    docsUrl: "https://example.test/docs/legacy-provider-alias.md",
    ...over,
  };
}

export function fileResult(filePath: string, diagnostics: Diagnostic[]): FileResult {
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  return { filePath, diagnostics, errorCount: count("error"), warningCount: count("warning"), infoCount: count("info"), fixableCount: diagnostics.filter((d) => d.fix).length };
}

export function report(results: FileResult[]): Report {
  return { version: 1, tool: { name: "openclaw-qwen-lint", version: "0.1.0", catalogVersion: "2026.9.4", catalogUpdated: "2026-11-24" }, results };
}

export function context(cwd: string, sources: Record<string, string> = {}): FormatContext {
  return formatContext({ cwd, color: false, source: (p) => sources[p] });
}
