// `openclaw-qwen-lint rules [--format json]`: every rule with its defaults.
import { rules } from "../rules/index.js";
import { docsUrl } from "../engine/docs-url.js";
import type { CliIO } from "./io.js";

export function rulesCommand(format: "text" | "json", io: CliIO): number {
  const rows = rules.map(({ meta }) => ({
    id: meta.id,
    severity: meta.severity,
    category: meta.category,
    fixable: meta.fixable,
    input: meta.input ?? "config",
    description: meta.description,
    docsUrl: docsUrl(meta.id),
  }));
  if (format === "json") {
    io.stdout(JSON.stringify(rows, null, 2) + "\n");
    return 0;
  }
  const head = ["RULE", "SEVERITY", "CATEGORY", "FIXABLE", "DESCRIPTION"];
  const cells = rows.map((r) => [r.id, r.severity, r.category, r.fixable ? "yes" : "no", r.input === "script" ? `${r.description} (scripts)` : r.description]);
  const widths = head.slice(0, -1).map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i < widths.length ? x.padEnd(widths[i]) : x)).join("  ").trimEnd() + "\n";
  io.stdout(line(head) + cells.map(line).join("") + `\n${rows.length} rules. \`openclaw-qwen-lint explain <rule>\` shows one rule's documentation.\n`);
  return 0;
}
