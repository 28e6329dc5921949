import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "legacy-config-key",
    severity: "error",
    category: "structure",
    description: "A retired key OpenClaw now rejects or migrates (videoGenerationModel, flat env keys, api \"openai\", agents.list).",
    fixable: true,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
