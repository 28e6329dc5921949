import { fix, quoteLike } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { configPath, isObject, squash } from "./util/schema.js";

export default defineRule({
  meta: {
    id: "model-row-incomplete",
    severity: "error",
    category: "structure",
    description: "A models[] row without id or name; OpenClaw rejects it.",
    fixable: true,
    defers: {
      "invalid-value": "non-string ids and names",
    },
    messages: {
      rowWithoutIdAndName:
        '{{where}} has neither id nor name; OpenClaw rejects rows without them. Give it the provider-local model id and a display name, e.g. { id: "{{exampleId}}", name: "{{exampleName}}" }, or delete the row.',
      rowEmptyIdAndName:
        '{{where}} has an empty id and name; OpenClaw rejects rows without them. Give it the provider-local model id and a display name, e.g. { id: "{{exampleId}}", name: "{{exampleName}}" }, or delete the row.',
      nameMissing: '{{where}} ({{id}}) has no name; OpenClaw rejects the config when a model row lacks one. Add name: "{{name}}"{{pluginName}}.',
      nameMissingNoId: '{{where}} has no name; OpenClaw rejects the config when a model row lacks one. Add a display name, e.g. name: "Model name".',
      nameEmpty: '{{where}} ({{id}}) has an empty name; OpenClaw rejects the config when a model row lacks one. Set name: "{{name}}"{{pluginName}}.',
      nameEmptyNoId: '{{where}} has an empty name; OpenClaw rejects the config when a model row lacks one. Set a display name, e.g. name: "Model name".',
      idMissing: '{{where}}{{nameNote}} has no id; OpenClaw rejects the config when a model row lacks one. Add the provider-local model id (no "{{provider}}/" prefix){{guess}}.',
      idEmpty: '{{where}}{{nameNote}} has an empty id; OpenClaw rejects the config when a model row lacks one. Add the provider-local model id (no "{{provider}}/" prefix){{guess}}.',
    },
  },
  check(ctx) {
    const present = (v: unknown) => typeof v === "string" && v.trim() !== "";
    for (const p of ctx.facts.providers) {
      if (!Array.isArray(p.entry.models)) continue;
      p.entry.models.forEach((row, i) => {
        if (!isObject(row)) return;
        const rowPtr = joinPointer(p.pointer, "models", i);
        const where = configPath(ctx.config, rowPtr);
        // Non-string ids and names are invalid-value's finding.
        const idBad = row.id === undefined || row.id === "" || (typeof row.id === "string" && !present(row.id));
        const nameBad = row.name === undefined || row.name === "" || (typeof row.name === "string" && !present(row.name));
        if (!idBad && !nameBad) return;
        const known = (id: string) => ctx.catalog.chatModel(p.id, id);
        if (idBad && nameBad) {
          const neither = row.id === undefined && row.name === undefined;
          const example = ctx.catalog.chatCatalogFor(p.id)?.defaultModel;
          ctx.report({
            pointer: rowPtr,
            messageId: neither ? "rowWithoutIdAndName" : "rowEmptyIdAndName",
            data: { where, exampleId: example ?? "model-id", exampleName: example ?? "Model name" },
          });
          return;
        }
        if (nameBad) {
          // A non-string id is invalid-value's finding: say nothing about it here, and offer no fix.
          const id = typeof row.id === "string" ? row.id : undefined;
          const name = id === undefined ? undefined : (known(id)?.name ?? id);
          const idPtr = joinPointer(rowPtr, "id");
          const at = ctx.locate(idPtr);
          const missing = row.name === undefined;
          const edit =
            at && missing && at.loc.key && name !== undefined
              ? fix(`Add name: "${name}"`, {
                  start: at.loc.value.end.offset,
                  end: at.loc.value.end.offset,
                  text: `, ${quoteLike(at.source.text.slice(at.loc.key.start.offset, at.loc.key.end.offset), "name")}: ${quoteLike(at.source.text.slice(at.loc.value.start.offset, at.loc.value.end.offset), name)}`,
                })
              : undefined;
          ctx.report({
            pointer: missing ? idPtr : joinPointer(rowPtr, "name"),
            messageId: missing ? (id === undefined ? "nameMissingNoId" : "nameMissing") : id === undefined ? "nameEmptyNoId" : "nameEmpty",
            data: { where, id, name, pluginName: id !== undefined && known(id) ? " (the name the Qwen plugin uses)" : "" },
            fix: edit,
          });
          return;
        }
        // A non-string name (null, true, 5, { ... }) is invalid-value's finding; no guess from it.
        const name = typeof row.name === "string" ? row.name : undefined;
        const guess = name === undefined ? undefined : ctx.catalog.chatCatalogFor(p.id)?.models.find((m) => squash(m.id) === squash(name) || squash(m.name) === squash(name));
        ctx.report({
          pointer: row.id === undefined ? (row.name === undefined ? rowPtr : joinPointer(rowPtr, "name")) : joinPointer(rowPtr, "id"),
          messageId: row.id === undefined ? "idMissing" : "idEmpty",
          data: { where, nameNote: name === undefined ? "" : ` (${name})`, provider: p.id, guess: guess ? `: id: "${guess.id}"` : "" },
        });
      });
    }
  },
});
