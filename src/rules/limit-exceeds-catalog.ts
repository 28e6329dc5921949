import type { ChatModel } from "../catalog/index.js";
import { getAt, joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { formatNumber as num } from "../catalog/describe.js";
import { qwenChatProvider, qwenRows } from "./util/catalog.js";
import { isNumber, isObject } from "../engine/json.js";

/** Output-cap keys OpenClaw reads from per-model params. */
const PARAM_MAX_KEYS = ["maxTokens", "max_tokens"];

/** What the output-cap messages say about a value above the model's max output. */
const aboveModel = (label: string, m: ChatModel, value: number) => ({ value: num(value), model: label, max: num(m.maxTokens), limit: m.maxTokens });

export default defineRule({
  meta: {
    id: "limit-exceeds-catalog",
    severity: "warning",
    category: "catalog",
    description: "contextWindow, maxTokens or contextTokens above the catalog limits or above the context window.",
    fixable: false,
    messages: {
      contextWindowAboveModel:
        "contextWindow {{value}} is above {{model}}'s context window of {{window}} tokens (Qwen catalog); OpenClaw keeps the higher value and sizes prompts and compaction for a window the model does not have, so long sessions run into the model's real limit. Remove contextWindow (the catalog value applies) or set contextWindow: {{limit}}.",
      maxTokensAboveModel:
        "maxTokens {{value}} is above {{model}}'s max output of {{max}} tokens (Qwen catalog), so it asks for output the model cannot produce. Set maxTokens: {{limit}} or remove it.",
      paramAboveModel:
        "params.{{key}} {{value}} is above {{model}}'s max output of {{max}} tokens (Qwen catalog), so it asks for output the model cannot produce. Set {{key}}: {{limit}} or remove it.",
      maxTokensAboveWindow:
        "maxTokens {{value}} is above {{window}}; OpenClaw silently clamps the output cap to the window, which leaves no room for the prompt. Set maxTokens well below the window (for example maxTokens: {{example}}), or raise contextWindow (the catalog window is {{catalogWindow}}).",
      contextTokensAboveWindow: "contextTokens {{value}} is above {{window}}; contextTokens caps the input and must fit inside the window. Set contextTokens: {{limit}} or lower.",
      providerMaxTokensAboveAll:
        "maxTokens {{value}} on {{provider}} is above the largest max output of any {{provider}} model in the Qwen catalog ({{max}}, {{largest}}); the runtime clamps it silently, so it does not limit anything. Set maxTokens: {{limit}} or remove it.",
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;

    // In merge mode (the default, and what onboarding writes) OpenClaw keeps the higher of the row's
    // and the catalog's window, so a lower row window only counts in replace mode.
    const replace = getAt(ctx.config, "/models/mode") === "replace";
    for (const { provider, pointer, row, id, model } of qwenRows(facts, catalog)) {
      const label = `${provider.id}/${id}`;
      const cw = isNumber(row.contextWindow) ? row.contextWindow : undefined;
      if (model && cw !== undefined && cw > model.contextWindow)
        ctx.report({
          pointer: joinPointer(pointer, "contextWindow"),
          messageId: "contextWindowAboveModel",
          data: { value: num(cw), model: label, window: num(model.contextWindow), limit: model.contextWindow },
        });
      // The window the other limits must fit into. Never above the model's real one.
      const own = cw !== undefined && (!model || (replace && cw < model.contextWindow));
      const window = own ? cw : model?.contextWindow;
      const windowText = window === undefined ? "" : own ? `this row's contextWindow of ${num(window)}` : `${label}'s context window of ${num(window)} tokens (Qwen catalog)`;

      const mt = isNumber(row.maxTokens) ? row.maxTokens : undefined;
      // Unknown ids have no catalog limits; of the row's own numbers only contextTokens is a hard bound.
      if (model && mt !== undefined) {
        if (mt > model.maxTokens) ctx.report({ pointer: joinPointer(pointer, "maxTokens"), messageId: "maxTokensAboveModel", data: aboveModel(label, model, mt) });
        else if (window !== undefined && mt > window)
          ctx.report({
            pointer: joinPointer(pointer, "maxTokens"),
            messageId: "maxTokensAboveWindow",
            data: { value: num(mt), window: windowText, example: Math.floor(window / 4), catalogWindow: num(model.contextWindow) },
          });
      }

      const ct = isNumber(row.contextTokens) ? row.contextTokens : undefined;
      if (ct !== undefined && window !== undefined && ct > window)
        ctx.report({
          pointer: joinPointer(pointer, "contextTokens"),
          messageId: "contextTokensAboveWindow",
          data: { value: num(ct), window: windowText, limit: window },
        });
    }

    // Provider-level default output cap: above every model's limit it can never take effect.
    for (const p of facts.providers) {
      const max = p.entry.maxTokens;
      const models = qwenChatProvider(facts, p.id) ? catalog.chatCatalogFor(p.id)?.models : undefined;
      if (!isNumber(max) || !models?.length) continue;
      const top = models.reduce((a, b) => (b.maxTokens > a.maxTokens ? b : a));
      if (max <= top.maxTokens) continue;
      ctx.report({
        pointer: joinPointer(p.pointer, "maxTokens"),
        messageId: "providerMaxTokensAboveAll",
        data: { value: num(max), provider: p.id, max: num(top.maxTokens), largest: top.id, limit: top.maxTokens },
      });
    }

    // Per-model params in agents.defaults.models / agents.entries.<id>.models.
    for (const site of facts.refs) {
      if (site.slot.kind !== "listing" || !site.ref || !qwenChatProvider(facts, site.ref.providerId)) continue;
      const model = catalog.chatModel(site.ref.providerId, site.ref.model);
      const params = getAt(ctx.config, joinPointer(site.pointer, "params"));
      if (!model || !isObject(params)) continue;
      for (const key of PARAM_MAX_KEYS) {
        const v = params[key];
        if (isNumber(v) && v > model.maxTokens)
          ctx.report({ pointer: joinPointer(site.pointer, "params", key), messageId: "paramAboveModel", data: { ...aboveModel(site.raw, model, v), key } });
      }
    }
  },
});
