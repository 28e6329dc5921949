import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "parse-error",
    severity: "error",
    category: "structure",
    description: "The file is not valid JSON5; nothing else is checked until the syntax is fixed.",
    fixable: false,
  },
  // The engine emits this rule when the file (or an $include'd file) fails to parse.
});
