import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "bare-model-ref",
    severity: "warning",
    category: "catalog",
    description: "A model ref without a provider that matches a Qwen model id (deprecated resolution path).",
    fixable: true,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
