// Secrets and `${VAR}` placeholders as OpenClaw 2026.9.6 reads them: the SecretRef grammar
// (src/secrets/ref-contract.ts), how a ref's provider alias resolves (src/secrets/resolve.ts), the
// fields that take `string | SecretRef`, and `${VAR}` substitution (src/config/env-substitution.ts).
// Shared by env-placeholder, secret-ref-invalid, secret-ref-unresolved, plaintext-api-key, daemon-env.
import { SECRET_PROVIDER_PATTERN, SECRET_SOURCES } from "../../generated/openclaw.js";
import type { Catalog } from "../../catalog/index.js";
import { joinPointer } from "../../engine/pointer.js";

import { isObject } from "../../engine/json.js";
export { isObject };

// ---- ${VAR} placeholders ----------------------------------------------------------------------

/** Names OpenClaw substitutes; anything else between `${` and `}` stays literal text. */
export const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

export interface Placeholder {
  /** Offsets in the string value: `$` of `${` (or of `$${`) to just after `}`. */
  start: number;
  end: number;
  /** Text between the braces. */
  name: string;
  /** substitution: `${NAME}`; escaped: `$${NAME}` (literal `${NAME}`); invalid: name not substituted; unterminated: no `}`. */
  kind: "substitution" | "escaped" | "invalid" | "unterminated";
}

/** The `${...}` tokens of a string, scanned exactly like OpenClaw's parseEnvTokenAt. */
export function scanPlaceholders(value: string): Placeholder[] {
  const out: Placeholder[] = [];
  if (!value.includes("$")) return out;
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== "$") continue;
    if (value[i + 1] === "$" && value[i + 2] === "{") {
      const end = value.indexOf("}", i + 3);
      if (end !== -1 && ENV_NAME.test(value.slice(i + 3, end))) {
        out.push({ start: i, end: end + 1, name: value.slice(i + 3, end), kind: "escaped" });
        i = end;
        continue;
      }
      // `$${lower}`: an attempted escape; OpenClaw keeps all of it literal. Not worth a finding.
      i += 1;
      const close = value.indexOf("}", i + 2);
      if (close !== -1) i = close;
      continue;
    }
    if (value[i + 1] !== "{") continue;
    const end = value.indexOf("}", i + 2);
    if (end === -1) {
      out.push({ start: i, end: value.length, name: value.slice(i + 2), kind: "unterminated" });
      break;
    }
    const name = value.slice(i + 2, end);
    out.push({ start: i, end: end + 1, name, kind: ENV_NAME.test(name) ? "substitution" : "invalid" });
    i = end;
  }
  return out;
}

/** Env var names a string takes from the environment (`${NAME}`, not `$${NAME}`). */
export const substitutedNames = (value: string): string[] => scanPlaceholders(value).filter((p) => p.kind === "substitution").map((p) => p.name);

// ---- SecretRef ----------------------------------------------------------------------------------

export { SECRET_SOURCES };
export type SecretSource = (typeof SECRET_SOURCES)[number];
export const SECRET_REF_KEYS = ["source", "provider", "id"] as const;
export const DEFAULT_ALIAS = "default";
export const PROVIDER_ALIAS = new RegExp(SECRET_PROVIDER_PATTERN);
/** env and store ids. */
export const ENV_REF_ID = /^[A-Z][A-Z0-9_]{0,127}$/;
export const EXEC_REF_ID = /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$/;
const FILE_POINTER_SEGMENT = /^(?:[^~]|~0|~1)*$/;
export const SINGLE_VALUE_ID = "value";

export const isSecretSource = (s: unknown): s is SecretSource => typeof s === "string" && (SECRET_SOURCES as readonly string[]).includes(s);

export const isFilePointer = (id: string) => id.startsWith("/") && id.slice(1).split("/").every((s) => FILE_POINTER_SEGMENT.test(s));

