import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "agent-slot-unsupported",
    severity: "error",
    category: "structure",
    description: "imageModel, mediaModels, pdfModel or voiceModel under agents.entries.<id> (only agents.defaults has them), or an invalid agent id.",
    fixable: false,
  },
  check(_ctx) {
    // TODO(implement)
  },
});
