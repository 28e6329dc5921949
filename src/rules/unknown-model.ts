import type { ChatProviderCatalog, RetiredModel } from "../catalog/index.js";
import { didYouMean, editDistance, MAX_COMPARED_LENGTH } from "../engine/did-you-mean.js";
import type { RefSite } from "../engine/facts.js";
import type { ModelRef } from "../engine/model-ref.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule, type RuleContext } from "../engine/rule.js";
import type { Fix, Severity } from "../report.js";
import { canonicalId, chatIdAnywhere, chatProvidersOf, declaredIds, isWan, offCatalogEndpoint, plansServing, qwenCatalog, rows, videoProvider } from "./util/catalog.js";
import { orList, replaceAt, replaceRef, suggestIds, withModel, withProvider } from "./util/rewrite.js";
import { isGenerationSlot } from "./util/slots.js";

/** Version digits and dots dropped: `qwen3-max` and `qwen3.8-max` are the same family, not a typo of each other. */
const family = (id: string) => id.toLowerCase().replace(/[0-9.]/g, "");

/**
 * A misspelling of a catalog id (`qwen3.5-plsu`, `qwen3.5-pluss`), as opposed to an id the endpoint may well serve
 * although the catalog (seed metadata) lacks it (`qwen3-max`, `qwen-plus`, a dated snapshot).
 */
function looksLikeTypo(id: string, known: readonly string[]): boolean {
  const lower = id.toLowerCase();
  return known.some((k) => {
    if (editDistance(lower, k.toLowerCase()) === 1) return true;
    const d = editDistance(family(id), family(k));
    return d > 0 && d <= 2 && family(id).length >= 6;
  });
}

type Site = RefSite & { ref: ModelRef };
const knownIn = (ctx: RuleContext) => `the openclaw-qwen-lint catalog (${ctx.catalog.updated})`;
const suggest = (ctx: RuleContext, site: RefSite, refs: string[]) => refs.map((r) => replaceRef(ctx, site, r)).filter((f): f is Fix => f !== undefined);
const capOf = (site: RefSite) => (site.slot.selects ? undefined : ("info" as const));

/** A retired id: deprecated-model says so with its replacement; without that rule, say it here. */
function retiredHere(ctx: RuleContext, retired: RetiredModel | undefined, report: (data: { reason: string; known: string; replacement: string }) => void): boolean {
  if (!retired) return false;
  if (!ctx.defersTo("deprecated-model")) report({ reason: retired.reason, known: knownIn(ctx), replacement: retired.replacedBy });
  return true;
}

/** A provider id one typo away from a Qwen one (`qwne/qwen3.5-plus`). A declared custom provider of that name is the user's own. */
function providerTypo(ctx: RuleContext, site: Site): void {
  const { catalog, facts } = ctx;
  const ref = site.ref;
  if (facts.providerSite(ref.provider)) return;
  const names = catalog.providers.filter((p) => p.status !== "removed" && p.status !== "legacy").map((p) => p.id);
  const close = didYouMean(ref.providerId, names, 1)[0];
  if (!close) return;
  const target = canonicalId(catalog, close);
  const servesModel = catalog.chatModel(target, ref.model) !== undefined || (isWan(catalog, ref.model) && catalog.isVideoProvider(target));
  if (!servesModel && editDistance(ref.providerId, close) > 1) return;
  const fixed = withProvider(ref, target);
  ctx.report({
    pointer: site.pointer,
    target: site.target,
    cap: capOf(site),
    messageId: "providerTypo",
    data: { raw: site.raw, provider: ref.provider, close, fixed },
    suggestions: suggest(ctx, site, [fixed]),
  });
}