export function execIdProblem(id: string): "pattern" | "traversal" | undefined {
  if (!EXEC_REF_ID.test(id)) return "pattern";
  if (id.split("/").some((s) => s === "." || s === "..")) return "traversal";
  return undefined;
}

export interface SecretRef {
  source: SecretSource;
  provider: string;
  id: string;
}

/** A SecretRef OpenClaw's grammar accepts (exactly three keys, known source, valid alias and id). */
export function asValidSecretRef(v: unknown): SecretRef | undefined {
  if (!isObject(v) || Object.keys(v).length !== 3) return undefined;
  const { source, provider, id } = v;
  if (!isSecretSource(source) || typeof provider !== "string" || typeof id !== "string") return undefined;
  if (!PROVIDER_ALIAS.test(provider)) return undefined;
  const ok = source === "env" || source === "store" ? ENV_REF_ID.test(id) : source === "file" ? id === SINGLE_VALUE_ID || isFilePointer(id) : !execIdProblem(id);
  return ok ? { source, provider, id } : undefined;
}

export interface SecretProviderEntry {
  alias: string;
  pointer: string;
  source?: string;
  /** file providers: json (default) or singleValue. */
  mode?: string;
  /** env providers: variable names that may be read. */
  allowlist?: string[];
}

export interface SecretProviders {
  entries: Map<string, SecretProviderEntry>;
  /** secrets.defaults.<source>: the alias that stands for the built-in env/store provider. */
  defaults: Partial<Record<SecretSource, string>>;
}

export function secretProviders(config: unknown): SecretProviders {
  const secrets = isObject(config) && isObject(config.secrets) ? config.secrets : {};
  const entries = new Map<string, SecretProviderEntry>();
  if (isObject(secrets.providers))
    for (const [alias, p] of Object.entries(secrets.providers)) {
      if (!isObject(p)) continue;
      entries.set(alias, {
        alias,
        pointer: joinPointer("/secrets/providers", alias),
        source: typeof p.source === "string" ? p.source : undefined,
        mode: typeof p.mode === "string" ? p.mode : undefined,
        allowlist: Array.isArray(p.allowlist) ? p.allowlist.filter((a): a is string => typeof a === "string") : undefined,
      });
    }
  const defaults: Partial<Record<SecretSource, string>> = {};
  if (isObject(secrets.defaults))
    for (const s of SECRET_SOURCES) {
      const d = secrets.defaults[s];
      if (typeof d === "string" && d.trim()) defaults[s] = d.trim();
    }
  return { entries, defaults };
}

/** The alias that means the built-in provider for a source (OpenClaw's resolveDefaultSecretProviderAlias). */
export const builtInAlias = (sp: SecretProviders, source: SecretSource) => sp.defaults[source] ?? DEFAULT_ALIAS;

/** env/store refs to the built-in alias resolve without a secrets.providers entry (isBuiltInDefaultSecretProviderRef). */
export function isBuiltInRef(sp: SecretProviders, ref: SecretRef): boolean {
  return sp.entries.get(ref.provider)?.source !== ref.source && (ref.source === "env" || ref.source === "store") && ref.provider === builtInAlias(sp, ref.source);
}

/** The configured source of the ref's alias when it differs (OpenClaw rejects the config then). */
export function sourceMismatch(sp: SecretProviders, ref: { source: SecretSource; provider: string }): string | undefined {
  const configured = sp.entries.get(ref.provider)?.source;
  if (!configured || configured === ref.source) return undefined;
  if (isBuiltInRef(sp, { ...ref, id: "" })) return undefined;
  return configured;
}

// ---- Secret-bearing fields ----------------------------------------------------------------------

export type SecretFieldKind = "apiKey" | "header" | "auth" | "tls";

export interface SecretField {
  pointer: string;
  /** Dotted path for messages, e.g. `models.providers.qwen.headers.Authorization`. */
  path: string;
  /** The models.providers key as written. */
  providerId: string;
  kind: SecretFieldKind;
  /** Header name (kind header) or the last path segment. */
  name: string;
  value: unknown;
}

