import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "unused-disable-directive",
    severity: "warning",
    category: "structure",
    description: "An openclaw-qwen-lint-disable comment that suppresses nothing or names an unknown rule.",
    fixable: false,
  },
  // The engine emits this rule after applying inline directives.
});
