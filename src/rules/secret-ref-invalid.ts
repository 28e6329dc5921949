import { didYouMean } from "../engine/did-you-mean.js";
import { fix, replaceStringValue, replaceValueText } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { redact } from "../engine/secrets.js";
import { defineRule, type RuleContext } from "../engine/rule.js";
import {
  builtInAlias,
  ENV_REF_ID,
  execIdProblem,
  isFilePointer,
  isObject,
  isSecretSource,
  keyEnvVar,
  looksLikeKey,
  PROVIDER_ALIAS,
  SECRET_REF_KEYS,
  SECRET_SOURCES,
  secretFields,
  secretProviders,
  SINGLE_VALUE_ID,
  sourceMismatch,
  type SecretField,
  type SecretProviders,
  type SecretSource,
} from "./util/secrets.js";

/** Keys people write instead of the three SecretRef keys. */
const KEY_SYNONYMS: Record<string, string> = { name: "id", key: "id", var: "id", variable: "id", envVar: "id", path: "id", pointer: "id", type: "source", kind: "source", from: "source", alias: "provider" };
/** Source names people write for the four sources. */
const SOURCE_SYNONYMS: Record<string, string> = { environment: "env", envvar: "env", variable: "env", dotenv: "env", path: "file", json: "file", command: "exec", cmd: "exec", script: "exec" };
/** Shorthand objects from other tools: `{ env: "QWEN_API_KEY" }`, `{ file: "/qwen/apiKey" }`. */
const SOURCE_SHORTHAND = new Set<string>(SECRET_SOURCES);

const q = (s: string) => JSON.stringify(s);
const showId = (id: string) => (looksLikeKey(id) ? q(redact(id)) : q(id));
const refText = (r: { source: string; provider: string; id: string }) => `{ source: ${q(r.source)}, provider: ${q(r.provider)}, id: ${q(r.id)} }`;

/** An alias a ref of this source can use: the built-in one for env/store, else the only configured one. */
function aliasFor(sp: SecretProviders, source: SecretSource): string | undefined {
  if (source === "env" || source === "store") return builtInAlias(sp, source);
  const configured = [...sp.entries.values()].filter((e) => e.source === source);
  return configured.length === 1 ? configured[0].alias : undefined;
}

function idRule(source: SecretSource): string {
  switch (source) {
    case "env":
      return "an environment variable name matching ^[A-Z][A-Z0-9_]{0,127}$";
    case "store":
      return "a name matching ^[A-Z][A-Z0-9_]{0,127}$";
    case "file":
      return 'an absolute JSON pointer such as "/qwen/apiKey" (or "value" for a singleValue file provider)';
    case "exec":
      return 'an id matching ^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$ without "." or ".." segments (e.g. "vault/qwen/api-key")';
  }
}

