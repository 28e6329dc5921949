import { fix, replaceStringValue } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { API_ADAPTERS } from "../generated/openclaw.js";
import { qwenChatProvider, qwenRows, suggest } from "./util/models.js";

const CHAT_COMPLETIONS = "openai-completions";
/**
 * OpenClaw's other adapters. Values outside its `api` enum, including the retired "openai", belong to
 * invalid-value and legacy-config-key, so one mistake gives one finding.
 */
const OTHER_ADAPTERS: readonly string[] = API_ADAPTERS.filter((a) => a !== CHAT_COMPLETIONS);

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
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    // A modelstudio entry with its own api is a custom provider that took the alias refs, not a Qwen
    // provider (qwenChatProvider leaves it out): modelstudio-override reports it, once.
    const owned = (id: string) => !!qwenChatProvider(facts, id);
    const why = `the Qwen plugin's stream wrapper (thinking controls, usage) only runs for ${CHAT_COMPLETIONS}, and DashScope's compatible-mode endpoints speak OpenAI chat completions, not this protocol.`;
    const report = (pointer: string, value: string, where: string) => {
      const at = ctx.locate(pointer);
      ctx.report({
        pointer,
        message: `api "${value}" on ${where}: ${why} Set api: "${CHAT_COMPLETIONS}".`,
        suggestions: at ? suggest(fix(`Set api to "${CHAT_COMPLETIONS}"`, replaceStringValue(at, CHAT_COMPLETIONS))) : undefined,
      });
    };

    for (const p of facts.providers) {
      const api = p.entry.api;
      if (owned(p.id) && typeof api === "string" && OTHER_ADAPTERS.includes(api)) report(joinPointer(p.pointer, "api"), api, `the ${p.id} provider`);
    }
    for (const row of qwenRows(facts, catalog)) {
      const api = row.row.api;
      if (owned(row.provider.id) && typeof api === "string" && OTHER_ADAPTERS.includes(api))
        report(joinPointer(row.pointer, "api"), api, `${row.provider.id} model row ${row.id ?? "(no id)"}`);
    }
  },
});
