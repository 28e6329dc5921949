import { fix, replaceValueText } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { isObject } from "./util/secrets.js";

interface Cause {
  pointer: string;
  reason: string;
  fix: string;
  /** The boolean to flip, for a suggestion. */
  flip?: boolean;
}

/**
 * Every setting that keeps a plugin from loading. facts.plugin.blocked names the first one; all are
 * listed here so one run shows everything to change.
 */
function causes(config: Record<string, unknown>, plugin: string): Cause[] {
  const plugins = isObject(config.plugins) ? config.plugins : undefined;
  if (!plugins) return [];
  const out: Cause[] = [];
  const q = JSON.stringify(plugin);
  if (plugins.enabled === false) out.push({ pointer: "/plugins/enabled", reason: "plugins.enabled is false, so no plugin loads", fix: "Set plugins.enabled to true", flip: true });
  if (Array.isArray(plugins.deny))
    plugins.deny.forEach((d, i) => {
      if (typeof d === "string" && d.trim().toLowerCase() === plugin)
        out.push({ pointer: joinPointer("/plugins/deny", i), reason: `plugins.deny lists ${q}, so the plugin does not load`, fix: `Remove ${JSON.stringify(d)} from plugins.deny` });
    });
  if (Array.isArray(plugins.allow) && plugins.allow.length > 0 && !plugins.allow.some((a) => typeof a === "string" && a.trim().toLowerCase() === plugin))
    out.push({ pointer: "/plugins/allow", reason: `plugins.allow is a non-empty allow list without ${q}, so the plugin does not load`, fix: `Add ${q} to plugins.allow` });
  const entry = isObject(plugins.entries) && isObject(plugins.entries[plugin]) ? plugins.entries[plugin] : undefined;
  if (entry && entry.enabled === false)
    out.push({ pointer: joinPointer("/plugins/entries", plugin, "enabled"), reason: `plugins.entries.${plugin}.enabled is false`, fix: `Set plugins.entries.${plugin}.enabled to true`, flip: true });
  return out;
}

export default defineRule({
  meta: {
    id: "plugin-disabled",
    severity: "error",
    category: "plugin",
    description: "Qwen model refs while the Qwen plugin is denied, disabled or missing from a non-empty allow list.",
    fixable: false,
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    if (!facts.plugin.blocked) return;
    /** The plugin serving a provider id, for ids that plugin owns (not legacy or removed ids). */
    const pluginOf = (id: string) => {
      const status = catalog.provider(id)?.status;
      return status === "canonical" || status === "alias" ? catalog.canonicalProvider(id)?.plugin : undefined;
    };
    const owner = catalog.providers.find((p) => p.status === "canonical" && p.role === "chat" && p.plugin);
    const plugin = owner?.plugin;
    if (!plugin) return;
    const uses: string[] = [];
    for (const site of facts.refs) {
      if (!site.ref || !site.slot.selects || pluginOf(site.ref.providerId) !== plugin) continue;
      // A custom entry under an alias with another api takes those refs away from the plugin.
      const own = facts.providerSite(site.ref.provider);
      if (own && typeof own.entry.api === "string" && own.entry.api !== "openai-completions" && catalog.provider(site.ref.providerId)?.customEntryOwnsRefs === true) continue;
      uses.push(`${site.raw} (${site.slot.path})`);
    }
    for (const m of facts.mediaTools) if (pluginOf(m.provider) === plugin) uses.push(`${m.provider}${m.model ? "/" + m.model : ""} (tools.media.models)`);
    if (!uses.length) return;
    const named = uses.length > 3 ? `${uses.slice(0, 3).join(", ")} and ${uses.length - 3} more` : uses.join(", ");
    for (const c of causes(ctx.config as Record<string, unknown>, plugin)) {
      const at = c.flip ? ctx.locate(c.pointer) : undefined;
      ctx.report({
        pointer: c.pointer,
        message: `${c.reason}: the ${plugin} plugin (${owner.pluginPackage ?? plugin}) serves ${uses.length === 1 ? "this Qwen model ref" : `these ${uses.length} Qwen model refs`}, which will not resolve: ${named}. ${c.fix}.`,
        suggestions: at ? [fix(c.fix, replaceValueText(at, "true"))].filter((f) => f !== undefined) : undefined,
      });
    }
  },
});
