import { fix, replaceValueText } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { secret as credential } from "../engine/message.js";
import { defineRule, type RuleContext } from "../engine/rule.js";
import { nonSecretMarker } from "./util/auth-markers.js";
import { envPrefixRef, isCredentialHeader, isLiteralCredential, isObject, keyEnvVar, looksLikeKey, secretFields, splitAuthScheme, type SecretField } from "./util/secrets.js";

/**
 * A guide's placeholder with a key prefix ("sk-sp-your-api-key", "sk-xxxx-your-key-here"): not a secret, but a config
 * that still holds it gets 401s. Words only guides use, after the prefix.
 */
// \u66ff\u6362 替换 "replace", \u4f60\u7684 你的 "your" (escaped: the bundled CLI is ASCII, scripts/build.mjs).
const GUIDE_PLACEHOLDER = /^(sk-sp-|sk-|sk_)?.*(your|xxxx|example|here|\u66ff\u6362|\u4f60\u7684)/i;

/** A key for a server on this machine (Ollama, vLLM, LM Studio) is not a cloud credential. */
const isLoopback = (baseUrl: unknown) => {
  if (typeof baseUrl !== "string") return false;
  try {
    const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, "");
    return host === "localhost" || host === "::1" || host === "0.0.0.0" || /^127\./.test(host) || host.endsWith(".localhost");
  } catch {
    return false;
  }
};

export default defineRule({
  meta: {
    id: "plaintext-api-key",
    severity: "warning",
    category: "security",
    description: "A literal secret in apiKey, headers, request auth or env.vars (the value is never printed).",
    fixable: false,
    defers: { "env-ref-literal": 'credentials written as "env:NAME" (a literal, not a key)' },
    messages: {
      guidePlaceholderApiKey:
        "{{path}} still holds a guide's placeholder, not a key, so requests will be refused (401). Put {{name}}=<your key> in {{dotenv}} and write apiKey: \"${{{name}}}\".",
      guidePlaceholder: "{{path}} still holds a guide's placeholder, not a key, so requests will be refused (401). Put {{name}}=<your key> in {{dotenv}} and write \"{{scheme}}${{{name}}}\".",
      literalApiKey:
        '{{path}} is a literal key ({{value}}) stored in plain text in the config. Write apiKey: {{envRef}} (or "${{{name}}}") and put {{name}}=<your key> in {{dotenv}}.',
      literalWithScheme: '{{path}} carries a literal credential ({{value}}) in plain text. Write "{{scheme}}${{{name}}}" and put {{name}}=<your key> in {{dotenv}}.',
      literalCredential: "{{path}} is a literal credential ({{value}}) stored in plain text in the config. Write {{field}}: {{envRef}} and put {{name}}=<your key> in {{dotenv}}.",
      keyInEnv:
        "{{path}} holds a literal key ({{value}}) in plain text in the config. Move {{name}}=<your key> to {{dotenv}} (the Gateway reads it at start, also under launchd/systemd) and delete it here.",
      credentialInEnv:
        "{{path}} holds a literal credential ({{value}}) in plain text in the config. Move {{name}}=<your key> to {{dotenv}} (the Gateway reads it at start, also under launchd/systemd) and delete it here.",
    },
  },
  check(ctx) {
    const config = ctx.config as Record<string, unknown>;
    const dotenv = ctx.catalog.daemonEnv.files[0];
    const providers = isObject(config.models) && isObject(config.models.providers) ? config.models.providers : {};
    for (const f of secretFields(config)) {
      if (typeof f.value !== "string" || f.kind === "tls") continue;
      if (isLoopback((providers[f.providerId] as Record<string, unknown> | undefined)?.baseUrl)) continue;
      // Where an apiKey comes from is the facts layer's call: only a literal is a key in plain text
      // (not a ${VAR} placeholder, an env var name OpenClaw reads, or a SecretRef).
      if (f.kind === "apiKey" && !ctx.facts.keySources(f.providerId).some((s) => s.kind === "literal" && s.pointer === f.pointer)) continue;
      fieldFinding(ctx, f, f.value, dotenv);
    }
    envVars(ctx, config, dotenv);
  },
});

