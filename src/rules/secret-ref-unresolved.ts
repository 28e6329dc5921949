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
          message: `SecretRef provider ${q(ref.provider)} is not defined in secrets.providers, so OpenClaw cannot resolve ${f.path} when it starts (Secret provider "${ref.provider}" is not configured); config validate accepts it.${near ? ` Did you mean ${q(near)}?` : ""} ${ways.join(", or ").replace(/^./, (c) => c.toUpperCase())}.`,
        });
        continue;
      }
      if (ref.source === "env" && entry.source === "env" && entry.allowlist && !entry.allowlist.includes(ref.id))
        ctx.report({
          pointer: joinPointer(f.pointer, "id"),
          message: `${ref.id} is not in secrets.providers.${entry.alias}.allowlist, so OpenClaw refuses to read it (Environment variable "${ref.id}" is not allowlisted). Add ${q(ref.id)} to the allowlist.`,
        });
    }
  },
});
