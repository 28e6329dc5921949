import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "model-id-prefixed",
    severity: "warning",
    category: "catalog",
    description: "A models[].id with a provider prefix (ids are provider-local).",
    fixable: true,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
