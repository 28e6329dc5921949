import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "media-understanding-requires-standard",
    severity: "warning",
    category: "endpoints",
    description: "Qwen image/video understanding while the Qwen provider is not on a Standard endpoint.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
