import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "base-url-shape",
    severity: "error",
    category: "endpoints",
    description: "A Qwen baseUrl with http://, the wrong path for its host, or /chat/completions appended.",
    fixable: true,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
