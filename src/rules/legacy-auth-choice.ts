import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "legacy-auth-choice",
    severity: "warning",
    category: "legacy",
    description: "openclaw onboard --auth-choice modelstudio-... in scripts, Dockerfiles and Markdown; use the qwen-* choice.",
    fixable: true,
    input: "script",
  },
  checkScript(_ctx) {
    // TODO(implement)
  },
});
