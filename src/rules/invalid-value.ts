import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "invalid-value",
    severity: "error",
    category: "structure",
    description: "A value of the wrong type, enum or pattern, naming the shape OpenClaw expects.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
