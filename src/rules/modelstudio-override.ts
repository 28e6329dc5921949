import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "modelstudio-override",
    severity: "warning",
    category: "legacy",
    description: "A custom models.providers.modelstudio entry that takes modelstudio/ refs away from Qwen.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
