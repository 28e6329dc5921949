import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "api-key-plan-mismatch",
    severity: "warning",
    category: "endpoints",
    description: "A literal API key whose shape contradicts the endpoint's plan (sk-sp- vs pay-as-you-go keys).",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
