// Describing catalog entries in words: one-line markdown descriptions shared by the editor schema
// (completion docs), the language server (hover) and the `catalog` subcommand, and the endpoint and plan
// phrases rule messages use.
import type { EndpointResolution } from "../engine/facts.js";
import type { Catalog } from "./index.js";
import type { Availability, ChatModel, Endpoint, PlanId, VideoModel } from "./types.js";

/** 1000000 -> "1,000,000" (without Intl, whose first use costs milliseconds at start-up). */
export const formatNumber = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const num = formatNumber;

export function availabilityText(a: Availability | undefined): "available" | "unavailable" | "lagging" {
  if (a === undefined) return "unavailable";
  return a === "available" ? "available" : a.status;
}

export function describeChatModel(provider: string, m: ChatModel, planName: (id: string) => string): string {
  const plans = Object.entries(m.availability)
    .map(([plan, a]) => {
      const s = availabilityText(a);
      return s === "available" ? planName(plan) : s === "lagging" ? `${planName(plan)} (Standard advised)` : `not ${planName(plan)}`;
    })
    .join(", ");
  const parts = [
    `**${provider}/${m.id}**`,
    m.input.join(" + "),
    `${num(m.contextWindow)} context`,
    `${num(m.maxTokens)} max output`,
    m.reasoning ? "reasoning" : undefined,
    `plans: ${plans}`,
  ].filter(Boolean);
  let text = parts.join(" · ");
  if (m.deprecated) text = `**Deprecated**: use \`${provider}/${m.deprecated.replacedBy}\`. ` + text;
  if (m.notes) text += `. ${m.notes}`;
  return text;
}

export function describeVideoModel(provider: string, m: VideoModel, defaultId: string): string {
  const r = m.references;
  const kinds = r.maxVideos === 0 ? "image" : "image or video";
  const count = r.min === r.max ? `${r.max} remote ${kinds} reference${r.max === 1 ? "" : "s"}` : `${r.min}-${r.max} remote ${kinds} references`;
  const refs = r.max === 0 ? "no references" : `${count}${r.maxVideos > 0 && r.maxVideos < r.max ? ` (at most ${r.maxVideos} videos)` : ""}`;
  const d = m.durations;
  return [
    `**${provider}/${m.id}**${m.id === defaultId ? " (default)" : ""}`,
    m.modes.join(", "),
    refs,
    `${d[0]}-${d[d.length - 1]} s`,
    "Standard endpoint only",
  ].join(" · ") + (m.notes ? `. ${m.notes}` : "");
}

export function describeEndpoint(e: Endpoint, tables: { plans: readonly { id: string; name: string }[]; regions: readonly { id: string; name: string }[] }): string {
  const plan = tables.plans.find((p) => p.id === e.plan)?.name ?? e.plan;
  const region = tables.regions.find((r) => r.id === e.region)?.name ?? e.region;
  return `**${plan}, ${region}**${e.regionDetail ? ` (${e.regionDetail})` : ""}: auth choice \`${e.authChoice}\``;
}

/** "text", "text and image": a catalog input list for prose. */
export const inputList = (kinds: readonly string[]): string => (kinds.length <= 1 ? kinds.join("") : `${kinds.slice(0, -1).join(", ")} and ${kinds[kinds.length - 1]}`);

const hostOf = (e: Endpoint) => new URL(e.baseUrl).host;

/** "Standard China" */
export const endpointName = (catalog: Catalog, e: Endpoint) => `${catalog.planName(e.plan)} ${catalog.regionName(e.region)}`;

/**
 * Where a resolution sends requests: "the Coding Plan Global endpoint (coding-intl.dashscope.aliyuncs.com)",
 * saying so when it is the built-in default.
 */
export function wherePhrase(catalog: Catalog, r: EndpointResolution, providerId: string): string | undefined {
  if (r.kind === "known") return `the ${catalog.endpointLabel(r.endpoint)}`;
  if (r.kind === "default") return `the ${endpointName(catalog, r.endpoint)} endpoint (${hostOf(r.endpoint)}, the default when models.providers.${providerId}.baseUrl is not set)`;
  return undefined;
}

/**
 * "the Coding Plan endpoint (coding-intl.dashscope.aliyuncs.com)", plus why it applies when no baseUrl
 * is set (the default surprises people): for messages that name the plan, not the region.
 */
export function endpointWhere(catalog: Catalog, r: EndpointResolution, providerId: string): string {
  if (r.kind !== "known" && r.kind !== "default") return "its endpoint";
  const base = `the ${catalog.planName(r.endpoint.plan)} endpoint (${hostOf(r.endpoint)})`;
  if (r.kind !== "default") return base;
  const owner = catalog.canonicalProvider(providerId)?.id ?? providerId;
  return `${base}, which OpenClaw uses when models.providers.${owner}.baseUrl is not set`;
}

/** "Coding Plan Global https://…, Coding Plan China https://…" for the plans a provider serves. */
export function endpointList(catalog: Catalog, plans: readonly PlanId[]): string {
  return plans
    .flatMap((p) => catalog.endpointsForPlan(p))
    .map((e) => `${endpointName(catalog, e)} ${e.baseUrl}`)
    .join(", ");
}
