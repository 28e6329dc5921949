// Shared by the structural rules: check the config once against OpenClaw's whole schema (generated
// data, walked by src/schema/validator.ts) and turn the errors into findings that name the config
// path, the expected shape and the fix; plus small helpers for dotted paths, provider ids and agent ids.
import { AGENT_ID_PATTERN } from "../../generated/openclaw.js";
import { LINT_SCHEMA_JSON } from "../../generated/openclaw-schema.js";
import { runtimeIssues } from "../../schema/refinements.js";
import { createValidator, type SchemaError, type Validate } from "../../schema/validator.js";
import { looksLikeKey } from "./secrets.js";
import { didYouMean, editDistance } from "../../engine/did-you-mean.js";
import { fix, renameKey, replaceStringValue } from "../../engine/edits.js";
import { joinPointer, splitPointer } from "../../engine/pointer.js";
import { isSecretPointer } from "../../engine/secrets.js";
import type { RuleContext } from "../../engine/rule.js";
import type { Fix } from "../../report.js";

import { isObject } from "../../engine/json.js";
export { isObject };

/** OpenClaw's agent id pattern (agents.entries keys; case-insensitive, as OpenClaw's runtime check is). */
export const AGENT_ID = new RegExp(AGENT_ID_PATTERN);

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `models.providers.qwen`, `auth.profiles["qwen:default"].mode`, `models.providers.qwen.models[0]`. */
export function configPath(config: unknown, pointer: string): string {
  if (pointer === "") return "the config root";
  let out = "";
  let cur: unknown = config;
  for (const seg of splitPointer(pointer)) {
    if (Array.isArray(cur)) {
      out += `[${seg}]`;
      cur = cur[Number(seg)];
      continue;
    }
    out += IDENT.test(seg) ? (out ? "." : "") + seg : `[${JSON.stringify(seg)}]`;
    cur = isObject(cur) ? cur[seg] : undefined;
  }
  return out;
}

/** `_` and `-` and case are the usual slips between OpenClaw's spellings. */
export const squash = (s: string) => s.toLowerCase().replace(/[-_.\s]/g, "");

/** Renames people carry over from other tools and older OpenClaw versions (facts R01). */
export const KNOWN_RENAMES: Record<string, string> = {
  baseURL: "baseUrl",
  base_url: "baseUrl",
  apikey: "apiKey",
  api_key: "apiKey",
  fallback: "fallbacks",
  context_window: "contextWindow",
  contextLength: "contextWindow",
  max_tokens: "maxTokens",
};

/** Root keys OpenClaw retired; legacy-config-key reports them, so unknown-key stays quiet. */
export const RETIRED_ROOT_KEYS: Record<string, string> = { defaultModel: "agents.defaults.model" };

/** The keys OpenClaw allows directly under env. */
export const ENV_KEYS = ["vars", "shellEnv"] as const;

/**
 * A key directly under env that is not vars or shellEnv: a retired flat variable (legacy-config-key),
 * or a misspelt/misplaced section (unknown-key).
 */
export function flatEnvKind(key: string, value: unknown): "legacy" | "unknown" {
  if (didYouMean(key, ENV_KEYS).length) return "unknown";
  return value !== null && typeof value === "object" ? "unknown" : "legacy";
}

/** Paths whose values may be credentials: never echo them. */
const SECRET_POINTER = { test: isSecretPointer };

export interface SchemaIssue {
  rule: "unknown-key" | "invalid-value";
  pointer: string;
  target: "key" | "value";
  message: string;
  fix?: Fix;
  suggestions?: Fix[];
}

const cache = new WeakMap<object, SchemaIssue[]>();
let validator: Validate | undefined;
let root: Record<string, unknown> | undefined;
const lintSchemaRoot = () => root;

