// What the Qwen catalog says about the provider ids the Qwen plugin serves (facts.owner decides which
// ids those are): their chat catalogs, Wan video, declared rows, and models that fit a slot or a plan.
import { availabilityText } from "../../catalog/describe.js";
import type { Catalog, ChatModel, ChatProviderCatalog, PlanId, ProviderInfo } from "../../catalog/index.js";
import { servedChat, type ConfigFacts, type RefSite, type RowSite } from "../../engine/facts.js";
import type { ModelRef } from "../../engine/model-ref.js";
import type { RuleContext } from "../../engine/rule.js";

/**
 * The canonical Qwen chat provider an id stands for when the plugin serves it with a catalog (the Qwen
 * and Token Plan providers and their compatibility aliases; facts.owner decides). Legacy and removed
 * ids, custom entries and the video-only provider are left out.
 */
export const qwenChatProvider = (facts: ConfigFacts, id: string): ProviderInfo | undefined => servedChat(facts.owner(id));

/** The Qwen chat catalog (qwen or qwen-token-plan, through aliases) a provider id reads, when the plugin serves it (facts.owner). */
export function qwenCatalog(ctx: RuleContext, providerId: string): ChatProviderCatalog | undefined {
  const chat = servedChat(ctx.facts.owner(providerId));
  return chat ? ctx.catalog.chatCatalogFor(chat.id) : undefined;
}

/** A provider id that serves Wan video (qwen and its aliases, the video-only provider), when a plugin serves it. */
export function videoProvider(ctx: RuleContext, providerId: string): boolean {
  return ctx.facts.owner(providerId).by === "plugin" && ctx.catalog.isVideoProvider(providerId);
}

/** The provider a user reaches when they write this id: the canonical one for aliases. */
export const canonicalId = (catalog: Catalog, providerId: string): string => {
  const p = catalog.provider(providerId);
  return p?.status === "alias" && p.aliasOf ? p.aliasOf : providerId.toLowerCase();
};

/** A chat model id of any Qwen chat catalog (for refs whose provider is not the one that has it). */
export const chatIdAnywhere = (catalog: Catalog, id: string): boolean => catalog.chat.some((c) => c.models.some((m) => m.id === id));

/** Qwen chat providers that list this id, catalog order (`qwen` before `qwen-token-plan`). */
export const chatProvidersOf = (catalog: Catalog, id: string): string[] => catalog.chat.filter((c) => c.models.some((m) => m.id === id)).map((c) => c.provider);

/** Plans whose endpoints serve this model on that provider: "Coding Plan or Standard". */
export function plansServing(catalog: Catalog, provider: string, id: string): string {
  const model = catalog.chatModel(provider, id);
  if (!model) return "";
  return Object.entries(model.availability)
    .filter(([, a]) => availabilityText(a) !== "unavailable")
    .map(([plan]) => catalog.planName(plan))
    .join(" or ");
}

export const isWan = (catalog: Catalog, id: string): boolean => catalog.videoModel(id) !== undefined;

/** The provider Wan refs are written with by default (`qwen/wan2.6-t2v`). */
export const wanProvider = (catalog: Catalog): string => catalog.video.providers[0];

/** `qwen/qwen3.5-plus`: the default chat ref of a Qwen chat provider (canonical id). */
export function defaultChatRef(catalog: Catalog, providerId: string): string | undefined {
  const c = catalog.chatCatalogFor(providerId);
  return c ? `${c.provider}/${c.defaultModel}` : undefined;
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

/** The input kinds OpenClaw's `models[].input` accepts; other strings are invalid-value's business. */
export const INPUT_KINDS: readonly string[] = ["text", "image", "video", "audio"];

/** Capabilities a `tools.media.models[]` entry may ask for (schema enum). */
export const MEDIA_CAPABILITIES: readonly string[] = ["image", "audio", "video"];

/** models.providers.<id>.models[] rows with a string id (facts.rows). */
export const rows = (ctx: RuleContext): (RowSite & { id: string })[] => ctx.facts.rows.filter((r): r is RowSite & { id: string } => r.id !== undefined);

/** `models.providers.<qwen provider>.models[]` rows (facts.rows), with the catalog entry for their id when there is one. */
export function qwenRows(facts: ConfigFacts, catalog: Catalog): (RowSite & { model?: ChatModel })[] {
  return facts.rows.filter((r) => qwenChatProvider(facts, r.provider.id)).map((r) => ({ ...r, model: r.id === undefined ? undefined : catalog.chatModel(r.provider.id, r.id) }));
}

/** Ref sites that select a model (not listing keys) on a Qwen chat provider. */
export function selectedQwenRefs(facts: ConfigFacts): (RefSite & { ref: ModelRef })[] {
  return facts.refs.filter((s): s is RefSite & { ref: ModelRef } => !!s.ref && s.slot.selects && !!qwenChatProvider(facts, s.ref.providerId));
}

/**
 * Row ids declared for the provider a ref names, counting entries of its aliases too (the plugin
 * reads the qwen overlay for modelstudio/ refs): declared rows are the user's way to add models the
 * catalog does not know yet.
 */
export function declaredIds(ctx: RuleContext, providerId: string): Set<string> {
  const want = canonicalId(ctx.catalog, providerId);
  return new Set(rows(ctx).filter((r) => canonicalId(ctx.catalog, r.provider.id) === want).map((r) => r.id));
}

/**
 * The ref points at a host that is not a Qwen endpoint (a custom vLLM or proxy): the catalog says
 * nothing about what it serves, and unknown-endpoint already reports the host.
 */
export const offCatalogEndpoint = (ctx: RuleContext, providerId: string): boolean => ctx.facts.chatEndpointFor(providerId).kind === "unknown";
