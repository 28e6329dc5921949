// A small draft-07 validator that walks a schema given as data (the generated lint schema), at lint
// time. Nothing is compiled: ajv's standalone code for OpenClaw's whole schema is ~5 MB of JS, while
// walking the ~200 KB schema costs a JSON.parse on first use and microseconds per config.
// It supports the keywords `npm run generate` leaves in the lint schema (scripts/lib/lint-schema.ts
// rejects any other), reports errors in ajv's shape (without schemaPath), and keeps each failed
// union's branch errors (`branches`) so the rules can explain the branch the user meant.

import { escapeSegment, unescapeSegment } from "../engine/pointer.js";

export type Schema = { [k: string]: unknown } | boolean;

export interface SchemaError {
  instancePath: string;
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
/** A JSON pointer segment; most keys need no escaping, and are not copied. */
const esc = escapeSegment;

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

/** A "number" type takes integers too. */
const typeOrInteger = (t: string, d: unknown) => typeOk(t, d) || (t === "number" && typeOk("integer", d));

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
  const v = new Validator(root);
  const validate = ((data: unknown) => {
    const out: SchemaError[] = [];
    const ok = v.validate(data, out);
    validate.errors = out;
    return ok;
  }) as Validate;
  validate.errors = [];
  return validate;
}

/**
 * Walks a schema over a value. No schema path is kept (ajv's `schemaPath`):
 * no rule reads one, and building it cost two strings at every schema node of every lint.
 */
class Validator {
  private readonly regexps = new Map<string, RegExp>();
  private readonly refs = new Map<string, Schema>();
  /** Schema objects that hold only a `$ref` (nothing else to check after it). */
  private readonly refOnly = new WeakSet<Obj>();

  /**
   * The instance path as a stack of escaped segments, made into a string only for an error: the walk
   * visits every node of the config and errors are few, where a path string per node cost a
   * concatenation each. paths[i] remembers the string of the first i segments until segment i-1 changes.
   */
  private readonly segs: string[] = [];
  private readonly paths: (string | undefined)[] = [""];
  private depth = 0;

  constructor(private readonly root: Obj) {}

  validate(data: unknown, out: SchemaError[]): boolean {
    // A walk that threw (an unresolved $ref) may have left segments behind.
    this.depth = 0;
    return this.checkNode(this.root, data, out);
  }

  private push(seg: string): void {
    this.segs[this.depth] = seg;
    this.paths[++this.depth] = undefined;
  }

  private pop(): void {
    this.depth--;
  }

  /** The instance path of the node being checked (`/models/providers/qwen`). */
  private ip(): string {
    const { segs, paths } = this;
    let i = this.depth;
    while (paths[i] === undefined) i--;
    for (; i < this.depth; i++) paths[i + 1] = `${paths[i]}/${segs[i]}`;
    return paths[this.depth]!;
  }

  private re(p: string): RegExp {
    let r = this.regexps.get(p);
    if (!r) this.regexps.set(p, (r = new RegExp(p, "u")));
    return r;
  }

  private deref(ref: string): Schema {
    let node = this.refs.get(ref);
    if (node !== undefined) return node;
    if (!ref.startsWith("#/")) throw new Error(`unsupported $ref ${ref}`);
    let n: unknown = this.root;
    for (const seg of ref.slice(2).split("/")) n = isObj(n) ? n[unescapeSegment(seg)] : undefined;
    if (n === undefined) throw new Error(`unresolved $ref ${ref}`);
    node = n as Schema;
    this.refs.set(ref, node);
    return node;
  }

