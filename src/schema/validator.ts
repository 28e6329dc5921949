// A small draft-07 validator that walks a schema given as data (the generated lint schema), at lint
// time. Nothing is compiled: ajv's standalone code for OpenClaw's whole schema is ~5 MB of JS, while
// walking the ~200 KB schema costs a JSON.parse on first use and microseconds per config.
// It supports the keywords `npm run generate` leaves in the lint schema (scripts/lib/lint-schema.ts
// rejects any other), reports errors in ajv's shape, and keeps each failed union's branch errors
// (`branches`) so the rules can explain the branch the user meant.

export type Schema = { [k: string]: unknown } | boolean;

export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  /** The (dereferenced) schema holding the keyword. */
  parentSchema: Record<string, unknown>;
  data: unknown;
  /** anyOf / oneOf: the errors of each branch, in order. */
  branches?: SchemaError[][];
}

/** The keywords this validator implements; generation fails on any other. */
export const SUPPORTED_KEYWORDS = [
  "$ref", "$schema", "type", "enum", "const", "properties", "patternProperties", "additionalProperties", "required", "propertyNames",
  "minProperties", "maxProperties", "items", "additionalItems", "minItems", "maxItems", "uniqueItems", "contains", "minLength", "maxLength",
  "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "anyOf", "oneOf", "allOf", "not", "if", "then",
  "else", "definitions", "format",
] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const esc = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

function typeOk(t: string, d: unknown): boolean {
  switch (t) {
    case "string":
      return typeof d === "string";
    case "number":
      return typeof d === "number" && Number.isFinite(d);
    case "integer":
      return typeof d === "number" && Number.isInteger(d);
    case "boolean":
      return typeof d === "boolean";
    case "object":
      return isObj(d);
    case "array":
      return Array.isArray(d);
    case "null":
      return d === null;
    default:
      return false;
  }
}

export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
  }
  return false;
}

/** Unicode code points, as JSON Schema counts string length. */
const length = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

export interface Validate {
  (data: unknown): boolean;
  errors: SchemaError[];
}

