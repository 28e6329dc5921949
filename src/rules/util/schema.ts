// Shared by the structural rules: check the config once against OpenClaw's whole schema (generated
// data, walked by src/schema/validator.ts) and turn the errors into findings that name the config
// path, the expected shape and the fix; plus small helpers for dotted paths, provider ids and agent ids.
import { AGENT_ID_PATTERN, PATTERN_MESSAGES, RETIRED_API_ADAPTERS } from "../../generated/openclaw.js";
import { runtimeIssues, withoutProto } from "../../schema/refinements.js";
import { lintSchema } from "../../schema/lint-schema.js";
import { createValidator, type SchemaError, type Validate } from "../../schema/validator.js";
import { looksLikeKey } from "./secrets.js";
import { didYouMean, editDistance, squash } from "../../engine/did-you-mean.js";
import { fix, renameKey, replaceStringValue } from "../../engine/edits.js";
import { joinPointer, splitPointer } from "../../engine/pointer.js";
import { isSecretPointer } from "../../engine/secrets.js";
import type { MessageData } from "../../engine/message.js";
import type { RuleContext } from "../../engine/rule.js";
import type { Fix } from "../../report.js";

import { hasPlaceholder, isObject } from "../../engine/json.js";
export { isObject };

/** OpenClaw's agent id pattern (agents.entries keys; case-insensitive, as OpenClaw's runtime check is). */
export const AGENT_ID = new RegExp(AGENT_ID_PATTERN);

/** A key written `.key` in a config path, `[A-Za-z_$][A-Za-z0-9_$-]*` (tested without a regex to compile). */
function isIdent(s: string): boolean {
  if (s === "") return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
    if (!letter && (i === 0 || !((c >= 48 && c <= 57) || c === 45))) return false;
  }
  return true;
}

/** Whether a value starts with a URL scheme (`https:`); one without gets mustBeUrl rather than mustBeValidUrl. */
function hasScheme(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (c === 58) return i > 0;
    if (!letter && (i === 0 || !((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46))) return false;
  }
  return false;
}

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
    out += isIdent(seg) ? (out ? "." : "") + seg : `[${JSON.stringify(seg)}]`;
    cur = isObject(cur) ? cur[seg] : undefined;
  }
  return out;
}

/** `_` and `-` and case are the usual slips between OpenClaw's spellings. */
export { squash };

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

