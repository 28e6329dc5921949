import type { Catalog, ProviderInfo } from "../catalog/index.js";
import { didYouMean } from "../engine/did-you-mean.js";
import { fix, renameKey } from "../engine/edits.js";
import type { ProviderSite } from "../engine/facts.js";
import { defineRule, type RuleContext } from "../engine/rule.js";
import type { Fix } from "../report.js";
import { PROVIDER_OVERLAY_IDS } from "../generated/openclaw.js";
import { configPath } from "./util/schema.js";

const OVERLAYS = new Set<string>(PROVIDER_OVERLAY_IDS);

export default defineRule({
  meta: {
    id: "custom-provider-incomplete",
    severity: "error",
    category: "structure",
    description: "A provider id that is not one of OpenClaw's built-in overlays and lacks baseUrl or models (typos like qwne included).",
    fixable: false,
    messages: {
      useBuiltInAlias: "{{path}} has no {{missing}}; OpenClaw rejects the config because \"{{id}}\" is not a built-in provider, and custom providers must declare both baseUrl and models. Use the built-in id {{builtIn}} instead ({{switchTo}}; it needs neither){{refsNote}}, or keep {{id}} and add {{additions}}.",
      pluginKnowsEndpoint: "{{path}} has no {{missing}}; OpenClaw rejects the config because \"{{id}}\" is not a built-in provider, and custom providers must declare both baseUrl and models. The {{id}} plugin already knows its endpoint ({{defaultBaseUrl}}): delete this entry to use it, or add {{additions}} to keep a custom one.",
      addMissing: "{{path}} has no {{missing}}; OpenClaw rejects the config because \"{{id}}\" is not a built-in provider, and custom providers must declare both baseUrl and models. Add {{additions}}.",
      qwenHost: "{{path}} has no {{missing}}; OpenClaw rejects the config because \"{{id}}\" is not a built-in provider, and custom providers must declare both baseUrl and models. Its baseUrl is the {{endpoint}}: use the built-in {{builtIn}} provider instead ({{switchTo}}; it needs no models list){{refsNote}}, or add {{additions}}.",
      builtInTypo: "{{path}} has no {{missing}}; OpenClaw rejects the config because \"{{id}}\" is not a built-in provider, and custom providers must declare both baseUrl and models. Did you mean the built-in \"{{builtIn}}\" (it needs neither)? For a provider of your own, add {{additions}}.",
      ownServer: "{{path}} has no {{missing}}; OpenClaw rejects the config because \"{{id}}\" is not a built-in provider, and custom providers must declare both baseUrl and models. Add {{additions}} listing what your server serves.",
      nearIdOwnServer:
        "{{path}} has no {{missing}}; OpenClaw rejects the config because \"{{id}}\" is not a built-in provider, and custom providers must declare both baseUrl and models. If you meant \"{{near}}\", rename the key; if {{host}} is your own server, add models: [{ id: \"<model id>\", name: \"<name>\" }] listing the models it serves.",
      nearId: "{{path}} has no {{missing}}; OpenClaw rejects the config because \"{{id}}\" is not a built-in provider, and custom providers must declare both baseUrl and models. Did you mean \"{{near}}\"?",
      nearBuiltInId: "{{path}} has no {{missing}}; OpenClaw rejects the config because \"{{id}}\" is not a built-in provider, and custom providers must declare both baseUrl and models. Did you mean \"{{near}}\"? {{near}} is built in and needs neither.",
    },
  },
  check(ctx) {
    const { catalog } = ctx;
    const qwenIds = catalog.providers.map((p) => p.id);
    for (const p of ctx.facts.providers) {
      const info = catalog.provider(p.id);
      // OpenClaw's own list decides which ids may overlay without baseUrl and models (ids compared lower-cased).
      if (OVERLAYS.has(p.id.trim().toLowerCase())) continue;
      const missing = (["baseUrl", "models"] as const).filter((k) => p.entry[k] === undefined);
      if (!missing.length) continue;
      // Removed ids and hosts (Qwen Portal): qwen-portal-removed already says to delete the entry.
      if (info?.status === "removed" || removedHost(catalog, p)) continue;
      const near = info ? undefined : didYouMean(p.id, qwenIds.filter((id) => catalog.provider(id)?.status !== "removed"))[0];
      const endpoint = p.endpoint.kind === "known" ? p.endpoint.endpoint : undefined;

      const data = { path: configPath(ctx.config, p.pointer), missing: missing.join(" and "), id: p.id };
      let say: { messageId: string; data: Record<string, unknown> };
      let suggestions: Fix[] = [];
      if (info?.aliasOf) {
        const builtIn = info.aliasOf;
        say = { messageId: "useBuiltInAlias", data: { builtIn, switchTo: switchTo(ctx, builtIn), refsNote: refsNote(ctx, p.id, builtIn), additions: additions(catalog, missing, builtIn) } };
        suggestions = renameTo(ctx, p, builtIn);
      } else if (info) {
        const more = { additions: additions(catalog, missing, p.id, rowExample(catalog, info)), defaultBaseUrl: info.defaultBaseUrl };
        say = { messageId: info.defaultBaseUrl ? "pluginKnowsEndpoint" : "addMissing", data: more };
      } else if (endpoint) {
        const builtIn = catalog.providers.find((x) => x.status === "canonical" && x.role === "chat" && x.plans?.includes(endpoint.plan))!;
        const more = { endpoint: catalog.endpointLabel(endpoint), builtIn: builtIn.id, switchTo: switchTo(ctx, builtIn.id), refsNote: refsNote(ctx, p.id, builtIn.id), additions: additions(catalog, missing, builtIn.id) };
        say = { messageId: "qwenHost", data: more };
        suggestions = renameTo(ctx, p, builtIn.id);
      } else if (!near) {
        // Not Qwen's: another vendor's id misspelt, or the user's own server.
        // With a baseUrl of its own, a near-miss id is more likely the user's provider than a typo.
        const builtIn = p.entry.baseUrl === undefined ? didYouMean(p.id, OVERLAYS)[0] : undefined;
        const add = missing.map((k) => (k === "baseUrl" ? 'baseUrl: "<your server\'s URL>"' : 'models: [{ id: "<model id>", name: "<name>" }]')).join(" and ");
        say = { messageId: builtIn ? "builtInTypo" : "ownServer", data: { builtIn, additions: add } };
        if (builtIn) suggestions = renameTo(ctx, p, builtIn);
      } else {
        const target = catalog.provider(near!)!;
        const own = p.endpoint.kind === "unknown" && p.endpoint.url ? p.endpoint.url.host : undefined;
        // A near-miss id on someone's own server is more likely a custom provider than a typo.
        say = { messageId: own ? "nearIdOwnServer" : target.overlay ? "nearBuiltInId" : "nearId", data: { near, host: own } };
        suggestions = renameTo(ctx, p, near!);
      }
      ctx.report({ pointer: p.pointer, target: "key", messageId: say.messageId, data: { ...data, ...say.data }, suggestions });
    }
  },
});

