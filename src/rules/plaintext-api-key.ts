import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "plaintext-api-key",
    severity: "warning",
    category: "security",
    description: "A literal secret in apiKey, headers, request auth or env.vars (the value is never printed).",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
