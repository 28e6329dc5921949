import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "api-adapter-mismatch",
    severity: "warning",
    category: "catalog",
    description: "A Qwen provider or model row with an api other than openai-completions.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
