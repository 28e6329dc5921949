import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "thinking-params-conflict",
    severity: "warning",
    category: "catalog",
    description: "thinking_budget together with reasoning_effort in Qwen model params (the plugin drops reasoning_effort).",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
