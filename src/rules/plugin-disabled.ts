import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "plugin-disabled",
    severity: "error",
    category: "plugin",
    description: "Qwen model refs while the Qwen plugin is denied, disabled or missing from a non-empty allow list.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
