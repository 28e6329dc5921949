import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "unused-disable-directive",
    severity: "warning",
    category: "structure",
    description: "An openclaw-qwen-lint-disable comment that suppresses nothing or names an unknown rule.",
    fixable: false,
    messages: {
      unknownRule: "This directive names unknown rule {{rules}}; `openclaw-qwen-lint rules` lists the rule ids.",
      unknownRules: "This directive names unknown rules {{rules}}; `openclaw-qwen-lint rules` lists the rule ids.",
      misplaced: "A disable-file directive must come before the first token of the file; move it to the top.",
      suppressesNothing: "This directive suppresses nothing; remove it.",
      noFindingInFile: "This directive suppresses nothing (no {{rules}} finding in this file); remove it.",
      noFindingOnLine: "This directive suppresses nothing (no {{rules}} finding on line {{line}}); remove it.",
    },
  },
  // The engine emits this rule after applying inline directives.
});