/** A corrected id when the intent is clear. */
function fixedId(source: SecretSource, id: string): string | undefined {
  if (looksLikeKey(id)) return undefined;
  if (source === "env" || source === "store") {
    const bare = id.trim().replace(/^\$\{(.*)\}$/, "$1").replace(/^\$/, "").toUpperCase();
    return ENV_REF_ID.test(bare) ? bare : undefined;
  }
  if (source === "file") {
    const p = "/" + id.trim().replace(/^[#.]?\/*/, "").replace(/\./g, "/");
    return id.trim() && isFilePointer(p) ? p : undefined;
  }
  return undefined;
}

const INVALID_INPUT = 'OpenClaw rejects it with a bare "Invalid input".';
const EXACTLY = "A SecretRef has exactly source, provider and id: {{ref}}.";
const ALIAS_RULE = "must be an alias matching {{pattern}} (a lower-case letter, then lower-case letters, digits, _ or -).";
const SOURCE_MISMATCH =
  'secrets.providers.{{provider}} has source "{{configured}}" but this ref requests "{{source}}"; OpenClaw rejects the config (Secret provider "{{provider}}" has source "{{configured}}" but ref requests "{{source}}"). Use source: "{{configured}}"';

export default defineRule({
  meta: {
    id: "secret-ref-invalid",
    severity: "error",
    category: "structure",
    description: "A SecretRef object with a missing or wrong source, provider or id.",
    fixable: false,
    messages: {
      incomplete: `This SecretRef has no {{missing}}{{unknownKeys}}; ${INVALID_INPUT} ${EXACTLY}`,
      incompleteAddProvider: `This SecretRef has no {{missing}}{{unknownKeys}}; ${INVALID_INPUT} Add provider: "{{provider}}" ({{why}}). ${EXACTLY}`,
      incompletePickProvider: `This SecretRef has no {{missing}}{{unknownKeys}}; ${INVALID_INPUT} Set provider to the secrets.providers alias with source "{{source}}" to use: {{aliases}}. ${EXACTLY}`,
      incompleteDefineProvider: `This SecretRef has no {{missing}}{{unknownKeys}}; ${INVALID_INPUT} Define a secrets.providers entry with source "{{source}}" and name its alias as provider. ${EXACTLY}`,
      unknownKey: '"{{key}}" is not a SecretRef key; a SecretRef has exactly source, provider and id. Remove it.',
      unknownSource: 'Unknown SecretRef source "{{source}}"; use one of {{sources}}.',
      unknownSourceDidYouMean: 'Unknown SecretRef source "{{source}}"; use one of {{sources}}. Did you mean "{{guess}}"?',
      sourceNotString: "SecretRef source must be a string; use one of {{sources}}.",
      invalidProvider: `SecretRef provider "{{provider}}" ${ALIAS_RULE}{{hint}}`,
      providerNotString: `SecretRef provider ${ALIAS_RULE}{{hint}}`,
      missingId: "SecretRef id must be a non-empty string: {{idRule}}.",
      invalidId: "{{Source}} SecretRef id {{id}} is invalid: it must be {{idRule}}.",
      invalidIdUse: '{{Source}} SecretRef id {{id}} is invalid: it must be {{idRule}}. Use "{{better}}".',
      idIsTheSecret: "{{Source}} SecretRef id {{id}} is invalid: it must be {{idRule}}. It looks like the secret itself; the id only names where the secret is.",
      singleValueId: `secrets.providers.{{alias}} is a singleValue file provider, so the ref id must be "value" (OpenClaw fails with: singleValue file provider "{{alias}}" expects ref id "value"). Use id: "value", or set mode: "json" to read a JSON pointer.`,
      jsonModeValueId: `secrets.providers.{{alias}} reads a JSON file (mode {{mode}}), so "value" is looked up as a JSON pointer and not found. Use a pointer such as "/qwen/apiKey", or set mode: "singleValue" on the provider.`,
      providerSourceMismatch: `${SOURCE_MISMATCH}.`,
      providerSourceMismatchOr: `${SOURCE_MISMATCH}, or provider "{{alternative}}" for a {{source}} secret.`,
    },
  },
  check(ctx) {
    const sp = secretProviders(ctx.config);
    for (const f of secretFields(ctx.config)) {
      if (!isObject(f.value)) continue;
      const ref = f.value;
      const missing = SECRET_REF_KEYS.filter((k) => !(k in ref));
      const extras = Object.keys(ref).filter((k) => !(SECRET_REF_KEYS as readonly string[]).includes(k));
      if (missing.length) {
        incomplete(ctx, sp, f, ref, missing, extras);
        continue;
      }
      for (const key of extras) ctx.report({ pointer: joinPointer(f.pointer, key), target: "key", messageId: "unknownKey", data: { key } });
      if (!isSecretSource(ref.source)) {
        badSource(ctx, f, ref.source);
        continue;
      }
      const providerOk = checkProvider(ctx, sp, f, ref.source, ref.provider);
      checkId(ctx, sp, f, ref.source, providerOk ? (ref.provider as string) : undefined, ref.id);
      if (providerOk) checkSourceMatch(ctx, sp, f, ref.source, ref.provider as string);
    }
  },
});

/** The intended ref, guessed from what an incomplete one holds (synonym keys, shorthand, the id's shape). */
function guessRef(ctx: RuleContext, sp: SecretProviders, f: SecretField, ref: Record<string, unknown>, extras: string[]) {
  let source: SecretSource | undefined = isSecretSource(ref.source) ? ref.source : undefined;
  let id = typeof ref.id === "string" && ref.id.trim() ? ref.id : undefined;
  let alias = typeof ref.provider === "string" && PROVIDER_ALIAS.test(ref.provider) ? ref.provider : undefined;
  for (const k of extras) {
    const v = ref[k];
    if (typeof v !== "string") continue;
    if (!source && SOURCE_SHORTHAND.has(k)) source = k as SecretSource;
    if (!source && KEY_SYNONYMS[k] === "source" && isSecretSource(v)) source = v;
    if (!alias && KEY_SYNONYMS[k] === "provider" && PROVIDER_ALIAS.test(v)) alias = v;
    if (!id && (SOURCE_SHORTHAND.has(k) || KEY_SYNONYMS[k] === "id") && !looksLikeKey(v)) id = v;
  }
  if (!source && id && ENV_REF_ID.test(id)) source = "env";
  if (!source && id && isFilePointer(id)) source = "file";
  source ??= "env";
  if (!id && f.kind === "apiKey" && (source === "env" || source === "store")) id = keyEnvVar(ctx.catalog, f.providerId);
  if (id && looksLikeKey(id)) id = undefined;
  return { source, provider: alias ?? aliasFor(sp, source), id };
}

/** A SecretRef without one of its three keys: what to add, and the whole ref when it can be told. */
function incomplete(ctx: RuleContext, sp: SecretProviders, f: SecretField, ref: Record<string, unknown>, missing: string[], extras: string[]): void {
  const { source, provider, id } = guessRef(ctx, sp, f, ref, extras);
  const guess = { source, provider: provider ?? "<alias>", id: id ?? "<id>" };
  const data = {
    missing: missing.join(", no "),
    unknownKeys: extras.length ? ` and the unknown key${extras.length > 1 ? "s" : ""} ${extras.map(q).join(", ")}` : "",
    ref: refText(guess),
    source,
    provider,
  };
  const at = ctx.locate(f.pointer);
  const suggestions = provider && id && at ? [fix(`Replace with ${refText(guess)}`, replaceValueText(at, refText(guess)))].filter((x) => x !== undefined) : undefined;
  const report = (messageId: string, more: Record<string, unknown> = {}) => ctx.report({ pointer: f.pointer, messageId, data: { ...data, ...more }, suggestions });
  if (missing.length === 1 && missing[0] === "provider" && provider) {
    const builtIn = (source === "env" || source === "store") && provider === builtInAlias(sp, source);
    report("incompleteAddProvider", { why: builtIn ? `the built-in ${source} provider` : `secrets.providers.${provider} has source "${source}"` });
  } else if (!provider) {
    const aliases = [...sp.entries.values()].filter((e) => e.source === source).map((e) => q(e.alias));
    if (aliases.length) report("incompletePickProvider", { aliases: aliases.join(", ") });
    else report("incompleteDefineProvider");
  } else report("incomplete");
}

function badSource(ctx: RuleContext, f: SecretField, source: unknown): void {
  const pointer = joinPointer(f.pointer, "source");
  const sources = SECRET_SOURCES.join(", ");
  if (typeof source !== "string") return ctx.report({ pointer, messageId: "sourceNotString", data: { sources } });
  const near = didYouMean(source.trim(), [...SECRET_SOURCES, ...Object.keys(SOURCE_SYNONYMS)])[0];
  const guess = SOURCE_SYNONYMS[source.trim().toLowerCase()] ?? (near && (SOURCE_SYNONYMS[near.toLowerCase()] ?? near));
  const loc = ctx.locate(pointer);
  if (!guess) return ctx.report({ pointer, messageId: "unknownSource", data: { source, sources } });
  ctx.report({
    pointer,
    messageId: "unknownSourceDidYouMean",
    data: { source, sources, guess },
    suggestions: loc ? [fix(`Replace ${q(source)} with ${q(guess)}`, replaceStringValue(loc, guess))].filter((x) => x !== undefined) : undefined,
  });
}

/** Whether the provider alias is well formed; reports it when not. */
function checkProvider(ctx: RuleContext, sp: SecretProviders, f: SecretField, source: SecretSource, provider: unknown): boolean {
  if (typeof provider === "string" && PROVIDER_ALIAS.test(provider)) return true;
  const lower = typeof provider === "string" ? provider.trim().toLowerCase() : undefined;
  const better = lower && PROVIDER_ALIAS.test(lower) ? lower : undefined;
  const builtIn = source === "env" || source === "store" ? ` The built-in ${source} provider is ${q(builtInAlias(sp, source))}.` : "";
  const loc = ctx.locate(joinPointer(f.pointer, "provider"));
  const named = typeof provider === "string";
  ctx.report({
    pointer: joinPointer(f.pointer, "provider"),
    messageId: named ? "invalidProvider" : "providerNotString",
    data: { provider, pattern: PROVIDER_ALIAS.source, hint: better ? ` Use ${q(better)}.` : builtIn },
    suggestions: better && loc ? [fix(`Replace with ${q(better)}`, replaceStringValue(loc, better))].filter((x) => x !== undefined) : undefined,
  });
  return false;
}

/** The id's shape for its source, and for a file provider its mode (`provider` when the alias is valid). */
function checkId(ctx: RuleContext, sp: SecretProviders, f: SecretField, source: SecretSource, provider: string | undefined, id: unknown): void {
  const pointer = joinPointer(f.pointer, "id");
  if (typeof id !== "string" || !id.trim()) return ctx.report({ pointer, messageId: "missingId", data: { idRule: idRule(source) } });
  const bad = source === "env" || source === "store" ? !ENV_REF_ID.test(id) : source === "file" ? id !== SINGLE_VALUE_ID && !isFilePointer(id) : execIdProblem(id) !== undefined;
  if (bad) {
    const better = fixedId(source, id);
    const loc = ctx.locate(pointer);
    const data = { Source: source[0].toUpperCase() + source.slice(1), id: showId(id), idRule: idRule(source), better };
    ctx.report({
      pointer,
      messageId: looksLikeKey(id) ? "idIsTheSecret" : better ? "invalidIdUse" : "invalidId",
      data,
      suggestions: better && loc ? [fix(`Replace the id with ${q(better)}`, replaceStringValue(loc, better))].filter((x) => x !== undefined) : undefined,
    });
    return;
  }
  if (source !== "file" || !provider) return;
  const entry = sp.entries.get(provider);
  if (entry?.source !== "file") return;
  const single = entry.mode === "singleValue";
  if (single && id !== SINGLE_VALUE_ID) ctx.report({ pointer, messageId: "singleValueId", data: { alias: entry.alias } });
  else if (!single && id === SINGLE_VALUE_ID) ctx.report({ pointer, messageId: "jsonModeValueId", data: { alias: entry.alias, mode: entry.mode ? q(entry.mode) : '"json", the default' } });
}

/** A ref whose provider alias is configured with another source. */
function checkSourceMatch(ctx: RuleContext, sp: SecretProviders, f: SecretField, source: SecretSource, provider: string): void {
  const configured = sourceMismatch(sp, { source, provider });
  if (!configured) return;
  const same = [...sp.entries.values()].filter((e) => e.source === source).map((e) => e.alias);
  const alternative = source === "env" || source === "store" ? builtInAlias(sp, source) : same[0];
  ctx.report({
    pointer: joinPointer(f.pointer, "provider"),
    messageId: alternative ? "providerSourceMismatchOr" : "providerSourceMismatch",
    data: { provider, configured, source, alternative },
  });
}