const envRef = (name: string) => `{ source: "env", provider: "default", id: "${name}" }`;

/** A literal credential in apiKey, a header or request auth, and what to write instead. */
function fieldFinding(ctx: RuleContext, f: SecretField, value: string, dotenv: string): void {
  const { scheme, secret } = splitAuthScheme(value);
  // OpenClaw's own non-secret markers (an env var name it reads, ollama-local, oauth:..., secretref-...).
  if (nonSecretMarker(secret)) return;
  if (envPrefixRef(secret) && ctx.defersTo("env-ref-literal")) return;
  if (f.kind === "header" && !isCredentialHeader(f.name)) return;
  // A header merely named like a token (X-Token-Count) must also look like a key, unless it has an auth scheme.
  if (!(f.kind === "header" && !scheme ? looksLikeKey(secret) : isLiteralCredential(secret))) return;
  const name = keyEnvVar(ctx.catalog, f.providerId);
  const data = { path: f.path, name, dotenv, scheme, field: f.name, envRef: envRef(name), value: credential(value) };
  const apiKey = f.kind === "apiKey";
  if (GUIDE_PLACEHOLDER.test(secret)) {
    ctx.report({ pointer: f.pointer, severity: "info", messageId: apiKey ? "guidePlaceholderApiKey" : "guidePlaceholder", data });
    return;
  }
  if (apiKey) {
    const at = ctx.locate(f.pointer);
    const suggestion = at ? fix(`Replace the literal key with ${envRef(name)} (move the key to ${dotenv} first)`, replaceValueText(at, envRef(name))) : undefined;
    ctx.report({ pointer: f.pointer, messageId: "literalApiKey", data, suggestions: suggestion ? [suggestion] : undefined });
  } else ctx.report({ pointer: f.pointer, messageId: scheme ? "literalWithScheme" : "literalCredential", data });
}

/**
 * env.vars (and the retired flat env.<NAME>) copy keys into the Gateway's environment, from plain text.
 * Which variables hold a Qwen provider's key is facts.keySources' answer (its env-vars sources); any other
 * variable counts when its name and value both look like a credential.
 */
function envVars(ctx: RuleContext, config: Record<string, unknown>, dotenv: string): void {
  const env = isObject(config.env) ? config.env : undefined;
  if (!env) return;
  const keyVars = new Set(ctx.catalog.providers.flatMap((p) => ctx.facts.keySources(p.id)).flatMap((s) => (s.kind === "env-vars" ? [s.name] : [])));
  const qwenVars = new Set(ctx.catalog.providers.flatMap((p) => p.env ?? []));
  const check = (pointer: string, path: string, name: string, value: unknown, known: boolean) => {
    if (typeof value !== "string") return;
    if (envPrefixRef(value) && ctx.defersTo("env-ref-literal")) return;
    if (known ? !isLiteralCredential(value) : !(/_(API_KEY|APIKEY|TOKEN|SECRET|SECRET_KEY|ACCESS_KEY)$/.test(name) && looksLikeKey(value))) return;
    ctx.report({ pointer, messageId: known ? "keyInEnv" : "credentialInEnv", data: { path, value: credential(value), name, dotenv } });
  };
  if (isObject(env.vars)) for (const [name, value] of Object.entries(env.vars)) check(joinPointer("/env/vars", name), `env.vars.${name}`, name, value, keyVars.has(name));
  // A retired flat env.<NAME> is no key source OpenClaw reads any more, but a Qwen key there is still plain text.
  for (const [name, value] of Object.entries(env)) if (qwenVars.has(name)) check(joinPointer("/env", name), `env.${name}`, name, value, true);
}
