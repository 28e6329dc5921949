import { getAt, joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { qwenChatProvider, qwenRows, selectedQwenRefs } from "./util/catalog.js";
import { isObject } from "../engine/json.js";

// DashScope request fields, as users write them into params.
const BUDGET = "thinking_budget";
const EFFORT = "reasoning_effort";

export default defineRule({
  meta: {
    id: "thinking-params-conflict",
    severity: "warning",
    category: "catalog",
    description: "thinking_budget together with reasoning_effort in Qwen model params (the plugin drops reasoning_effort).",
    fixable: false,
    messages: {
      bothThinkingParams: "{{where}} set both thinking_budget and reasoning_effort; {{explain}}",
    },
  },
  check(ctx) {
    const { catalog, facts, config } = ctx;
    const explain = `DashScope rejects requests that carry both, so the Qwen plugin drops reasoning_effort and only thinking_budget applies. Remove reasoning_effort, or remove thinking_budget if you want the effort level.`;
    // `where` is worded only for a conflict: every listed model, provider and row is looked at, and
    // almost none sets both.
    const check = (pointer: string, where: () => string) => {
      const params = getAt(config, pointer);
      if (!isObject(params) || params[BUDGET] == null || params[EFFORT] == null) return;
      ctx.report({ pointer: joinPointer(pointer, EFFORT), target: "key", messageId: "bothThinkingParams", data: { where: where(), explain } });
    };

    // Per-model params: listing keys of a Qwen model (agents.defaults and agents.entries.<id>).
    for (const site of facts.refs)
      if (site.slot.kind === "listing" && site.ref && qwenChatProvider(facts, site.ref.providerId)) check(joinPointer(site.pointer, "params"), () => `The params of "${site.raw}"`);
    for (const p of facts.providers) if (qwenChatProvider(facts, p.id)) check(joinPointer(p.pointer, "params"), () => `models.providers.${p.id}.params`);
    for (const row of qwenRows(facts, catalog)) check(joinPointer(row.pointer, "params"), () => `The params of ${row.provider.id} model row ${row.id ?? "(no id)"}`);

    // Agent-wide params reach every model; they matter here only when a Qwen model is in use.
    const selected = selectedQwenRefs(facts);
    if (selected.length === 0) return;
    const example = `"${selected[0].raw}"`;
    check("/agents/defaults/params", () => `agents.defaults.params apply to every model, including ${example}, and`);
    const entries = getAt(config, "/agents/entries");
    if (!isObject(entries)) return;
    // One pass over the refs (not one per agent): a big roster stays linear.
    const firstByAgent = new Map<string, (typeof selected)[number]>();
    for (const s of selected) if (s.slot.agentId !== undefined && !firstByAgent.has(s.slot.agentId)) firstByAgent.set(s.slot.agentId, s);
    const viaDefaults = selected.find((s) => (s.slot.path === "agents.defaults.model" || s.slot.path.startsWith("agents.defaults.model.")));
    for (const id of Object.keys(entries)) {
      const own = firstByAgent.get(id);
      // An agent without its own Qwen ref uses a Qwen model only through the defaults.
      const uses = own ?? (isObject(entries[id]) && !("model" in (entries[id] as object)) ? viaDefaults : undefined);
      if (uses) check(joinPointer("/agents/entries", id, "params"), () => `agents.entries.${id}.params apply to every model of this agent, including "${uses.raw}", and`);
    }
  },
});
