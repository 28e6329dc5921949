// The lint schema is stored in parts (schema/openclaw-lint-schema.txt): the root, and every large
// subschema as a JSON text of its own, parsed the first time the validator (or a rule) reads it. A config
// touches a few of OpenClaw's 44 sections, so a lint parses a fraction of the ~260 KB instead of all of it
// at every start.

/** Where the parts are stored, relative to the package root (written by `npm run generate`). */
export const LINT_SCHEMA_DATA = ["schema", "openclaw-lint-schema.txt"] as const;
/** First word of that file; a file without it is not ours, or of another format version. */
export const LINT_SCHEMA_MAGIC = "oql-lint-schema-3";

/**
 * One part: its JSON text, and where its own large members were cut out (path in the part -> part
 * index). Or a table: an object whose every member is a part of its own (the root's `definitions`, 581
 * of them), stored as its names and their parts.
 */
export type SchemaPart =
  | { readonly json: string; readonly holes: readonly (readonly [readonly string[], number])[]; readonly table?: undefined }
  | { readonly table: { readonly names: readonly string[]; readonly parts: readonly number[] } };

/** An object of at least this many members, all cut out, is stored as a table (see lazyTable). */
const TABLE_MIN = 32;

/** Part i of a schema, made when first asked for. */
export type PartSource = (i: number) => SchemaPart;

/**
 * The parts stored in the data file (written by scripts/lib/emit-config-schema.ts), ASCII:
 *   line 1  the magic word, the OpenClaw version, the root part's index
 *   line 2  each part's length, comma-separated
 *   then    the parts back to back, each its holes as JSON (an array), a newline, and its JSON text;
 *           a table: {"names":[...],"parts":[...]} and a newline
 * (JSON.stringify never writes a raw newline, so the first one in a part ends its holes.) Nothing is
 * decoded until a part is asked for: a lint reads a few dozen of the ~1,000.
 */
export function readSchemaParts(data: Buffer): { version: string; root: number; part: PartSource } {
  const nl1 = data.indexOf(10);
  const nl2 = nl1 < 0 ? -1 : data.indexOf(10, nl1 + 1);
  const [magic, version, root] = data.toString("latin1", 0, Math.max(nl1, 0)).split(" ");
  if (magic !== LINT_SCHEMA_MAGIC || nl2 < 0) throw new Error(`not a lint schema file (${LINT_SCHEMA_MAGIC})`);
  const lengths = data.toString("latin1", nl1 + 1, nl2).split(",");
  const starts = new Array<number>(lengths.length + 1);
  starts[0] = nl2 + 1;
  for (let i = 0; i < lengths.length; i++) starts[i + 1] = starts[i] + Number(lengths[i]);
  if (starts[lengths.length] !== data.length) throw new Error(`lint schema file truncated or damaged (${LINT_SCHEMA_MAGIC})`);
  const part = (i: number): SchemaPart => {
    if (!(i >= 0 && i < lengths.length)) throw new Error(`lint schema file has no part ${i}`);
    const text = data.toString("latin1", starts[i], starts[i + 1]);
    const nl = text.indexOf("\n");
    const head = JSON.parse(text.slice(0, nl)) as unknown;
    return Array.isArray(head) ? { holes: head as [string[], number][], json: text.slice(nl + 1) } : { table: head as { names: string[]; parts: number[] } };
  };
  return { version, root: Number(root), part };
}

/** The data file's text for `parts` (scripts/lib/emit-config-schema.ts writes it); ASCII. */
export function writeSchemaParts(parts: readonly SchemaPart[], root: number, version: string): string {
  // JSON allows \u escapes anywhere in a string: an ASCII file needs no UTF-8 decoding.
  const ascii = (json: string) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const texts = parts.map((p) => (p.table ? `${ascii(JSON.stringify(p.table))}\n` : `${ascii(JSON.stringify(p.holes))}\n${ascii(p.json)}`));
  return `${LINT_SCHEMA_MAGIC} ${version} ${root}\n${texts.map((t) => t.length).join(",")}\n${texts.join("")}`;
}

