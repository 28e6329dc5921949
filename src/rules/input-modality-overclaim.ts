import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "input-modality-overclaim",
    severity: "warning",
    category: "catalog",
    description: "A models[] row declaring input kinds the catalog model does not accept.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
