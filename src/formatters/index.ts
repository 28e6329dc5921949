// Output formats. Each formatter is a pure function of the report and a context in its own module,
// loaded only when it is asked for; it imports nothing from the CLI or the rule registry: rule
// metadata, docs and redaction come through the context. To add one, write `<name>.ts` with a
// default export of type Formatter and add one line to FORMATTERS.
import type { Diagnostic, Fix, Report, Severity } from "../report.js";

/** Rule metadata a formatter may show (SARIF's rule descriptors). */
export interface RuleInfo {
  id: string;
  severity: Severity;
  category: string;
  description: string;
  fixable: boolean;
}

/** Replace the UTF-16 offsets [start, end) of a text with `text`. */
export interface Redaction {
  start: number;
  end: number;
  text: string;
}

/** The one redaction step (src/engine/secrets.ts), passed in so that formatters stay pure. */
export interface Redactor {
  /** Free text (a message, a fix description) with every recognisable secret replaced. */
  text(s: string): string;
  /** A JSON pointer with every segment redacted (a key pasted as an object key is part of pointers). */
  pointer(p: string): string;
  /** Every secret in a file's text, sorted and without overlaps (code frames map columns through these). */
  source(text: string, filePath: string): Redaction[];
}

export interface FormatContext {
  /** Directory relative paths in the report are relative to. */
  cwd: string;
  /** Emit ANSI colours. */
  color: boolean;
  /**
   * Text of a file a result or diagnostic names (its `filePath` as written in the report): the linted
   * file, stdin, or an `$include`d file. undefined when it cannot be read. Raw text: pass it through
   * `redact.source` before showing any of it.
   */
  source(filePath: string): string | undefined;
  /** Every registered rule, in registry order. */
  rules: readonly RuleInfo[];
  /** Markdown of a rule's documentation page, if there is one. */
  ruleDoc(id: string): string | undefined;
  /** Where a rule's documentation lives. */
  docsUrl(id: string): string;
  /**
   * The SARIF descriptors of `rules`, in the same order, when they were made ahead of time (the bundled
   * CLI stores them at build time); absent or undefined: the SARIF formatter makes them from `rules`,
   * `ruleDoc` and `docsUrl`.
   */
  sarifRules?(): readonly object[] | undefined;
  redact: Redactor;
}

export type Formatter = (report: Report, ctx: FormatContext) => string;

/**
 * What of a finding a format prints beyond its place, severity, message and rule. A format module
 * exports `shows` when it prints less than everything: safeReport then does not vet what is not
 * printed (a fix's edits against the file's secrets, which reads the file again), and leaves it out.
 */
export interface Shows {
  /** Fixes and suggestions (their descriptions and edits). */
  fixes: boolean;
  /** The JSON pointer. */
  pointers: boolean;
}
const SHOWS_ALL: Shows = { fixes: true, pointers: true };

// C0 and C1 controls other than tab and line breaks (ESC starts terminal and CI-log escape
// sequences), and DEL.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** What printable changes: one test of most texts instead of two replacing scans (55,000 findings in a big run). */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** Text with every control character but tab, CR and LF shown as U+FFFD. */
export const withoutControls = (s: string) => s.replace(CONTROLS, "\ufffd");
/**
 * Report text (messages, paths, rule ids) for a terminal: one line, no control characters. Text
 * formats print through this (github through withoutControls, as it escapes line breaks itself).
 */
export const printable = (s: string) => (UNPRINTABLE.test(s) ? withoutControls(s).replace(/[\r\n\t\u2028\u2029]/g, " ") : s);

/**
 * The report as every format shows it: messages and fix descriptions redacted (a report built by a
 * library caller may not come from the engine), and fixes whose inserted text would carry a
 * secret of their file, or anything shaped like one, left out.
 */
export function safeReport(report: Report, ctx: FormatContext, shows: Shows = SHOWS_ALL): Report {
  const secretsOf = new Map<string, string[]>();
  const secrets = (filePath: string) => {
    let list = secretsOf.get(filePath);
    if (!list) {
      const text = ctx.source(filePath);
      list = text === undefined ? [] : ctx.redact.source(text, filePath).map((r) => text.slice(r.start, r.end)).filter((x) => x.length >= 8);
      secretsOf.set(filePath, list);
    }
    return list;
  };
  const leaks = (t: string, filePath: string) => t !== "" && (ctx.redact.text(t) !== t || secrets(filePath).some((x) => t.includes(x)));
  const fix = (f: Fix, filePath: string): Fix | undefined => (f.edits.some((e) => leaks(e.text, filePath)) ? undefined : { ...f, description: ctx.redact.text(f.description) });
  return {
    ...report,
    results: report.results.map((r) => ({
      ...r,
      diagnostics: r.diagnostics.map((d) => {
        // A pointer the format does not print is left empty rather than shown unredacted. Fixes are left
        // out by destructuring, not `delete` (which turns every finding into a slow dictionary object).
        const { fix: _fix, suggestions: _suggestions, ...rest } = d;
        const out: Diagnostic = { ...rest, message: ctx.redact.text(d.message), pointer: shows.pointers ? ctx.redact.pointer(d.pointer) : "" };
        if (!shows.fixes) return out;
        const f = d.fix && fix(d.fix, d.filePath);
        const ss = d.suggestions?.map((x) => fix(x, d.filePath)).filter((x): x is Fix => !!x);
        if (f) out.fix = f;
        if (ss?.length) out.suggestions = ss;
        return out;
      }),
    })),
  };
}

type FormatterModule = { default: Formatter; shows?: Shows };

const FORMATTERS = {
  stylish: () => import("./stylish.js"),
  compact: () => import("./compact.js"),
  json: () => import("./json.js"),
  sarif: () => import("./sarif.js"),
  github: () => import("./github.js"),
  junit: () => import("./junit.js"),
} satisfies Record<string, () => Promise<FormatterModule>>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export const isFormatName = (name: string): name is FormatName => Object.prototype.hasOwnProperty.call(FORMATTERS, name);

/** The named formatter, showing the report through safeReport. */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  const mod: FormatterModule = await FORMATTERS[name]();
  const format = mod.default;
  return (report, ctx) => format(safeReport(report, ctx, mod.shows), ctx);
}
