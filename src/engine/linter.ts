// lintText / lintFiles: parse, resolve includes, analyse, run rules, place findings, apply severities
// and inline directives.
import { readRegularFile } from "./safe-read.js";
import { basename, isAbsolute, relative, resolve } from "node:path";
import { catalogFor as catalogForExtension, type Catalog, type CatalogExtension } from "../catalog/index.js";
import type { Diagnostic, FileResult, Fix, Severity } from "../report.js";
import { docsUrl } from "./docs-url.js";
import { indexDirectives, parseDirectives, suppressing, type Directive } from "./directives.js";
import { analyze, type ConfigFacts } from "./facts.js";
import { buildMessage } from "./message.js";
import { fsHost, INCLUDE_KEY, resolveIncludes, type FileHost, type IncludeProblem, type MountedFile, type ResolvedConfig } from "./include.js";
import { isParseFailure, parseJson5, type ParsedFile, type ParseFailure } from "./parse.js";
import { parentPointer } from "./pointer.js";
import { rules as registry } from "../rules/index.js";
import { SEVERITY_RANK, type Located, type ReportInput, type Rule, type RuleContext, type VersionInfo } from "./rule.js";
import { redactText } from "./secrets.js";
import { isScriptFile } from "./script-file.js";
import { SourceText, type Span } from "./source.js";
import type { InstallationSource } from "../install/context.js";
import type { Installation } from "../install/installation.js";
import { VERSION_HISTORY } from "../generated/version-history.js";

export type RuleSetting = Severity | "off";

/** Tool configuration (`.openclaw-qwen-lint.json5` or the library caller). */
export interface ToolConfig {
  /** Rule id -> severity or "off". */
  rules?: Record<string, RuleSetting>;
  /** Models and endpoints the shipped catalog does not know yet. */
  catalog?: CatalogExtension;
}

export interface LintOptions {
  /** Path used for display, include resolution and file-type detection. */
  filePath?: string;
  config?: ToolConfig;
  /** Reads included files (default: the file system). */
  host?: FileHost;
  /** Environment for OPENCLAW_INCLUDE_ROOTS (default: process.env). */
  env?: Record<string, string | undefined>;
  /** Rules to run (default: the full registry). */
  rules?: readonly Rule[];
  /** Catalog to use (default: shipped catalog plus config.catalog). */
  catalog?: Catalog;
  /**
   * Called when a rule throws. The rule's findings on this file are replaced by one `internalError`
   * finding and every other rule still runs; this hook gets the error itself (e.g. for --debug or a log).
   */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /**
   * A time box for the language server: once this many milliseconds have passed since the lint began,
   * the remaining rules are not run and the result lists them in `skippedRules`. Parsing is linear and
   * bounded (at most MAX_FILE_BYTES), so the box is checked between rules.
   */
  timeLimitMs?: number;
  /** The installation the config belongs to (keys in the state database and .env files): src/install. */
  installation?: InstallationSource;
  /** The OpenClaw version the config runs on; beats the installation's and meta.lastTouchedVersion. */
  openclawVersion?: string;
}

export { isScriptFile };


function catalogFor(opts: LintOptions): Catalog {
  if (opts.catalog) return opts.catalog;
  const ext = opts.config?.catalog;
  return catalogForExtension(ext);
}

/**
 * Whether the text can hold a `$include` key. Without one, resolving includes would only copy the parsed
 * value and its locations. A key spelled with escapes (`"\u0024include"`) counts as one.
 */
const mayInclude = (text: string) => text.includes(INCLUDE_KEY) || text.includes("\\u") || text.includes("\\x");
const alone = (parsed: ParsedFile): ResolvedConfig => ({ value: parsed.value, locs: parsed.locs, files: [{ parsed, mount: "" }], problems: [], parseFailures: [] });

