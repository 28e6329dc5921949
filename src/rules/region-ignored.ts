import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "region-ignored",
    severity: "warning",
    category: "endpoints",
    description: "A region field on a Qwen provider: the plugin never reads it, the host decides.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
