import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "video-requires-standard",
    severity: "error",
    category: "endpoints",
    description: "Wan video generation while the Qwen provider uses a Coding Plan or Token Plan host or key.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
