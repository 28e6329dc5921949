import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "token-plan-unattended",
    severity: "warning",
    category: "endpoints",
    description: "Token Plan models in unattended slots (heartbeat, hooks, memory flush): the plan is for interactive use only.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
