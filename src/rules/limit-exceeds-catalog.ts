import type { ChatModel } from "../catalog/index.js";
import { getAt, joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { formatNumber as num } from "../catalog/describe.js";
import type { Catalog } from "../catalog/index.js";
import type { ConfigFacts } from "../engine/facts.js";
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
      hostContextWindow:
        "contextWindow {{value}} is above {{model}}'s context window of {{window}} tokens (Qwen catalog); models.providers.{{provider}} is a custom provider on a DashScope host, so OpenClaw uses the row's window as written and sizes prompts and compaction for a window the model does not have, and long sessions run into the endpoint's real limit. Set contextWindow: {{limit}}.",
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;

    // In merge mode (the default, and what onboarding writes) OpenClaw keeps the higher of the row's
    // and the catalog's window, so a lower row window only counts in replace mode.
    const replace = getAt(ctx.config, "/models/mode") === "replace";
    for (const { provider, pointer, row, id, model, host } of [...qwenRows(facts, catalog).map((r) => ({ ...r, host: false })), ...hostRows(facts, catalog)]) {
      const label = `${provider.id}/${id}`;
      // Rows of custom ids on DashScope hosts: the catalog is the plugin's seed data for the host's plan,
      // not what the endpoint enforces, so these are hints (info).
      const cap = host ? ("info" as const) : undefined;
      const cw = isNumber(row.contextWindow) ? row.contextWindow : undefined;
      if (model && cw !== undefined && cw > model.contextWindow)
        ctx.report({
          pointer: joinPointer(pointer, "contextWindow"),
          cap,
          messageId: host ? "hostContextWindow" : "contextWindowAboveModel",
          data: { value: num(cw), model: label, window: num(model.contextWindow), limit: model.contextWindow, provider: provider.id },
        });
      // The window the other limits must fit into. Never above the model's real one. A custom id has no
      // catalog for OpenClaw to merge with: its row's window is the one OpenClaw uses.
      const own = cw !== undefined && (!model || host || (replace && cw < model.contextWindow));
      const window = own ? cw : model?.contextWindow;
      const windowText = window === undefined ? "" : own ? `this row's contextWindow of ${num(window)}` : `${label}'s context window of ${num(window)} tokens (Qwen catalog)`;

      const mt = isNumber(row.maxTokens) ? row.maxTokens : undefined;
      // Unknown ids have no catalog limits; of the row's own numbers only contextTokens is a hard bound.
      if (model && mt !== undefined) {
        if (mt > model.maxTokens) ctx.report({ pointer: joinPointer(pointer, "maxTokens"), cap, messageId: "maxTokensAboveModel", data: aboveModel(label, model, mt) });
        else if (window !== undefined && mt > window)
          ctx.report({
            pointer: joinPointer(pointer, "maxTokens"),
            cap,
            messageId: "maxTokensAboveWindow",
            data: { value: num(mt), window: windowText, example: Math.floor(window / 4), catalogWindow: num(model.contextWindow) },
          });
      }

      const ct = isNumber(row.contextTokens) ? row.contextTokens : undefined;
      if (ct !== undefined && window !== undefined && ct > window)
        ctx.report({
          pointer: joinPointer(pointer, "contextTokens"),
          cap,
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

/**
 * Rows of custom ids on DashScope hosts (facts.qwenTarget by "host") with the catalog model of the host's
 * plan, when the catalog's limits for that id are the same in every Qwen catalog that lists it (limits
 * that differ by plan, like MiniMax-M2.5's, are seed data of one plan, not the model's).
 */
function hostRows(facts: ConfigFacts, catalog: Catalog) {
  return facts.rows.flatMap((r) => {
    const t = r.id === undefined ? undefined : facts.qwenTarget(r.provider.id);
    if (t?.by !== "host") return [];
    const model = catalog.chatModel(t.chat.id, r.id!);
    const all = catalog.chat.flatMap((c) => c.models.filter((m) => m.id === r.id));
    const same = all.every((m) => m.contextWindow === model?.contextWindow && m.maxTokens === model?.maxTokens);
    return [{ ...r, model: same ? model : undefined, host: true }];
  });
}