/** What invalid-value says about a schema error; `path` is the config path (`models.providers.qwen.api`). */
export const INVALID_VALUE_MESSAGES = {
  mustBe: "{{path}} must be {{expected}}, not {{got}}.",
  mustBeWrap: "{{path}} must be {{expected}}, not {{got}}. Wrap it in a list: [{{value}}].",
  mustBeUnquoted: "{{path}} must be {{expected}}, not {{got}}. Write {{value}} without quotes.",
  mustBeWhole: "{{path}} must be {{expected}}, not {{got}}. Use a whole number, e.g. {{example}}.",
  mustBeWholeHidden: "{{path}} must be {{expected}}, not {{got}}. Use a whole number.",
  mustBeOneOf: "{{path}} must be one of {{allowed}}, not {{got}}.",
  notAllowedValue: '"{{value}}" is not a valid {{path}}; use one of {{allowed}}.',
  notAllowedValueDidYouMean: '"{{value}}" is not a valid {{path}}; use one of {{allowed}}. Did you mean "{{close}}"?',
  notAllowedValueSeparator: '"{{value}}" is not a valid {{path}}; use one of {{allowed}}. Did you mean "{{close}}" (with {{separator}} here)?',
  missingKey: '{{path}} is missing the required key "{{key}}"; OpenClaw rejects the config.',
  missingKeyExample: '{{path}} is missing the required key "{{key}}"; OpenClaw rejects the config. Add {{example}}.',
  placeholderInTypedField:
    '{{path}} takes {{takes}}, but {{value}} is a string: OpenClaw substitutes ${...} only as text, so it refuses the config ("expected {{zod}}, received string") even when {{variable}} is set. Write {{write}} instead of the placeholder.',
  keyInPlaceholder:
    '{{path}} takes {{takes}}, but the placeholder is a string: OpenClaw substitutes ${...} only as text, so it refuses the config ("expected {{zod}}, received string") even when the variable is set. Write {{write}} instead of the placeholder.',
  mustEqual: "{{path}} must be {{allowed}}, not {{value}}.",
  mustEqualHidden: "{{path}} must be {{allowed}}.",
  outOfRange: "{{path}} must be {{bound}} {{limit}}, not {{value}}.",
  outOfRangeHidden: "{{path}} must be {{bound}} {{limit}}.",
  mustNotBeEmpty: "{{path}} must not be empty.",
  tooShort: "{{path}} must be at least {{limit}} characters long.",
  tooLong: "{{path}} must be at most {{limit}} characters long (it has {{length}}).",
  tooFewItems: "{{path}} must have at least {{count}}.",
  tooManyItems: "{{path}} must have at most {{count}}.",
  mustBeUrl: '{{path}} must be a URL with a scheme, e.g. "https://example.com/path"; "{{value}}" has none. OpenClaw refuses the config.',
  mustBeUrlHidden: '{{path}} must be a URL with a scheme, e.g. "https://example.com/path". OpenClaw refuses the config.',
  mustBeValidUrl: '{{path}} must be a URL, e.g. "https://example.com/path"; "{{value}}" does not parse as one (a space or a character no URL holds, or an empty host?). OpenClaw refuses the config.',
  mustMatch: '{{path}} must match {{pattern}}; "{{value}}" does not.',
  mustMatchSaid: '{{path}}: {{said}}; "{{value}}" is not (it must match {{pattern}}), and OpenClaw refuses the config.',
  mustMatchHidden: "{{path}} must match {{pattern}}.",
  keyMustMatch: 'Key "{{key}}" in {{parent}} is invalid and OpenClaw rejects the config: keys here must match {{pattern}}.',
  keyMustBeOneOf: 'Key "{{key}}" in {{parent}} is invalid and OpenClaw rejects the config: keys here must be one of {{allowed}}.',
  keyOutOfLimit: 'Key "{{key}}" in {{parent}} is invalid and OpenClaw rejects the config: keys here: {{keyword}} {{limit}}.',
  keyNotAllowed: 'Key "{{key}}" in {{parent}} is invalid and OpenClaw rejects the config: it is not an allowed key here.',
  tooFewKeys: "{{path}} must have at least {{limit}} keys.",
  tooManyKeys: "{{path}} must have at most {{limit}} keys.",
  repeatedItems: "{{path}} must not repeat items (items {{first}} and {{second}} are the same).",
  notMultipleOf: "{{path}} must be a multiple of {{multipleOf}}.",
  ambiguous: "{{path}} matches more than one of the shapes OpenClaw allows here, so it is ambiguous and refused.",
  notAllowedHere: "{{path}} is not allowed here; OpenClaw rejects the config.",
  invalidHere: "{{path}} is not valid here ({{keyword}}); OpenClaw rejects the config.",
  /** OpenClaw's runtime checks (src/schema/refinements.ts) word their own findings. */
  refused: "{{problem}}",
} as const;

/** What unknown-key says; `where` is "at the top level of the config" or "in <path>". */
export const UNKNOWN_KEY_MESSAGES = {
  unknownKeyDidYouMean: 'Unknown key "{{key}}" {{where}}; OpenClaw rejects the whole config. Did you mean "{{best}}"{{others}}?',
  unknownKeyMerge: 'Unknown key "{{key}}" {{where}}; OpenClaw rejects the whole config. Did you mean "{{best}}"{{others}}? {{existing}} is already set, so merge the two and delete "{{key}}".',
  unknownKeyAllowed: 'Unknown key "{{key}}" {{where}}; OpenClaw rejects the whole config. Remove it; allowed keys here: {{allowed}}.',
  unknownKey: 'Unknown key "{{key}}" {{where}}; OpenClaw rejects the whole config. Remove it or move it where it belongs (`openclaw config schema` lists the allowed keys).',
  /** OpenClaw's runtime checks (src/schema/refinements.ts) word their own findings. */
  unknownKeyRefused: "{{problem}}",
} as const;

