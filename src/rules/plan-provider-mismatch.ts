import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "plan-provider-mismatch",
    severity: "error",
    category: "endpoints",
    description: "qwen-token-plan on a non-Token-Plan host, or qwen on a Token Plan host.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
