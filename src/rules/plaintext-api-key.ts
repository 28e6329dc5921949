import { fix, replaceValueText } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { nonSecretMarker } from "./util/auth-markers.js";
import { envPrefixRef, isCredentialHeader, isLiteralCredential, isObject, keyEnvVar, looksLikeKey, redactCredential, secretFields, splitAuthScheme } from "./util/secrets.js";

/**
 * A guide's placeholder with a key prefix ("sk-sp-your-api-key", "sk-xxxx-your-key-here"): not a secret, but a config
 * that still holds it gets 401s. Words only guides use, after the prefix.
 */
const GUIDE_PLACEHOLDER = /^(sk-sp-|sk-|sk_)?.*(your|xxxx|example|here|替换|你的)/i;

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
      stillHoldsGuide: "{{path}} still holds a guide's placeholder, not a key, so requests will be refused (401). Put {{name}}=<your key> in {{dotenv}} and write {{detail}}.",
      holdsLiteralPlain: "{{path}} holds a literal {{detail}} ({{value}}) in plain text in the config. Move {{name}}=<your key> to {{dotenv}} (the Gateway reads it at start, also under launchd/systemd) and delete it here.",
    },
  },
  check(ctx) {
    const config = ctx.config as Record<string, unknown>;
    const dotenv = ctx.catalog.daemonEnv.files[0];
    const envRef = (name: string) => `{ source: "env", provider: "default", id: "${name}" }`;
    const providers = isObject(config.models) && isObject(config.models.providers) ? config.models.providers : {};

    for (const f of secretFields(config)) {
      if (typeof f.value !== "string" || f.kind === "tls") continue;
      if (isLoopback((providers[f.providerId] as Record<string, unknown> | undefined)?.baseUrl)) continue;
      const { scheme, secret } = splitAuthScheme(f.value);
      // OpenClaw's own non-secret markers (an env var name it reads, ollama-local, oauth:..., secretref-...).
      if (nonSecretMarker(secret)) continue;
      if (envPrefixRef(secret) && ctx.defersTo("env-ref-literal")) continue;
      if (f.kind === "header" && !isCredentialHeader(f.name)) continue;
      // A header merely named like a token (X-Token-Count) must also look like a key, unless it has an auth scheme.
      if (!(f.kind === "header" && !scheme ? looksLikeKey(secret) : isLiteralCredential(secret))) continue;
      const name = keyEnvVar(ctx.catalog, f.providerId);
      if (GUIDE_PLACEHOLDER.test(secret)) {
        ctx.report({
          pointer: f.pointer,
          severity: "info",
          messageId: "stillHoldsGuide", data: { path: f.path, name, dotenv, detail: f.kind === "apiKey" ? `apiKey: "\${${name}}"` : `"${scheme}\${${name}}"` },
        });
        continue;
      }
      const shown = redactCredential(f.value);
      const store = `put ${name}=<your key> in ${dotenv}`;
      let message: string;
      let suggestion;
      if (f.kind === "apiKey") {
        message = `${f.path} is a literal key (${shown}) stored in plain text in the config. Write apiKey: ${envRef(name)} (or "\${${name}}") and ${store}.`;
        const at = ctx.locate(f.pointer);
        suggestion = at ? fix(`Replace the literal key with ${envRef(name)} (move the key to ${dotenv} first)`, replaceValueText(at, envRef(name))) : undefined;
      } else if (scheme) {
        message = `${f.path} carries a literal credential (${shown}) in plain text. Write "${scheme}\${${name}}" and ${store}.`;
      } else {
        message = `${f.path} is a literal credential (${shown}) stored in plain text in the config. Write ${f.name}: ${envRef(name)} and ${store}.`;
      }
      ctx.report({ pointer: f.pointer, message, suggestions: suggestion ? [suggestion] : undefined });
    }

    // env.vars (and the retired flat env.<NAME>) copy keys into the Gateway's environment, from plain text.
    const env = isObject(config.env) ? config.env : undefined;
    if (!env) return;
    const qwenVars = new Set([...ctx.catalog.envVars.map((v) => v.name), ...ctx.catalog.providers.flatMap((p) => p.env ?? [])]);
    const check = (pointer: string, path: string, name: string, value: unknown) => {
      if (typeof value !== "string") return;
      if (envPrefixRef(value) && ctx.defersTo("env-ref-literal")) return;
      const known = qwenVars.has(name);
      if (known ? !isLiteralCredential(value) : !(/_(API_KEY|APIKEY|TOKEN|SECRET|SECRET_KEY|ACCESS_KEY)$/.test(name) && looksLikeKey(value))) return;
      ctx.report({
        pointer,
        messageId: "holdsLiteralPlain", data: { path, detail: known ? "key" : "credential", value: redactCredential(value), name, dotenv },
      });
    };
    if (isObject(env.vars)) for (const [name, value] of Object.entries(env.vars)) check(joinPointer("/env/vars", name), `env.vars.${name}`, name, value);
    for (const [name, value] of Object.entries(env)) if (qwenVars.has(name)) check(joinPointer("/env", name), `env.${name}`, name, value);
  },
});