export function lintText(text: string, opts: LintOptions = {}): FileResult {
  // Date.now, not performance.now: the global `performance` loads node:perf_hooks on first use.
  const started = opts.timeLimitMs === undefined ? 0 : Date.now();
  const filePath = opts.filePath ?? "<text>";
  const rules = opts.rules ?? registry;
  const catalog = catalogFor(opts);
  const settings = opts.config?.rules ?? {};
  const out = new Findings(filePath, settings, rules);
  // Shell scripts, Dockerfiles and Markdown: only `openclaw onboard` lines matter.
  if (isScriptFile(filePath)) {
    lintScript(text, filePath, rules, catalog, settings, out);
    return finish(filePath, out.diagnostics);
  }
  const parsed = parseJson5(text, filePath);
  if (isParseFailure(parsed)) {
    out.parseError(parsed);
    return finish(filePath, out.diagnostics);
  }
  const resolved = mayInclude(text) ? resolveIncludes(parsed, { host: opts.host ?? fsHost, env: opts.env ?? process.env }) : alone(parsed);
  for (const f of resolved.parseFailures) out.parseError(f);
  const places = new Places(resolved, filePath);
  if (typeof resolved.value !== "object" || resolved.value === null || Array.isArray(resolved.value)) {
    const what = Array.isArray(resolved.value) ? "an array" : resolved.value === null ? "null" : `a ${typeof resolved.value}`;
    out.emit("invalid-value", { ...places.place("", "value"), pointer: "", messageId: "rootNotObject", data: { what } });
    return finish(filePath, out.diagnostics);
  }
  // A rule reads ctx.versions only where a finding depends on it: without a version, that finding assumed
  // the newest, and the result says so once (FileResult.versionAssumed).
  let assumedNewest = false;
  const ctx = contextFor(resolved, catalog, settings, places, out, opts, () => (assumedNewest = true));
  const rootAt = parsed.locs.get("")?.value.start ?? { line: 1, column: 1 };
  const skipped: string[] = [];
  for (const rule of rules) {
    if (!rule.check || settings[rule.meta.id] === "off") continue;
    if (opts.timeLimitMs !== undefined && Date.now() - started > opts.timeLimitMs) {
      skipped.push(rule.meta.id);
      continue;
    }
    const before = out.diagnostics.length;
    try {
      rule.check(ctx(rule));
    } catch (e) {
      // A rule that throws takes only its own findings with it (they may be half done).
      out.diagnostics.length = before;
      opts.onRuleError?.(rule.meta.id, e);
      out.diagnostics.push(internalError(rule, e, out.displayPath(filePath), rootAt));
    }
  }
  applyDirectives(resolved.files, out.diagnostics, out.emit, out.displayPath, out.ruleById, skipped.length > 0);
  const result = finish(filePath, out.diagnostics);
  if (skipped.length) result.skippedRules = skipped;
  if (assumedNewest) result.versionAssumed = NEWEST_OPENCLAW;
  return result;
}

type EmitInput = { file: string; span: Span; pointer: string } & Omit<ReportInput, "pointer" | "at" | "target">;

const byId = (rules: readonly Rule[]) => new Map(rules.map((r) => [r.meta.id, r]));
let registryById: Map<string, Rule> | undefined;

/** The findings of one lint: severities from the settings, messages built and redacted, paths shown as given. */
class Findings {
  readonly diagnostics: Diagnostic[] = [];
  readonly ruleById: Map<string, Rule>;

  constructor(
    private readonly filePath: string,
    private readonly settings: Record<string, RuleSetting>,
    rules: readonly Rule[],
  ) {
    // The registry's map is made once; a caller's own rule list (which it may change) each time.
    this.ruleById = rules === registry ? (registryById ??= byId(registry)) : byId(rules);
  }

  /** Included files are shown like the linted file was given: relative to the working directory when it was. */
  readonly displayPath = (file: string): string => {
    const filePath = this.filePath;
    return file === filePath || !isAbsolute(file) || isAbsolute(filePath) ? file : relative(process.cwd(), file) || basename(file);
  };

