import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "limit-exceeds-catalog",
    severity: "warning",
    category: "catalog",
    description: "contextWindow, maxTokens or contextTokens above the catalog limits or above the context window.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