type InvalidValueMessage = keyof typeof INVALID_VALUE_MESSAGES;
type UnknownKeyMessage = keyof typeof UNKNOWN_KEY_MESSAGES;

export interface SchemaIssue {
  rule: "unknown-key" | "invalid-value";
  pointer: string;
  target: "key" | "value";
  messageId: InvalidValueMessage | UnknownKeyMessage;
  data: MessageData;
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
    if (!validator) validator = createValidator((root = lintSchema()));
    // OpenClaw drops "__proto__" keys while reading, so the schema never sees them.
    validator(withoutProto(config));
    issues = translate(ctx, validator.errors.slice());
    cache.set(config, issues);
  }
  return issues;
}

/** Report this rule's share of the schema findings. */
export function reportSchemaIssues(ctx: RuleContext, rule: SchemaIssue["rule"]): void {
  for (const { rule: r, pointer, target, messageId, data, fix, suggestions } of schemaIssues(ctx)) if (r === rule) ctx.report({ pointer, target, messageId, data, fix, suggestions });
}

type Err = SchemaError;

/** One translation of validator errors into findings: the lint's context and the findings so far. */
interface Run {
  ctx: RuleContext;
  out: SchemaIssue[];
}

function translate(ctx: RuleContext, errors: Err[]): SchemaIssue[] {
  const run: Run = { ctx, out: [] };
  handle(run, errors);
  // OpenClaw's runtime checks beyond its JSON Schema (zod refinements).
  const runtime = runtimeIssues(ctx.config as Record<string, unknown>);
  // OpenClaw checks channel configs and plugin configs with the plugins' JSON Schemas in the pass of its
  // "plugins" checks, so errors there hide none of those; any other refusal stops OpenClaw before them.
  const schemaRefuses = run.out.some((i) => !pluginSchemaPointer(i.pointer)) || runtime.some((r) => r.stage === undefined);
  for (const r of runtime) {
    if (r.stage === "plugins" && schemaRefuses) continue;
    const pointer = r.fallback !== undefined && !ctx.locate(r.pointer) ? r.fallback : r.pointer;
    if (r.rule === "unknown-key") unknown(run, pointer, r.target, "unknownKeyRefused", { problem: r.message });
    else invalid(run, pointer, r.target, "refused", { problem: r.message });
  }
  misspeltEnvSections(run);
  return run.out;
}

/** channels.<id> (but defaults and modelByChannel, which OpenClaw's own schema types) and plugins.entries.<id>.config. */
function pluginSchemaPointer(pointer: string): boolean {
  if (!pointer.startsWith("/channels/") && !pointer.startsWith("/plugins/entries/")) return false;
  const seg = splitPointer(pointer);
  return seg[0] === "channels" ? seg[1] !== "defaults" && seg[1] !== "modelByChannel" : seg[3] === "config";
}

function invalid(run: Run, pointer: string, target: "key" | "value", messageId: InvalidValueMessage, data: MessageData, fix?: Fix, suggestions?: Fix[]): void {
  push(run, { rule: "invalid-value", pointer, target, messageId, data }, fix, suggestions);
}

function unknown(run: Run, pointer: string, target: "key" | "value", messageId: UnknownKeyMessage, data: MessageData, fix?: Fix, suggestions?: Fix[]): void {
  push(run, { rule: "unknown-key", pointer, target, messageId, data }, fix, suggestions);
}

function push(run: Run, issue: SchemaIssue, fix?: Fix, suggestions?: Fix[]): void {
  if (fix) issue.fix = fix;
  if (suggestions?.length) issue.suggestions = suggestions;
  run.out.push(issue);
}

const path = (run: Run, pointer: string) => configPath(run.ctx.config, pointer);

