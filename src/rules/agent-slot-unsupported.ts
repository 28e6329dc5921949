import { fix, renameKey } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { AGENT_ID, configPath, isObject, suggestAgentId } from "./util/schema.js";

/** agents.defaults slots OpenClaw has no per-agent form of. */
const DEFAULTS_ONLY = ["imageModel", "mediaModels", "pdfModel", "voiceModel"] as const;

export default defineRule({
  meta: {
    id: "agent-slot-unsupported",
    severity: "error",
    category: "structure",
    description: "imageModel, mediaModels, pdfModel or voiceModel under agents.entries.<id> (only agents.defaults has them), or an invalid agent id.",
    fixable: false,
    messages: {
      perAgentSlot: "{{path}} is not supported per agent and OpenClaw rejects the config; move it to agents.defaults.{{key}} (only agents.defaults supports it).",
      perAgentSlotTaken:
        "{{path}} is not supported per agent and OpenClaw rejects the config; only agents.defaults supports {{key}}, and agents.defaults.{{key}} is already set. Delete this one, or move its value to agents.defaults.{{key}} if every agent should use it.",
      agentIdInvalid: `Agent id "{{id}}" is invalid and OpenClaw rejects the config: ids are letters, digits, "_" and "-", at most 64 characters, not starting with "-" (OpenClaw checks {{source}}). Rename it to "{{better}}" and update anything that refers to the old id.`,
    },
  },
  check(ctx) {
    const agents = isObject(ctx.config) && isObject(ctx.config.agents) ? ctx.config.agents : undefined;
    if (!agents || !isObject(agents.entries)) return;
    const defaults = isObject(agents.defaults) ? agents.defaults : {};
    // Suggested ids must not collide with existing ones or with each other.
    const taken = new Set(Object.keys(agents.entries));
    for (const [id, entry] of Object.entries(agents.entries)) {
      const pointer = joinPointer("/agents/entries", id);
      if (!AGENT_ID.test(id)) {
        const better = suggestAgentId(id, taken);
        taken.add(better);
        const at = ctx.locate(pointer);
        ctx.report({
          pointer,
          target: "key",
          messageId: "agentIdInvalid", data: { id, source: AGENT_ID.source, better },
          suggestions: at ? [fix(`Rename agent "${id}" to "${better}"`, renameKey(at, better))].filter((f) => f !== undefined) : undefined,
        });
      }
      if (!isObject(entry)) continue;
      for (const key of DEFAULTS_ONLY) {
        if (!Object.hasOwn(entry, key)) continue;
        const path = configPath(ctx.config, joinPointer(pointer, key));
        const taken = Object.hasOwn(defaults, key);
        ctx.report({ pointer: joinPointer(pointer, key), target: "key", messageId: taken ? "perAgentSlotTaken" : "perAgentSlot", data: { path, key } });
      }
    }
  },
});
