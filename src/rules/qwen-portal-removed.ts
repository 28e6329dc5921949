import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "qwen-portal-removed",
    severity: "error",
    category: "legacy",
    description: "Removed Qwen Portal OAuth providers, hosts, refs and auth profiles.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