  readonly emit = (rule: Rule | string, input: EmitInput): void => {
    // The engine's own findings (parse-error, unused-disable-directive) take their messages from the
    // registry even when the caller runs a subset of the rules.
    const meta = typeof rule === "string" ? (this.ruleById.get(rule) ?? registry.find((r) => r.meta.id === rule))?.meta : rule.meta;
    const id = typeof rule === "string" ? rule : rule.meta.id;
    const setting = this.settings[id];
    if (setting === "off") return;
    let severity: Severity = setting ?? input.severity ?? meta?.severity ?? "error";
    if (input.cap && SEVERITY_RANK[severity] > SEVERITY_RANK[input.cap]) severity = input.cap;
    const d: Diagnostic = {
      ruleId: id,
      severity,
      message: buildMessage(id, meta?.messages, input),
      messageId: input.messageId,
      filePath: this.displayPath(input.file),
      pointer: input.pointer,
      range: { start: { line: input.span.start.line, column: input.span.start.column }, end: { line: input.span.end.line, column: input.span.end.column } },
      docsUrl: docsUrl(id),
    };
    // Fix descriptions are shown too (code actions, SARIF, --fix summaries); edits stay as they are.
    if (input.fix) d.fix = safeFix(input.fix);
    if (input.suggestions?.length) d.suggestions = input.suggestions.map(safeFix);
    this.diagnostics.push(d);
  };

  parseError(f: ParseFailure): void {
    const here = f.source.path === this.filePath;
    const data = { problem: f.message.replace(/\.$/, ""), file: basename(f.source.path) };
    this.emit("parse-error", { file: f.source.path, span: f.span, pointer: "", messageId: here ? "notJson5Here" : "notJson5", data });
  }
}

function lintScript(text: string, filePath: string, rules: readonly Rule[], catalog: Catalog, settings: Record<string, RuleSetting>, out: Findings): void {
  for (const rule of rules) {
    if (!rule.checkScript || settings[rule.meta.id] === "off") continue;
    const st = new SourceText(filePath, text);
    rule.checkScript({
      text,
      filePath,
      catalog,
      report: ({ start, end, ...r }) => out.emit(rule, { ...r, file: filePath, span: st.span(start, end), pointer: "" }),
    });
  }
}

/** Where pointers of the resolved config are written. */
class Places {
  private readonly sources: Map<string, SourceText>;
  constructor(
    private readonly resolved: ResolvedConfig,
    private readonly filePath: string,
  ) {
    this.sources = new Map(resolved.files.map((f) => [f.parsed.source.path, f.parsed.source]));
  }

  locate(pointer: string): Located | undefined {
    const loc = this.resolved.locs.get(pointer);
    return loc ? { loc, source: this.sources.get(loc.file)! } : undefined;
  }

  /** The node for a pointer, or for a missing one the closest existing ancestor's key. */
  place(pointer: string, target: "key" | "value"): { file: string; span: Span } {
    const locs = this.resolved.locs;
    const own = locs.get(pointer);
    if (own) return { file: own.file, span: target === "key" && own.key ? own.key : own.value };
    let p = pointer;
    while (p !== "") {
      p = parentPointer(p);
      const loc = locs.get(p);
      if (loc) {
        if (loc.key) return { file: loc.file, span: loc.key };
        // The root or an array element (no key): its opening bracket.
        const start = loc.value.start;
        return { file: loc.file, span: { start, end: { ...start, column: start.column + 1, offset: start.offset + 1 } } };
      }
    }
    return { file: this.filePath, span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
  }
}

/** Each rule's context: the config, its facts (with the installation's key sources), files and versions. */
function contextFor(
  resolved: ResolvedConfig,
  catalog: Catalog,
  settings: Record<string, RuleSetting>,
  places: Places,
  out: Findings,
  opts: LintOptions,
  /** Called when a rule asks for the OpenClaw version and none is known. */
  noVersion: () => void,
): (rule: Rule) => RuleContext {
  const configFacts = analyze(resolved.value, catalog);
  // With an installation, the key sources gain the places it answers (database rows, .env lines).
  const installation = opts.installation?.forConfig(resolved.value, catalog);
  const facts = installation ? { ...configFacts, keySources: (id: string) => installation.keySources(id, configFacts.keySources(id)) } : configFacts;
  const files = resolved.files.map((f) => ({ source: f.parsed.source, mount: f.mount, duplicates: f.parsed.duplicates }));
  const versions = versionsFor(opts.openclawVersion, installation?.installation.versions, resolved.value, catalog);
  const shared: Shared = { config: resolved.value, facts, catalog, installation, files, includeProblems: resolved.problems, versions, noVersion, settings, places, out };
  return (rule) => new Context(rule, shared);
}

/** What every rule's context of one lint shares. */
interface Shared {
  config: unknown;
  facts: ConfigFacts;
  catalog: Catalog;
  installation: RuleContext["installation"];
  files: RuleContext["files"];
  includeProblems: RuleContext["includeProblems"];
  versions: VersionInfo | undefined;
  noVersion: () => void;
  settings: Record<string, RuleSetting>;
  places: Places;
  out: Findings;
}

/**
 * One rule's view of the lint. A class rather than an object literal: a literal with a getter
 * (`versions`) is made in V8's dictionary mode, so every property a rule read from its context was a
 * hash lookup, and each lint built ~50 such objects. The methods are own arrow functions, as they were,
 * so a rule may still pass `ctx.report` around; each is made when a rule first reads it (most rules
 * report nothing in most configs, and ~50 contexts times three closures were made per lint).
 */
class Context implements RuleContext {
  readonly config: unknown;
  readonly facts: ConfigFacts;
  readonly catalog: Catalog;
  readonly installation: RuleContext["installation"];
  readonly files: RuleContext["files"];
  readonly includeProblems: RuleContext["includeProblems"];
  private defersTo_: ((id: string) => boolean) | undefined = undefined;
  private locate_: ((pointer: string) => Located | undefined) | undefined = undefined;
  private report_: ((input: ReportInput) => void) | undefined = undefined;

