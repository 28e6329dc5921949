import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "daemon-env",
    severity: "info",
    category: "security",
    description: "A Qwen key taken from the environment while nothing makes it reach a launchd/systemd Gateway.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
