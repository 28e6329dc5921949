import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "prefer-standard-endpoint",
    severity: "warning",
    category: "catalog",
    description: "A model the Qwen page advises to use on the Standard endpoint (qwen3.6-plus) selected on the Coding Plan.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
