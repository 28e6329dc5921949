import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "legacy-token-plan-provider",
    severity: "info",
    category: "legacy",
    description: "The legacy bailian-token-plan provider id; use qwen-token-plan.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