function handle(run: Run, errs: Err[]): void {
  for (const e of errs) {
    if ((e.keyword === "anyOf" || e.keyword === "oneOf") && e.branches) union(run, e, e.branches);
    else simple(run, e);
  }
}

/** A union failed: explain the branch the value was meant for, else say what the union takes. */
function union(run: Run, a: Err, branchErrors: Err[][]): void {
  const kw = a.keyword as "anyOf" | "oneOf";
  const branches = ((a.parentSchema[kw] ?? []) as Record<string, unknown>[]).map(resolve);
  if (branches.length && branches.every((b) => "const" in b || Array.isArray(b.enum))) return enumIssue(run, a, branches.flatMap((b) => ("const" in b ? [b.const] : (b.enum as unknown[]))));
  const meant = meantBranch(a, branches, branchErrors);
  if (meant !== undefined && branchErrors[meant].length) return handle(run, branchErrors[meant]);
  const expected = typeof a.parentSchema["x-expected"] === "string" ? (a.parentSchema["x-expected"] as string) : describeUnion(branches);
  invalid(run, a.instancePath, "value", "mustBe", { path: path(run, a.instancePath), expected, got: gotType(a.data) });
}

/** The one branch of a failed union the value was meant for, if that can be told. */
function meantBranch(a: Err, branches: Record<string, unknown>[], branchErrors: Err[][]): number | undefined {
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
  return candidates.length === 1 ? candidates[0] : undefined;
}

function enumIssue(run: Run, a: Err, values: unknown[]): void {
  // A retired api value is accepted only so legacy-config-key can report it; never recommend it.
  const allowed = values.filter((v) => !(typeof v === "string" && Object.hasOwn(RETIRED_API_ADAPTERS, v) && /\/api$/.test(a.instancePath)));
  const data = { path: path(run, a.instancePath), allowed: allowed.map((v) => JSON.stringify(v)).join(", "), value: a.data };
  if (typeof a.data !== "string") return invalid(run, a.instancePath, "value", "mustBeOneOf", { ...data, got: gotType(a.data) });
  if (placeholder(a.data)) return;
  const value = a.data;
  const close = didYouMean(value, allowed.filter((v): v is string => typeof v === "string"));
  const safe = close.filter((c) => squash(c) === squash(value));
  const at = run.ctx.locate(a.instancePath);
  const edit = (to: string) => (at ? fix(`Replace "${value}" with "${to}"`, replaceStringValue(at, to)) : undefined);
  const fixed = safe.length === 1 ? edit(safe[0]) : undefined;
  const suggestions = safe.length === 1 ? [] : close.map(edit).filter((f): f is Fix => !!f);
  if (!close.length) return invalid(run, a.instancePath, "value", "notAllowedValue", data, fixed, suggestions);
  // Only the separator differs (api_key for api-key): say which one this place takes.
  const c = close[0];
  const sep = c.replace(/[^-_]/g, "");
  if (squash(c) === squash(value) && sep && sep !== value.replace(/[^-_]/g, ""))
    return invalid(run, a.instancePath, "value", "notAllowedValueSeparator", { ...data, close: c, separator: sep.includes("_") ? "an underscore" : "a hyphen" }, fixed, suggestions);
  invalid(run, a.instancePath, "value", "notAllowedValueDidYouMean", { ...data, close: c }, fixed, suggestions);
}

/** The words for a numeric bound keyword: "must be at least 1". */
const BOUND = { minimum: "at least", exclusiveMinimum: "greater than", maximum: "at most", exclusiveMaximum: "less than" } as const;

