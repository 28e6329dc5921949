import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "secret-ref-invalid",
    severity: "error",
    category: "structure",
    description: "A SecretRef object with a missing or wrong source, provider or id.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