/** The schema findings for this lint's config, computed once and shared by both rules. */
export function schemaIssues(ctx: RuleContext): SchemaIssue[] {
  const config = ctx.config;
  if (!isObject(config)) return [];
  let issues = cache.get(config);
  if (!issues) {
    if (!validator) validator = createValidator((root = JSON.parse(LINT_SCHEMA_JSON)));
    validator(config);
    issues = translate(ctx, validator.errors.slice());
    cache.set(config, issues);
  }
  return issues;
}

type Err = SchemaError;

function translate(ctx: RuleContext, errors: Err[]): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const handle = (errs: Err[]) => {
    for (const e of errs) {
      if ((e.keyword === "anyOf" || e.keyword === "oneOf") && e.branches) union(e, e.branches);
      else simple(e);
    }
  };
  /** A union failed: explain the branch the value was meant for, else say what the union takes. */
  const union = (a: Err, branchErrors: Err[][]) => {
    const kw = a.keyword as "anyOf" | "oneOf";
    const branches = ((a.parentSchema[kw] ?? []) as Record<string, unknown>[]).map(resolve);
    if (branches.length && branches.every((b) => "const" in b || Array.isArray(b.enum))) return enumIssue(a, branches.flatMap((b) => ("const" in b ? [b.const] : (b.enum as unknown[]))));
    let candidates = branches.map((b, i) => i).filter((i) => schemaAccepts(branches[i], a.data, true));
    // Objects told apart by a constant (SecretRef source, binding type): the branch whose constant matches.
    if (candidates.length > 1) {
      const fits = candidates.filter((i) => !mismatched(branchErrors[i], a.instancePath));
      if (fits.length) candidates = fits;
    }
    if (candidates.length > 1) {
      const fewest = Math.min(...candidates.map((i) => branchErrors[i].length));
      candidates = candidates.filter((i) => branchErrors[i].length === fewest).slice(0, 1);
    }
    if (candidates.length === 1 && branchErrors[candidates[0]].length) return handle(branchErrors[candidates[0]]);
    const expected = typeof a.parentSchema["x-expected"] === "string" ? (a.parentSchema["x-expected"] as string) : describeUnion(branches);
    push("invalid-value", a.instancePath, "value", `${path(a.instancePath)} must be ${expected}, not ${gotType(a.data)}.`);
  };
  const enumIssue = (a: Err, values: unknown[]) => {
    // api "openai" is accepted only so legacy-config-key can report it; never recommend it.
    const allowed = values.filter((v) => !(v === "openai" && /\/api$/.test(a.instancePath)));
    const shown = allowed.map((v) => JSON.stringify(v)).join(", ");
    const p = path(a.instancePath);
    if (typeof a.data !== "string") {
      push("invalid-value", a.instancePath, "value", `${p} must be one of ${shown}, not ${gotType(a.data)}.`);
      return;
    }
    if (placeholder(a.data)) return;
    const strings = allowed.filter((v): v is string => typeof v === "string");
    const close = didYouMean(a.data, strings);
    const safe = close.filter((c) => squash(c) === squash(a.data as string));
    const at = ctx.locate(a.instancePath);
    const edit = (to: string) => (at ? fix(`Replace "${a.data}" with "${to}"`, replaceStringValue(at, to)) : undefined);
    let hint = "";
    if (close.length) {
      const c = close[0];
      const sep = c.replace(/[^-_]/g, "");
      const note = squash(c) === squash(a.data) && sep && sep !== (a.data as string).replace(/[^-_]/g, "") ? ` (with ${sep.includes("_") ? "an underscore" : "a hyphen"} here)` : "";
      hint = ` Did you mean "${c}"${note}?`;
    }
    push("invalid-value", a.instancePath, "value", `"${a.data}" is not a valid ${p}; use one of ${shown}.${hint}`, safe.length === 1 ? edit(safe[0]) : undefined, safe.length === 1 ? [] : close.map(edit).filter((f): f is Fix => !!f));
  };
  const simple = (e: Err) => {
    const p = path(e.instancePath);
    const secret = SECRET_POINTER.test(e.instancePath);
    switch (e.keyword) {
      case "additionalProperties":
        return unknownKey(e);
      case "required": {
        const missing = String(e.params.missingProperty);
        // A model row without id or name is model-row-incomplete's finding.
        if ((missing === "id" || missing === "name") && /^\/models\/providers\/[^/]+\/models\/\d+$/.test(e.instancePath)) return;
        const example = requiredExample(e.instancePath, missing);
        return push("invalid-value", e.instancePath, "value", `${p} is missing the required key "${missing}"; OpenClaw rejects the config.${example ? ` Add ${example}.` : ""}`);
      }
      case "type": {
        const want = String(e.params.type);
        if (typeof e.data === "string" && placeholder(e.data) && !want.includes("string")) {
          // OpenClaw substitutes ${VAR} as text before validating, so a number/boolean field gets a string.
          const name = /\$\{([^}]*)\}/.exec(e.data)?.[1] ?? "";
          const hide = looksLikeKey(name); // a placeholder names a variable; only a pasted key inside the braces is hidden
          const what = want === "integer" ? "a whole number" : want === "boolean" ? "true or false" : "a number";
          const zod = want === "boolean" ? "boolean" : "number";
          return push(
            "invalid-value",
            e.instancePath,
            "value",
            `${p} takes ${what}, but ${hide ? "the placeholder" : JSON.stringify(e.data)} is a string: OpenClaw substitutes \${...} only as text, so it refuses the config ("expected ${zod}, received string") even when ${hide ? "the variable" : name} is set. Write ${want === "boolean" ? "true or false" : `a literal ${want === "integer" ? "whole " : ""}number`} instead of the placeholder.`,
          );
        }
        let tail = "";
        if (want === "array" && typeof e.data === "string" && !secret) tail = ` Wrap it in a list: [${JSON.stringify(e.data)}].`;
        else if ((want === "number" || want === "integer") && typeof e.data === "string" && e.data.trim() !== "" && Number.isFinite(Number(e.data)))
          tail = ` Write ${e.data.trim()} without quotes.`;
        else if (want === "boolean" && (e.data === "true" || e.data === "false")) tail = ` Write ${e.data} without quotes.`;
        else if (want === "integer" && typeof e.data === "number") tail = ` Use a whole number${secret ? "" : `, e.g. ${Math.max(1, Math.round(e.data))}`}.`;
        const got = want === "integer" && typeof e.data === "number" ? "a fraction" : gotType(e.data);
        return push("invalid-value", e.instancePath, "value", `${p} must be ${want.split(",").map(article).join(" or ")}, not ${got}.${tail}`);
      }
      case "const":
        return push("invalid-value", e.instancePath, "value", `${p} must be ${JSON.stringify(e.params.allowedValue)}${typeof e.data === "string" && !secret ? `, not ${JSON.stringify(e.data)}` : ""}.`);
      case "enum":
        return enumIssue(e, (e.params.allowedValues ?? []) as unknown[]);
      case "exclusiveMinimum":
      case "minimum": {
        const bound = e.keyword === "exclusiveMinimum" ? `greater than ${e.params.limit}` : `at least ${e.params.limit}`;
        return push("invalid-value", e.instancePath, "value", `${p} must be ${bound}${secret ? "" : `, not ${e.data}`}.`);
      }
      case "maximum":
      case "exclusiveMaximum":
        return push("invalid-value", e.instancePath, "value", `${p} must be ${e.keyword === "maximum" ? "at most" : "less than"} ${e.params.limit}${secret ? "" : `, not ${e.data}`}.`);
      case "minLength":
        // An empty model-row id or name is model-row-incomplete's finding.
        if (e.params.limit === 1 && /^\/models\/providers\/[^/]+\/models\/\d+\/(id|name)$/.test(e.instancePath)) return;
        return push("invalid-value", e.instancePath, "value", e.params.limit === 1 ? `${p} must not be empty.` : `${p} must be at least ${e.params.limit} characters long.`);
      case "maxLength":
        return push("invalid-value", e.instancePath, "value", `${p} must be at most ${e.params.limit} characters long (it has ${typeof e.data === "string" ? e.data.length : "more"}).`);
      case "minItems":
      case "maxItems":
        return push("invalid-value", e.instancePath, "value", `${p} must have ${e.keyword === "minItems" ? "at least" : "at most"} ${e.params.limit} item${e.params.limit === 1 ? "" : "s"}.`);
      case "format":
        // OpenClaw substitutes ${VAR} before it validates; the variable's value is not ours to judge.
        if (typeof e.data === "string" && placeholder(e.data)) return;
        return push("invalid-value", e.instancePath, "value", `${p} must be a URL with a scheme, e.g. "https://example.com/path"${typeof e.data === "string" && !secret ? `; "${e.data}" has none` : ""}. OpenClaw refuses the config.`);
      case "pattern":
        return push("invalid-value", e.instancePath, "value", `${p} must match ${e.params.pattern}${typeof e.data === "string" && !secret ? `; "${e.data}" does not` : ""}.`);
      case "propertyNames": {
        const key = String(e.params.propertyName);
        const inner = ((e.params.errors ?? []) as Err[]).find((x) => x.keyword === "pattern" || x.keyword === "maxLength" || x.keyword === "minLength" || x.keyword === "enum");
        const why = inner?.keyword === "pattern" ? `keys here must match ${inner.params.pattern}` : inner?.keyword === "enum" ? `keys here must be one of ${(inner.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}` : inner ? `keys here: ${inner.keyword} ${inner.params.limit}` : "it is not an allowed key here";
        return push("invalid-value", e.instancePath, "key", `Key "${key}" in ${path(e.instancePath.slice(0, e.instancePath.lastIndexOf("/")))} is invalid and OpenClaw rejects the config: ${why}.`);
      }
      case "minProperties":
        return push("invalid-value", e.instancePath, "value", e.params.limit === 1 ? `${p} must not be empty.` : `${p} must have at least ${e.params.limit} keys.`);
      case "maxProperties":
        return push("invalid-value", e.instancePath, "value", `${p} must have at most ${e.params.limit} keys.`);
      case "uniqueItems":
        return push("invalid-value", e.instancePath, "value", `${p} must not repeat items (items ${e.params.i} and ${e.params.j} are the same).`);
      case "multipleOf":
        return push("invalid-value", e.instancePath, "value", `${p} must be a multiple of ${e.params.multipleOf}.`);
      case "oneOf":
        return push("invalid-value", e.instancePath, "value", `${p} matches more than one of the shapes OpenClaw allows here, so it is ambiguous and refused.`);
      case "false schema":
      case "not":
        return push("invalid-value", e.instancePath, "value", `${p} is not allowed here; OpenClaw rejects the config.`);
      default:
        return push("invalid-value", e.instancePath, "value", `${p} is not valid here (${e.keyword}); OpenClaw rejects the config.`);
    }
  };
  const unknownKey = (e: Err) => {
    const key = String(e.params.additionalProperty);
    if (e.instancePath === "" && key in RETIRED_ROOT_KEYS) return; // legacy-config-key
    const pointer = joinPointer(e.instancePath, key);
    const props = Object.keys((e.parentSchema?.properties ?? {}) as Record<string, unknown>);
    const data = isObject(e.data) ? e.data : {};
    const rename = KNOWN_RENAMES[key] && props.includes(KNOWN_RENAMES[key]) ? KNOWN_RENAMES[key] : undefined;
    const propSchemas = (e.parentSchema?.properties ?? {}) as Record<string, Record<string, unknown>>;
    for (const k of Object.keys(propSchemas)) propSchemas[k] = resolve(propSchemas[k]);
    // Ties (modelz: model or models?) go to a key whose schema takes this value, then to the same length.
    const dist = (c: string) => (squash(c) === squash(key) ? 0 : editDistance(c.toLowerCase(), key.toLowerCase()));
    const sameLength = (c: string) => (c.length === key.length ? 0 : 1);
    const fits = (c: string) => (schemaAccepts(propSchemas[c], data[key]) ? 0 : 1);
    const close = didYouMean(key, props)
      .map((c, i) => ({ c, i }))
      .sort((a, b) => fits(a.c) - fits(b.c) || dist(a.c) - dist(b.c) || sameLength(a.c) - sameLength(b.c) || a.i - b.i)
      .map((x) => x.c);
    const candidates = [...new Set([...(rename ? [rename] : []), ...close])];
    const safe = candidates.filter((c) => c === rename || squash(c) === squash(key));
    const at = ctx.locate(pointer);
    const renameFix = (to: string) => (at ? fix(`Rename "${key}" to "${to}"`, renameKey(at, to)) : undefined);
    const where = e.instancePath === "" ? "at the top level of the config" : `in ${path(e.instancePath)}`;
    let message = `Unknown key "${key}" ${where}; OpenClaw rejects the whole config.`;
    let fixed: Fix | undefined;
    let suggestions: Fix[] = [];
    if (candidates.length) {
      const best = safe.length === 1 ? safe[0] : candidates[0];
      const others = candidates.filter((c) => c !== best);
      message += ` Did you mean "${best}"${others.length ? ` (or ${others.map((c) => `"${c}"`).join(", ")})` : ""}?`;
      if (Object.hasOwn(data, best)) message += ` ${path(e.instancePath)}.${best} is already set, so merge the two and delete "${key}".`;
      if (safe.length === 1 && !Object.hasOwn(data, safe[0])) fixed = renameFix(safe[0]);
      suggestions = candidates.filter((c) => !Object.hasOwn(data, c) && !(fixed && c === safe[0])).map(renameFix).filter((f): f is Fix => !!f);
    } else if (props.length && props.length <= 16) {
      message += ` Remove it; allowed keys here: ${props.join(", ")}.`;
    } else {
      message += " Remove it or move it where it belongs (`openclaw config schema` lists the allowed keys).";
    }
    push("unknown-key", pointer, "key", message, fixed, suggestions);
  };
  const push = (rule: SchemaIssue["rule"], pointer: string, target: "key" | "value", message: string, f?: Fix, suggestions?: Fix[]) => {
    const issue: SchemaIssue = { rule, pointer, target, message };
    if (f) issue.fix = f;
    if (suggestions?.length) issue.suggestions = suggestions;
    out.push(issue);
  };
  const path = (pointer: string) => configPath(ctx.config, pointer);
  const requiredExample = (pointer: string, missing: string): string | undefined => {
    if (/^\/auth\/profiles\/[^/]+$/.test(pointer)) {
      const id = splitPointer(pointer)[2];
      if (missing === "mode") return `mode: "api_key" (what onboarding writes for API keys)`;
      if (missing === "provider" && id.includes(":")) return `provider: ${JSON.stringify(id.slice(0, id.indexOf(":")))}`;
    }
    return undefined;
  };
  handle(errors as Err[]);
  // OpenClaw's runtime checks beyond its JSON Schema (zod refinements).
  for (const r of runtimeIssues(ctx.config as Record<string, unknown>)) {
    const pointer = r.fallback !== undefined && !ctx.locate(r.pointer) ? r.fallback : r.pointer;
    push(r.rule ?? "invalid-value", pointer, r.target, r.message);
  }
  // The lint schema leaves env open so legacy-config-key can own flat variables; misspelt sections are ours.
  const env = (ctx.config as Record<string, unknown>).env;
  if (isObject(env))
    for (const [key, value] of Object.entries(env))
      if (!(ENV_KEYS as readonly string[]).includes(key) && flatEnvKind(key, value) === "unknown")
        unknownKey({
          keyword: "additionalProperties",
          instancePath: "/env",
          schemaPath: "#/properties/env/additionalProperties",
          params: { additionalProperty: key },
          parentSchema: { properties: { shellEnv: { type: "object" }, vars: { type: "object" } } },
          data: env,
        } as Err);
  return out;
}

