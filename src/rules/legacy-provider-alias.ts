import { fix, replaceStringValue } from "../engine/edits.js";
import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "legacy-provider-alias",
    severity: "warning",
    category: "legacy",
    description: "modelstudio/, qwencloud/ or dashscope/ model refs; use qwen/.",
    fixable: true,
    messages: {
      refToAlias: `"{{raw}}" uses the compatibility alias "{{provider}}"; use "{{canonical}}" (the canonical {{aliasOf}} provider id).`,
    },
  },
  check(ctx) {
    for (const site of ctx.facts.refs) {
      if (!site.ref) continue;
      const owner = ctx.facts.owner(site.ref.providerId);
      const info = owner.info;
      if (owner.via !== "alias" || !info?.aliasOf) continue;
      // The alias's own models.providers entry routes these refs (its endpoint, its key; or another api,
      // which modelstudio-override reports): "qwen/..." would go elsewhere, so the name is deliberate.
      if (owner.pinned) continue;
      // Listing keys select nothing, and onboarding writes modelstudio/<id> next to every qwen/<id>: what
      // onboarding writes gets no finding.
      if (site.slot.kind === "listing") continue;
      const canonical = `${info.aliasOf}/${site.raw.slice(site.ref.provider.length + 1)}`;
      const at = ctx.locate(site.pointer);
      ctx.report({
        pointer: site.pointer,
        target: site.target,
        messageId: "refToAlias", data: { raw: site.raw, provider: site.ref.provider, canonical, aliasOf: info.aliasOf },
        fix: at ? fix(`Replace "${site.raw}" with "${canonical}"`, replaceStringValue(at, canonical)) : undefined,
      });
    }
  },
});
