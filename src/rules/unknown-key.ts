import { defineRule } from "../engine/rule.js";
import { schemaIssues } from "./util/schema.js";

export default defineRule({
  meta: {
    id: "unknown-key",
    severity: "error",
    category: "structure",
    description: "A key OpenClaw does not allow anywhere in the config (OpenClaw refuses it), with did-you-mean.",
    fixable: true,
  },
  check(ctx) {
    for (const issue of schemaIssues(ctx))
      if (issue.rule === "unknown-key") ctx.report({ pointer: issue.pointer, target: issue.target, message: issue.message, fix: issue.fix, suggestions: issue.suggestions });
  },
});
