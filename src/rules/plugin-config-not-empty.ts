import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "plugin-config-not-empty",
    severity: "error",
    category: "plugin",
    description: "Keys under plugins.entries.qwen.config; the Qwen plugin takes no config.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
