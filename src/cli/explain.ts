// `openclaw-qwen-lint explain <rule-id>`: the rule's documentation page (docs/rules/<id>.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rules } from "../rules/index.js";
import { didYouMean } from "../engine/did-you-mean.js";
import { PACKAGE_ROOT } from "../engine/docs-url.js";
import { UsageError } from "./errors.js";
import type { CliIO } from "./io.js";

export function explainCommand(ruleId: string, io: CliIO): number {
  const rule = rules.find((r) => r.meta.id === ruleId);
  if (!rule) {
    const near = didYouMean(ruleId, rules.map((r) => r.meta.id), 3);
    throw new UsageError(`unknown rule "${ruleId}"${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : "; `openclaw-qwen-lint rules` lists the rule ids"}`);
  }
  let text: string;
  try {
    text = readFileSync(join(PACKAGE_ROOT, "docs", "rules", `${ruleId}.md`), "utf8");
  } catch {
    const m = rule.meta;
    text = `# ${m.id}\n\n**Severity:** ${m.severity} · **Category:** ${m.category} · **Fixable:** ${m.fixable ? "yes" : "no"}\n\n${m.description}\n\n(No documentation page for this rule yet.)\n`;
  }
  io.stdout(text.endsWith("\n") ? text : text + "\n");
  return 0;
}