export function createValidator(root: Obj): Validate {
  const regexps = new Map<string, RegExp>();
  const re = (p: string) => {
    let r = regexps.get(p);
    if (!r) regexps.set(p, (r = new RegExp(p, "u")));
    return r;
  };
  const deref = (ref: string): Schema => {
    if (!ref.startsWith("#/")) throw new Error(`unsupported $ref ${ref}`);
    let node: unknown = root;
    for (const seg of ref.slice(2).split("/")) node = isObj(node) ? node[seg.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
    return node as Schema;
  };

  /** Validates `d` against `s`; pushes errors to `out`; returns whether it is valid. */
  const check = (s: Schema, d: unknown, ip: string, sp: string, out: SchemaError[]): boolean => {
    if (s === true) return true;
    if (s === false) {
      out.push({ instancePath: ip, schemaPath: sp, keyword: "false schema", params: {}, parentSchema: {}, data: d });
      return false;
    }
    if (typeof s.$ref === "string") {
      const target = deref(s.$ref);
      if (!check(target, d, ip, s.$ref, out)) return false;
      if (Object.keys(s).length === 1) return true;
    }
    const start = out.length;
    const err = (keyword: string, params: Obj = {}, at = ip) => out.push({ instancePath: at, schemaPath: `${sp}/${keyword}`, keyword, params, parentSchema: s, data: at === ip ? d : undefined });
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((t) => typeOk(t, d) || (t === "number" && typeOk("integer", d)))) {
        err("type", { type: types.join(",") });
        return false; // one finding per mistake: the other keywords describe a value of the right type
      }
    }
    if (s.enum !== undefined && !(s.enum as unknown[]).some((v) => equal(v, d))) err("enum", { allowedValues: s.enum });
    if (s.const !== undefined && !equal(s.const, d)) err("const", { allowedValue: s.const });

    if (typeof d === "string") {
      if (typeof s.minLength === "number" && length(d) < s.minLength) err("minLength", { limit: s.minLength });
      if (typeof s.maxLength === "number" && length(d) > s.maxLength) err("maxLength", { limit: s.maxLength });
      if (typeof s.pattern === "string" && !re(s.pattern).test(d)) err("pattern", { pattern: s.pattern });
      // "uri" is the only format the lint schema keeps, and only a missing scheme is judged: zod's url()
      // (WHATWG URL) and the plugins' ajv "uri" (RFC 3986) both refuse that, while they differ on
      // finer points ("http://" passes ajv, "https://x/a b" passes zod).
      if (s.format === "uri" && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(d)) err("format", { format: "uri" });
    } else if (typeof d === "number") {
      if (typeof s.minimum === "number" && !(d >= s.minimum)) err("minimum", { limit: s.minimum, comparison: ">=" });
      if (typeof s.maximum === "number" && !(d <= s.maximum)) err("maximum", { limit: s.maximum, comparison: "<=" });
      if (typeof s.exclusiveMinimum === "number" && !(d > s.exclusiveMinimum)) err("exclusiveMinimum", { limit: s.exclusiveMinimum, comparison: ">" });
      if (typeof s.exclusiveMaximum === "number" && !(d < s.exclusiveMaximum)) err("exclusiveMaximum", { limit: s.exclusiveMaximum, comparison: "<" });
      if (typeof s.multipleOf === "number" && !Number.isInteger(d / s.multipleOf)) err("multipleOf", { multipleOf: s.multipleOf });
    } else if (Array.isArray(d)) {
      if (typeof s.minItems === "number" && d.length < s.minItems) err("minItems", { limit: s.minItems });
      if (typeof s.maxItems === "number" && d.length > s.maxItems) err("maxItems", { limit: s.maxItems });
      if (s.uniqueItems === true)
        for (let i = 1; i < d.length; i++)
          for (let j = 0; j < i; j++) if (equal(d[i], d[j])) err("uniqueItems", { i: j, j: i });
      if (Array.isArray(s.items)) {
        const tuple = s.items as Schema[];
        d.forEach((x, i) => {
          if (i < tuple.length) check(tuple[i], x, `${ip}/${i}`, `${sp}/items/${i}`, out);
          else if (s.additionalItems !== undefined) check(s.additionalItems as Schema, x, `${ip}/${i}`, `${sp}/additionalItems`, out);
        });
      } else if (s.items !== undefined) d.forEach((x, i) => check(s.items as Schema, x, `${ip}/${i}`, `${sp}/items`, out));
      if (s.contains !== undefined && !d.some((x) => check(s.contains as Schema, x, ip, `${sp}/contains`, []))) err("contains");
    } else if (isObj(d)) {
      const keys = Object.keys(d);
      if (Array.isArray(s.required)) for (const k of s.required as string[]) if (!Object.hasOwn(d, k)) err("required", { missingProperty: k });
      if (typeof s.minProperties === "number" && keys.length < s.minProperties) err("minProperties", { limit: s.minProperties });
      if (typeof s.maxProperties === "number" && keys.length > s.maxProperties) err("maxProperties", { limit: s.maxProperties });
      const props = isObj(s.properties) ? s.properties : undefined;
      const patterns = isObj(s.patternProperties) ? Object.entries(s.patternProperties) : [];
      for (const k of keys) {
        const at = `${ip}/${esc(k)}`;
        if (s.propertyNames !== undefined) {
          const inner: SchemaError[] = [];
          if (!check(s.propertyNames as Schema, k, at, `${sp}/propertyNames`, inner))
            out.push({ instancePath: at, schemaPath: `${sp}/propertyNames`, keyword: "propertyNames", params: { propertyName: k, errors: inner }, parentSchema: s, data: d });
        }
        let matched = false;
        if (props && Object.hasOwn(props, k)) {
          matched = true;
          check(props[k] as Schema, d[k], at, `${sp}/properties/${esc(k)}`, out);
        }
        for (const [p, ps] of patterns)
          if (re(p).test(k)) {
            matched = true;
            check(ps as Schema, d[k], at, `${sp}/patternProperties/${esc(p)}`, out);
          }
        if (!matched && s.additionalProperties !== undefined) {
          if (s.additionalProperties === false) out.push({ instancePath: ip, schemaPath: `${sp}/additionalProperties`, keyword: "additionalProperties", params: { additionalProperty: k }, parentSchema: s, data: d });
          else check(s.additionalProperties as Schema, d[k], at, `${sp}/additionalProperties`, out);
        }
      }
    }

    if (Array.isArray(s.allOf)) (s.allOf as Schema[]).forEach((b, i) => check(b, d, ip, `${sp}/allOf/${i}`, out));
    for (const kw of ["anyOf", "oneOf"] as const) {
      if (!Array.isArray(s[kw])) continue;
      const branches = (s[kw] as Schema[]).map((b, i) => {
        const e: SchemaError[] = [];
        return { ok: check(b, d, ip, `${sp}/${kw}/${i}`, e), e };
      });
      const passing = branches.filter((b) => b.ok).length;
      if (passing === 0) out.push({ instancePath: ip, schemaPath: `${sp}/${kw}`, keyword: kw, params: {}, parentSchema: s, data: d, branches: branches.map((b) => b.e) });
      else if (kw === "oneOf" && passing > 1) err("oneOf", { passingSchemas: branches.flatMap((b, i) => (b.ok ? [i] : [])) });
    }
    if (s.not !== undefined && check(s.not as Schema, d, ip, `${sp}/not`, [])) err("not");
    if (s.if !== undefined) {
      const cond = check(s.if as Schema, d, ip, `${sp}/if`, []);
      const next = cond ? s.then : s.else;
      if (next !== undefined) check(next as Schema, d, ip, `${sp}/${cond ? "then" : "else"}`, out);
    }
    return out.length === start;
  };

  const validate = ((data: unknown) => {
    const out: SchemaError[] = [];
    const ok = check(root, data, "", "#", out);
    validate.errors = out;
    return ok;
  }) as Validate;
  validate.errors = [];
  return validate;
}
