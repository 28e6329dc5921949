import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";

/** "a, b, c" for the first `max` items, then "and N more". */
const listSome = (items: string[], max = 3) => (items.length > max ? `${items.slice(0, max).join(", ")} and ${items.length - max} more` : items.join(", "));

export default defineRule({
  meta: {
    id: "modelstudio-override",
    severity: "warning",
    category: "legacy",
    description: "A custom models.providers.modelstudio entry that takes modelstudio/ refs away from Qwen.",
    fixable: false,
    messages: {
      takesOverRefs:
        `models.providers.{{entry}} sets api "{{api}}", so this custom entry owns every {{alias}}/... ref instead of the {{plugin}} plugin's alias: it takes over {{refs}}. Rename the refs to {{plugin}}/... and remove models.providers.{{entry}} (a custom endpoint belongs under models.providers.{{plugin}}); if this entry is a separate, non-Qwen service, give it its own provider id.`,
      ownsFutureRefs:
        `models.providers.{{entry}} sets api "{{api}}", so this custom entry owns every {{alias}}/... ref instead of the {{plugin}} plugin's alias; no ref uses {{alias}}/ yet, but any that OpenClaw or you add later would go to this entry. Rename the refs to {{plugin}}/... and remove models.providers.{{entry}} (a custom endpoint belongs under models.providers.{{plugin}}); if this entry is a separate, non-Qwen service, give it its own provider id.`,
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    // Aliases whose entry the plugin also reads as its own configuration (baseUrlFrom: the plugin documents
    // it for modelstudio): a custom service there is a trap. Other aliases taken over are plain custom ids.
    const shared = new Set(catalog.providers.flatMap((p) => p.baseUrlFrom ?? []));
    for (const info of catalog.providers) {
      if (info.status !== "alias" || !info.aliasOf || !shared.has(info.id)) continue;
      const o = facts.owner(info.id);
      const site = o.entry;
      if (o.by !== "custom" || !site) continue;
      const api = site.entry.api as string;

      const own = (provider: string) => provider.toLowerCase() === info.id;
      const refs = facts.refs.filter((r) => r.ref && own(r.ref.provider));
      const selecting = refs.filter((r) => r.slot.selects);
      const listing = refs.filter((r) => !r.slot.selects);
      const media = facts.mediaTools.filter((m) => own(m.provider));
      const where = [...new Set([...selecting.map((r) => r.slot.path), ...media.map(() => "tools.media.models")])];
      const parts: string[] = [];
      if (selecting.length + media.length)
        parts.push(`${selecting.length + media.length} model ref${selecting.length + media.length > 1 ? "s" : ""} (${listSome(where)})`);
      if (listing.length) parts.push(`${listing.length} ${[...new Set(listing.map((r) => r.slot.path))].join("/")} key${listing.length > 1 ? "s" : ""}`);

      ctx.report({
        pointer: joinPointer(site.pointer, "api"),
        // Nothing routes through it yet: only future refs (onboarding writes modelstudio/ listing keys) are at stake.
        severity: parts.length ? undefined : "info",
        messageId: parts.length ? "takesOverRefs" : "ownsFutureRefs",
        data: { entry: site.id, api, alias: info.id, plugin: info.aliasOf, refs: parts.join(" and ") },
      });
    }
  },
});
