import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "custom-provider-incomplete",
    severity: "error",
    category: "structure",
    description: "A provider id that is not a built-in overlay and lacks baseUrl or models (typos like qwne included).",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
