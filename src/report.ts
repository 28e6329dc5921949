// The machine-readable report (`--format json`) and the diagnostic shape every part of the tool shares.
// schema/report.schema.json is generated from these types by ts-json-schema-generator.

export type Severity = "error" | "warning" | "info";

/** A place in a text: 1-based line, 1-based column counted in UTF-16 code units. */
export interface Position {
  /** @minimum 1 */
  line: number;
  /** @minimum 1 */
  column: number;
}

/** A range of text; `end` is exclusive (the position just after the last character). */
export interface Range {
  start: Position;
  end: Position;
}

/** Replace the UTF-16 offsets [start, end) of the diagnostic's file with `text`. */
export interface TextEdit {
  /** @minimum 0 */
  start: number;
  /** @minimum 0 */
  end: number;
  text: string;
}

/** A set of edits that together make one change; applied by `--fix` (fix) or offered (suggestion). */
export interface Fix {
  /** What the change does, e.g. `Replace "modelstudio/qwen3.5-plus" with "qwen/qwen3.5-plus"`. */
  description: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  /** Rule id, e.g. `model-not-on-plan`; `parse-error` for JSON5 syntax errors. */
  ruleId: string;
  severity: Severity;
  /** What is wrong and the exact fix. Never contains a secret value. */
  message: string;
  /**
   * Which of the rule's messages this is (its meta.messages key), stable when the wording changes;
   * absent for messages not yet declared as data.
   */
  messageId?: string;
  /** The file the range points into: the linted file, or the `$include`d file the finding sits in. */
  filePath: string;
  /** RFC 6901 JSON pointer of the offending node in the evaluated (merged) config. */
  pointer: string;
  range: Range;
  /** Link to the rule's documentation. */
  docsUrl: string;
  /** Safe automatic fix, applied by `--fix`. */
  fix?: Fix;
  /** Alternatives that need a human decision (did-you-mean and the like). */
  suggestions?: Fix[];
  /**
   * True when the rule itself failed (a bug in this tool, not a config problem): the finding stands in
   * for that rule's findings on this file; every other rule's findings are complete. The CLI exits 2.
   */
  internalError?: true;
}

export interface FileResult {
  /** The linted file as given on the command line (`<stdin>` or `--stdin-filename` for stdin). */
  filePath: string;
  diagnostics: Diagnostic[];
  /** @minimum 0 */
  errorCount: number;
  /** @minimum 0 */
  warningCount: number;
  /** @minimum 0 */
  infoCount: number;
  /** Diagnostics with a fix. @minimum 0 */
  fixableCount: number;
  /** Rules not run because the lint's time limit (`timeLimitMs`, the language server's time box) ran out. */
  skippedRules?: string[];
  /**
   * The OpenClaw version that version-dependent findings assumed because none was known (no
   * `--openclaw-version`, installation or `meta.lastTouchedVersion`): the newest this release knows.
   * Absent when a version was known or no finding depended on it.
   */
  versionAssumed?: string;
}

export interface Report {
  /** Version of this report format. */
  version: 1;
  tool: {
    name: "openclaw-qwen-lint";
    version: string;
    /** Qwen plugin version the catalog facts come from. */
    catalogVersion: string;
    /** Date the catalog was last reviewed (YYYY-MM-DD). */
    catalogUpdated: string;
  };
  results: FileResult[];
}
