// Shared by the catalog rules that compare what a config says about Qwen models with the catalog:
// which provider ids are Qwen's chat providers, their declared model rows, image-capable
// alternatives, and number/endpoint wording for messages.
import type { Catalog, ChatModel, Endpoint, PlanId, ProviderInfo } from "../../catalog/index.js";
import { servedChat, type ConfigFacts, type EndpointResolution, type ProviderSite, type RefSite } from "../../engine/facts.js";
import type { ModelRef } from "../../engine/model-ref.js";
import type { Fix } from "../../report.js";
import { joinPointer } from "../../engine/pointer.js";

import { isObject } from "../../engine/json.js";
export { isObject };

/** A literal number; `${VAR}` strings and other shapes are not judged (invalid-value owns types). */
export const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** 202752 -> "202,752", as people read token counts. */
export { formatNumber as num } from "../../catalog/describe.js";

/** The input kinds OpenClaw's `models[].input` accepts; other strings are invalid-value's business. */
export const INPUT_KINDS: readonly string[] = ["text", "image", "video", "audio"];

/**
 * The canonical Qwen chat provider an id stands for when the plugin serves it with a catalog (the Qwen
 * and Token Plan providers and their compatibility aliases; facts.owner decides). Legacy and removed
 * ids, custom entries and the video-only provider are left out.
 */
export const qwenChatProvider = (facts: ConfigFacts, id: string): ProviderInfo | undefined => servedChat(facts.owner(id));

export interface RowSite {
  provider: ProviderSite;
  pointer: string;
  row: Record<string, unknown>;
  /** The row's `id` when it is a string. */
  id?: string;
  /** The catalog entry for that id under this provider, when there is one. */
  model?: ChatModel;
}

/** `models.providers.<qwen provider>.models[]` rows, in config order. */
export function qwenRows(facts: ConfigFacts, catalog: Catalog): RowSite[] {
  const out: RowSite[] = [];
  for (const p of facts.providers) {
    if (!qwenChatProvider(facts, p.id) || !Array.isArray(p.entry.models)) continue;
    p.entry.models.forEach((row, i) => {
      if (!isObject(row)) return;
      const id = typeof row.id === "string" ? row.id : undefined;
      out.push({ provider: p, pointer: joinPointer(p.pointer, "models", i), row, id, model: id === undefined ? undefined : catalog.chatModel(p.id, id) });
    });
  }
  return out;
}

/** Ref sites that select a model (not listing keys) on a Qwen chat provider. */
export function selectedQwenRefs(facts: ConfigFacts, catalog: Catalog): (RefSite & { ref: ModelRef })[] {
  return facts.refs.filter((s): s is RefSite & { ref: ModelRef } => !!s.ref && s.slot.selects && !!qwenChatProvider(facts, s.ref.providerId));
}

/** The same ref with another model id: canonical provider id, auth profile kept. */
export function refWithModel(catalog: Catalog, ref: ModelRef, modelId: string): string {
  const provider = catalog.canonicalProvider(ref.providerId)?.id ?? ref.provider;
  return `${provider}/${modelId}${ref.profile ? `@${ref.profile}` : ""}`;
}

/** The endpoint a resolution names, when it is one of the catalog's. */
export const knownEndpoint = (r: EndpointResolution): Endpoint | undefined => (r.kind === "known" || r.kind === "default" ? r.endpoint : undefined);

/**
 * "the Coding Plan endpoint (coding-intl.dashscope.aliyuncs.com)", plus why it applies when no
 * baseUrl is set (the default surprises people).
 */
export function endpointWhere(catalog: Catalog, r: EndpointResolution, providerId: string): string {
  const ep = knownEndpoint(r);
  if (!ep) return "its endpoint";
  const base = `the ${catalog.planName(ep.plan)} endpoint (${new URL(ep.baseUrl).host})`;
  if (r.kind !== "default") return base;
  const owner = catalog.canonicalProvider(providerId)?.id ?? providerId;
  return `${base}, which OpenClaw uses when models.providers.${owner}.baseUrl is not set`;
}

/**
 * A model of this provider that reads images, for a slot that needs one: the media-understanding
 * model when it belongs to this provider and the plan serves it, else the first image-capable model
 * the plan serves (any plan when it is unknown). Deprecated and hidden models are never suggested.
 */
export function imageCapableModel(catalog: Catalog, providerId: string, plan: PlanId | undefined): ChatModel | undefined {
  const pool = plan ? catalog.modelsOnPlan(providerId, plan) : [...(catalog.chatCatalogFor(providerId)?.models ?? [])];
  const capable = pool.filter((m) => m.input.includes("image") && !m.deprecated && !m.hidden);
  const mu = catalog.mediaUnderstanding;
  const preferred = catalog.canonicalProvider(providerId)?.id === mu.provider ? capable.find((m) => m.id === mu.model) : undefined;
  return preferred ?? capable[0];
}

/** "text", "text and image": a catalog input list for prose. */
export const inputList = (kinds: readonly string[]): string => (kinds.length <= 1 ? kinds.join("") : `${kinds.slice(0, -1).join(", ")} and ${kinds[kinds.length - 1]}`);

/** Capabilities a `tools.media.models[]` entry may ask for (schema enum). */
export const MEDIA_CAPABILITIES: readonly string[] = ["image", "audio", "video"];

/** A suggestion list from an optional fix. */
export const suggest = (f: Fix | undefined): Fix[] | undefined => (f ? [f] : undefined);
