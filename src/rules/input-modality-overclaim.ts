import { fix, quoteLike, replaceValueText } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { inputList } from "../catalog/describe.js";
import { INPUT_KINDS, qwenRows } from "./util/catalog.js";
import { suggest } from "./util/rewrite.js";

export default defineRule({
  meta: {
    id: "input-modality-overclaim",
    severity: "warning",
    category: "catalog",
    description: "A models[] row declaring input kinds the catalog model does not accept.",
    fixable: false,
    defers: {
      "unknown-model": "row ids the catalog does not know (no catalog input to compare with)",
    },
    messages: {
      inputOverclaimed: `{{id}}/{{id2}} accepts {{inputList}} only, not {{kind}} input (Qwen catalog); with "{{kind}}" declared, OpenClaw sends {{plural}} straight to this model instead of to a model that can read {{detail}}, and the request fails. Set input: {{text}}.`,
    },
  },
  check(ctx) {
    for (const { provider, pointer, row, id, model } of qwenRows(ctx.facts, ctx.catalog)) {
      // Unknown ids have no catalog input to compare with (unknown-model reports the id).
      if (!model || !Array.isArray(row.input)) continue;
      const inputPointer = joinPointer(pointer, "input");
      const list = ctx.locate(inputPointer);
      row.input.forEach((kind, i) => {
        if (typeof kind !== "string" || !INPUT_KINDS.includes(kind) || (model.input as readonly string[]).includes(kind)) return;
        const itemPointer = joinPointer(inputPointer, i);
        const item = ctx.locate(itemPointer);
        const quote = item ? item.source.text.slice(item.loc.value.start.offset, item.loc.value.end.offset) : '"';
        const text = `[${model.input.map((k) => quoteLike(quote, k)).join(", ")}]`;
        ctx.report({
          pointer: itemPointer,
          messageId: "inputOverclaimed", data: { id: provider.id, id2: id, inputList: inputList(model.input), kind, plural: plural(kind), detail: kind === "audio" ? "it" : "them", text },
          suggestions: list ? suggest(fix(`Set input to ${text}`, replaceValueText(list, text))) : undefined,
        });
      });
    }
  },
});

const plural = (kind: string) => (kind === "audio" ? "audio" : `${kind}s`);