  /**
   * Validates `d` against `s`; pushes errors to `out`; returns whether it is valid. Not named `check`:
   * a run over many files keeps V8 from optimizing functions of that name, the rules' entry points
   * (src/cli/parallel.ts), and this one is the hottest of a lint.
   */
  checkNode(s: Schema, d: unknown, out: SchemaError[]): boolean {
    if (s === true) return true;
    if (s === false) {
      out.push({ instancePath: this.ip(), keyword: "false schema", params: {}, parentSchema: {}, data: d });
      return false;
    }
    if (typeof s.$ref === "string") {
      if (!this.checkNode(this.deref(s.$ref), d, out)) return false;
      if (this.refOnly.has(s)) return true;
      if (Object.keys(s).length === 1) {
        this.refOnly.add(s);
        return true;
      }
    }
    const start = out.length;
    if (s.type !== undefined && !this.typeOk(s.type, d)) {
      out.push(error(s, d, this.ip(), "type", { type: Array.isArray(s.type) ? s.type.join(",") : s.type }));
      return false; // one finding per mistake: the other keywords describe a value of the right type
    }
    if (s.enum !== undefined && !(s.enum as unknown[]).some((v) => equal(v, d))) out.push(error(s, d, this.ip(), "enum", { allowedValues: s.enum }));
    if (s.const !== undefined && !equal(s.const, d)) out.push(error(s, d, this.ip(), "const", { allowedValue: s.const }));
    if (typeof d === "string") this.string(s, d, out);
    else if (typeof d === "number") this.number(s, d, out);
    else if (Array.isArray(d)) this.array(s, d, out);
    else if (isObj(d)) this.object(s, d, out);
    this.applicators(s, d, out);
    return out.length === start;
  }

  private typeOk(type: unknown, d: unknown): boolean {
    if (!Array.isArray(type)) return typeOrInteger(type as string, d);
    for (const t of type as string[]) if (typeOrInteger(t, d)) return true;
    return false;
  }

  private string(s: Obj, d: string, out: SchemaError[]): void {
    if (typeof s.minLength === "number" && length(d) < s.minLength) out.push(error(s, d, this.ip(), "minLength", { limit: s.minLength }));
    if (typeof s.maxLength === "number" && length(d) > s.maxLength) out.push(error(s, d, this.ip(), "maxLength", { limit: s.maxLength }));
    if (typeof s.pattern === "string" && !this.re(s.pattern).test(d)) out.push(error(s, d, this.ip(), "pattern", { pattern: s.pattern }));
    // "uri" is the only format the lint schema keeps. OpenClaw's zod url() takes what the WHATWG URL
    // parser takes after trim(), the plugins' schemas (TypeBox, OpenClaw's "uri" format) what it takes
    // as is; the parser itself drops spaces at the edges, so the two differ only on other Unicode
    // space there, which is left to OpenClaw.
    if (s.format === "uri" && !URL.canParse(d.trim())) out.push(error(s, d, this.ip(), "format", { format: "uri" }));
  }

  private number(s: Obj, d: number, out: SchemaError[]): void {
    if (typeof s.minimum === "number" && !(d >= s.minimum)) out.push(error(s, d, this.ip(), "minimum", { limit: s.minimum, comparison: ">=" }));
    if (typeof s.maximum === "number" && !(d <= s.maximum)) out.push(error(s, d, this.ip(), "maximum", { limit: s.maximum, comparison: "<=" }));
    if (typeof s.exclusiveMinimum === "number" && !(d > s.exclusiveMinimum)) out.push(error(s, d, this.ip(), "exclusiveMinimum", { limit: s.exclusiveMinimum, comparison: ">" }));
    if (typeof s.exclusiveMaximum === "number" && !(d < s.exclusiveMaximum)) out.push(error(s, d, this.ip(), "exclusiveMaximum", { limit: s.exclusiveMaximum, comparison: "<" }));
    if (typeof s.multipleOf === "number" && !Number.isInteger(d / s.multipleOf)) out.push(error(s, d, this.ip(), "multipleOf", { multipleOf: s.multipleOf }));
  }

  private array(s: Obj, d: unknown[], out: SchemaError[]): void {
    if (typeof s.minItems === "number" && d.length < s.minItems) out.push(error(s, d, this.ip(), "minItems", { limit: s.minItems }));
    if (typeof s.maxItems === "number" && d.length > s.maxItems) out.push(error(s, d, this.ip(), "maxItems", { limit: s.maxItems }));
    if (s.uniqueItems === true)
      for (let i = 1; i < d.length; i++)
        for (let j = 0; j < i; j++) if (equal(d[i], d[j])) out.push(error(s, d, this.ip(), "uniqueItems", { i: j, j: i }));
    if (Array.isArray(s.items)) {
      const tuple = s.items as Schema[];
      d.forEach((x, i) => {
        const item = i < tuple.length ? tuple[i] : (s.additionalItems as Schema | undefined);
        if (item === undefined) return;
        this.push(String(i));
        this.checkNode(item, x, out);
        this.pop();
      });
    } else if (s.items !== undefined)
      for (let i = 0; i < d.length; i++) {
        this.push(String(i));
        this.checkNode(s.items as Schema, d[i], out);
        this.pop();
      }
    if (s.contains !== undefined && !d.some((x) => this.checkNode(s.contains as Schema, x, []))) out.push(error(s, d, this.ip(), "contains", {}));
  }

