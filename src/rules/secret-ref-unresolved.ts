import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "secret-ref-unresolved",
    severity: "warning",
    category: "structure",
    description: "A SecretRef naming a secrets provider that is not defined in secrets.providers.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
