import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "auth-choice-flag-mismatch",
    severity: "error",
    category: "legacy",
    description: "openclaw onboard with a key flag that belongs to another auth choice.",
    fixable: false,
    input: "script",
  },
  checkScript(_ctx) {
    // TODO(implement)
  },
});