/** A branch failed on a constant of a direct property (its discriminator), also inside nested unions. */
function mismatched(errors: SchemaError[], at: string): boolean {
  const depth = at.split("/").length + 1;
  return errors.some(
    (e) =>
      ((e.keyword === "const" || e.keyword === "enum") && e.instancePath.startsWith(at + "/") && e.instancePath.split("/").length === depth) ||
      ((e.keyword === "anyOf" || e.keyword === "oneOf") && e.instancePath === at && !!e.branches && e.branches.every((b) => mismatched(b, at))),
  );
}

const placeholder = (s: string) => /\$\{[^}]*\}/.test(s);

function jsonType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

/** The lint schema's definitions, for following $refs in error reports. */
function resolve(schema: Record<string, unknown>): Record<string, unknown> {
  const ref = schema?.$ref;
  if (typeof ref !== "string") return schema;
  const defs = (lintSchemaRoot()?.definitions ?? {}) as Record<string, Record<string, unknown>>;
  return resolve(defs[ref.slice("#/definitions/".length)] ?? {});
}

/**
 * Whether a value's JSON type is one the (sub)schema can take; untyped schemas take anything.
 * `loose`: a string counts as fitting a const/enum branch of strings (a misspelt value, not a wrong type).
 */
function schemaAccepts(schema: Record<string, unknown> | undefined, data: unknown, loose = false): boolean {
  if (!schema) return false;
  schema = resolve(schema);
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Record<string, unknown>[]).some((b) => schemaAccepts(b, data, loose));
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as Record<string, unknown>[]).some((b) => schemaAccepts(b, data, loose));
  if ("const" in schema) return loose ? typeof schema.const === typeof data : schema.const === data;
  return schema.type === undefined || typeMatches(schema.type, data);
}

