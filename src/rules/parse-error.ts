import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "parse-error",
    severity: "error",
    category: "structure",
    description: "The file is not valid JSON5; nothing else is checked until the syntax is fixed.",
    fixable: false,
    messages: {
      // `problem` is the parser's own description (src/engine/parse.ts), without its final period.
      notJson5: "{{problem}}. {{file}} is not valid JSON5, so nothing else was checked.",
      notJson5Here: "{{problem}}. This file is not valid JSON5, so nothing else was checked.",
    },
  },
  // The engine emits this rule when the file (or an $include'd file) fails to parse.
});