/** A video slot: the id must be a Wan model. */
function videoRef(ctx: RuleContext, site: Site): void {
  const { catalog } = ctx;
  const ref = site.ref;
  if (!videoProvider(ctx, ref.providerId) || isWan(catalog, ref.model)) return;
  if (chatIdAnywhere(catalog, ref.model) && ctx.defersTo("media-slot-mismatch")) return;
  const at = { pointer: site.pointer, target: site.target, cap: capOf(site) };
  const retired = (d: { replacement: string }) => ctx.report({ ...at, messageId: "retiredRef", data: { ...d, raw: site.raw, model: ref.model }, suggestions: suggest(ctx, site, [d.replacement]) });
  if (retiredHere(ctx, catalog.retiredModel(ref.providerId, ref.model), retired)) return;
  const wanIds = catalog.video.models.map((m) => m.id);
  const close = suggestIds(ref.model, wanIds).map((id) => withModel(ref, id));
  ctx.report({
    ...at,
    messageId: close.length ? "notWanDidYouMean" : "notWan",
    data: { raw: site.raw, model: ref.model, known: knownIn(ctx), close: orList(close), wanIds: wanIds.join(", "), default: withModel(ref, catalog.video.defaultModel) },
    suggestions: suggest(ctx, site, close),
  });
}

/**
 * What the catalog makes of an id it lacks: the current ids close to it and whether it looks like a
 * typo of one. Catalog data, the same for every config, and a run over many configs meets the same
 * unknown ids again and again: remembered per catalog provider (bounded; long ids are nobody's typo
 * and are not remembered).
 */
const verdicts = new WeakMap<ChatProviderCatalog, Map<string, { close: string[]; typo: boolean }>>();
function unknownId(cat: ChatProviderCatalog, model: string): { close: readonly string[]; typo: boolean } {
  const ids = () => cat.models.filter((m) => !m.deprecated).map((m) => m.id);
  if (model.length > MAX_COMPARED_LENGTH) return { close: suggestIds(model, ids()), typo: looksLikeTypo(model, ids()) };
  let byId = verdicts.get(cat);
  if (!byId) verdicts.set(cat, (byId = new Map()));
  let v = byId.get(model);
  if (!v) {
    const current = ids();
    v = { close: suggestIds(model, current), typo: looksLikeTypo(model, current) };
    if (byId.size >= 256) byId.clear();
    byId.set(model, v);
  }
  return v;
}

/** A chat slot on a Qwen chat provider: the id must be in its catalog or declared as a row. */
function chatRef(ctx: RuleContext, site: Site, cat: ChatProviderCatalog): void {
  const { catalog } = ctx;
  const ref = site.ref;
  if (cat.models.some((m) => m.id === ref.model) || declaredIds(ctx, ref.providerId).has(ref.model)) return;
  if (isWan(catalog, ref.model) && ctx.defersTo("media-slot-mismatch")) return;
  const at = { pointer: site.pointer, target: site.target, cap: capOf(site) };
  const retired = (d: { replacement: string }) => ctx.report({ ...at, messageId: "retiredRef", data: { ...d, raw: site.raw, model: ref.model }, suggestions: suggest(ctx, site, [d.replacement]) });
  if (retiredHere(ctx, catalog.retiredModel(ref.providerId, ref.model), retired)) return;

  const fallback = withModel(ref, cat.defaultModel);
  const elsewhere = chatProvidersOf(catalog, ref.model).filter((p) => p !== cat.provider);
  if (elsewhere.length) {
    // qwen-token-plan/qwen3.5-plus: a real Qwen model, on the other provider's plans.
    const other = withProvider(ref, elsewhere[0]);
    const plans = plansServing(catalog, elsewhere[0], ref.model);
    ctx.report({
      ...at,
      messageId: "otherProviderModel",
      data: { raw: site.raw, model: ref.model, provider: cat.provider, owner: elsewhere[0], ownerRef: other, plans: plans ? `, ${plans}` : "", fallback },
      suggestions: suggest(ctx, site, [fallback, other]),
    });
    return;
  }
  const verdict = unknownId(cat, ref.model);
  const close = verdict.close.map((id) => withModel(ref, id));
  if (!verdict.typo) {
    // The catalog seeds metadata; endpoints serve more (qwen3-max, qwen-plus, dated snapshots). Only a hint.
    const own = ctx.facts.providerSite(ref.provider) ? ref.provider : cat.provider;
    ctx.report({
      ...at,
      severity: "info",
      messageId: close.length ? "notInCatalogOrMeant" : "notInCatalog",
      data: { raw: site.raw, model: ref.model, known: knownIn(ctx), provider: own, close: orList(close) },
      suggestions: suggest(ctx, site, close),
    });
    return;
  }
  ctx.report({
    ...at,
    messageId: close.length ? "typoDidYouMean" : "typoUseDefault",
    data: { raw: site.raw, model: ref.model, provider: cat.provider, known: knownIn(ctx), close: orList(close), fallback },
    suggestions: suggest(ctx, site, close),
  });
}

