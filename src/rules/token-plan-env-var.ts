import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";

import { isObject } from "../engine/json.js";

export default defineRule({
  meta: {
    id: "token-plan-env-var",
    severity: "warning",
    category: "legacy",
    description: "A Token Plan setup whose key is only given as QWEN_API_KEY (Token Plan reads QWEN_TOKEN_PLAN_API_KEY).",
    fixable: false,
    messages: {
      apiKeyReadsOtherPlanVar: "models.providers.{{id}}.apiKey reads {{name}}, the key variable of the {{providers}} provider{{plural}}; a Token Plan key belongs in {{tokenVars}}, which {{tokenProvider}} reads by itself. Use {{use}} (or drop apiKey) and set {{tokenVar}} in {{home}}.",
      tokenPlanVarMissing: "This config uses the {{planName}} ({{evidence}}), but env.vars only sets {{name}}, which {{id}} never reads (it reads only {{tokenVars}}). Rename the variable to {{tokenVar}}.",
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const root = isObject(ctx.config) ? ctx.config : {};
    const tokenId = catalog.plan("token")?.provider;
    const token = tokenId ? catalog.provider(tokenId) : undefined;
    const tokenVars = token?.env ?? [];
    if (!token || !tokenVars.length) return;
    const own = (id: string) => id.toLowerCase() === token.id;
    const site = facts.providerSite(token.id);
    const refs = facts.refs.filter((r) => r.ref && own(r.ref.provider));
    if (!site && refs.length === 0) return;
    const evidence = refs.find((r) => r.slot.selects)?.raw ?? refs[0]?.raw ?? `models.providers.${site!.id}`;
    const foreign = (name: string) => {
      const info = catalog.envVar(name);
      return info && !info.providers.includes(token.id) ? info : undefined;
    };
    const home = catalog.daemonEnv.files[0];

    // apiKey: "${QWEN_API_KEY}" or { source: "env", id: "QWEN_API_KEY" } on the Token Plan provider.
    const apiKey = site?.entry.apiKey;
    const named =
      typeof apiKey === "string"
        ? { name: /^\$\{([A-Z_][A-Z0-9_]*)\}$/.exec(apiKey)?.[1], pointer: joinPointer(site!.pointer, "apiKey"), use: `apiKey: "\${${tokenVars[0]}}"` }
        : isObject(apiKey) && apiKey.source === "env" && typeof apiKey.id === "string"
          ? { name: apiKey.id, pointer: joinPointer(site!.pointer, "apiKey", "id"), use: `id: "${tokenVars[0]}"` }
          : undefined;
    const wrong = named?.name ? foreign(named.name) : undefined;
    if (wrong && named) {
      ctx.report({
        pointer: named.pointer,
        messageId: "apiKeyReadsOtherPlanVar", data: { id: site!.id, name: wrong.name, providers: wrong.providers.join(" and "), plural: wrong.providers.length > 1 ? "s" : "", tokenVars: tokenVars.join(" or "), tokenProvider: token.id, use: named.use, tokenVar: tokenVars[0], home },
      });
      return;
    }
    if (apiKey !== undefined) return;

    const vars = root.env && isObject(root.env) && isObject(root.env.vars) ? root.env.vars : undefined;
    if (!vars) return;
    const set = (n: string) => typeof vars[n] === "string" && (vars[n] as string).trim() !== "";
    if (tokenVars.some(set)) return;
    // Onboarding keeps the Token Plan key in the auth store and writes this profile.
    const profiles = isObject(root.auth) && isObject(root.auth.profiles) ? Object.values(root.auth.profiles) : [];
    if (profiles.some((p) => isObject(p) && typeof p.provider === "string" && own(p.provider))) return;
    // A provider that reads the variable and is in use here explains it; then it is not a Token Plan mistake.
    const inUse = (providerId: string) =>
      facts.refs.some((r) => r.ref && catalog.canonicalProvider(r.ref.providerId)?.id === providerId) ||
      facts.providers.some((p) => catalog.canonicalProvider(p.id)?.id === providerId) ||
      facts.mediaTools.some((m) => catalog.canonicalProvider(m.provider)?.id === providerId) ||
      profiles.some((p) => isObject(p) && typeof p.provider === "string" && catalog.canonicalProvider(p.provider)?.id === providerId);
    for (const name of Object.keys(vars)) {
      const info = set(name) ? foreign(name) : undefined;
      if (!info || info.providers.some(inUse)) continue;
      ctx.report({
        pointer: joinPointer("/env/vars", name),
        target: "key",
        messageId: "tokenPlanVarMissing", data: { planName: catalog.planName("token"), evidence, name, id: token.id, tokenVars: tokenVars.join(", "), tokenVar: tokenVars[0] },
      });
    }
  },
});
