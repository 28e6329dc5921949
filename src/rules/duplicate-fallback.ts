import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "duplicate-fallback",
    severity: "warning",
    category: "catalog",
    description: "A fallback that repeats the primary or an earlier fallback.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