  constructor(
    private readonly rule: Rule,
    private readonly shared: Shared,
  ) {
    this.config = shared.config;
    this.facts = shared.facts;
    this.catalog = shared.catalog;
    this.installation = shared.installation;
    this.files = shared.files;
    this.includeProblems = shared.includeProblems;
  }

  get defersTo(): (id: string) => boolean {
    const { rule, shared } = this;
    return (this.defersTo_ ??= (id) => {
      if (!rule.meta.defers || !(id in rule.meta.defers)) throw new Error(`rule ${rule.meta.id} defers to ${id} without declaring it in meta.defers`);
      return shared.settings[id] !== "off";
    });
  }

  get locate(): (pointer: string) => Located | undefined {
    const { places } = this.shared;
    return (this.locate_ ??= (pointer) => places.locate(pointer));
  }

  get report(): (input: ReportInput) => void {
    const { rule, shared } = this;
    return (this.report_ ??= (input) => {
      const where = input.at ?? shared.places.place(input.pointer, input.target ?? "value");
      shared.out.emit(rule, { ...input, file: where.file, span: where.span });
    });
  }

  get versions(): VersionInfo | undefined {
    if (!this.shared.versions) this.shared.noVersion();
    return this.shared.versions;
  }
}

/** The finding that stands for a rule that threw. */
function internalError(rule: Rule, e: unknown, filePath: string, rootAt: { line: number; column: number }): Diagnostic {
  const name = e instanceof Error && /^[A-Za-z]{1,40}$/.test(e.name) ? e.name : "error";
  return {
    ruleId: rule.meta.id,
    severity: "error",
    // The error's own message is left out: it could quote a value from the config.
    message: `Internal error in this rule (${name}): its findings for this file are missing; every other rule ran. This is a bug in openclaw-qwen-lint, not in the config: please report it with the config that triggers it (remove secrets first).`,
    filePath,
    pointer: "",
    range: { start: { line: rootAt.line, column: rootAt.column }, end: { line: rootAt.line, column: rootAt.column + 1 } },
    docsUrl: docsUrl(rule.meta.id),
    internalError: true,
  };
}

function applyDirectives(
  files: readonly MountedFile[],
  diagnostics: Diagnostic[],
  emit: (rule: string, input: { file: string; span: Span; pointer: string; messageId: string; data?: Record<string, unknown>; severity?: Severity }) => void,
  displayPath: (f: string) => string,
  ruleById: Map<string, Rule>,
  /** Some rules did not run (time limit): a directive for them may be needed after all. */
  partial = false,
): void {
  const byFile = new Map<string, Directive[]>();
  for (const f of files) {
    const ds = parseDirectives(f.parsed.comments, f.parsed.firstTokenOffset);
    if (ds.length) byFile.set(displayPath(f.parsed.source.path), ds);
  }
  if (!byFile.size) return;
  const index = new Map([...byFile].map(([f, ds]) => [f, indexDirectives(ds)]));
  // In place and linear: thousands of directives and findings are fine.
  let kept = 0;
  for (const d of diagnostics) {
    const ds = index.get(d.filePath);
    // An internal error is not a config finding: no directive hides it.
    if (!d.internalError && ds && suppressing(ds, d.ruleId, d.range.start.line)) continue;
    diagnostics[kept++] = d;
  }
  diagnostics.length = kept;
  for (const f of files) {
    const ds = byFile.get(displayPath(f.parsed.source.path)) ?? [];
    for (const d of ds) {
      const unknown = d.rules.filter((r) => !ruleById.has(r));
      const base = { file: f.parsed.source.path, span: d.span, pointer: "" };
      const rules = d.rules.join(", ");
      const inFile = d.kind === "file";
      if (unknown.length) emit("unused-disable-directive", { ...base, messageId: unknown.length > 1 ? "unknownRules" : "unknownRule", data: { rules: unknown.join(", ") } });
      else if (d.misplaced) emit("unused-disable-directive", { ...base, messageId: "misplaced" });
      else if (d.used.size === 0 && !partial)
        emit("unused-disable-directive", { ...base, messageId: !d.rules.length ? "suppressesNothing" : inFile ? "noFindingInFile" : "noFindingOnLine", data: { rules, line: d.line } });
    }
  }
}

const safeFix = (f: Fix): Fix => {
  const description = redactText(f.description);
  return description === f.description ? f : { ...f, description };
};

/** Code-unit order: deterministic everywhere, and no ICU collator to initialise at start-up. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function finish(filePath: string, diagnostics: Diagnostic[]): FileResult {
  const seen = new Set<string>();
  const unique = diagnostics
    .sort(
      (a, b) =>
        (a.filePath === filePath ? 0 : 1) - (b.filePath === filePath ? 0 : 1) ||
        cmp(a.filePath, b.filePath) ||
        a.range.start.line - b.range.start.line ||
        a.range.start.column - b.range.start.column ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.message, b.message),
    )
    .filter((d) => {
      const k = `${d.filePath}\0${d.range.start.line}:${d.range.start.column}\0${d.ruleId}\0${d.message}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const d of unique) {
    if (d.severity === "error") errorCount++;
    else if (d.severity === "warning") warningCount++;
    else if (d.severity === "info") infoCount++;
    if (d.fix) fixableCount++;
  }
  return { filePath, diagnostics: unique, errorCount, warningCount, infoCount, fixableCount };
}

/** Lint files from disk (regular files only, at most MAX_FILE_BYTES). Unreadable files throw (the CLI turns that into exit code 2). */
export function lintFiles(paths: readonly string[], opts: Omit<LintOptions, "filePath"> = {}): FileResult[] {
  return paths.map((p) => lintText(readRegularFile(resolve(p)), { ...opts, filePath: p }));
}

/** The newest OpenClaw version the version history knows: what a lint without any version assumes. */
export const NEWEST_OPENCLAW: string = VERSION_HISTORY.openclaw[VERSION_HISTORY.openclaw.length - 1].version;

/** The OpenClaw version to judge by: the option, else what the installation records, else the config's meta.lastTouchedVersion (a hint). */
function versionsFor(option: string | undefined, installed: Installation["versions"] | undefined, config: unknown, catalog: Catalog): VersionInfo | undefined {
  const plugin = catalog.provider(catalog.mediaUnderstanding.provider)?.plugin;
  const qwenPlugin = installed?.plugins.find((p) => p.id === plugin && p.origin !== "bundled")?.version;
  const root = typeof config === "object" && config !== null ? (config as Record<string, unknown>) : {};
  const meta = typeof root.meta === "object" && root.meta !== null ? (root.meta as Record<string, unknown>).lastTouchedVersion : undefined;
  if (option) return { openclaw: option, from: "--openclaw-version", qwenPlugin };
  if (installed?.openclaw) return { openclaw: installed.openclaw.version, from: "installed", qwenPlugin };
  if (typeof meta === "string" && meta.trim()) return { openclaw: meta.trim(), from: "meta.lastTouchedVersion, a hint" };
  return undefined;
}
