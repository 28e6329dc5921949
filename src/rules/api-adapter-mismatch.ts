import { fix, replaceStringValue } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { API_ADAPTERS } from "../generated/openclaw.js";
import { qwenChatProvider, qwenRows } from "./util/catalog.js";
import { suggest } from "./util/rewrite.js";

/**
 * The plugin's transport for a Qwen chat provider id (endpoints.yaml `api`), and OpenClaw's other
 * adapters. Values outside its `api` enum, including the retired "openai", belong to invalid-value and
 * legacy-config-key, so one mistake gives one finding.
 */
const otherAdapter = (transport: string, api: unknown): api is string => typeof api === "string" && api !== transport && (API_ADAPTERS as readonly string[]).includes(api);

export default defineRule({
  meta: {
    id: "api-adapter-mismatch",
    severity: "warning",
    category: "catalog",
    description: "A Qwen provider or model row with an api other than openai-completions.",
    fixable: false,
    defers: {
      "modelstudio-override": "alias entries a custom provider took over",
    },
    messages: {
      wrongAdapter: `api "{{value}}" on {{where}}: the Qwen plugin's stream wrapper (thinking controls, usage) only runs for {{api}}, and DashScope's compatible-mode endpoints speak OpenAI chat completions, not this protocol. Set api: "{{api}}".`,
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    // A modelstudio entry with its own api is a custom provider that took the alias refs, not a Qwen
    // provider (qwenChatProvider leaves it out): modelstudio-override reports it, once.
    const transport = (id: string) => qwenChatProvider(facts, id)?.api;
    const report = (pointer: string, value: string, where: string, api: string) => {
      const at = ctx.locate(pointer);
      ctx.report({
        pointer,
        messageId: "wrongAdapter", data: { value, where, api },
        suggestions: at ? suggest(fix(`Set api to "${api}"`, replaceStringValue(at, api))) : undefined,
      });
    };

    for (const p of facts.providers) {
      const api = transport(p.id);
      if (api && otherAdapter(api, p.entry.api)) report(joinPointer(p.pointer, "api"), p.entry.api, `the ${p.id} provider`, api);
    }
    for (const row of qwenRows(facts, catalog)) {
      const api = transport(row.provider.id);
      if (api && otherAdapter(api, row.row.api)) report(joinPointer(row.pointer, "api"), row.row.api, `${row.provider.id} model row ${row.id ?? "(no id)"}`, api);
    }
  },
});
