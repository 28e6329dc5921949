import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "unknown-key",
    severity: "error",
    category: "structure",
    description: "A key OpenClaw does not allow in a Qwen-relevant object (OpenClaw refuses the config), with did-you-mean.",
    fixable: true,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
