// The endpoint (plan and region, or why it is not known) behind a provider entry or a ref.
import type { Catalog } from "../../catalog/index.js";

import type { EndpointResolution, Ownership, ProviderSite, QwenTarget } from "../facts.js";

/**
 * The endpoint a baseUrl names. Any provider id gets one, custom ids included: the host decides the
 * plan (`models.providers.bailian.baseUrl` on a Coding Plan host is a Coding Plan endpoint). Without a
 * baseUrl, Qwen ids use the plugin's default endpoint and other ids have none.
 */
export function resolveBaseUrl(baseUrl: string | undefined, catalog: Catalog, providerId: string): EndpointResolution {
  if (baseUrl === undefined) return defaultEndpoint(catalog, providerId);
  if (/\$\{[A-Z_][A-Z0-9_]*\}/.test(baseUrl)) return { kind: "dynamic", raw: baseUrl };
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return { kind: "unknown", raw: baseUrl };
  }
  const endpoint = catalog.endpointForHost(url.hostname);
  if (endpoint) return { kind: "known", endpoint, raw: baseUrl, url };
  // A host of a plan beyond the listed endpoints (token-plan.<any region>.maas...): the plan is known.
  const plan = catalog.planForHost(url.hostname);
  return plan ? { kind: "unknown", raw: baseUrl, url, plan } : { kind: "unknown", raw: baseUrl, url };
}

/**
 * The Qwen catalog and plan a provider id's requests meet (ConfigFacts.qwenTarget). The plugin's ids
 * read their plan from their endpoint; any other id with a models.providers entry whose baseUrl is on
 * a DashScope host (custom ids such as bailian, aliyun, a taken-over alias, the legacy Token Plan id)
 * gets the host's plan and the catalog of the Qwen provider that serves that plan.
 */
export function qwenTarget(catalog: Catalog, owner: Ownership, endpoint: EndpointResolution): QwenTarget | undefined {
  const plan = endpoint.kind === "known" || endpoint.kind === "default" ? endpoint.endpoint.plan : endpoint.kind === "unknown" ? endpoint.plan : undefined;
  const known = endpoint.kind === "known" || endpoint.kind === "default" ? endpoint.endpoint : undefined;
  const canonical = owner.canonical?.role === "chat" ? owner.canonical : undefined;
  if (owner.by === "plugin" && owner.via !== "legacy" && canonical) {
    return plan ? { by: "plugin", provider: owner.id, chat: canonical, plan, endpoint: known, resolution: endpoint, entry: owner.entry } : undefined;
  }
  // Only an entry's own baseUrl on a DashScope host makes a custom id (or the legacy Token Plan id, which
  // the plugin only wraps) a Qwen endpoint; ids another plugin serves (alibaba's video) are not.
  const custom = owner.by === "custom" || (owner.by === "plugin" && owner.via === "legacy");
  if (!custom || !owner.entry || owner.entry.baseUrl === undefined || !plan) return undefined;
  const chat = catalog.providers.find((p) => p.status === "canonical" && p.role === "chat" && p.plans?.includes(plan));
  return chat ? { by: "host", provider: owner.id, chat, plan, endpoint: known, resolution: endpoint, entry: owner.entry } : undefined;
}

/** Where a Qwen chat provider id sends requests when no baseUrl is configured; `none` for other ids. */
export function defaultEndpoint(catalog: Catalog, providerId: string): EndpointResolution {
  const info = catalog.canonicalProvider(providerId);
  if (!info || info.role !== "chat") return { kind: "none" };
  const id = info.plans?.includes("token") ? catalog.defaults.tokenPlanChat : catalog.defaults.chat;
  return { kind: "default", endpoint: catalog.endpoint(id)! };
}

/**
 * Endpoint a ref's chat request goes to: its own entry's baseUrl (OpenClaw reads the entry of the ref's
 * own id), else the first entry among the provider's `baseUrlFrom` ids that has one (the plugin's
 * configured base URL), else the default.
 */
export function chatEndpoint(catalog: Catalog, providers: readonly ProviderSite[], own: ProviderSite | undefined, providerId: string): EndpointResolution {
  if (own?.baseUrl !== undefined) return own.endpoint;
  const from = catalog.canonicalProvider(providerId)?.baseUrlFrom;
  if (from) {
    const wanted = new Set(from.map((i) => i.toLowerCase()));
    const shared = providers.find((p) => wanted.has(p.id.trim().toLowerCase()) && p.baseUrl !== undefined);
    if (shared) return shared.endpoint;
  }
  return defaultEndpoint(catalog, providerId);
}

/** Endpoint Qwen media understanding and Wan video use: models.providers.<media provider>.baseUrl (exact id), else the default. */
export function mediaEndpoint(catalog: Catalog, providers: readonly ProviderSite[], kind: "video" | "media-understanding"): EndpointResolution {
  const q = providers.find((p) => p.id === catalog.mediaUnderstanding.provider);
  if (q?.baseUrl !== undefined) return q.endpoint;
  return { kind: "default", endpoint: catalog.endpoint(kind === "video" ? catalog.defaults.videoGeneration : catalog.defaults.mediaUnderstanding)! };
}

