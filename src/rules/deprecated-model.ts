import type { Catalog } from "../catalog/index.js";
import type { ModelRef } from "../engine/model-ref.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule, type RuleContext } from "../engine/rule.js";
import type { Fix } from "../report.js";
import { canonicalId, qwenCatalog, rows } from "./util/catalog.js";
import { replaceAt, replaceRef, withModel } from "./util/rewrite.js";
import { isGenerationSlot } from "./util/slots.js";

/** What replaces a model: the id under the same provider, or a full ref when it moved elsewhere. */
interface Replacement {
  /** `deprecated` (still served, hidden) or `retired` (no longer what the plugin uses). */
  kind: "deprecated" | "retired";
  reason: string;
  /** Replacement provider (canonical) and model id. */
  provider: string;
  model: string;
}

function replacementFor(ctx: RuleContext, providerId: string, modelId: string): Replacement | undefined {
  const { catalog } = ctx;
  // Removed providers (Qwen Portal) are qwen-portal-removed's; custom entries are not Qwen's.
  if (ctx.facts.owner(providerId).by !== "plugin") return undefined;
  const cat = qwenCatalog(ctx, providerId);
  const dep = cat?.models.find((m) => m.id === modelId)?.deprecated;
  if (cat && dep) return { kind: "deprecated", reason: dep.reason, provider: cat.provider, model: dep.replacedBy };
  const retired = catalog.retiredModel(providerId, modelId);
  if (!retired) return undefined;
  const slash = retired.replacedBy.indexOf("/");
  return { kind: "retired", reason: retired.reason, provider: retired.replacedBy.slice(0, slash), model: retired.replacedBy.slice(slash + 1) };
}

/** The replacement written like the original: same provider spelling when it stays on that provider. */
function replacementRef(catalog: Catalog, ref: ModelRef, r: Replacement): string {
  return canonicalId(catalog, ref.providerId) === r.provider ? withModel(ref, r.model) : `${r.provider}/${r.model}`;
}

export default defineRule({
  meta: {
    id: "deprecated-model",
    severity: "warning",
    category: "catalog",
    description: "A deprecated or retired model (qwen-token-plan/qwen3-coder-next, qwen-vl-max-latest) with its replacement.",
    fixable: true,
    defers: {
      "qwen-portal-removed": "refs to removed Qwen Portal providers",
    },
    messages: {
      deprecatedRef: '"{{raw}}" is {{kind}}: {{reason}}. Use "{{to}}".',
      deprecatedRow:
        'Row "{{id}}" declares a {{kind}} model: {{reason}}. Declare "{{to}}" instead and point your refs at it; check the row\'s other fields (name, input, limits) describe the new model.',
      deprecatedRowElsewhere:
        'Row "{{id}}" declares a {{kind}} model: {{reason}}. Use "{{to}}" instead and point your refs at it; check the row\'s other fields (name, input, limits) describe the new model.',
      deprecatedMediaModel: '{{model}} is {{kind}}: {{reason}}. Set model to "{{to}}".',
      deprecatedMediaModelDefault: '{{model}} is {{kind}}: {{reason}}. Set model to "{{to}}" or remove model to use that default.',
      deprecatedMediaModelElsewhere: '{{model}} is {{kind}}: {{reason}}. Use provider "{{provider}}" with model "{{to}}".',
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;

    for (const site of facts.refs) {
      // In media-generation slots the model is in the wrong slot altogether (media-slot-mismatch).
      if (!site.ref || isGenerationSlot(site.slot)) continue;
      const r = replacementFor(ctx, site.ref.providerId, site.ref.model);
      if (!r) continue;
      const to = replacementRef(catalog, site.ref, r);
      // Listing keys select nothing, and onboarding writes some (Token Plan lists qwen3-coder-next): no finding.
      if (!site.slot.selects) continue;
      ctx.report({ pointer: site.pointer, target: site.target, messageId: "deprecatedRef", data: { raw: site.raw, kind: r.kind, reason: r.reason, to }, fix: replaceRef(ctx, site, to) });
    }

    for (const row of rows(ctx)) {
      const r = replacementFor(ctx, row.provider.id, row.id);
      if (!r) continue;
      const sameProvider = canonicalId(catalog, row.provider.id) === r.provider;
      const to = sameProvider ? r.model : `${r.provider}/${r.model}`;
      ctx.report({
        pointer: row.idPointer,
        messageId: sameProvider ? "deprecatedRow" : "deprecatedRowElsewhere",
        data: { id: row.id, kind: r.kind, reason: r.reason, to },
        // Only a suggestion: the row's other fields describe the old model.
        suggestions: sameProvider ? [replaceAt(ctx, row.idPointer, row.id, r.model)].filter((f): f is Fix => f !== undefined) : undefined,
      });
    }

    for (const tool of facts.mediaTools) {
      if (tool.model === undefined) continue;
      const r = replacementFor(ctx, tool.provider, tool.model);
      if (!r) continue;
      const pointer = joinPointer(tool.pointer, "model");
      const sameProvider = canonicalId(catalog, tool.provider) === r.provider;
      const isDefault = catalog.mediaUnderstanding.provider === r.provider && catalog.mediaUnderstanding.model === r.model;
      ctx.report({
        pointer,
        messageId: !sameProvider ? "deprecatedMediaModelElsewhere" : isDefault ? "deprecatedMediaModelDefault" : "deprecatedMediaModel",
        data: { model: tool.model, kind: r.kind, reason: r.reason, to: r.model, provider: r.provider },
        fix: sameProvider ? replaceAt(ctx, pointer, tool.model, r.model) : undefined,
      });
    }
  },
});
