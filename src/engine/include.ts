// OpenClaw `$include` semantics: a file or a list of files, deep-merged in order, sibling keys merged
// over the include; paths relative to the including file and confined to the top-level config's
// directory unless OPENCLAW_INCLUDE_ROOTS allows more; at most 10 levels; at most 2 MB per file.
// Arrays concatenate (OpenClaw's mergeDeep with arrays: "concat", verified against 2026.9.6), objects
// merge key by key, anything else is replaced by the later value.
// The merged value keeps, for every pointer, the file and span it came from.
import { realpathSync, statSync } from "node:fs";
import { homedir } from "./node-lazy.js";
import { delimiter, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { isParseFailure, parseJson5, type NodeLoc, type ParsedFile, type ParseFailure } from "./parse.js";
import { joinPointer, unescapeSegment } from "./pointer.js";
import { FileReadError, readRegularFile } from "./safe-read.js";
import type { Span } from "./source.js";

export const INCLUDE_KEY = "$include";
export const MAX_INCLUDE_DEPTH = 10;
export const MAX_INCLUDE_BYTES = 2 * 1024 * 1024;

export interface IncludeProblem {
  /** Logical pointer of the `$include` value (or the list item) that failed. */
  pointer: string;
  file: string;
  span: Span;
  message: string;
}

export interface FileHost {
  /** Text of a file, or throws (ENOENT etc.). The LSP serves open documents through this. */
  readFile(path: string): string;
  /** Size in bytes, or throws. */
  size(path: string): number;
}

/**
 * The file system, with OpenClaw's checks on included files: a regular file (never a FIFO or a device),
 * at most 2 MB, one hard link only.
 */
export const fsHost: FileHost = {
  readFile: (p) => readRegularFile(p, { maxBytes: MAX_INCLUDE_BYTES, singleLink: true }),
  size: (p) => statSync(p).size,
};

/** The real path, or undefined when there is nothing at `p` yet. Other errors throw. */
function realPath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw e;
  }
}

export interface MountedFile {
  parsed: ParsedFile;
  /** Logical pointer where the file's root sits in the merged config. */
  mount: string;
}

export interface ResolvedConfig {
  value: unknown;
  locs: Map<string, NodeLoc>;
  /** The root file first, then every included file that parsed. */
  files: MountedFile[];
  problems: IncludeProblem[];
  /** Included files that failed to parse. */
  parseFailures: ParseFailure[];
}

interface Resolved {
  value: unknown;
  locs: Map<string, NodeLoc>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** `obj[key] = value` that stays a plain own property for every key, `__proto__` included. */
const put = (obj: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });

function deepMerge(base: unknown, over: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(over)) return [...base, ...over];
  if (!isObject(base) || !isObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) put(out, k, Object.prototype.hasOwnProperty.call(base, k) ? deepMerge(base[k], v) : v);
  return out;
}

/**
 * Where each pointer of `over` lands after deepMerge(base, over): items of an array that is
 * concatenated onto a base array shift by the base array's length.
 */
function shiftPointer(base: unknown, over: unknown, pointer: string): string {
  if (pointer === "") return pointer;
  const segs = pointer.slice(1).split("/");
  const out: string[] = [];
  let b = base,
    o = over;
  for (const raw of segs) {
    if (Array.isArray(b) && Array.isArray(o)) {
      const i = Number(raw);
      out.push(String(i + b.length));
      b = undefined;
      o = o[i];
      continue;
    }
    const key = unescapeSegment(raw);
    out.push(raw);
    b = isObject(b) ? b[key] : undefined;
    o = isObject(o) ? o[key] : Array.isArray(o) ? o[Number(raw)] : undefined;
  }
  return "/" + out.join("/");
}

function hasPointer(root: unknown, pointer: string): boolean {
  if (pointer === "") return true;
  let cur = root;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = unescapeSegment(raw);
    if (Array.isArray(cur)) {
      const i = Number(seg);
      if (!(Number.isInteger(i) && i >= 0 && i < cur.length)) return false;
      cur = cur[i];
    } else if (isObject(cur)) {
      if (!Object.prototype.hasOwnProperty.call(cur, seg)) return false;
      cur = cur[seg];
    } else return false;
  }
  return true;
}

