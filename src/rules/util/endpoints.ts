// Endpoint and key reasoning shared by rules: the models.providers entries the Qwen plugin serves
// (facts.owner), same-region alternatives, removed hosts, region spellings, which literal key a provider
// really uses (facts.keySources) and what a key's shape says about its plan. Wording lives in
// catalog/describe.ts.
import type { Catalog, Endpoint, Plan, PlanId, ProviderInfo, RegionId } from "../../catalog/index.js";
import { servedChat, type EndpointResolution, type ProviderSite } from "../../engine/facts.js";
import { splitPointer } from "../../engine/pointer.js";
import { isLiteralSecret } from "../../engine/secrets.js";
import type { RuleContext } from "../../engine/rule.js";


export interface QwenProvider {
  site: ProviderSite;
  /** The id as the catalog knows it (alias, legacy or canonical). */
  info: ProviderInfo;
  /** The chat provider it stands for (`qwen` or `qwen-token-plan`). */
  canonical: ProviderInfo;
  /** `api` set to something other than openai-completions: the entry is someone else's transport. */
  foreignApi: boolean;
}

/**
 * The Qwen chat provider whose endpoints an id talks to, when the plugin serves it (facts.owner):
 * canonical ids, their aliases and the legacy Token Plan id (unlike util/models.ts qwenChatProvider,
 * which judges catalogs and leaves legacy ids out).
 */
export const qwenEndpointProvider = (ctx: RuleContext, id: string): ProviderInfo | undefined => servedChat(ctx.facts.owner(id), { legacy: true });

/** models.providers entries the Qwen plugin serves (an alias entry a custom provider took over is left out). */
export function qwenProviders(ctx: RuleContext): QwenProvider[] {
  const out: QwenProvider[] = [];
  for (const site of ctx.facts.providers) {
    const o = ctx.facts.owner(site.id);
    const canonical = servedChat(o, { legacy: true });
    if (canonical && o.info) out.push({ site, info: o.info, canonical, foreignApi: o.foreignApi });
  }
  return out;
}

/** Endpoints of the given plans in one region (the same-region alternatives). */
export function siblings(catalog: Catalog, region: RegionId, plans: readonly PlanId[]): Endpoint[] {
  return plans.map((p) => catalog.endpoints.find((e) => e.plan === p && e.region === region)).filter((e): e is Endpoint => !!e);
}

export function isRemovedHost(catalog: Catalog, url: URL | undefined): boolean {
  if (!url) return false;
  const host = url.hostname.toLowerCase().replace(/\.+$/, "");
  return catalog.removedHosts.some((h) => h.host === host);
}

/** The canonical provider that serves a plan (e.g. the Token Plan provider). */
export function providerForPlan(catalog: Catalog, plan: PlanId): ProviderInfo | undefined {
  return catalog.providers.find((p) => p.status === "canonical" && p.role === "chat" && p.plans?.includes(plan));
}

// Region spellings people write into `region` (cloud region codes, country names, the portal's words).
const REGION_SPELLINGS: Record<RegionId, RegExp> = {
  cn: /^(cn|china|chinese|mainland|mainland-china|prc|zh|zh-cn|domestic|beijing|hangzhou|shanghai|shenzhen|cn-[a-z0-9-]+)$/,
  global: /^(global|intl|international|overseas|world|worldwide|sg|sgp|singapore|ap-southeast-1|intl-sg)$/,
};

/** The catalog region a free-text region value means, when it clearly means one. */
export function regionFromText(catalog: Catalog, value: string): RegionId | undefined {
  const v = value.trim().toLowerCase().replace(/[\s_]+/g, "-");
  for (const r of catalog.regions) if (v === r.id || v === r.name.toLowerCase()) return r.id;
  for (const r of catalog.regions) if (REGION_SPELLINGS[r.id]?.test(v)) return r.id;
  return undefined;
}

/** Whether a key's shape fits a plan: subscription plans have a prefix, pay-as-you-go keys lack every such prefix. */
export function keyFitsPlan(catalog: Catalog, key: string, plan: Plan): boolean {
  const k = key.trim();
  if (plan.keyPrefix) return k.startsWith(plan.keyPrefix);
  return !catalog.plans.some((p) => p.keyPrefix && k.startsWith(p.keyPrefix));
}

export interface LiteralKey {
  pointer: string;
  /** Dotted path for messages: `models.providers.qwen.apiKey`, `env.vars.QWEN_API_KEY`. */
  path: string;
  value: string;
}

/**
 * A literal that has the shape of a provider API key (`sk-…`). OpenClaw reads env var names and auth
 * markers written as apiKey (`QWEN_API_KEY`, `oauth:…`) as references, so those are not keys.
 */
export const keyShaped = (v: string) => isLiteralSecret(v) && /^[a-z]{2,}-[A-Za-z0-9_-]{8,}$/.test(v.trim());

/** A provider id is in use when a ref selects it or models.providers declares it. */
function inUse(ctx: RuleContext, canonical: ProviderInfo): boolean {
  const { facts, catalog } = ctx;
  const mine = (id: string) => catalog.canonicalProvider(id)?.id === canonical.id && catalog.provider(id)?.status !== "removed";
  return facts.providers.some((p) => mine(p.id)) || facts.refs.some((r) => r.ref && r.slot.selects && mine(r.ref.providerId));
}

/**
 * The literal key the config hands to a Qwen provider id (facts.keySources): its own apiKey, or (for the
 * canonical id, when no apiKey is configured for it) `env.vars.<the provider's preferred env var>`.
 * Compatibility env vars are left out: a preferred one set outside the config would shadow them.
 */
export function literalKeyOf(ctx: RuleContext, providerId: string): LiteralKey | undefined {
  const { facts } = ctx;
  const canonical = qwenEndpointProvider(ctx, providerId);
  if (!canonical) return undefined;
  const own = facts.providerSite(providerId);
  const sources = facts.keySources(providerId);
  const first = sources[0];
  if (own && "apiKey" in own.entry) return first?.kind === "literal" && keyShaped(first.value) ? { pointer: first.pointer, path: first.path, value: first.value } : undefined;
  if (facts.owner(providerId).via !== "canonical" || !inUse(ctx, canonical)) return undefined;
  const preferred = sources.find((s) => s.kind === "env-vars" && s.name === canonical.env?.[0]);
  return preferred?.kind === "env-vars" && preferred.value !== undefined && keyShaped(preferred.value) ? { pointer: preferred.pointer, path: preferred.path, value: preferred.value } : undefined;
}

/** `/hooks/mappings/0/model` -> `hooks.mappings[0].model`, for messages. */
export function dottedPath(pointer: string): string {
  return splitPointer(pointer)
    .map((seg, i) => (/^\d+$/.test(seg) ? `[${seg}]` : (i ? "." : "") + seg))
    .join("");
}

/** Same endpoint (plan and region, or the same unresolved text) for two resolutions. */
export function sameEndpoint(a: EndpointResolution, b: EndpointResolution): boolean {
  const id = (r: EndpointResolution) => (r.kind === "default" || r.kind === "known" ? `endpoint:${r.endpoint.id}` : r.kind === "none" ? "none" : `raw:${r.raw}`);
  return id(a) === id(b);
}

/** The endpoint a resolution names, when it is one of the catalog's. */
export const knownEndpoint = (r: EndpointResolution): Endpoint | undefined => (r.kind === "known" || r.kind === "default" ? r.endpoint : undefined);