/** Declared rows are the escape hatch for models newer than the catalog: only a hint. */
function declaredRows(ctx: RuleContext): void {
  const { catalog, facts } = ctx;
  for (const row of rows(ctx)) {
    const cat = qwenCatalog(ctx, row.provider.id);
    if (!cat || offCatalogEndpoint(ctx, row.provider.id) || !row.id.trim()) continue;
    const slash = row.id.indexOf("/");
    const prefixed = slash > 0 && (catalog.provider(row.id.slice(0, slash)) || facts.providerSite(row.id.slice(0, slash)));
    if (prefixed && ctx.defersTo("model-id-prefixed")) continue;
    if (cat.models.some((m) => m.id === row.id) || isWan(catalog, row.id)) continue;
    const info: Severity = "info";
    const replace = (id: string) => replaceAt(ctx, row.idPointer, row.id, id);
    const retired = (d: { replacement: string }) =>
      ctx.report({ pointer: row.idPointer, messageId: "retiredRow", data: { ...d, id: row.id }, suggestions: [replace(d.replacement.slice(d.replacement.indexOf("/") + 1))].filter((f): f is Fix => !!f) });
    if (retiredHere(ctx, catalog.retiredModel(row.provider.id, row.id), retired)) continue;
    const close = suggestIds(row.id, cat.models.filter((m) => !m.deprecated).map((m) => m.id));
    ctx.report({
      pointer: row.idPointer,
      severity: info,
      messageId: close.length ? "rowNotInCatalogOrMeant" : "rowNotInCatalog",
      data: { id: row.id, known: knownIn(ctx), provider: cat.provider, close: orList(close) },
      suggestions: close.map(replace).filter((f): f is Fix => f !== undefined),
    });
  }
}

/** tools.media.models[]: Qwen media understanding calls the chat endpoint with this model. */
function mediaTools(ctx: RuleContext): void {
  const { catalog, facts } = ctx;
  const mu = catalog.mediaUnderstanding;
  for (const tool of facts.mediaTools) {
    if (tool.model === undefined || !tool.model.trim() || canonicalId(catalog, tool.provider) !== mu.provider) continue;
    const cat = qwenCatalog(ctx, tool.provider);
    if (!cat || cat.models.some((m) => m.id === tool.model) || isWan(catalog, tool.model) || declaredIds(ctx, tool.provider).has(tool.model)) continue;
    const pointer = joinPointer(tool.pointer, "model");
    const replace = (id: string) => replaceAt(ctx, pointer, tool.model!, id);
    const retired = (d: { replacement: string }) =>
      ctx.report({ pointer, messageId: "retiredMediaModel", data: { ...d, model: tool.model }, suggestions: [replace(d.replacement.slice(d.replacement.indexOf("/") + 1))].filter((f): f is Fix => !!f) });
    if (retiredHere(ctx, catalog.retiredModel(tool.provider, tool.model), retired)) continue;
    const close = suggestIds(tool.model, cat.models.filter((m) => !m.deprecated && m.input.includes("image")).map((m) => m.id));
    ctx.report({
      pointer,
      messageId: close.length ? "unknownMediaModelDidYouMean" : "unknownMediaModel",
      data: { model: tool.model, provider: cat.provider, known: knownIn(ctx), close: orList(close), default: mu.model },
      suggestions: (close.length ? close : [mu.model]).map(replace).filter((f): f is Fix => f !== undefined),
    });
  }
}