/** One validator error that is not a union. */
function simple(run: Run, e: Err): void {
  const at = e.instancePath;
  // Worked out only where a message needs them: an unknown key (most errors) needs neither.
  const hidden = () => SECRET_POINTER.test(at);
  const say = (messageId: InvalidValueMessage, data: MessageData = {}) => invalid(run, at, "value", messageId, { path: path(run, at), ...data });
  switch (e.keyword) {
    case "additionalProperties":
      return unknownKey(run, e);
    case "required":
      return requiredIssue(run, e);
    case "type":
      return typeIssue(run, e);
    case "const":
      if (typeof e.data === "string" && !hidden()) return say("mustEqual", { allowed: JSON.stringify(e.params.allowedValue), value: JSON.stringify(e.data) });
      return say("mustEqualHidden", { allowed: JSON.stringify(e.params.allowedValue) });
    case "enum":
      return enumIssue(run, e, (e.params.allowedValues ?? []) as unknown[]);
    case "exclusiveMinimum":
    case "minimum":
    case "maximum":
    case "exclusiveMaximum":
      return say(hidden() ? "outOfRangeHidden" : "outOfRange", { bound: BOUND[e.keyword], limit: e.params.limit, value: e.data });
    case "minLength":
      // An empty model-row id or name is model-row-incomplete's finding.
      if (e.params.limit === 1 && /^\/models\/providers\/[^/]+\/models\/\d+\/(id|name)$/.test(at)) return;
      return e.params.limit === 1 ? say("mustNotBeEmpty") : say("tooShort", { limit: e.params.limit });
    case "maxLength":
      return say("tooLong", { limit: e.params.limit, length: typeof e.data === "string" ? e.data.length : "more" });
    case "minItems":
    case "maxItems":
      return say(e.keyword === "minItems" ? "tooFewItems" : "tooManyItems", { count: `${e.params.limit} item${e.params.limit === 1 ? "" : "s"}` });
    case "format":
      // OpenClaw substitutes ${VAR} before it validates; the variable's value is not ours to judge.
      if (typeof e.data === "string" && placeholder(e.data)) return;
      if (typeof e.data !== "string" || hidden()) return say("mustBeUrlHidden");
      return hasScheme(e.data.trim()) ? say("mustBeValidUrl", { value: e.data }) : say("mustBeUrl", { value: e.data });
    case "pattern":
      // OpenClaw's own words for the pattern, where its schema gives some.
      if (typeof e.data === "string" && !hidden() && typeof e.params.pattern === "string" && Object.hasOwn(PATTERN_MESSAGES, e.params.pattern))
        return say("mustMatchSaid", { said: PATTERN_MESSAGES[e.params.pattern], pattern: e.params.pattern, value: e.data });
      return typeof e.data === "string" && !hidden() ? say("mustMatch", { pattern: e.params.pattern, value: e.data }) : say("mustMatchHidden", { pattern: e.params.pattern });
    case "propertyNames":
      return keyNameIssue(run, e);
    case "minProperties":
      return e.params.limit === 1 ? say("mustNotBeEmpty") : say("tooFewKeys", { limit: e.params.limit });
    case "maxProperties":
      return say("tooManyKeys", { limit: e.params.limit });
    case "uniqueItems":
      return say("repeatedItems", { first: e.params.i, second: e.params.j });
    case "multipleOf":
      return say("notMultipleOf", { multipleOf: e.params.multipleOf });
    case "oneOf":
      return say("ambiguous");
    case "false schema":
    case "not":
      return say("notAllowedHere");
    default:
      return say("invalidHere", { keyword: e.keyword });
  }
}

function requiredIssue(run: Run, e: Err): void {
  const missing = String(e.params.missingProperty);
  // A model row without id or name is model-row-incomplete's finding.
  if ((missing === "id" || missing === "name") && /^\/models\/providers\/[^/]+\/models\/\d+$/.test(e.instancePath)) return;
  const example = requiredExample(e.instancePath, missing);
  const data = { path: path(run, e.instancePath), key: missing, example };
  invalid(run, e.instancePath, "value", example ? "missingKeyExample" : "missingKey", data);
}

function requiredExample(pointer: string, missing: string): string | undefined {
  if (/^\/auth\/profiles\/[^/]+$/.test(pointer)) {
    const id = splitPointer(pointer)[2];
    if (missing === "mode") return `mode: "api_key" (what onboarding writes for API keys)`;
    if (missing === "provider" && id.includes(":")) return `provider: ${JSON.stringify(id.slice(0, id.indexOf(":")))}`;
  }
  return undefined;
}

