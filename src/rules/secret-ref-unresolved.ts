import { didYouMean } from "../engine/did-you-mean.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { asValidSecretRef, builtInAlias, isBuiltInRef, secretFields, secretProviders, type SecretSource } from "./util/secrets.js";

const SKELETON: Record<SecretSource, string> = {
  env: '{ source: "env" }',
  store: '{ source: "store" }',
  file: '{ source: "file", path: "<path to the secrets file>" }',
  exec: '{ source: "exec", command: "<absolute path of the resolver>" }',
};

export default defineRule({
  meta: {
    id: "secret-ref-unresolved",
    severity: "warning",
    category: "structure",
    description: "A SecretRef naming a secrets provider that is not defined in secrets.providers.",
    fixable: false,
    defers: {
      "secret-ref-invalid": "malformed SecretRefs",
    },
    messages: {
      undefinedProvider: `SecretRef provider {{provider}} is not defined in secrets.providers, so OpenClaw cannot resolve {{path}} when it starts (Secret provider "{{provider2}}" is not configured); config validate accepts it.{{detail}} {{replace}}.`,
      notAllowlisted: `{{id}} is not in secrets.providers.{{alias}}.allowlist, so OpenClaw refuses to read it (Environment variable "{{id}}" is not allowlisted). Add {{id2}} to the allowlist.`,
    },
  },
  check(ctx) {
    const sp = secretProviders(ctx.config);
    for (const f of secretFields(ctx.config)) {
      // Malformed refs are secret-ref-invalid's; this rule only resolves well-formed ones.
      const ref = asValidSecretRef(f.value);
      if (!ref || isBuiltInRef(sp, ref)) continue;
      const entry = sp.entries.get(ref.provider);
      const q = JSON.stringify;
      if (!entry) {
        const sameSource = [...sp.entries.values()].filter((e) => e.source === ref.source).map((e) => e.alias);
        const near = didYouMean(ref.provider, sameSource)[0];
        const builtIn = ref.source === "env" || ref.source === "store" ? builtInAlias(sp, ref.source) : undefined;
        const ways = [
          builtIn ? `use provider: ${q(builtIn)} (the built-in ${ref.source} provider)` : undefined,
          `define secrets.providers.${ref.provider}: ${SKELETON[ref.source]}`,
        ].filter(Boolean);
        ctx.report({
          pointer: joinPointer(f.pointer, "provider"),
          messageId: "undefinedProvider", data: { provider: q(ref.provider), path: f.path, provider2: ref.provider, detail: near ? ` Did you mean ${q(near)}?` : "", replace: ways.join(", or ").replace(/^./, (c) => c.toUpperCase()) },
        });
        continue;
      }
      if (ref.source === "env" && entry.source === "env" && entry.allowlist && !entry.allowlist.includes(ref.id))
        ctx.report({
          pointer: joinPointer(f.pointer, "id"),
          messageId: "notAllowlisted", data: { id: ref.id, alias: entry.alias, id2: q(ref.id) },
        });
    }
  },
});
