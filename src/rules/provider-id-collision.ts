import { basename } from "node:path";
import type { ProviderSite } from "../engine/facts.js";
import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "provider-id-collision",
    severity: "warning",
    category: "structure",
    description: "Provider ids that are equal after lower-casing; one shadows the other.",
    fixable: false,
    messages: {
      caseCollision: `"{{id}}" and "{{id2}}" are the same provider to OpenClaw, which compares provider ids lower-cased; the Qwen plugin uses the first match, models.providers.{{id2}}{{detail}}, and ignores this entry. Merge the two into one "{{id3}}" block.`,
    },
  },
  check(ctx) {
    const first = new Map<string, ProviderSite>();
    for (const p of ctx.facts.providers) {
      const id = p.id.toLowerCase();
      // Which entry wins is only known for the Qwen plugin's ids.
      if (!ctx.catalog.provider(id)) continue;
      const winner = first.get(id);
      if (!winner) {
        first.set(id, p);
        continue;
      }
      const here = ctx.locate(p.pointer);
      const there = ctx.locate(winner.pointer);
      const line = there?.loc.key ? `line ${there.loc.key.start.line}${here && here.loc.file !== there.loc.file ? ` of ${basename(there.loc.file)}` : ""}` : undefined;
      ctx.report({
        pointer: p.pointer,
        target: "key",
        messageId: "caseCollision", data: { id: p.id, id2: winner.id, detail: line ? ` (${line})` : "", id3: id },
      });
    }
  },
});
