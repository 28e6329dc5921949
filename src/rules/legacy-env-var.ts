import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "legacy-env-var",
    severity: "info",
    category: "legacy",
    description: "MODELSTUDIO_API_KEY or DASHSCOPE_API_KEY instead of QWEN_API_KEY (warning when they conflict).",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