function typeIssue(run: Run, e: Err): void {
  const want = String(e.params.type);
  const at = e.instancePath;
  const data = { path: path(run, at), expected: want.split(",").map(article).join(" or "), got: gotType(e.data), value: e.data };
  const say = (messageId: InvalidValueMessage, more: MessageData = {}) => invalid(run, at, "value", messageId, { ...data, ...more });
  if (typeof e.data === "string" && placeholder(e.data) && !want.includes("string")) return placeholderIssue(run, e, want);
  const hidden = SECRET_POINTER.test(at);
  if (want === "array" && typeof e.data === "string" && !hidden) return say("mustBeWrap", { value: JSON.stringify(e.data) });
  if ((want === "number" || want === "integer") && typeof e.data === "string" && e.data.trim() !== "" && Number.isFinite(Number(e.data))) return say("mustBeUnquoted", { value: e.data.trim() });
  if (want === "boolean" && (e.data === "true" || e.data === "false")) return say("mustBeUnquoted", { value: e.data });
  if (want === "integer" && typeof e.data === "number") return say(hidden ? "mustBeWholeHidden" : "mustBeWhole", { got: "a fraction", example: Math.max(1, Math.round(e.data)) });
  say("mustBe");
}

/** OpenClaw substitutes ${VAR} as text before validating, so a number/boolean field gets a string. */
function placeholderIssue(run: Run, e: Err, want: string): void {
  const value = e.data as string;
  const variable = /\$\{([^}]*)\}/.exec(value)?.[1] ?? "";
  const data = {
    path: path(run, e.instancePath),
    takes: want === "integer" ? "a whole number" : want === "boolean" ? "true or false" : "a number",
    zod: want === "boolean" ? "boolean" : "number",
    write: want === "boolean" ? "true or false" : `a literal ${want === "integer" ? "whole " : ""}number`,
    value: JSON.stringify(value),
    variable,
  };
  // A placeholder names a variable; only a pasted key inside the braces is hidden.
  invalid(run, e.instancePath, "value", looksLikeKey(variable) ? "keyInPlaceholder" : "placeholderInTypedField", data);
}

