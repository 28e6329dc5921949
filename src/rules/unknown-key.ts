import { defineRule } from "../engine/rule.js";
import { reportSchemaIssues, UNKNOWN_KEY_MESSAGES } from "./util/schema.js";

export default defineRule({
  meta: {
    id: "unknown-key",
    severity: "error",
    category: "structure",
    description: "A key OpenClaw does not allow anywhere in the config (OpenClaw refuses it), with did-you-mean.",
    fixable: true,
    messages: UNKNOWN_KEY_MESSAGES,
  },
  check(ctx) {
    reportSchemaIssues(ctx, "unknown-key");
  },
});
