import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import type { RegionId } from "../catalog/types.js";
import { isObject } from "../engine/json.js";

const REGION_WORDS: [RegExp, RegionId][] = [
  [/^(cn|china|zh|zh-cn|prc|mainland|beijing|cn-beijing|hangzhou|cn-hangzhou)$/i, "cn"],
  [/^(intl|international|global|overseas|world|sg|singapore|ap-southeast-1|us|eu)$/i, "global"],
];

export default defineRule({
  meta: {
    id: "plugin-config-not-empty",
    severity: "error",
    category: "plugin",
    description: "Keys under plugins.entries.qwen.config; the Qwen plugin takes no config.",
    fixable: false,
    messages: {
      keyNotAllowed: "{{base}}.{{key}} is not allowed: the {{plugin}} plugin's config schema is empty and strict, so OpenClaw rejects every key here once the plugin is loaded. Remove it. {{advice}}",
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const { plugin } = facts.plugin;
    const owner = catalog.providers.find((p) => p.status === "canonical" && p.role === "chat" && p.plugin === plugin);
    if (!owner) return;
    // OpenClaw merges entries whose keys normalise to the plugin id; the last one with a config wins.
    const entry = facts.plugin.entries.filter((e) => "config" in e.value).pop();
    if (!entry || !isObject(entry.value.config)) return;
    const provider = owner.id;
    const chat = facts.chatEndpointFor(provider);
    const current = chat.kind === "known" || chat.kind === "default" ? chat.endpoint : undefined;
    const base = `plugins.entries.${entry.key}.config`;

    for (const [key, value] of Object.entries(entry.value.config)) {
      const k = key.toLowerCase().replace(/[-_]/g, "");
      let advice: string;
      if (k === "region" || k === "location") {
        const wanted = typeof value === "string" ? REGION_WORDS.find(([re]) => re.test(value.trim()))?.[1] : undefined;
        const target = current && wanted ? catalog.endpoints.find((e) => e.plan === current.plan && e.region === wanted) : undefined;
        advice = target
          ? `The region follows the host of models.providers.${provider}.baseUrl: for ${catalog.regionName(target.region)} on the ${catalog.planName(target.plan)} use ${target.baseUrl}.`
          : `The region follows the host of models.providers.${provider}.baseUrl${current ? ` (now ${catalog.endpointLabel(current)}; the other region of that plan is ${catalog.endpoints.filter((e) => e.plan === current.plan && e.region !== current.region).map((e) => e.baseUrl).join(", ")})` : ""}.`;
      } else if (["baseurl", "endpoint", "url", "host"].includes(k)) advice = `Set models.providers.${provider}.baseUrl instead.`;
      else if (["apikey", "key", "token", "secret"].includes(k)) advice = `Give the key to models.providers.${provider}.apiKey as a SecretRef, or run openclaw onboard (it stores the key in OpenClaw's auth store).`;
      else if (["model", "defaultmodel", "models"].includes(k)) advice = `Pick models in agents.defaults.model (e.g. "${provider}/${catalog.chat.find((c) => c.provider === provider)?.defaultModel ?? "<model>"}").`;
      else if (k === "plan") advice = `The plan follows the host of models.providers.${provider}.baseUrl.`;
      else advice = `Settings for this provider live under models.providers.${provider}.`;
      ctx.report({
        pointer: joinPointer(entry.pointer, "config", key),
        target: "key",
        messageId: "keyNotAllowed", data: { base, key, plugin, advice },
      });
    }
  },
});
