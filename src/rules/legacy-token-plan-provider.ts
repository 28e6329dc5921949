import { fix, renameKey, replaceStringValue } from "../engine/edits.js";
import { defineRule } from "../engine/rule.js";

import { isObject } from "../engine/json.js";

export default defineRule({
  meta: {
    id: "legacy-token-plan-provider",
    severity: "info",
    category: "legacy",
    description: "The legacy bailian-token-plan provider id; use qwen-token-plan.",
    fixable: false,
    messages: {
      legacyProviderEntry: `"{{id}}" is a legacy provider id ({{detail}}). Use the {{id2}} provider instead: it has the built-in {{detail2}}catalog{{envText}}. Run {{onboard}} (it writes models.providers.{{id2}}), then change {{id3}}/... refs to {{id2}}/... and remove this entry.`,
      refToLegacyProvider: `"{{raw}}" uses the legacy provider id "{{provider}}"; use "{{canonical}}" ({{setup}}).`,
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const profiles = isObject(ctx.config) && isObject(ctx.config.auth) && isObject(ctx.config.auth.profiles) ? Object.values(ctx.config.auth.profiles) : [];
    for (const info of catalog.providers) {
      if (info.status !== "legacy" || !info.aliasOf) continue;
      const target = catalog.provider(info.aliasOf);
      if (!target) continue;
      const plan = target.plans?.[0];
      const envText = target.env?.length ? ` and reads its key from ${target.env.join(" or ")}` : "";
      const configured = !!facts.providerSite(target.id) || profiles.some((p) => isObject(p) && typeof p.provider === "string" && p.provider.toLowerCase() === target.id);

      const sites = facts.providers.filter((p) => p.id.toLowerCase() === info.id);
      // Onboard for the region the legacy entry already points at.
      const known = sites.map((s) => s.endpoint).find((e) => e.kind === "known" && e.endpoint.plan === plan);
      const endpoint = known?.kind === "known" ? known.endpoint : plan ? catalog.endpointsForPlan(plan)[0] : undefined;
      const onboard = `openclaw onboard --auth-choice ${endpoint?.authChoice ?? target.id}`;
      for (const site of sites) {
        ctx.report({
          pointer: site.pointer,
          target: "key",
          messageId: "legacyProviderEntry", data: { id: site.id, detail: info.note ?? `replaced by ${target.id}`, id2: target.id, detail2: plan ? catalog.planName(plan) + " " : "", envText, onboard, id3: info.id },
        });
      }

      for (const r of facts.refs) {
        if (!r.ref || r.ref.providerId !== info.id) continue;
        // Listing keys select nothing, and Alibaba's guide writes one per row: when the entry is reported,
        // its finding covers them (without an entry, a listing key is all there is to rename).
        if (r.slot.kind === "listing" && sites.length) continue;
        const canonical = `${target.id}/${r.raw.slice(r.ref.provider.length + 1)}`;
        const at = ctx.locate(r.pointer);
        const setup = configured ? `${target.id} is already configured here` : `set it up with ${onboard}`;
        const suggestion = at && fix(`Replace "${r.raw}" with "${canonical}"`, r.target === "key" ? renameKey(at, canonical) : replaceStringValue(at, canonical));
        ctx.report({
          pointer: r.pointer,
          target: r.target,
          messageId: "refToLegacyProvider", data: { raw: r.raw, provider: r.ref.provider, canonical, setup },
          suggestions: suggestion ? [suggestion] : undefined,
        });
      }
    }
  },
});
