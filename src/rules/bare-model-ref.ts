import { defineRule } from "../engine/rule.js";
import type { Fix } from "../report.js";
import { chatProvidersOf, isWan, plansServing, qwenCatalog, rows, wanProvider } from "./util/catalog.js";
import { isObject } from "../engine/json.js";
import { replaceRef } from "./util/rewrite.js";
import { isGenerationSlot, slotField } from "./util/slots.js";

export default defineRule({
  meta: {
    id: "bare-model-ref",
    severity: "warning",
    category: "catalog",
    description: "A model ref without a provider that matches a Qwen model id (deprecated resolution path).",
    fixable: true,
    defers: {
      "media-slot-mismatch": "chat ids in video slots and Wan ids in chat slots",
      "invalid-value": "bare ids and aliases in decisionModel, which OpenClaw refuses outright",
    },
    messages: {
      bareListingKey: `{{slotField}} key "{{id}}" has no provider prefix, so which provider's model it lists depends on OpenClaw's deprecated fallback for bare ids. {{write}}`,
      bareRef: `"{{id}}" has no provider prefix; {{why}} {{write}}`,
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;

    // Qwen chat providers this config sets up, and ids other providers in it claim: a bare `glm-5`
    // next to another provider that serves glm-5 is not clearly Qwen's.
    const configured = new Set<string>();
    const claimedElsewhere = new Set<string>();
    for (const p of facts.providers) {
      const cat = qwenCatalog(ctx, p.id);
      if (cat) configured.add(cat.provider);
    }
    for (const r of rows(ctx)) if (!catalog.provider(r.provider.id)) claimedElsewhere.add(r.id);
    for (const s of facts.refs) {
      if (!s.ref) continue;
      const cat = qwenCatalog(ctx, s.ref.providerId);
      if (cat) configured.add(cat.provider);
      else if (!catalog.provider(s.ref.providerId)) claimedElsewhere.add(s.ref.model);
    }
    // A bare name that is a model alias resolves through the alias, not as a model id.
    const aliases = new Set<string>();
    const agents = isObject(ctx.config) && isObject(ctx.config.agents) ? ctx.config.agents : {};
    const scopes = [agents.defaults, ...(isObject(agents.entries) ? Object.values(agents.entries) : [])];
    for (const scope of scopes)
      if (isObject(scope) && isObject(scope.models))
        for (const entry of Object.values(scope.models)) if (isObject(entry) && typeof entry.alias === "string") aliases.add(entry.alias.trim().toLowerCase());

    for (const site of facts.refs) {
      if (!site.bare || site.slot.kind === "decision") continue;
      const id = site.raw;
      if (aliases.has(id.toLowerCase()) || claimedElsewhere.has(id)) continue;
      let owners: string[];
      // Chat ids in video slots and Wan ids in chat slots are media-slot-mismatch's.
      if (site.slot.kind === "video") owners = isWan(catalog, id) ? [wanProvider(catalog)] : [];
      else if (isGenerationSlot(site.slot)) owners = [];
      else owners = chatProvidersOf(catalog, id);
      if (!owners.length) continue;
      // Prefer the first catalog provider (qwen) unless the config only sets up another one.
      const chosen = owners.find((o) => configured.has(o)) ?? owners[0];
      const onlyOther = chosen !== owners[0];
      const to = `${chosen}/${id}`;
      const alternatives = owners.filter((o) => o !== chosen);
      const alt = alternatives.map((o) => {
        const plans = plansServing(catalog, o, id);
        return `"${o}/${id}"${plans ? ` (${plans})` : ""}`;
      });
      const chosenPlans = plansServing(catalog, chosen, id);
      const because = onlyOther ? ` (this config only sets up ${chosen})` : alt.length && chosenPlans ? ` (${chosenPlans})` : "";
      const write = `Write "${to}"${because}${alt.length ? `, or ${alt.join(" or ")}` : ""}.`;
      const why = "OpenClaw resolves a model id without a provider through a deprecated fallback (an alias, then a configured provider that lists the id, then its built-in default provider), which may not reach Qwen.";
      const suggestions = [to, ...alternatives.map((o) => `${o}/${id}`)].map((r) => replaceRef(ctx, site, r)).filter((f): f is Fix => f !== undefined);
      if (!site.slot.selects) {
        ctx.report({
          pointer: site.pointer,
          target: site.target,
          cap: "info",
          messageId: "bareListingKey", data: { slotField: slotField(site.slot), id, write },
          suggestions,
        });
        continue;
      }
      ctx.report({
        pointer: site.pointer,
        target: site.target,
        messageId: "bareRef", data: { id, why, write },
        fix: suggestions[0],
        suggestions: suggestions.length > 1 ? suggestions : undefined,
      });
    }
  },
});
