// Whether the Qwen plugin loads, with every setting that stops it. Mirrors OpenClaw's
// normalizePluginsConfig + resolvePluginActivationDecisionShared (dist config-state /
// config-normalization-shared): ids in allow/deny and entry keys are trimmed and lower-cased;
// entries whose keys normalise to the same id merge, the last boolean `enabled` winning; the first
// cause in the order enabled -> deny -> entries.<id>.enabled -> allow decides.
import { isObject } from "../json.js";
import { joinPointer } from "../pointer.js";
import type { PluginBlock, PluginState } from "../facts.js";

const norm = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : "");

export function pluginState(root: Record<string, unknown>, plugin: string): PluginState {
  const plugins = isObject(root.plugins) ? root.plugins : undefined;
  if (!plugins) return { plugin, entries: [], causes: [] };
  const q = JSON.stringify(plugin);
  const causes: PluginBlock[] = [];
  if (plugins.enabled === false)
    causes.push({ pointer: "/plugins/enabled", setting: "enabled", reason: "plugins.enabled is false, so no plugin loads", fix: "Set plugins.enabled to true", flip: true });
  if (Array.isArray(plugins.deny))
    plugins.deny.forEach((d, i) => {
      if (norm(d) === plugin)
        causes.push({ pointer: joinPointer("/plugins/deny", i), setting: "deny", reason: `plugins.deny lists ${q}, so the plugin does not load`, fix: `Remove ${JSON.stringify(d)} from plugins.deny` });
    });
  const entries = (isObject(plugins.entries) ? Object.entries(plugins.entries) : [])
    .filter(([k]) => norm(k) === plugin)
    .map(([key, value]) => ({ key, pointer: joinPointer("/plugins/entries", key), value: isObject(value) ? value : {} }));
  const lastBool = entries.filter((e) => typeof e.value.enabled === "boolean").pop();
  if (lastBool?.value.enabled === false) {
    const path = `plugins.entries.${lastBool.key}.enabled`;
    causes.push({ pointer: joinPointer(lastBool.pointer, "enabled"), setting: "entry", reason: `${path} is false`, fix: `Set ${path} to true`, flip: true });
  }
  const allow = Array.isArray(plugins.allow) ? plugins.allow.map(norm).filter(Boolean) : [];
  if (allow.length > 0 && !allow.includes(plugin))
    causes.push({ pointer: "/plugins/allow", setting: "allow", reason: `plugins.allow is a non-empty allow list without ${q}, so the plugin does not load`, fix: `Add ${q} to plugins.allow` });
  return { plugin, entries, causes, blocked: causes[0] };
}
