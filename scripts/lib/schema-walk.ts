// Keyword-aware walks over draft-07 JSON Schemas (build time only): a key under `properties` is a
// property name, not a keyword, so transforms must know which positions hold subschemas.
export type Schema = Record<string, unknown>;

const MAP_KEYWORDS = new Set(["properties", "patternProperties", "definitions", "$defs", "dependencies"]);
const ONE_KEYWORDS = new Set(["additionalProperties", "additionalItems", "propertyNames", "not", "if", "then", "else", "contains"]);
const LIST_KEYWORDS = new Set(["anyOf", "allOf", "oneOf"]);

export const isSchemaObject = (v: unknown): v is Schema => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Rebuilds a schema bottom-up: `fn` sees each subschema after its children were rebuilt, with the
 * keyword path from the root (e.g. ["properties", "gateway", "anyOf", "0"]), and returns its replacement.
 */
export function mapSchema(node: unknown, fn: (s: Schema, path: string[]) => unknown, path: string[] = []): unknown {
  if (!isSchemaObject(node)) return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) {
    if (MAP_KEYWORDS.has(k) && isSchemaObject(v)) out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, mapSchema(s, fn, [...path, k, n])]));
    else if (ONE_KEYWORDS.has(k) && isSchemaObject(v)) out[k] = mapSchema(v, fn, [...path, k]);
    else if (k === "items") out[k] = Array.isArray(v) ? v.map((s, i) => mapSchema(s, fn, [...path, k, String(i)])) : mapSchema(v, fn, [...path, k]);
    else if (LIST_KEYWORDS.has(k) && Array.isArray(v)) out[k] = v.map((s, i) => mapSchema(s, fn, [...path, k, String(i)]));
    else out[k] = v;
  }
  return fn(out, path);
}

/** Calls `fn` on every subschema in place (it may mutate it), top-down. */
export function eachSchema(node: unknown, fn: (s: Schema, path: string[]) => void, path: string[] = []): void {
  if (!isSchemaObject(node)) return;
  fn(node, path);
  for (const [k, v] of Object.entries(node)) {
    if (MAP_KEYWORDS.has(k) && isSchemaObject(v)) for (const [n, s] of Object.entries(v)) eachSchema(s, fn, [...path, k, n]);
    else if (ONE_KEYWORDS.has(k)) eachSchema(v, fn, [...path, k]);
    else if (k === "items") Array.isArray(v) ? v.forEach((s, i) => eachSchema(s, fn, [...path, k, String(i)])) : eachSchema(v, fn, [...path, k]);
    else if (LIST_KEYWORDS.has(k) && Array.isArray(v)) v.forEach((s, i) => eachSchema(s, fn, [...path, k, String(i)]));
  }
}

/**
 * `openclaw config schema` embeds plugin and channel schemas that carry their own `$defs` and refer
 * to them as `#/$defs/x`, which in the whole document would point at the root. Inline them.
 */
export function inlineLocalDefs(node: unknown): unknown {
  const walk = (n: unknown, defs: Schema | undefined, seen: string[]): unknown => {
    if (Array.isArray(n)) return n.map((x) => walk(x, defs, seen));
    if (!isSchemaObject(n)) return n;
    const own = isSchemaObject(n.$defs) ? (n.$defs as Schema) : undefined;
    const scope = own ?? defs;
    if (typeof n.$ref === "string" && n.$ref.startsWith("#/$defs/") && scope) {
      const name = n.$ref.slice("#/$defs/".length);
      if (seen.includes(name)) throw new Error(`recursive $defs/${name}: cannot inline`);
      const { $ref: _ref, ...rest } = n;
      const target = walk(scope[name], scope, [...seen, name]);
      if (!isSchemaObject(target)) throw new Error(`unresolved $ref #/$defs/${name}`);
      return Object.keys(rest).length ? { allOf: [target], ...(walk(rest, scope, seen) as Schema) } : target;
    }
    const out: Schema = {};
    for (const [k, v] of Object.entries(n)) if (k !== "$defs") out[k] = walk(v, scope, seen);
    return out;
  };
  return walk(node, undefined, []);
}

/** Canonical text of a schema (sorted keys), for finding repeats. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (isSchemaObject(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  return JSON.stringify(v);
}

/**
 * Moves subschemas that occur more than once into `definitions` (named by `name`), leaving `$ref`s.
 * `keep(s, path)` says a subschema must stay inline. Repeats are found on the already-rewritten
 * children, so nested repeats share definitions too.
 */
export function hoist(root: Schema, opts: { minLength: number; force?: (s: Schema) => boolean; keep?: (s: Schema, path: string[]) => boolean; prefix?: string }): Schema {
  const counts = new Map<string, number>();
  eachSchema(root, (s, p) => {
    if (p.length === 0 || opts.keep?.(s, p)) return;
    const c = canonical(s);
    if (c.length >= opts.minLength || opts.force?.(s)) counts.set(c, (counts.get(c) ?? 0) + 1);
  });
  const names = new Map<string, string>();
  const definitions: Schema = isSchemaObject(root.definitions) ? { ...(root.definitions as Schema) } : {};
  // Top-down, so the outermost repeat wins.
  const replace = (n: unknown, path: string[]): unknown => {
    if (!isSchemaObject(n)) return n;
    if (path.length > 0 && !opts.keep?.(n, path)) {
      const c = canonical(n);
      if ((counts.get(c) ?? 0) > 1) {
        let name = names.get(c);
        if (!name) {
          name = `${opts.prefix ?? "d"}${names.size}`;
          names.set(c, name);
          definitions[name] = children(n, [`definitions`, name]);
        }
        return { $ref: `#/definitions/${name}` };
      }
    }
    return children(n, path);
  };
  const children = (n: Schema, path: string[]): Schema => {
    const out: Schema = {};
    for (const [k, v] of Object.entries(n)) {
      if (k === "definitions" && path.length === 0) continue;
      if (MAP_KEYWORDS.has(k) && isSchemaObject(v)) out[k] = Object.fromEntries(Object.entries(v).map(([m, s]) => [m, replace(s, [...path, k, m])]));
      else if (ONE_KEYWORDS.has(k) && isSchemaObject(v)) out[k] = replace(v, [...path, k]);
      else if (k === "items") out[k] = Array.isArray(v) ? v.map((s, i) => replace(s, [...path, k, String(i)])) : replace(v, [...path, k]);
      else if (LIST_KEYWORDS.has(k) && Array.isArray(v)) out[k] = v.map((s, i) => replace(s, [...path, k, String(i)]));
      else out[k] = v;
    }
    return out;
  };
  const out = children(root, []);
  return Object.keys(definitions).length ? { ...out, definitions } : out;
}