export default defineRule({
  meta: {
    id: "unknown-model",
    severity: "warning",
    category: "catalog",
    description: "A Qwen model ref or row id the catalog does not know for that provider, or a misspelt Qwen provider id, with did-you-mean.",
    fixable: false,
    defers: {
      "media-slot-mismatch": "chat models in video slots and Wan ids in chat slots",
      "deprecated-model": "retired model ids",
      "model-id-prefixed": "row ids carrying a provider prefix",
    },
    messages: {
      providerTypo: '"{{raw}}" names provider "{{provider}}", which models.providers does not declare and which looks like a typo of "{{close}}"; did you mean "{{fixed}}"?',
      retiredRef: '"{{raw}}": {{model}} was retired ({{reason}}) and is not in {{known}}; use "{{replacement}}".',
      retiredRow: 'Row id "{{id}}" was retired ({{reason}}) and is not in {{known}}; use "{{replacement}}".',
      retiredMediaModel: '{{model}} was retired ({{reason}}) and is not in {{known}}; use "{{replacement}}".',
      notWan: '"{{raw}}": {{model}} is not a Wan video model in {{known}}; use one of {{wanIds}} (default "{{default}}").',
      notWanDidYouMean: '"{{raw}}": {{model}} is not a Wan video model in {{known}}; did you mean {{close}}?',
      otherProviderModel:
        '"{{raw}}": {{model}} is not in the {{provider}} catalog; it is a {{owner}} model ("{{ownerRef}}"{{plans}}). On {{provider}} use "{{fallback}}" (the default), or, if your endpoint serves {{model}}, declare it in models.providers.{{provider}}.models[].',
      notInCatalog:
        '"{{raw}}": {{model}} is not in {{known}}, which seeds metadata only; fine if your endpoint serves it. Declare it in models.providers.{{provider}}.models[] so OpenClaw knows its context window and output limit.',
      notInCatalogOrMeant:
        '"{{raw}}": {{model}} is not in {{known}}, which seeds metadata only; fine if your endpoint serves it. Declare it in models.providers.{{provider}}.models[] so OpenClaw knows its context window and output limit (or, if you meant a catalog model: {{close}}).',
      typoDidYouMean:
        '"{{raw}}": {{model}} is not a {{provider}} model in {{known}}; did you mean {{close}}? If your endpoint serves {{model}}, declare it in models.providers.{{provider}}.models[].',
      typoUseDefault:
        '"{{raw}}": {{model}} is not a {{provider}} model in {{known}}; use a catalog model such as "{{fallback}}" (the default), or, if your endpoint serves {{model}}, declare it in models.providers.{{provider}}.models[].',
      rowNotInCatalog: 'Row id "{{id}}" is not in {{known}} for {{provider}}; that is fine if your endpoint serves it (declared rows are how to add newer models).',
      rowNotInCatalogOrMeant:
        'Row id "{{id}}" is not in {{known}} for {{provider}}; that is fine if your endpoint serves it (declared rows are how to add newer models), otherwise did you mean {{close}}?',
      unknownMediaModel: '{{model}} is not a {{provider}} model in {{known}}; Qwen media understanding uses "{{default}}" by default (omit model to get it).',
      unknownMediaModelDidYouMean:
        '{{model}} is not a {{provider}} model in {{known}}; did you mean {{close}}? Qwen media understanding uses "{{default}}" by default (omit model to get it).',
    },
  },
  check(ctx) {
    for (const site of ctx.facts.refs) {
      if (!site.ref || site.ref.model === "*") continue;
      const s = site as Site;
      if (!ctx.catalog.provider(s.ref.providerId)) providerTypo(ctx, s);
      else if (site.slot.kind === "video") videoRef(ctx, s);
      else if (!isGenerationSlot(site.slot)) {
        const cat = qwenCatalog(ctx, s.ref.providerId);
        if (cat && !offCatalogEndpoint(ctx, s.ref.providerId)) chatRef(ctx, s, cat);
      }
    }
    declaredRows(ctx);
    mediaTools(ctx);
  },
});
