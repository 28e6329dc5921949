import { fix, replaceValueText } from "../engine/edits.js";
import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "plugin-disabled",
    severity: "error",
    category: "plugin",
    description: "Qwen model refs while the Qwen plugin is denied, disabled or missing from a non-empty allow list.",
    fixable: false,
    messages: {
      pluginBlocked: "{{reason}}: the {{plugin}} plugin ({{pkg}}) serves {{detail}}, which will not resolve: {{named}}. {{fix}}.",
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const { plugin, causes } = facts.plugin;
    if (!causes.length) return;
    const pkg = catalog.providers.find((p) => p.plugin === plugin && p.pluginPackage)?.pluginPackage ?? plugin;
    /** Refs the plugin serves through its own ids or aliases (facts.owner); the legacy id's custom entry works without it. */
    const served = (id: string) => {
      const o = facts.owner(id);
      return o.by === "plugin" && o.plugin === plugin && o.via !== "legacy";
    };
    const uses: string[] = [];
    for (const site of facts.refs) if (site.ref && site.slot.selects && served(site.ref.providerId)) uses.push(`${site.raw} (${site.slot.path})`);
    for (const m of facts.mediaTools) if (served(m.provider)) uses.push(`${m.provider}${m.model ? "/" + m.model : ""} (tools.media.models)`);
    if (!uses.length) return;
    const named = uses.length > 3 ? `${uses.slice(0, 3).join(", ")} and ${uses.length - 3} more` : uses.join(", ");
    // Every cause, so one run shows everything to change.
    for (const c of causes) {
      const at = c.flip ? ctx.locate(c.pointer) : undefined;
      ctx.report({
        pointer: c.pointer,
        messageId: "pluginBlocked", data: { reason: c.reason, plugin, pkg, detail: uses.length === 1 ? "this Qwen model ref" : `these ${uses.length} Qwen model refs`, named, fix: c.fix },
        suggestions: at ? [fix(c.fix, replaceValueText(at, "true"))].filter((f) => f !== undefined) : undefined,
      });
    }
  },
});
