import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "model-row-incomplete",
    severity: "error",
    category: "structure",
    description: "A models[] row without id or name; OpenClaw rejects it.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