/** Every field of models.providers.* that takes `string | SecretRef`. */
export function secretFields(config: unknown): SecretField[] {
  const out: SecretField[] = [];
  const models = isObject(config) && isObject(config.models) ? config.models : undefined;
  if (!models || !isObject(models.providers)) return out;
  for (const [id, entry] of Object.entries(models.providers)) {
    if (!isObject(entry)) continue;
    const base = ["models", "providers", id];
    const add = (segs: string[], kind: SecretFieldKind, value: unknown) =>
      out.push({ pointer: joinPointer("", ...base, ...segs), path: [...base, ...segs].join("."), providerId: id, kind, name: segs[segs.length - 1], value });
    if ("apiKey" in entry) add(["apiKey"], "apiKey", entry.apiKey);
    if (isObject(entry.headers)) for (const [h, v] of Object.entries(entry.headers)) add(["headers", h], "header", v);
    const request = isObject(entry.request) ? entry.request : undefined;
    if (!request) continue;
    if (isObject(request.headers)) for (const [h, v] of Object.entries(request.headers)) add(["request", "headers", h], "header", v);
    if (isObject(request.auth)) for (const k of ["token", "value"]) if (k in request.auth) add(["request", "auth", k], "auth", request.auth[k]);
    const tlsFields = (tls: unknown, segs: string[]) => {
      if (isObject(tls)) for (const k of ["ca", "cert", "key", "passphrase"]) if (k in tls) add([...segs, k], "tls", tls[k]);
    };
    tlsFields(request.tls, ["request", "tls"]);
    if (isObject(request.proxy)) tlsFields(request.proxy.tls, ["request", "proxy", "tls"]);
  }
  return out;
}

// What a literal credential looks like is src/engine/secrets.ts's to say (one definition for rules and output).
export { isCredentialHeader, isLiteralCredential, looksLikeKey, redactCredential, splitAuthScheme } from "../../engine/secrets.js";

// ---- Qwen env vars ---------------------------------------------------------------------------------

/** The env var a provider's key conventionally lives in: the catalog's first one, else `<ID>_API_KEY`. */
export function keyEnvVar(catalog: Catalog, providerId: string): string {
  const info = catalog.canonicalProvider(providerId);
  const status = catalog.provider(providerId)?.status;
  if (info?.env?.length && (status === "canonical" || status === "alias")) return info.env[0];
  const name = providerId.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return `${/^[A-Z]/.test(name) ? name : "PROVIDER_" + name}_API_KEY`;
}

/**
 * `env:NAME` (spaces around the name tolerated): a reference syntax OpenClaw does not have, so the text is
 * a literal (env-ref-literal reports it). The name it meant, or undefined.
 */
export function envPrefixRef(value: string): string | undefined {
  // Most values have no "env:": no regex run (each one costs its compile at start-up).
  return value.includes("env:") ? /^\s*env:\s*([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(value)?.[1] : undefined;
}

/** Key names ending like these hold credentials (any case): `apiKey`, `api_key`, `botToken`, `clientSecret`. */
const CREDENTIAL_ENDINGS = ["apikey", "api-key", "api_key", "token", "secret", "password", "passphrase", "credential"];

/** What /(api[-_]?key|token|secret|password|passphrase|credential)$/i tests, without a regex to compile. */
export function isCredentialKey(key: string): boolean {
  return CREDENTIAL_ENDINGS.some((end) => {
    if (key.length < end.length) return false;
    // ASCII case folding only, as the regex's `i` flag (toLowerCase would turn the Kelvin sign into "k").
    for (let i = 0, at = key.length - end.length; i < end.length; i++) {
      const c = key.charCodeAt(at + i);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== end.charCodeAt(i)) return false;
    }
    return true;
  });
}
