// Output formats. Each formatter is a pure function of the report in its own module, loaded only when
// it is asked for; to add one, write `<name>.ts` with a default export of type Formatter and add one
// line to FORMATTERS.
import type { Report } from "../report.js";

export interface FormatContext {
  /** Directory relative paths in the report are relative to. */
  cwd: string;
  /** Emit ANSI colours. */
  color: boolean;
  /**
   * Text of a file a result or diagnostic names (its `filePath` as written in the report): the linted
   * file, stdin, or an `$include`d file. undefined when it cannot be read. Raw text: redact secrets
   * (src/cli/redact-source.ts) before showing any of it.
   */
  source(filePath: string): string | undefined;
}

export type Formatter = (report: Report, ctx: FormatContext) => string;

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Report text (messages, paths) for a terminal: one line, no control characters (escape sequences). */
export const printable = (s: string) => s.replace(CONTROLS, "\ufffd").replace(/[\r\n\t]/g, " ");

type FormatterModule = { default: Formatter };

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

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  return (await FORMATTERS[name]()).default;
}
