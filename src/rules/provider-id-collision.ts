import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "provider-id-collision",
    severity: "warning",
    category: "structure",
    description: "Provider ids that are equal after lower-casing; one shadows the other.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
