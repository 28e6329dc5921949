import { didYouMean } from "../engine/did-you-mean.js";
import { fix, replaceStringValue, replaceValueText } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { redact } from "../engine/secrets.js";
import { defineRule } from "../engine/rule.js";
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

export default defineRule({
  meta: {
    id: "secret-ref-invalid",
    severity: "error",
    category: "structure",
    description: "A SecretRef object with a missing or wrong source, provider or id.",
    fixable: false,
    messages: {
      secretrefKeySecretref: "{{k}} is not a SecretRef key; a SecretRef has exactly source, provider and id. Remove it.",
      useOneEnv: "{{detail}}; use one of env, file, exec, store.{{detail2}}",
      secretrefProviderMust: "SecretRef provider {{detail}}must be an alias matching ^[a-z][a-z0-9_-]{0,63}$ (a lower-case letter, then lower-case letters, digits, _ or -).{{detail2}}",
      secretrefIdMust: "SecretRef id must be a non-empty string: {{idRule}}.",
      secretrefIdInvalid: "{{detail}} SecretRef id {{showId}} is invalid: it must be {{idRule}}.{{pasted}}{{detail2}}",
      secretsProvidersSinglevalue: `secrets.providers.{{alias}} is a singleValue file provider, so the ref id must be "value" (OpenClaw fails with: singleValue file provider "{{alias}}" expects ref id "value"). Use id: "value", or set mode: "json" to read a JSON pointer.`,
      secretsProvidersReads: `secrets.providers.{{alias}} reads a JSON file (mode {{detail}}), so "value" is looked up as a JSON pointer and not found. Use a pointer such as "/qwen/apiKey", or set mode: "singleValue" on the provider.`,
      secretsProvidersSource: `secrets.providers.{{provider}} has source {{configured}} but this ref requests {{source}}; OpenClaw rejects the config (Secret provider "{{provider}}" has source "{{configured2}}" but ref requests "{{source2}}"). Use source: {{configured}}{{detail}}.`,
    },
  },
  check(ctx) {
    const sp = secretProviders(ctx.config);

    const incomplete = (f: SecretField, ref: Record<string, unknown>, missing: string[], extras: string[]) => {
      // Best guess at the intended ref, from what is there.
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
      const provider = alias ?? aliasFor(sp, source);
      const guess = { source, provider: provider ?? "<alias>", id: id ?? "<id>" };
      const parts = [`This SecretRef has no ${missing.join(", no ")}${extras.length ? ` and the unknown key${extras.length > 1 ? "s" : ""} ${extras.map(q).join(", ")}` : ""}; OpenClaw rejects it with a bare "Invalid input".`];
      if (missing.length === 1 && missing[0] === "provider" && provider)
        parts.push(
          `Add provider: ${q(provider)} (${(source === "env" || source === "store") && provider === builtInAlias(sp, source) ? `the built-in ${source} provider` : `secrets.providers.${provider} has source "${source}"`}).`,
        );
      else if (!provider) {
        const aliases = [...sp.entries.values()].filter((e) => e.source === source).map((e) => q(e.alias));
        parts.push(
          aliases.length
            ? `Set provider to the secrets.providers alias with source "${source}" to use: ${aliases.join(", ")}.`
            : `Define a secrets.providers entry with source "${source}" and name its alias as provider.`,
        );
      }
      parts.push(`A SecretRef has exactly source, provider and id: ${refText(guess)}.`);
      const at = ctx.locate(f.pointer);
      const complete = provider && id;
      ctx.report({
        pointer: f.pointer,
        message: parts.join(" "),
        suggestions: complete && at ? [fix(`Replace with ${refText(guess)}`, replaceValueText(at, refText(guess)))].filter((x) => x !== undefined) : undefined,
      });
    };

    for (const f of secretFields(ctx.config)) {
      if (!isObject(f.value)) continue;
      const ref = f.value;
      const keys = Object.keys(ref);
      const missing = SECRET_REF_KEYS.filter((k) => !(k in ref));
      const extras = keys.filter((k) => !(SECRET_REF_KEYS as readonly string[]).includes(k));
      if (missing.length) {
        incomplete(f, ref, missing, extras);
        continue;
      }
      for (const k of extras)
        ctx.report({
          pointer: joinPointer(f.pointer, k),
          target: "key",
          messageId: "secretrefKeySecretref", data: { k: q(k) },
        });

      const { source, provider, id } = ref;
      const at = (k: string) => ctx.locate(joinPointer(f.pointer, k));
      if (!isSecretSource(source)) {
        const near = typeof source === "string" ? didYouMean(source.trim(), [...SECRET_SOURCES, ...Object.keys(SOURCE_SYNONYMS)])[0] : undefined;
        const guess = (typeof source === "string" ? SOURCE_SYNONYMS[source.trim().toLowerCase()] : undefined) ?? (near && (SOURCE_SYNONYMS[near.toLowerCase()] ?? near));
        const loc = at("source");
        ctx.report({
          pointer: joinPointer(f.pointer, "source"),
          messageId: "useOneEnv", data: { detail: typeof source === "string" ? `Unknown SecretRef source ${q(source)}` : "SecretRef source must be a string", detail2: guess ? ` Did you mean ${q(guess)}?` : "" },
          suggestions: guess && loc && typeof source === "string" ? [fix(`Replace ${q(source)} with ${q(guess)}`, replaceStringValue(loc, guess))].filter((x) => x !== undefined) : undefined,
        });
        continue;
      }
      let providerOk = false;
      if (typeof provider !== "string" || !PROVIDER_ALIAS.test(provider)) {
        const lower = typeof provider === "string" ? provider.trim().toLowerCase() : undefined;
        const better = lower && PROVIDER_ALIAS.test(lower) ? lower : undefined;
        const loc = at("provider");
        ctx.report({
          pointer: joinPointer(f.pointer, "provider"),
          messageId: "secretrefProviderMust", data: { detail: typeof provider === "string" ? q(provider) + " " : "", detail2: better ? ` Use ${q(better)}.` : source === "env" || source === "store" ? ` The built-in ${source} provider is ${q(builtInAlias(sp, source))}.` : "" },
          suggestions: better && loc ? [fix(`Replace with ${q(better)}`, replaceStringValue(loc, better))].filter((x) => x !== undefined) : undefined,
        });
      } else providerOk = true;

      if (typeof id !== "string" || !id.trim()) {
        ctx.report({ pointer: joinPointer(f.pointer, "id"), messageId: "secretrefIdMust", data: { idRule: idRule(source) } });
      } else {
        const bad =
          source === "env" || source === "store" ? !ENV_REF_ID.test(id) : source === "file" ? id !== SINGLE_VALUE_ID && !isFilePointer(id) : execIdProblem(id) !== undefined;
        if (bad) {
          const better = fixedId(source, id);
          const loc = at("id");
          const pasted = looksLikeKey(id) ? " It looks like the secret itself; the id only names where the secret is." : "";
          ctx.report({
            pointer: joinPointer(f.pointer, "id"),
            messageId: "secretrefIdInvalid", data: { detail: source[0].toUpperCase() + source.slice(1), showId: showId(id), idRule: idRule(source), pasted, detail2: better ? ` Use ${q(better)}.` : "" },
            suggestions: better && loc ? [fix(`Replace the id with ${q(better)}`, replaceStringValue(loc, better))].filter((x) => x !== undefined) : undefined,
          });
        } else if (source === "file" && providerOk) {
          const entry = sp.entries.get(provider as string);
          if (entry?.source === "file") {
            const single = entry.mode === "singleValue";
            if (single && id !== SINGLE_VALUE_ID)
              ctx.report({
                pointer: joinPointer(f.pointer, "id"),
                messageId: "secretsProvidersSinglevalue", data: { alias: entry.alias },
              });
            else if (!single && id === SINGLE_VALUE_ID)
              ctx.report({
                pointer: joinPointer(f.pointer, "id"),
                messageId: "secretsProvidersReads", data: { alias: entry.alias, detail: entry.mode ? q(entry.mode) : '"json", the default' },
              });
          }
        }
      }

      if (providerOk) {
        const configured = sourceMismatch(sp, { source, provider: provider as string });
        if (configured) {
          const same = [...sp.entries.values()].filter((e) => e.source === source).map((e) => e.alias);
          const alt = source === "env" || source === "store" ? builtInAlias(sp, source) : same[0];
          ctx.report({
            pointer: joinPointer(f.pointer, "provider"),
            messageId: "secretsProvidersSource", data: { provider, configured: q(configured), source: q(source), configured2: configured, source2: source, detail: alt ? `, or provider ${q(alt)} for a ${source} secret` : "" },
          });
        }
      }
    }
  },
});
