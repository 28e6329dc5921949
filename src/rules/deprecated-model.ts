import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "deprecated-model",
    severity: "warning",
    category: "catalog",
    description: "A deprecated or retired model (qwen-token-plan/qwen3-coder-next, qwen-vl-max-latest) with its replacement.",
    fixable: true,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
