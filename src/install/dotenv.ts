// .env files as OpenClaw reads them (the `dotenv` package's parse(), which OpenClaw calls), with the line
// each entry sits on so findings can cite `~/.openclaw/.env:3`. Values become Secrets at once.
import { closeSync, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { Secret } from "./secret.js";

export interface EnvEntry {
  name: string;
  value: Secret;
  /** 1-based line and column of the name. */
  line: number;
  column: number;
  /** Column just after the value (1-based, exclusive), for a range over the whole assignment. */
  endColumn: number;
}

/** OpenClaw skips .env files larger than this (MAX_DOTENV_FILE_BYTES in its dist). */
export const MAX_DOTENV_BYTES = 1048576;

// dotenv 16/17's LINE expression, unchanged, so entries match what OpenClaw loads.
const LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/gm;
const PORTABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Entries in file order; a later duplicate wins, as in dotenv (the earlier one is dropped). */
export function parseDotenv(text: string): EnvEntry[] {
  const src = text.replace(/\r\n?/gm, "\n");
  const byName = new Map<string, EnvEntry>();
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === "\n") lineStarts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
  LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE.exec(src))) {
    if (m[0].length === 0) {
      LINE.lastIndex++;
      continue;
    }
    const name = m[1];
    let value = (m[2] || "").trim();
    const quote = value[0];
    value = value.replace(/^(['"`])([\s\S]*)\1$/gm, "$2");
    if (quote === '"') value = value.replace(/\\n/g, "\n").replace(/\\r/g, "\r");
    // OpenClaw keeps only portable names (normalizeEnvVarKey with portable: true).
    if (!PORTABLE.test(name.trim())) continue;
    const at = m.index + m[0].indexOf(name);
    const start = position(at);
    const end = position(m.index + m[0].replace(/\s*(#.*)?$/, "").length);
    byName.delete(name);
    byName.set(name, { name, value: new Secret(value), line: start.line, column: start.column, endColumn: end.line === start.line ? end.column : start.column + name.length });
  }
  return [...byName.values()];
}

export type EnvFileRead =
  | { ok: true; entries: EnvEntry[]; realPath: string }
  | { ok: false; reason: "missing" | "not-regular" | "too-large" | "unreadable"; detail?: string };

/** Read a .env file like OpenClaw: through symlinks, regular files only, at most 1 MiB. */
export function readDotenvFile(path: string): EnvFileRead {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? { ok: false, reason: "missing" } : { ok: false, reason: "unreadable", detail: code };
  }
  let fd: number;
  try {
    fd = openSync(real, "r");
  } catch (e) {
    return { ok: false, reason: "unreadable", detail: (e as NodeJS.ErrnoException).code };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: "not-regular" };
    if (st.size > MAX_DOTENV_BYTES) return { ok: false, reason: "too-large" };
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { ok: true, entries: parseDotenv(buf.subarray(0, off).toString("utf8")), realPath: real };
  } catch (e) {
    return { ok: false, reason: "unreadable", detail: (e as NodeJS.ErrnoException).code };
  } finally {
    closeSync(fd);
  }
}
