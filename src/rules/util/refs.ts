// Shared by the model-ref rules (unknown-model, deprecated-model, bare-model-ref, model-ref-invalid,
// duplicate-fallback, model-id-prefixed, media-slot-mismatch): which refs the Qwen plugin owns, which
// slot kinds generate media instead of chatting, declared rows, ref rewriting and did-you-mean.
import { availabilityText } from "../../catalog/describe.js";
import type { Catalog, ChatProviderCatalog } from "../../catalog/index.js";
import { editDistance } from "../../engine/did-you-mean.js";
import { fix, renameKey, replaceStringValue } from "../../engine/edits.js";
import { servedChat, type EndpointResolution, type RefSite, type RowSite, type Slot, type SlotKind } from "../../engine/facts.js";
import type { ModelRef } from "../../engine/model-ref.js";
import type { RuleContext } from "../../engine/rule.js";
import type { Fix } from "../../report.js";

import { isObject } from "../../engine/json.js";
export { isObject };

/** Slots that generate media rather than chat: a chat model there is a mismatch, not a typo. */
const GENERATION: ReadonlySet<SlotKind> = new Set(["video", "image-generation", "music"]);
export const isGenerationSlot = (slot: Slot): boolean => GENERATION.has(slot.kind);

/** `agents.entries.<id>.model` with the agent id filled in, without `.primary` / `.fallbacks`. */
export function slotField(slot: Slot): string {
  const path = slot.agentId === undefined ? slot.path : slot.path.replace("<id>", slot.agentId);
  return path.replace(/\.(primary|fallbacks)$/, "");
}

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

/** models.providers.<id>.models[] rows with a string id (facts.rows). */
export const rows = (ctx: RuleContext): (RowSite & { id: string })[] => ctx.facts.rows.filter((r): r is RowSite & { id: string } => r.id !== undefined);

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

/** Same endpoint (plan and region, or the same unresolved text) for two resolutions. */
export function sameEndpoint(a: EndpointResolution, b: EndpointResolution): boolean {
  const id = (r: EndpointResolution) => (r.kind === "default" || r.kind === "known" ? `endpoint:${r.endpoint.id}` : r.kind === "none" ? "none" : `raw:${r.raw}`);
  return id(a) === id(b);
}

/** The ref with another model, keeping the provider as written and any `@profile`. */
export const withModel = (ref: ModelRef, model: string): string => `${ref.provider}/${model}${ref.profile ? `@${ref.profile}` : ""}`;

/** The ref with another provider, keeping everything after the first slash. */
export const withProvider = (ref: ModelRef, provider: string): string => `${provider}/${ref.raw.slice(ref.provider.length + 1)}`;

/** An edit that replaces a ref site's string (value) or renames it (listing key). */
export function replaceRef(ctx: RuleContext, site: Pick<RefSite, "pointer" | "target" | "raw">, text: string): Fix | undefined {
  const at = ctx.locate(site.pointer);
  if (!at) return undefined;
  return fix(`Replace "${site.raw}" with "${text}"`, site.target === "key" ? renameKey(at, text) : replaceStringValue(at, text));
}

/** Replace the string at a pointer. */
export function replaceAt(ctx: RuleContext, pointer: string, old: string, text: string): Fix | undefined {
  const at = ctx.locate(pointer);
  return at ? fix(`Replace "${old}" with "${text}"`, replaceStringValue(at, text)) : undefined;
}

const squash = (s: string) => s.toLowerCase().replace(/[-_.\s]/g, "");
const words = (id: string) => id.toLowerCase().split(/[^a-z]+/).filter(Boolean);
const dotted = (id: string) => /\d\.\d/.test(id);
/** Every word of `part` occurs in `whole`, repeats counted. */
function containsAll(whole: string[], part: string[]): boolean {
  const left = [...whole];
  return part.every((x) => {
    const i = left.indexOf(x);
    return i >= 0 && left.splice(i, 1).length === 1;
  });
}

/**
 * Catalog ids close to `input`, best first. Case and punctuation slips (`QWEN3.5-PLUS`,
 * `qwen3.5plus`) win outright; then the nearest typos (ties kept, so `qwen3.9-plus` offers each
 * sibling); then ids sharing all name words, which catch dropped versions (`qwen-max` ->
 * `qwen3-max-2026-01-23`, `wan9-t2v` -> `wan2.6-t2v`). Among word matches, an id without a dotted
 * version (a line's snapshot) comes before versioned siblings: an unversioned name means the line.
 */
export function suggestIds(input: string, candidates: readonly string[], max = 3): string[] {
  const others = [...new Set(candidates)].filter((c) => c !== input);
  const exactish = others.filter((c) => squash(c) === squash(input));
  if (exactish.length) return exactish.slice(0, max);
  const lower = input.toLowerCase();
  const limit = Math.max(1, Math.floor(input.length / 5));
  const scored = others.map((c) => ({ c, d: editDistance(lower, c.toLowerCase()) })).filter((x) => x.d <= limit);
  const best = Math.min(...scored.map((x) => x.d));
  const out = scored.filter((x) => x.d === best).map((x) => x.c);
  const mine = words(input);
  if (mine.length >= 2) {
    const byWords = others
      .map((c, order) => ({ c, order, w: words(c) }))
      .filter(({ w }) => containsAll(w, mine))
      .sort(
        (a, b) =>
          Number(b.w.join() === mine.join()) - Number(a.w.join() === mine.join()) ||
          Number(dotted(a.c)) - Number(dotted(b.c)) ||
          editDistance(lower, a.c.toLowerCase()) - editDistance(lower, b.c.toLowerCase()) ||
          a.order - b.order,
      );
    for (const { c } of byWords) if (!out.includes(c)) out.push(c);
  }
  return out.slice(0, max);
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"` */
export function orList(items: readonly string[]): string {
  const q = items.map((i) => `"${i}"`);
  return q.length <= 1 ? (q[0] ?? "") : `${q.slice(0, -1).join(", ")} or ${q[q.length - 1]}`;
}
