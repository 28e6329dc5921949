import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "model-ref-invalid",
    severity: "error",
    category: "catalog",
    description: "An empty or malformed model ref.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
