import { didYouMean, editDistance } from "../engine/did-you-mean.js";
import type { RefSite } from "../engine/facts.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import type { Fix } from "../report.js";
import {
  canonicalId,
  chatIdAnywhere,
  chatProvidersOf,
  declaredIds,
  isGenerationSlot,
  isWan,
  offCatalogEndpoint,
  orList,
  plansServing,
  qwenCatalog,
  replaceAt,
  replaceRef,
  rows,
  suggestIds,
  videoProvider,
  withModel,
  withProvider,
} from "./util/refs.js";

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

export default defineRule({
  meta: {
    id: "unknown-model",
    severity: "warning",
    category: "catalog",
    description: "A Qwen model ref or row id the catalog does not know for that provider, or a misspelt Qwen provider id, with did-you-mean.",
    fixable: false,
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const known = `the openclaw-qwen-lint catalog (${catalog.updated})`;
    const suggest = (site: RefSite, refs: string[]) => refs.map((r) => replaceRef(ctx, site, r)).filter((f): f is Fix => f !== undefined);

    for (const site of facts.refs) {
      const ref = site.ref;
      if (!ref || ref.model === "*") continue;
      const cap = site.slot.selects ? undefined : ("info" as const);
      const info = catalog.provider(ref.providerId);

      if (!info) {
        // A provider id one typo away from a Qwen one (`qwne/qwen3.5-plus`). A declared custom provider
        // of that name is the user's own.
        if (facts.providerSite(ref.provider)) continue;
        const names = catalog.providers.filter((p) => p.status !== "removed" && p.status !== "legacy").map((p) => p.id);
        const close = didYouMean(ref.providerId, names, 1)[0];
        if (!close) continue;
        const target = canonicalId(catalog, close);
        const servesModel = catalog.chatModel(target, ref.model) !== undefined || (isWan(catalog, ref.model) && catalog.isVideoProvider(target));
        if (!servesModel && editDistance(ref.providerId, close) > 1) continue;
        const fixed = withProvider(ref, target);
        ctx.report({
          pointer: site.pointer,
          target: site.target,
          cap,
          message: `"${site.raw}" names provider "${ref.provider}", which models.providers does not declare and which looks like a typo of "${close}"; did you mean "${fixed}"?`,
          suggestions: suggest(site, [fixed]),
        });
        continue;
      }

      if (site.slot.kind === "video") {
        // Chat models, retired ids and Token Plan refs here are media-slot-mismatch's.
        if (!videoProvider(ctx, ref.providerId)) continue;
        if (isWan(catalog, ref.model) || chatIdAnywhere(catalog, ref.model) || catalog.retiredModel(ref.providerId, ref.model)) continue;
        const wanIds = catalog.video.models.map((m) => m.id);
        const close = suggestIds(ref.model, wanIds).map((id) => withModel(ref, id));
        ctx.report({
          pointer: site.pointer,
          target: site.target,
          cap,
          message:
            `"${site.raw}": ${ref.model} is not a Wan video model in ${known}; ` +
            (close.length
              ? `did you mean ${orList(close)}?`
              : `use one of ${wanIds.join(", ")} (default "${withModel(ref, catalog.video.defaultModel)}").`),
          suggestions: suggest(site, close),
        });
        continue;
      }
      if (isGenerationSlot(site.slot)) continue;

      const cat = qwenCatalog(ctx, ref.providerId);
      if (!cat || offCatalogEndpoint(ctx, ref.providerId)) continue;
      if (cat.models.some((m) => m.id === ref.model)) continue;
      // Wan ids in chat slots are media-slot-mismatch's, retired ids deprecated-model's.
      if (isWan(catalog, ref.model) || catalog.retiredModel(ref.providerId, ref.model)) continue;
      if (declaredIds(ctx, ref.providerId).has(ref.model)) continue;

      const declare = (lead: string) => `${lead} your endpoint serves ${ref.model}, declare it in models.providers.${cat.provider}.models[]`;
      const fallback = withModel(ref, cat.defaultModel);
      const elsewhere = chatProvidersOf(catalog, ref.model).filter((p) => p !== cat.provider);
      if (elsewhere.length) {
        // qwen-token-plan/qwen3.5-plus: a real Qwen model, on the other provider's plans.
        const other = withProvider(ref, elsewhere[0]);
        const plans = plansServing(catalog, elsewhere[0], ref.model);
        ctx.report({
          pointer: site.pointer,
          target: site.target,
          cap,
          message:
            `"${site.raw}": ${ref.model} is not in the ${cat.provider} catalog; it is a ${elsewhere[0]} model ("${other}"${plans ? `, ${plans}` : ""}). ` +
            `On ${cat.provider} use "${fallback}" (the default), or, ${declare("if")}.`,
          suggestions: suggest(site, [fallback, other]),
        });
        continue;
      }
      const ids = cat.models.filter((m) => !m.deprecated).map((m) => m.id);
      const close = suggestIds(ref.model, ids).map((id) => withModel(ref, id));
      if (!looksLikeTypo(ref.model, ids)) {
        // The catalog seeds metadata; endpoints serve more (qwen3-max, qwen-plus, dated snapshots). Only a hint.
        const own = facts.providerSite(ref.provider) ? ref.provider : cat.provider;
        ctx.report({
          pointer: site.pointer,
          target: site.target,
          severity: "info",
          message:
            `"${site.raw}": ${ref.model} is not in ${known}, which seeds metadata only; fine if your endpoint serves it. ` +
            `Declare it in models.providers.${own}.models[] so OpenClaw knows its context window and output limit` +
            (close.length ? ` (or, if you meant a catalog model: ${orList(close)}).` : "."),
          suggestions: suggest(site, close),
        });
        continue;
      }
      ctx.report({
        pointer: site.pointer,
        target: site.target,
        cap,
        message:
          `"${site.raw}": ${ref.model} is not a ${cat.provider} model in ${known}; ` +
          (close.length ? `did you mean ${orList(close)}? ${declare("If")}.` : `use a catalog model such as "${fallback}" (the default), or, ${declare("if")}.`),
        suggestions: suggest(site, close),
      });
    }

    // Declared rows are the escape hatch for models newer than the catalog: only a hint.
    for (const row of rows(ctx)) {
      const cat = qwenCatalog(ctx, row.provider.id);
      if (!cat || offCatalogEndpoint(ctx, row.provider.id) || !row.id.trim()) continue;
      // Prefixed ids are model-id-prefixed's, retired ids deprecated-model's.
      const slash = row.id.indexOf("/");
      if (slash > 0 && (catalog.provider(row.id.slice(0, slash)) || facts.providerSite(row.id.slice(0, slash)))) continue;
      if (cat.models.some((m) => m.id === row.id) || isWan(catalog, row.id) || catalog.retiredModel(row.provider.id, row.id)) continue;
      const close = suggestIds(
        row.id,
        cat.models.filter((m) => !m.deprecated).map((m) => m.id),
      );
      ctx.report({
        pointer: row.pointer,
        severity: "info",
        message:
          `Row id "${row.id}" is not in ${known} for ${cat.provider}; that is fine if your endpoint serves it (declared rows are how to add newer models)` +
          (close.length ? `, otherwise did you mean ${orList(close)}?` : "."),
        suggestions: close.map((id) => replaceAt(ctx, row.pointer, row.id, id)).filter((f): f is Fix => f !== undefined),
      });
    }

    // tools.media.models[]: Qwen media understanding calls the chat endpoint with this model.
    const mu = catalog.mediaUnderstanding;
    for (const tool of facts.mediaTools) {
      if (tool.model === undefined || !tool.model.trim() || canonicalId(catalog, tool.provider) !== mu.provider) continue;
      const cat = qwenCatalog(ctx, tool.provider);
      if (!cat || cat.models.some((m) => m.id === tool.model) || isWan(catalog, tool.model)) continue;
      if (catalog.retiredModel(tool.provider, tool.model) || declaredIds(ctx, tool.provider).has(tool.model)) continue;
      const pointer = joinPointer(tool.pointer, "model");
      const close = suggestIds(
        tool.model,
        cat.models.filter((m) => !m.deprecated && m.input.includes("image")).map((m) => m.id),
      );
      ctx.report({
        pointer,
        message:
          `${tool.model} is not a ${cat.provider} model in ${known}; ` +
          (close.length ? `did you mean ${orList(close)}? ` : "") +
          `Qwen media understanding uses "${mu.model}" by default (omit model to get it).`,
        suggestions: (close.length ? close : [mu.model]).map((id) => replaceAt(ctx, pointer, tool.model!, id)).filter((f): f is Fix => f !== undefined),
      });
    }
  },
});
