// Shared by the structural rules: run the precompiled lint schema once per config and turn ajv's errors
// into findings that name the config path, the expected shape and the fix; plus small helpers for
// dotted paths, provider ids and agent ids.
import type { ErrorObject } from "ajv";
import validate from "../../generated/validate-config.js";
import { didYouMean, editDistance } from "../../engine/did-you-mean.js";
import { fix, renameKey, replaceStringValue } from "../../engine/edits.js";
import { joinPointer, splitPointer } from "../../engine/pointer.js";
import { isSecretPointer } from "../../engine/secrets.js";
import type { RuleContext } from "../../engine/rule.js";
import type { Fix } from "../../report.js";

import { isObject } from "../../engine/json.js";
export { isObject };

/** OpenClaw's agent id pattern (agents.entries keys). */
export const AGENT_ID = /^[a-z0-9_][a-z0-9_-]{0,63}$/;

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

/** The schema findings for this lint's config, computed once and shared by both rules. */
export function schemaIssues(ctx: RuleContext): SchemaIssue[] {
  const config = ctx.config;
  if (!isObject(config)) return [];
  let issues = cache.get(config);
  if (!issues) {
    validate(config);
    issues = translate(ctx, (validate.errors ?? []).slice());
    cache.set(config, issues);
  }
  return issues;
}

type Err = ErrorObject & { parentSchema?: Record<string, unknown>; data?: unknown };

const under = (e: Err, a: Err) => e !== a && e.schemaPath.startsWith(a.schemaPath + "/");

function translate(ctx: RuleContext, errors: Err[]): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const handle = (errs: Err[]) => {
    const unions = errs.filter((e) => e.keyword === "anyOf");
    for (const e of errs) {
      if (unions.some((u) => under(e, u))) continue;
      if (e.keyword === "anyOf") union(e, errs.filter((x) => under(x, e)));
      else simple(e);
    }
  };
  const union = (a: Err, children: Err[]) => {
    const branches = (a.parentSchema?.anyOf ?? []) as Record<string, unknown>[];
    if (branches.length && branches.every((b) => "const" in b)) return enumIssue(a, branches.map((b) => b.const));
    const matching = branches.map((b, i) => (typeMatches(b.type, a.data) ? i : -1)).filter((i) => i >= 0);
    if (matching.length === 1) {
      const deeper = children.filter((c) => c.schemaPath.startsWith(`${a.schemaPath}/${matching[0]}/`));
      if (deeper.length) return handle(deeper);
    }
    const expected = typeof a.parentSchema?.["x-expected"] === "string" ? (a.parentSchema["x-expected"] as string) : branches.map((b) => article(String(b.type))).join(" or ");
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
        if (typeof e.data === "string" && placeholder(e.data)) return; // env-placeholder reports ${VAR} in non-string fields
        const want = String(e.params.type);
        let tail = "";
        if (want === "array" && typeof e.data === "string" && !secret) tail = ` Wrap it in a list: [${JSON.stringify(e.data)}].`;
        else if ((want === "number" || want === "integer") && typeof e.data === "string" && e.data.trim() !== "" && Number.isFinite(Number(e.data)))
          tail = ` Write ${e.data.trim()} without quotes.`;
        else if (want === "boolean" && (e.data === "true" || e.data === "false")) tail = ` Write ${e.data} without quotes.`;
        else if (want === "integer" && typeof e.data === "number") tail = ` Use a whole number${secret ? "" : `, e.g. ${Math.max(1, Math.round(e.data))}`}.`;
        const got = want === "integer" && typeof e.data === "number" ? "a fraction" : gotType(e.data);
        return push("invalid-value", e.instancePath, "value", `${p} must be ${article(want)}, not ${got}.${tail}`);
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
      case "pattern":
        return push("invalid-value", e.instancePath, "value", `${p} must match ${e.params.pattern}${typeof e.data === "string" && !secret ? `; "${e.data}" does not` : ""}.`);
      default:
        return push("invalid-value", e.instancePath, "value", `${p} is not valid here: ${e.message ?? e.keyword}.`);
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

const placeholder = (s: string) => /\$\{[^}]*\}/.test(s);

function jsonType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

/** Whether a value's JSON type is one the (sub)schema can take; untyped schemas take anything. */
function schemaAccepts(schema: Record<string, unknown> | undefined, data: unknown): boolean {
  if (!schema) return false;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Record<string, unknown>[]).some((b) => schemaAccepts(b, data));
  if ("const" in schema) return schema.const === data;
  return schema.type === undefined || typeMatches(schema.type, data);
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
