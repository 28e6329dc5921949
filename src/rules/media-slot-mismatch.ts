import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "media-slot-mismatch",
    severity: "error",
    category: "catalog",
    description: "A Wan video model in a chat slot, a chat model in mediaModels.video, or a Qwen ref in mediaModels.image.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