/** A key that fails propertyNames (pattern, length or enum of the keys). */
function keyNameIssue(run: Run, e: Err): void {
  const key = String(e.params.propertyName);
  const inner = ((e.params.errors ?? []) as Err[]).find((x) => x.keyword === "pattern" || x.keyword === "maxLength" || x.keyword === "minLength" || x.keyword === "enum");
  const data = { key, parent: path(run, e.instancePath.slice(0, e.instancePath.lastIndexOf("/"))) };
  const say = (messageId: InvalidValueMessage, more: MessageData = {}) => invalid(run, e.instancePath, "key", messageId, { ...data, ...more });
  if (inner?.keyword === "pattern") return say("keyMustMatch", { pattern: inner.params.pattern });
  if (inner?.keyword === "enum") return say("keyMustBeOneOf", { allowed: (inner.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ") });
  if (inner) return say("keyOutOfLimit", { keyword: inner.keyword, limit: inner.params.limit });
  say("keyNotAllowed");
}

function unknownKey(run: Run, e: Err): void {
  const key = String(e.params.additionalProperty);
  if (e.instancePath === "" && key in RETIRED_ROOT_KEYS) return; // legacy-config-key
  const pointer = joinPointer(e.instancePath, key);
  const props = Object.keys((e.parentSchema?.properties ?? {}) as Record<string, unknown>);
  const data = isObject(e.data) ? e.data : {};
  const { candidates, safe } = keyCandidates(e, key, props, data);
  const at = run.ctx.locate(pointer);
  const renameFix = (to: string) => (at ? fix(`Rename "${key}" to "${to}"`, renameKey(at, to)) : undefined);
  const where = e.instancePath === "" ? "at the top level of the config" : `in ${path(run, e.instancePath)}`;
  const report = (messageId: UnknownKeyMessage, more: MessageData, f?: Fix, suggestions?: Fix[]) => unknown(run, pointer, "key", messageId, { key, where, ...more }, f, suggestions);
  if (!candidates.length) {
    if (props.length && props.length <= 16) report("unknownKeyAllowed", { allowed: props.join(", ") });
    else report("unknownKey", {});
    return;
  }
  const best = safe.length === 1 ? safe[0] : candidates[0];
  const others = candidates.filter((c) => c !== best);
  const fixed = safe.length === 1 && !Object.hasOwn(data, safe[0]) ? renameFix(safe[0]) : undefined;
  const suggestions = candidates
    .filter((c) => !Object.hasOwn(data, c) && !(fixed && c === safe[0]))
    .map(renameFix)
    .filter((f): f is Fix => !!f);
  const more = { best, others: others.length ? ` (or ${others.map((c) => `"${c}"`).join(", ")})` : "" };
  if (Object.hasOwn(data, best)) report("unknownKeyMerge", { ...more, existing: `${path(run, e.instancePath)}.${best}` }, fixed, suggestions);
  else report("unknownKeyDidYouMean", more, fixed, suggestions);
}

/**
 * Keys the unknown one may have meant: a known rename first, then did-you-mean. Ties (modelz: model or
 * models?) go to a key whose schema takes this value, then to the same length. `safe` ones differ only
 * in case and separators (or are a known rename), so renaming is a fix.
 */
function keyCandidates(e: Err, key: string, props: string[], data: Record<string, unknown>): { candidates: string[]; safe: string[] } {
  const rename = KNOWN_RENAMES[key] && props.includes(KNOWN_RENAMES[key]) ? KNOWN_RENAMES[key] : undefined;
  const propSchemas = (e.parentSchema?.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const k of Object.keys(propSchemas)) propSchemas[k] = resolve(propSchemas[k]);
  const dist = (c: string) => (squash(c) === squash(key) ? 0 : editDistance(c.toLowerCase(), key.toLowerCase()));
  const sameLength = (c: string) => (c.length === key.length ? 0 : 1);
  const fits = (c: string) => (schemaAccepts(propSchemas[c], data[key]) ? 0 : 1);
  const close = nearKeys(e.parentSchema, key, props)
    .map((c, i) => ({ c, i }))
    .sort((a, b) => fits(a.c) - fits(b.c) || dist(a.c) - dist(b.c) || sameLength(a.c) - sameLength(b.c) || a.i - b.i)
    .map((x) => x.c);
  const candidates = [...new Set([...(rename ? [rename] : []), ...close])];
  return { candidates, safe: candidates.filter((c) => c === rename || squash(c) === squash(key)) };
}

/**
 * didYouMean(key, the schema's property names), remembered per schema object: a run over many configs
 * meets the same unknown key in the same place again and again (`token` in every channel), and a
 * schema's property names never change.
 */
function nearKeys(schema: object | undefined, key: string, props: string[]): string[] {
  if (!schema) return didYouMean(key, props);
  let byKey = nearKeysMemo.get(schema);
  if (!byKey) nearKeysMemo.set(schema, (byKey = new Map()));
  let near = byKey.get(key);
  if (!near) {
    if (byKey.size >= 256) byKey.clear();
    byKey.set(key, (near = didYouMean(key, props)));
  }
  return near;
}
const nearKeysMemo = new WeakMap<object, Map<string, string[]>>();

/** The lint schema leaves env open so legacy-config-key can own flat variables; misspelt sections are ours. */
function misspeltEnvSections(run: Run): void {
  const env = (run.ctx.config as Record<string, unknown>).env;
  if (!isObject(env)) return;
  for (const [key, value] of Object.entries(env))
    if (!(ENV_KEYS as readonly string[]).includes(key) && flatEnvKind(key, value) === "unknown")
      unknownKey(run, {
        keyword: "additionalProperties",
        instancePath: "/env",
        params: { additionalProperty: key },
        parentSchema: { properties: { shellEnv: { type: "object" }, vars: { type: "object" } } },
        data: env,
      } as Err);
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

const placeholder = hasPlaceholder;

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