/** "a string or an object", "one of "a", "b"" for a union's branches. */
function describeUnion(branches: Record<string, unknown>[]): string {
  const parts: string[] = [];
  for (const b of branches) {
    const text =
      "const" in b ? JSON.stringify(b.const) : Array.isArray(b.enum) ? (b.enum as unknown[]).map((v) => JSON.stringify(v)).join(", ") : b.type !== undefined ? (Array.isArray(b.type) ? b.type : [b.type]).map((t) => article(String(t))).join(" or ") : "another shape";
    if (!parts.includes(text)) parts.push(text);
  }
  return parts.join(" or ");
}

function typeMatches(type: unknown, data: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  const t = jsonType(data);
  return types.some((x) => x === t || (x === "number" && t === "integer"));
}

/** What a value is, for "must be X, not Y". */
const gotType = (v: unknown) => (typeof v === "number" ? "a number" : article(jsonType(v)));

function article(type: string): string {
  switch (type) {
    case "null":
      return "null";
    case "array":
      return "a list (array)";
    case "object":
      return "an object";
    case "integer":
      return "a whole number";
    case "undefined":
      return "missing";
    default:
      return `a ${type}`;
  }
}

/** `Main Agent` -> `main-agent`: what an invalid agent id most likely meant. */
export function suggestAgentId(id: string, taken: Iterable<string>): string {
  let s = id
    .toLowerCase()
    .trim()
    .replace(/\s+/g, "-")
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+/, "")
    .slice(0, 64)
    .replace(/-+$/, "");
  if (!s) s = "agent";
  const used = new Set(taken);
  if (!used.has(s)) return s;
  for (let i = 2; ; i++) {
    const c = `${s.slice(0, 64 - String(i).length - 1)}-${i}`;
    if (!used.has(c)) return c;
  }
}
