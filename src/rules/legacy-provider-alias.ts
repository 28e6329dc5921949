import { fix, replaceStringValue } from "../engine/edits.js";
import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "legacy-provider-alias",
    severity: "warning",
    category: "legacy",
    description: "modelstudio/, qwencloud/ or dashscope/ model refs; use qwen/.",
    fixable: true,
  },
  check(ctx) {
    for (const site of ctx.facts.refs) {
      if (!site.ref) continue;
      const info = ctx.catalog.provider(site.ref.providerId);
      if (info?.status !== "alias" || !info.aliasOf) continue;
      // A custom models.providers.<alias> entry with its own api owns those refs (modelstudio-override).
      const custom = ctx.facts.providerSite(site.ref.provider);
      if (info.customEntryOwnsRefs && custom && typeof custom.entry.api === "string" && custom.entry.api !== "openai-completions") continue;
      const canonical = `${info.aliasOf}/${site.raw.slice(site.ref.provider.length + 1)}`;
      const listing = site.slot.kind === "listing";
      const at = ctx.locate(site.pointer);
      ctx.report({
        pointer: site.pointer,
        target: site.target,
        cap: listing ? "info" : undefined,
        message: listing
          ? `"${site.raw}" is a compatibility listing key that OpenClaw's onboarding writes next to "${canonical}"; it is harmless, and new entries should use "${canonical}".`
          : `"${site.raw}" uses the compatibility alias "${site.ref.provider}"; use "${canonical}" (the canonical ${info.aliasOf} provider id).`,
        fix: listing || !at ? undefined : fix(`Replace "${site.raw}" with "${canonical}"`, replaceStringValue(at, canonical)),
      });
    }
  },
});
