// The generated header of a rule page (default severity, category, fixable, input, options), between
// markers that `npm run generate` rewrites from the rule's metadata. Shared by the docs generator and
// the new-rule scaffold, so a scaffolded page carries the same markers from its first commit.
import type { RuleMeta } from "../../src/engine/rule.js";

export const HEADER_START = "<!-- header:start: generated from the rule's metadata by `npm run generate` -->";
export const HEADER_END = "<!-- header:end -->";

const INPUTS: Record<NonNullable<RuleMeta["input"]>, string> = {
  config: "OpenClaw configs (JSON5)",
  script: "shell scripts, Dockerfiles, Markdown",
  installation: "an OpenClaw installation (state dir and .env files)",
};

export function pageHeader(meta: Pick<RuleMeta, "severity" | "category" | "fixable" | "input">): string {
  return [
    HEADER_START,
    `**Severity:** ${meta.severity} · **Category:** ${meta.category} · **Fixable:** ${meta.fixable ? "yes" : "no"} · **Input:** ${INPUTS[meta.input ?? "config"]} · **Options:** none`,
    HEADER_END,
  ].join("\n");
}
