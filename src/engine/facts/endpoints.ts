// The endpoint (plan and region, or why it is not known) behind a provider entry or a ref.
import type { Catalog } from "../../catalog/index.js";

import type { EndpointResolution, ProviderSite } from "../facts.js";

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
  return endpoint ? { kind: "known", endpoint, raw: baseUrl, url } : { kind: "unknown", raw: baseUrl, url };
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

