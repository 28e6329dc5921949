import type { ProviderInfo } from "../catalog/types.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";

import { isObject } from "../engine/json.js";

export default defineRule({
  meta: {
    id: "qwen-portal-removed",
    severity: "error",
    category: "legacy",
    description: "Removed Qwen Portal OAuth providers, hosts, refs and auth profiles.",
    fixable: false,
    messages: {
      removedProviderEntry: "models.providers.{{id}} is a removed provider: {{why}}. Remove this entry; for Qwen, {{remedy}}.",
      removedHost: "{{host}} is no longer served: {{note}}. Point models.providers.{{id}} at a Qwen Cloud endpoint (e.g. {{standIn}}) or remove it; for Qwen, {{remedy}}.",
      refToRemovedProvider: `"{{raw}}" uses the removed provider "{{provider}}": {{why}}. {{sentence}} instead; {{remedy}}.`,
      removedProviderProfile: `Auth profile "{{id}}" belongs to the removed provider "{{provider}}"{{login}}: {{why}}. Remove the profile; {{remedy}}{{replacement}}.`,
      removedProviderAuthOrder: `auth.order.{{id}} orders profiles of the removed provider "{{id}}": {{why}}. Remove it{{detail}}.`,
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const removedProvider = (id: string): ProviderInfo | undefined => {
      const p = catalog.provider(id);
      return p?.status === "removed" ? p : undefined;
    };
    const why = (p: ProviderInfo) => p.note ?? `the ${p.id} provider was removed`;
    // What replaces it: install the replacement's plugin, onboard with an API key of the default endpoint.
    const remedy = (replacedBy: string | undefined) => {
      const r = replacedBy ? catalog.provider(replacedBy) : undefined;
      const choice = catalog.endpoint(catalog.defaults.chat)?.authChoice;
      const install = r?.pluginPackage ? `install the Qwen plugin (openclaw plugins install ${r.pluginPackage}) and ` : "";
      return `${install}onboard with a Qwen Cloud API key: openclaw onboard --auth-choice ${choice}`;
    };
    const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

    for (const site of facts.providers) {
      const gone = removedProvider(site.id);
      if (gone) {
        ctx.report({
          pointer: site.pointer,
          target: "key",
          messageId: "removedProviderEntry", data: { id: site.id, why: why(gone), remedy: remedy(gone.replacedBy) },
        });
        continue;
      }
      const url = site.endpoint.kind === "unknown" ? site.endpoint.url : undefined;
      const host = url && catalog.removedHosts.find((h) => h.host === url.hostname.toLowerCase().replace(/\.+$/, ""));
      if (host) {
        const standIn = catalog.endpoint(catalog.defaults.chat)?.baseUrl;
        ctx.report({
          pointer: joinPointer(site.pointer, "baseUrl"),
          messageId: "removedHost", data: { host: host.host, note: host.note, id: site.id, standIn, remedy: remedy(host.replacedBy) },
        });
      }
    }

    for (const r of facts.refs) {
      if (!r.ref) continue;
      const gone = removedProvider(r.ref.providerId);
      if (!gone) continue;
      const replacement =
        catalog.retiredModel(r.ref.providerId, r.ref.model)?.replacedBy ??
        // The Portal ids name one service: a retired model listed under one of them applies to all.
        catalog.retired.find((m) => m.id === r.ref!.model && removedProvider(m.provider)?.replacedBy === gone.replacedBy)?.replacedBy ??
        (gone.replacedBy && catalog.chatModel(gone.replacedBy, r.ref.model) ? `${gone.replacedBy}/${r.ref.model}` : undefined);
      const fallback = gone.replacedBy ? catalog.chatCatalogFor(gone.replacedBy)?.defaultModel : undefined;
      const use = replacement ? `use "${replacement}"` : fallback ? `use a ${gone.replacedBy} model such as "${gone.replacedBy}/${fallback}"` : `use a current provider`;
      ctx.report({
        pointer: r.pointer,
        target: r.target,
        cap: r.slot.selects ? undefined : "info",
        messageId: "refToRemovedProvider", data: { raw: r.raw, provider: r.ref.provider, why: why(gone), sentence: sentence(use), remedy: remedy(gone.replacedBy) },
      });
    }

    const auth = isObject(ctx.config) && isObject(ctx.config.auth) ? ctx.config.auth : undefined;
    if (isObject(auth?.profiles))
      for (const [id, profile] of Object.entries(auth.profiles)) {
        if (!isObject(profile) || typeof profile.provider !== "string") continue;
        const gone = removedProvider(profile.provider);
        if (!gone) continue;
        const login = profile.mode === "oauth" ? " (an OAuth login)" : "";
        const replacement = gone.replacedBy ? `, which writes auth.profiles["${gone.replacedBy}:default"]` : "";
        ctx.report({
          pointer: joinPointer("/auth/profiles", id, "provider"),
          messageId: "removedProviderProfile", data: { id, provider: profile.provider, login, why: why(gone), remedy: remedy(gone.replacedBy), replacement },
        });
      }
    if (isObject(auth?.order))
      for (const id of Object.keys(auth.order)) {
        const gone = removedProvider(id);
        if (!gone) continue;
        ctx.report({
          pointer: joinPointer("/auth/order", id),
          target: "key",
          messageId: "removedProviderAuthOrder", data: { id, why: why(gone), detail: gone.replacedBy ? `; after onboarding, auth.order.${gone.replacedBy} orders the new profiles if you need an order` : "" },
        });
      }
  },
});
