import { defineRule } from "../engine/rule.js";
import { schemaIssues } from "./util/schema.js";

export default defineRule({
  meta: {
    id: "invalid-value",
    severity: "error",
    category: "structure",
    description: "A value of the wrong type, enum or pattern, naming the shape OpenClaw expects.",
    fixable: true,
  },
  check(ctx) {
    for (const issue of schemaIssues(ctx))
      if (issue.rule === "invalid-value") ctx.report({ pointer: issue.pointer, target: issue.target, message: issue.message, fix: issue.fix, suggestions: issue.suggestions });
  },
});
