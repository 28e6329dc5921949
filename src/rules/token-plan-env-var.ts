import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "token-plan-env-var",
    severity: "warning",
    category: "legacy",
    description: "A Token Plan setup whose key is only given as QWEN_API_KEY (Token Plan reads QWEN_TOKEN_PLAN_API_KEY).",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
