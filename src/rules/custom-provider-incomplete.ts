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
      incompleteCustomProvider: "{{head}} {{advice}}",
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

      const what = missing.join(" and ");
      const head = `${configPath(ctx.config, p.pointer)} has no ${what}; OpenClaw rejects the config because "${p.id}" is not a built-in provider, and custom providers must declare both baseUrl and models.`;
      let advice: string;
      let suggestions: Fix[] = [];
      if (info?.aliasOf) {
        advice = `Use the built-in id ${info.aliasOf} instead (${switchTo(ctx, info.aliasOf)}; it needs neither)${refsNote(ctx, p.id, info.aliasOf)}, or keep ${p.id} and add ${additions(catalog, missing, info.aliasOf)}.`;
        suggestions = renameTo(ctx, p, info.aliasOf);
      } else if (info) {
        const row = rowExample(catalog, info);
        advice = info.defaultBaseUrl
          ? `The ${p.id} plugin already knows its endpoint (${info.defaultBaseUrl}): delete this entry to use it, or add ${additions(catalog, missing, p.id, row)} to keep a custom one.`
          : `Add ${additions(catalog, missing, p.id, row)}.`;
      } else if (endpoint) {
        const builtIn = catalog.providers.find((x) => x.status === "canonical" && x.role === "chat" && x.plans?.includes(endpoint.plan))!;
        advice = `Its baseUrl is the ${catalog.endpointLabel(endpoint)}: use the built-in ${builtIn.id} provider instead (${switchTo(ctx, builtIn.id)}; it needs no models list)${refsNote(ctx, p.id, builtIn.id)}, or add ${additions(catalog, missing, builtIn.id)}.`;
        suggestions = renameTo(ctx, p, builtIn.id);
      } else if (!near) {
        // Not Qwen's: another vendor's id misspelt, or the user's own server.
        // With a baseUrl of its own, a near-miss id is more likely the user's provider than a typo.
        const builtIn = p.entry.baseUrl === undefined ? didYouMean(p.id, OVERLAYS)[0] : undefined;
        const add = missing.map((k) => (k === "baseUrl" ? 'baseUrl: "<your server\'s URL>"' : 'models: [{ id: "<model id>", name: "<name>" }]')).join(" and ");
        advice = builtIn ? `Did you mean the built-in "${builtIn}" (it needs neither)? For a provider of your own, add ${add}.` : `Add ${add} listing what your server serves.`;
        if (builtIn) suggestions = renameTo(ctx, p, builtIn);
      } else {
        const target = catalog.provider(near!)!;
        const own = p.endpoint.kind === "unknown" && p.endpoint.url ? p.endpoint.url.host : undefined;
        // A near-miss id on someone's own server is more likely a custom provider than a typo.
        advice = own
          ? `If you meant "${near}", rename the key; if ${own} is your own server, add models: [{ id: "<model id>", name: "<name>" }] listing the models it serves.`
          : `Did you mean "${near}"?${target.overlay ? ` ${near} is built in and needs neither.` : ""}`;
        suggestions = renameTo(ctx, p, near!);
      }
      ctx.report({ pointer: p.pointer, target: "key", messageId: "incompleteCustomProvider", data: { head, advice }, suggestions });
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
