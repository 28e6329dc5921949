import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "unknown-endpoint",
    severity: "warning",
    category: "endpoints",
    description: "A Qwen provider whose baseUrl host is not one of the six Qwen endpoints.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
