import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "include-error",
    severity: "error",
    category: "structure",
    description: "An $include that cannot be resolved: missing file, cycle, escape from the config directory, depth or size limit.",
    fixable: false,
    messages: {
      // The engine's include resolver describes the problem and its fix (src/engine/include.ts).
      includeProblem: "{{problem}}",
    },
  },
  check(ctx) {
    // The engine resolves $include while it builds the config; each failure is placed on the
    // `$include` value (or list item) in the file that wrote it, which may itself be included.
    for (const p of ctx.includeProblems) ctx.report({ pointer: p.pointer, messageId: "includeProblem", data: { problem: p.message }, at: { file: p.file, span: p.span } });
  },
});
