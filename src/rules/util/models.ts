// Shared by the catalog rules that compare what a config says about Qwen models with the catalog:
// which provider ids are Qwen's chat providers, their declared model rows, image-capable
// alternatives, and number/endpoint wording for messages.
import type { Catalog, ChatModel, Endpoint, PlanId, ProviderInfo } from "../../catalog/index.js";
import { servedChat, type ConfigFacts, type EndpointResolution, type RefSite, type RowSite } from "../../engine/facts.js";
import type { ModelRef } from "../../engine/model-ref.js";
import type { Fix } from "../../report.js";

import { isObject } from "../../engine/json.js";
export { isObject };

/** A literal number; `${VAR}` strings and other shapes are not judged (invalid-value owns types). */
export const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);


/** The input kinds OpenClaw's `models[].input` accepts; other strings are invalid-value's business. */
export const INPUT_KINDS: readonly string[] = ["text", "image", "video", "audio"];

/**
 * The canonical Qwen chat provider an id stands for when the plugin serves it with a catalog (the Qwen
 * and Token Plan providers and their compatibility aliases; facts.owner decides). Legacy and removed
 * ids, custom entries and the video-only provider are left out.
 */
export const qwenChatProvider = (facts: ConfigFacts, id: string): ProviderInfo | undefined => servedChat(facts.owner(id));

/** `models.providers.<qwen provider>.models[]` rows (facts.rows), with the catalog entry for their id when there is one. */
export function qwenRows(facts: ConfigFacts, catalog: Catalog): (RowSite & { model?: ChatModel })[] {
  return facts.rows.filter((r) => qwenChatProvider(facts, r.provider.id)).map((r) => ({ ...r, model: r.id === undefined ? undefined : catalog.chatModel(r.provider.id, r.id) }));
}

/** Ref sites that select a model (not listing keys) on a Qwen chat provider. */
export function selectedQwenRefs(facts: ConfigFacts): (RefSite & { ref: ModelRef })[] {
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


/** Capabilities a `tools.media.models[]` entry may ask for (schema enum). */
export const MEDIA_CAPABILITIES: readonly string[] = ["image", "audio", "video"];

/** A suggestion list from an optional fix. */
export const suggest = (f: Fix | undefined): Fix[] | undefined => (f ? [f] : undefined);
