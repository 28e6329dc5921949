// The lint schema is stored in parts (schema/openclaw-lint-schema.txt): the root, and every large
// subschema as a JSON text of its own, parsed the first time the validator (or a rule) reads it. A config
// touches a few of OpenClaw's 44 sections, so a lint parses a fraction of the ~260 KB instead of all of it
// at every start.

/** Where the parts are stored, relative to the package root (written by `npm run generate`). */
export const LINT_SCHEMA_DATA = ["schema", "openclaw-lint-schema.txt"] as const;
/** First word of that file; a file without it is not ours, or of another format version. */
export const LINT_SCHEMA_MAGIC = "oql-lint-schema-1";

/** One part: its JSON text, and where its own large members were cut out (path in the part -> part index). */
export interface SchemaPart {
  readonly json: string;
  readonly holes: readonly (readonly [readonly string[], number])[];
}

/**
 * Reads the data file's text (see scripts/lib/emit-config-schema.ts): a magic line naming the OpenClaw
 * version and the root part, a JSON line indexing each part (offset, length, holes), then the parts.
 * The parts are slices of the text, parsed only when read.
 */
export function readSchemaParts(text: string): { version: string; root: number; parts: SchemaPart[] } {
  const nl1 = text.indexOf("\n");
  const nl2 = nl1 < 0 ? -1 : text.indexOf("\n", nl1 + 1);
  const [magic, version, root] = text.slice(0, Math.max(nl1, 0)).split(" ");
  if (magic !== LINT_SCHEMA_MAGIC || nl2 < 0) throw new Error(`not a lint schema file (${LINT_SCHEMA_MAGIC})`);
  const index = JSON.parse(text.slice(nl1 + 1, nl2)) as [number, number, SchemaPart["holes"]][];
  const start = nl2 + 1;
  const parts = index.map(([offset, length, holes]) => ({ json: text.slice(start + offset, start + offset + length), holes }));
  return { version, root: Number(root), parts };
}

/**
 * The schema whose root is part `root`: plain objects and arrays, each cut-out member a property that
 * parses its part on first read and then becomes a plain data property. Every walk (Object.keys,
 * for...in, JSON.stringify) sees the whole schema.
 */
export function lazySchema(parts: readonly SchemaPart[], root: number): Record<string, unknown> {
  const load = (i: number): unknown => {
    const { json, holes } = parts[i];
    const value = JSON.parse(json) as Record<string, unknown>;
    for (const [path, j] of holes) {
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
 * Splits a schema into parts: every object or array member whose JSON is at least `min` characters, and
 * every one of the root's `definitions` (hundreds of small ones, each read only through a `$ref`).
 */
export function partition(schema: Record<string, unknown>, min: number): { parts: SchemaPart[]; root: number } {
  const parts: SchemaPart[] = [];
  type Holes = [string[], number][];
  const cut = (node: Record<string, unknown> | unknown[], definitions = false): { value: Record<string, unknown> | unknown[]; holes: Holes } => {
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
        parts.push({ json, holes: inner.holes });
        (value as Record<string, unknown>)[k] = 0;
        holes.push([[k], parts.length - 1]);
      } else {
        (value as Record<string, unknown>)[k] = inner.value;
        for (const [p, j] of inner.holes) holes.push([[k, ...p], j]);
      }
    }
    return { value, holes };
  };
  const top = cut(schema);
  parts.push({ json: JSON.stringify(top.value), holes: top.holes });
  return { parts, root: parts.length - 1 };
}
