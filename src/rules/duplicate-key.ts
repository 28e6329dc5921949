import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "duplicate-key",
    severity: "warning",
    category: "structure",
    description: "The same key twice in one object; OpenClaw silently keeps the last one.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
