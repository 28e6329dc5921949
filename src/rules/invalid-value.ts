import { defineRule } from "../engine/rule.js";
import { INVALID_VALUE_MESSAGES, reportSchemaIssues } from "./util/schema.js";

export default defineRule({
  meta: {
    id: "invalid-value",
    severity: "error",
    category: "structure",
    description: "A value of the wrong type, enum or pattern, naming the shape OpenClaw expects.",
    fixable: true,
    messages: {
      ...INVALID_VALUE_MESSAGES,
      // The engine reports this one before any rule runs (src/engine/linter.ts).
      rootNotObject: "The config must be an object ({ ... }), not {{what}}.",
    },
  },
  check(ctx) {
    reportSchemaIssues(ctx, "invalid-value");
  },
});
