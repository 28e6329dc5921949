import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "env-placeholder",
    severity: "warning",
    category: "structure",
    description: "A ${...} placeholder OpenClaw will not substitute, or one in a field that is not a string.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