/** Merge two resolved subtrees mounted at logical pointer `at` (locs use absolute logical pointers). */
function mergeResolved(base: Resolved, over: Resolved, at: string): Resolved {
  const value = deepMerge(base.value, over.value);
  const locs = new Map<string, NodeLoc>();
  const rel = (p: string) => (p.startsWith(at) ? p.slice(at.length) : p);
  for (const [p, l] of base.locs) if (hasPointer(value, rel(p)) || p.endsWith("/" + INCLUDE_KEY)) locs.set(p, l);
  for (const [p, l] of over.locs) locs.set(at + shiftPointer(base.value, over.value, rel(p)), l);
  return { value, locs };
}

/** OPENCLAW_INCLUDE_ROOTS as OpenClaw reads it: `:`-separated, `~` expanded, relative to the working directory. */
export function includeRoots(env: Record<string, string | undefined>, cwd = process.cwd()): string[] {
  const home = env.HOME ?? homedir();
  return (env.OPENCLAW_INCLUDE_ROOTS ?? "")
    .split(delimiter)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s === "~" ? home : s.startsWith("~/") ? join(home, s.slice(2)) : s))
    .map((s) => resolve(cwd, s));
}

const within = (root: string, p: string) => {
  const rel = relative(root, p);
  return rel === "" || (rel !== ".." && !rel.startsWith(".." + sep) && !isAbsolute(rel));
};

export function resolveIncludes(
  root: ParsedFile,
  opts: { host?: FileHost; env?: Record<string, string | undefined> } = {},
): ResolvedConfig {
  // Nothing to resolve (almost every config): the parsed file is the config, at no cost.
  if (!root.hasInclude) return { value: root.value, locs: root.locs, files: [{ parsed: root, mount: "" }], problems: [], parseFailures: [] };
  return new Resolver(root, opts.host ?? fsHost, opts.env ?? {}).resolve();
}

type Item = { path: string; inPtr: string; logPtr: string };
type Problem = (inPtr: string, logPtr: string, message: string) => void;

/** One resolution: the files read so far (each parsed once), the problems found, the roots allowed. */
class Resolver {
  private readonly rootPath: string;
  private readonly allowed: string[];
  private readonly allowedReal: string[];
  private readonly files: MountedFile[];
  private readonly problems: IncludeProblem[] = [];
  private readonly parseFailures: ParseFailure[] = [];
  private readonly cache = new Map<string, ParsedFile | ParseFailure>();

  constructor(
    private readonly root: ParsedFile,
    private readonly host: FileHost,
    env: Record<string, string | undefined>,
  ) {
    this.rootPath = resolve(root.source.path);
    this.allowed = [dirname(this.rootPath), ...includeRoots(env)];
    // OpenClaw checks both the written path and the real one (symlinks resolved) against the roots, also
    // resolved: a link inside the config directory must not lead to ~/.git-credentials or /proc.
    this.allowedReal = this.allowed.map((r) => {
      try {
        return realPath(r) ?? r;
      } catch {
        return r;
      }
    });
    this.files = [{ parsed: root, mount: "" }];
  }

  resolve(): ResolvedConfig {
    const locs = new Map<string, NodeLoc>();
    const value = this.walk(this.root, "", "", this.root.value, [this.rootPath], locs);
    return { value, locs, files: this.files, problems: this.problems, parseFailures: this.parseFailures };
  }

  /**
   * The value at `inPtr` of `file` with its includes merged in; the locations of it and everything
   * in it go to `out` under logical pointers. Only an object with `$include` needs maps of its own (to
   * merge); everything else writes straight into the caller's, so the cost stays linear in the nodes.
   */
  private walk(file: ParsedFile, inPtr: string, logPtr: string, value: unknown, chain: string[], out: Map<string, NodeLoc>): unknown {
    const own = file.locs.get(inPtr);
    let result: unknown;
    if (Array.isArray(value)) result = value.map((el, i) => this.walk(file, joinPointer(inPtr, i), joinPointer(logPtr, i), el, chain, out));
    else if (!isObject(value)) result = value;
    else if (!Object.prototype.hasOwnProperty.call(value, INCLUDE_KEY)) result = this.members(file, inPtr, logPtr, value, chain, out);
    else {
      const merged = this.withIncludes(file, inPtr, logPtr, value, chain);
      for (const [p, l] of merged.locs) out.set(p, l);
      result = merged.value;
    }
    if (own) out.set(logPtr, own);
    return result;
  }