/**
 * The schema whose root is part `root`: plain objects and arrays, each cut-out member a property that
 * parses its part on first read and then becomes a plain data property; a table, a proxy that does the
 * same per member. Every walk (Object.keys, for...in, JSON.stringify) sees the whole schema.
 */
export function lazySchema(parts: readonly SchemaPart[] | PartSource, root: number): Record<string, unknown> {
  const partAt: PartSource = typeof parts === "function" ? parts : (i) => parts[i];
  const load = (i: number): unknown => {
    const part = partAt(i);
    if (part.table) return lazyTable(part.table.names, part.table.parts, load);
    const value = JSON.parse(part.json) as Record<string, unknown>;
    for (const [path, j] of part.holes) {
      let parent = value;
      for (let k = 0; k < path.length - 1; k++) parent = parent[path[k]] as Record<string, unknown>;
      const key = path[path.length - 1];
      Object.defineProperty(parent, key, {
        configurable: true,
        enumerable: true,
        get() {
          const v = load(j);
          Object.defineProperty(parent, key, { value: v, writable: true, enumerable: true, configurable: true });
          return v;
        },
      });
    }
    return value;
  };
  return load(root) as Record<string, unknown>;
}

/**
 * An object of `names`, each loaded from its part when first read, as a proxy: the root's 581
 * `definitions` as an object of getters cost ~0.5 ms to build, at every start, for the few a lint reads
 * through `$ref`. A member once read is a plain data property of the target, so the proxy keeps the
 * invariants of one (extensible target, configurable members).
 */
function lazyTable(names: readonly string[], parts: readonly number[], load: (i: number) => unknown): Record<string, unknown> {
  const at = new Map<string, number>();
  names.forEach((name, k) => at.set(name, parts[k]));
  const target: Record<string, unknown> = {};
  const member = (key: string): unknown => {
    if (!Object.hasOwn(target, key)) target[key] = load(at.get(key)!);
    return target[key];
  };
  const ours = (key: string | symbol): key is string => typeof key === "string" && at.has(key);
  return new Proxy(target, {
    get: (t, key, receiver) => (ours(key) ? member(key) : Reflect.get(t, key, receiver)),
    has: (t, key) => ours(key) || Reflect.has(t, key),
    ownKeys: (t) => [...names, ...Reflect.ownKeys(t).filter((k) => !ours(k))],
    getOwnPropertyDescriptor: (t, key) => {
      if (ours(key)) member(key);
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
  });
}

/**
 * Splits a schema into parts: every object or array member whose JSON is at least `min` characters, and
 * every one of the root's `definitions` (hundreds of small ones, each read only through a `$ref`).
 */
export function partition(schema: Record<string, unknown>, min: number): { parts: SchemaPart[]; root: number } {
  const parts: SchemaPart[] = [];
  type Holes = [string[], number][];
  const cut = (node: Record<string, unknown> | unknown[], definitions = false): { value: Record<string, unknown> | unknown[]; holes: Holes; table?: SchemaPart["table"] } => {
    const value: Record<string, unknown> | unknown[] = Array.isArray(node) ? [] : {};
    const holes: Holes = [];
    for (const [k, v] of Object.entries(node)) {
      if (typeof v !== "object" || v === null) {
        (value as Record<string, unknown>)[k] = v;
        continue;
      }
      const inner = cut(v as Record<string, unknown>, node === schema && k === "definitions");
      const json = JSON.stringify(inner.value);
      if (json.length >= min || definitions) {
        parts.push(inner.table ? { table: inner.table } : { json, holes: inner.holes });
        (value as Record<string, unknown>)[k] = 0;
        holes.push([[k], parts.length - 1]);
      } else {
        (value as Record<string, unknown>)[k] = inner.value;
        for (const [p, j] of inner.holes) holes.push([[k, ...p], j]);
      }
    }
    const keys = Object.keys(value);
    if (!Array.isArray(value) && keys.length >= TABLE_MIN && holes.length === keys.length && holes.every(([p]) => p.length === 1))
      return { value, holes, table: { names: holes.map(([p]) => p[0]), parts: holes.map(([, j]) => j) } };
    return { value, holes };
  };
  const top = cut(schema);
  parts.push({ json: JSON.stringify(top.value), holes: top.holes });
  return { parts, root: parts.length - 1 };
}