function removedHost(catalog: Catalog, p: ProviderSite): boolean {
  const url = p.endpoint.kind === "known" || p.endpoint.kind === "unknown" ? p.endpoint.url : undefined;
  return !!url && catalog.removedHosts.some((h) => h.host === url.hostname.toLowerCase().replace(/\.+$/, ""));
}

/** `models: [{ id: "qwen3.7-plus", name: "qwen3.7-plus" }]`, plus a baseUrl when that is missing too. */
function additions(catalog: Catalog, missing: readonly string[], providerId: string, row?: string): string {
  const parts: string[] = [];
  if (missing.includes("baseUrl")) {
    const info = catalog.canonicalProvider(providerId);
    const base = info?.defaultBaseUrl ?? catalog.endpoint(info?.plans?.includes("token") ? catalog.defaults.tokenPlanChat : catalog.defaults.chat)?.baseUrl;
    parts.push(`baseUrl: "${base}"`);
  }
  if (missing.includes("models")) {
    const id = row ?? catalog.chatCatalogFor(providerId)?.defaultModel;
    parts.push(id ? `models: [{ id: "${id}", name: "${id}" }]` : "a models list");
  }
  return parts.join(" and ");
}

const rowExample = (catalog: Catalog, info: ProviderInfo) => (info.role === "video" ? catalog.video.defaultModel : catalog.chatCatalogFor(info.id)?.defaultModel);

/** Renaming onto an id the config already has means merging. */
function switchTo(ctx: RuleContext, to: string): string {
  const existing = ctx.facts.providerSite(to);
  return existing ? `move its settings into the existing ${configPath(ctx.config, existing.pointer)} entry and delete this one` : `rename the key to ${to}`;
}

/** Refs written with the old id have to follow a rename. */
function refsNote(ctx: RuleContext, from: string, to: string): string {
  const n = ctx.facts.refs.filter((r) => r.ref?.providerId === from.toLowerCase()).length;
  return n ? ` and change the ${from}/... model ref${n > 1 ? "s" : ""} to ${to}/...` : "";
}

function renameTo(ctx: RuleContext, p: ProviderSite, to: string): Fix[] {
  if (ctx.facts.providerSite(to)) return [];
  const at = ctx.locate(p.pointer);
  const f = at ? fix(`Rename provider "${p.id}" to "${to}"`, renameKey(at, to)) : undefined;
  return f ? [f] : [];
}