  /** An object's members but `$include`, each walked. */
  private members(file: ParsedFile, inPtr: string, logPtr: string, value: Record<string, unknown>, chain: string[], out: Map<string, NodeLoc>) {
    const siblings: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === INCLUDE_KEY) continue;
      put(siblings, k, this.walk(file, joinPointer(inPtr, k), joinPointer(logPtr, k), v, chain, out));
    }
    return siblings;
  }

  /** An object with `$include`: the included content, with the sibling keys merged over it. */
  private withIncludes(file: ParsedFile, inPtr: string, logPtr: string, value: Record<string, unknown>, chain: string[]): Resolved {
    const base = this.loadIncludes(file, inPtr, logPtr, value[INCLUDE_KEY], chain);
    const locs = new Map<string, NodeLoc>();
    const siblings = this.members(file, inPtr, logPtr, value, chain, locs);
    if (!base) return { value: siblings, locs };
    if (isObject(base.value)) return mergeResolved(base, { value: siblings, locs }, logPtr);
    // `{ $include: "./list.json5" }` alone is replaced by whatever the file holds, array or scalar.
    if (Object.keys(siblings).length === 0) return { value: base.value, locs: new Map(base.locs) };
    const at = file.locs.get(joinPointer(inPtr, INCLUDE_KEY))!;
    this.problems.push({
      pointer: joinPointer(logPtr, INCLUDE_KEY),
      file: file.source.path,
      span: at.value,
      message: `The included content is ${Array.isArray(base.value) ? "an array" : `a ${typeof base.value}`}, so it cannot be merged with the sibling keys next to $include. Include an object, or remove the sibling keys.`,
    });
    return { value: siblings, locs };
  }

  /** The files an `$include` value names, read and merged in order. */
  private loadIncludes(file: ParsedFile, inPtr: string, logPtr: string, spec: unknown, chain: string[]): Resolved | undefined {
    const specPtr = joinPointer(inPtr, INCLUDE_KEY);
    const specLoc = file.locs.get(specPtr)!;
    const logSpecPtr = joinPointer(logPtr, INCLUDE_KEY);
    const problem: Problem = (ptrIn, ptrLog, message) => {
      const loc = file.locs.get(ptrIn) ?? specLoc;
      this.problems.push({ pointer: ptrLog, file: file.source.path, span: loc.value, message });
    };
    const items: Item[] = [];
    if (typeof spec === "string") items.push({ path: spec, inPtr: specPtr, logPtr: logSpecPtr });
    else if (Array.isArray(spec))
      spec.forEach((s, i) => {
        const item = { inPtr: joinPointer(specPtr, i), logPtr: joinPointer(logSpecPtr, i) };
        if (typeof s === "string") items.push({ path: s, ...item });
        else problem(item.inPtr, item.logPtr, `$include list items must be file paths (strings), e.g. "./models.json5"`);
      });
    else {
      problem(specPtr, logSpecPtr, `$include must be a file path or a list of file paths, e.g. "./models.json5"`);
      return undefined;
    }
    let merged: Resolved | undefined;
    for (const item of items) {
      const r = this.loadOne(file, item, chain, problem);
      if (r) merged = merged ? mergeResolved(merged, r, logPtr) : r;
    }
    const ownSpec = file.locs.get(specPtr);
    if (merged && ownSpec) merged.locs.set(logSpecPtr, ownSpec);
    return merged;
  }

  /** One included file, checked as OpenClaw checks it, parsed (once) and walked. */
  private loadOne(file: ParsedFile, item: Item, chain: string[], problem: Problem): Resolved | undefined {
    const fail = (message: string) => (problem(item.inPtr, item.logPtr, message), undefined);
    const { rootPath } = this;
    if (!item.path.trim()) return fail(`$include path is empty`);
    if (item.path.includes("\0")) return fail(`$include path contains a NUL byte`);
    if (item.path.length >= 4096) return fail(`$include path is longer than 4095 characters`);
    const target = resolve(dirname(resolve(file.source.path)), item.path);
    if (!this.allowed.some((r) => within(r, target)))
      return fail(
        `Include path escapes the config directory: ${item.path} resolves to ${target}, outside ${dirname(rootPath)}. Move the file under that directory or add its directory to OPENCLAW_INCLUDE_ROOTS.`,
      );
    let real: string | undefined;
    try {
      real = realPath(target);
    } catch (e) {
      return fail(`Cannot resolve the real path of included file ${item.path} (resolved: ${target}): ${(e as Error).message.replace(/^\w+: /, "")}.`);
    }
    if (real !== undefined && !this.allowedReal.some((r) => within(r, real)))
      return fail(
        `Include path resolves outside config directory (symlink): ${item.path} (root: ${dirname(rootPath)}). OpenClaw refuses it and so nothing of it was read; point the $include at a file that really lives under that directory.`,
      );
    if (chain.includes(target))
      return fail(`Circular include: ${[...chain, target].map((p) => relative(dirname(rootPath), p) || p).join(" -> ")}. Remove one of these $include entries.`);
    if (chain.length > MAX_INCLUDE_DEPTH)
      return fail(`Includes are nested more than ${MAX_INCLUDE_DEPTH} levels deep; OpenClaw stops at ${MAX_INCLUDE_DEPTH}. Flatten the include chain.`);
    const parsed = this.cache.get(target) ?? this.read(file, item, target);
    if (typeof parsed === "string") return fail(parsed);
    if (isParseFailure(parsed))
      return fail(`Included file ${item.path} is not valid JSON5: ${parsed.message.replace(/\.$/, "")} at ${parsed.span.start.line}:${parsed.span.start.column}.`);
    const logical = item.logPtr.replace(/\/\$include(\/\d+)?$/, "");
    if (!this.files.some((f) => f.parsed === parsed)) this.files.push({ parsed, mount: logical });
    const locs = new Map<string, NodeLoc>();
    const value = this.walk(parsed, "", logical, parsed.value, [...chain, target], locs);
    return { value, locs };
  }

  /** Reads and parses an included file (cached), or says why it cannot be read. */
  private read(file: ParsedFile, item: Item, target: string): ParsedFile | ParseFailure | string {
    let size: number;
    try {
      size = this.host.size(target);
    } catch {
      return `Cannot read included file ${item.path} (resolved: ${target}). Check the path; it is relative to ${dirname(resolve(file.source.path))}.`;
    }
    if (size > MAX_INCLUDE_BYTES) return `Included file ${item.path} is ${size} bytes; OpenClaw reads at most 2 MB (${MAX_INCLUDE_BYTES} bytes) per file.`;
    let text: string;
    try {
      text = this.host.readFile(target);
    } catch (e) {
      if (e instanceof FileReadError && e.code === "ENOTREG")
        return `Included file ${item.path} is ${e.message.replace(`${e.path} is `, "").replace(/, not a regular file$/, "")}, not a regular file; OpenClaw reads only regular files. Include a regular file.`;
      if (e instanceof FileReadError && e.code === "EHARDLINK")
        return `Included file ${item.path} has more than one hard link; OpenClaw refuses it ("Include file failed security checks (regular file, max ${MAX_INCLUDE_BYTES} bytes, no hardlinks)"). Copy it to a file of its own.`;
      if (e instanceof FileReadError && e.code === "EFBIG") return `Included file ${item.path} is larger than ${MAX_INCLUDE_BYTES} bytes; OpenClaw reads at most 2 MB per file.`;
      return `Cannot read included file ${item.path} (resolved: ${target}).`;
    }
    const parsed = parseJson5(text, target);
    this.cache.set(target, parsed);
    if (isParseFailure(parsed)) this.parseFailures.push(parsed);
    return parsed;
  }
}
