import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "unknown-model",
    severity: "warning",
    category: "catalog",
    description: "A Qwen model ref or row id the catalog does not know for that provider, with did-you-mean.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
