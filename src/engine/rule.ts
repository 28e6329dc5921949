// The rule contract. A rule is data (meta) plus a check over the evaluated config and its facts; it
// reports JSON pointers and the engine turns them into ranges. Rules never compute line numbers.
import type { Catalog } from "../catalog/index.js";
import type { Fix, Severity } from "../report.js";
import type { ConfigFacts } from "./facts.js";
import type { IncludeProblem } from "./include.js";
import type { MessageData } from "./message.js";
import type { DuplicateKey, NodeLoc } from "./parse.js";
import type { InstallationContext } from "../install/context.js";
import type { SourceText, Span } from "./source.js";

export type RuleCategory = "structure" | "catalog" | "endpoints" | "legacy" | "security" | "plugin";

export interface RuleMeta {
  /** Kebab-case id; equals the file name in src/rules/ and docs/rules/<id>.md. */
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** One line; shown by `rules`, in SARIF and in the docs index. */
  description: string;
  /** The rule can offer fixes that `--fix` applies. */
  fixable: boolean;
  /** `config` rules read the evaluated OpenClaw config; `script` rules read shell, Dockerfile and Markdown text; `installation` rules need an installation (--state-dir). */
  input?: "config" | "script" | "installation";
  /**
   * Message templates by id, with `{{name}}` placeholders filled from the report's `data`
   * (ESLint's meta.messages). The engine prints every value safely and redacts secrets. Every finding
   * names one of these: a rule never writes a finished message.
   */
  messages: Readonly<Record<string, string>>;
  /**
   * Findings this rule leaves to other rules: rule id -> what (for docs and readers). The rule asks
   * `ctx.defersTo(id)` before staying quiet, so a finding is not lost when the user turns that rule off.
   */
  defers?: Readonly<Record<string, string>>;
}

/** What a finding says: a messageId of meta.messages with the values for its placeholders. */
export interface MessageFields {
  messageId: string;
  data?: MessageData;
}

export interface ReportInput extends MessageFields {
  pointer: string;
  /** Squiggle the member key or its value (default value). */
  target?: "key" | "value";
  /** Severity for this finding when it differs from meta.severity (before user overrides). */
  severity?: Severity;
  /** At most this severity (e.g. `info` for listing keys that onboarding writes). */
  cap?: Severity;
  fix?: Fix;
  suggestions?: Fix[];
  /** Explicit place, for findings that are not one node (duplicate keys, include problems). */
  at?: { file: string; span: Span };
}

/** A located node: its file's text and where the key and value sit. */
export interface Located {
  source: SourceText;
  loc: NodeLoc;
}

/** One file of the config: the linted file first, then every included file that parsed. */
export interface ConfigFile {
  source: SourceText;
  /** Pointer where the file's root sits in the merged config ("" for the linted file). */
  mount: string;
  /** Keys written twice in one object (JSON5 keeps the last one). */
  duplicates: readonly DuplicateKey[];
}

export interface VersionInfo {
  openclaw: string;
  /** Where the version was learned, for messages: "--openclaw-version", "installed", "meta.lastTouchedVersion, a hint". */
  from: string;
  /** The installed Qwen plugin's version (external plugin), when the installation says. */
  qwenPlugin?: string;
}

export interface RuleContext {
  /** The evaluated config after $include merging; `${VAR}` placeholders are left as written. */
  readonly config: unknown;
  readonly facts: ConfigFacts;
  readonly catalog: Catalog;
  readonly files: readonly ConfigFile[];
  /** `$include` problems (missing files, cycles, escapes). */
  readonly includeProblems: readonly IncludeProblem[];
  /**
   * Whether rule `ruleId` (declared in meta.defers) is on and reports what this rule leaves to it. When
   * it is off, the asking rule reports the finding itself.
   */
  defersTo(ruleId: string): boolean;
  /** The OpenClaw version the config runs on, when known (--openclaw-version, the installation, meta.lastTouchedVersion). */
  readonly versions?: VersionInfo;
  /** The installation being linted (state database, .env files), when there is one. */
  readonly installation?: InstallationContext;
  /** Where a pointer's node is written, if it exists. */
  locate(pointer: string): Located | undefined;
  report(input: ReportInput): void;
}

export interface ScriptContext {
  readonly text: string;
  readonly filePath: string;
  readonly catalog: Catalog;
  /** Report the UTF-16 offsets [start, end) of the text. */
  report(input: ScriptReportInput): void;
}

export interface ScriptReportInput extends MessageFields {
  start: number;
  end: number;
  severity?: Severity;
  fix?: Fix;
  suggestions?: Fix[];
}

export interface Rule {
  meta: RuleMeta;
  check?(ctx: RuleContext): void;
  checkScript?(ctx: ScriptContext): void;
}

export const defineRule = (rule: Rule): Rule => rule;

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