  private object(s: Obj, d: Obj, out: SchemaError[]): void {
    const keys = Object.keys(d);
    if (Array.isArray(s.required)) for (const k of s.required as string[]) if (!Object.hasOwn(d, k)) out.push(error(s, d, this.ip(), "required", { missingProperty: k }));
    if (typeof s.minProperties === "number" && keys.length < s.minProperties) out.push(error(s, d, this.ip(), "minProperties", { limit: s.minProperties }));
    if (typeof s.maxProperties === "number" && keys.length > s.maxProperties) out.push(error(s, d, this.ip(), "maxProperties", { limit: s.maxProperties }));
    const props = isObj(s.properties) ? s.properties : undefined;
    const patterns = isObj(s.patternProperties) ? s.patternProperties : undefined;
    for (const k of keys) {
      this.push(esc(k));
      if (s.propertyNames !== undefined) {
        const inner: SchemaError[] = [];
        if (!this.checkNode(s.propertyNames as Schema, k, inner))
          out.push({ instancePath: this.ip(), keyword: "propertyNames", params: { propertyName: k, errors: inner }, parentSchema: s, data: d });
      }
      let matched = false;
      if (props && Object.hasOwn(props, k)) {
        matched = true;
        this.checkNode(props[k] as Schema, d[k], out);
      }
      if (patterns)
        for (const p in patterns)
          if (this.re(p).test(k)) {
            matched = true;
            this.checkNode(patterns[p] as Schema, d[k], out);
          }
      if (!matched && s.additionalProperties !== undefined) {
        if (s.additionalProperties !== false) this.checkNode(s.additionalProperties as Schema, d[k], out);
        else {
          // Reported at the object, as ajv does.
          this.pop();
          out.push({ instancePath: this.ip(), keyword: "additionalProperties", params: { additionalProperty: k }, parentSchema: s, data: d });
          continue;
        }
      }
      this.pop();
    }
  }

  /** allOf, anyOf, oneOf, not, if/then/else. */
  private applicators(s: Obj, d: unknown, out: SchemaError[]): void {
    if (Array.isArray(s.allOf)) (s.allOf as Schema[]).forEach((b, i) => this.checkNode(b, d, out));
    if (Array.isArray(s.anyOf)) this.union(s, "anyOf", d, out);
    if (Array.isArray(s.oneOf)) this.union(s, "oneOf", d, out);
    if (s.not !== undefined && this.checkNode(s.not as Schema, d, [])) out.push(error(s, d, this.ip(), "not", {}));
    if (s.if !== undefined) {
      const cond = this.checkNode(s.if as Schema, d, []);
      const next = cond ? s.then : s.else;
      if (next !== undefined) this.checkNode(next as Schema, d, out);
    }
  }

  /** anyOf / oneOf: a failure keeps each branch's errors (`branches`) so rules can explain the branch meant. */
  private union(s: Obj, kw: "anyOf" | "oneOf", d: unknown, out: SchemaError[]): void {
    const branches = (s[kw] as Schema[]).map((b, i) => {
      const e: SchemaError[] = [];
      return { ok: this.checkNode(b, d, e), e };
    });
    const passing = branches.filter((b) => b.ok).length;
    if (passing === 0) out.push({ instancePath: this.ip(), keyword: kw, params: {}, parentSchema: s, data: d, branches: branches.map((b) => b.e) });
    else if (kw === "oneOf" && passing > 1) out.push(error(s, d, this.ip(), "oneOf", { passingSchemas: branches.flatMap((b, i) => (b.ok ? [i] : [])) }));
  }
}

/** An error of keyword `keyword` of schema `s` at the value itself. */
const error = (s: Obj, d: unknown, ip: string, keyword: string, params: Obj): SchemaError => ({
  instancePath: ip,
  keyword,
  params,
  parentSchema: s,
  data: d,
});
