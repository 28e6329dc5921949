// Compares the linter with a verdict the real OpenClaw gave (test/differential/verdicts.jsonl, recorded
// by `npm run differential`). Shared by that script and the test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lintText, ruleById, type Diagnostic } from "../../src/index.js";

export const VERDICTS = join(import.meta.dirname, "verdicts.jsonl");

export interface Verdict {
  id: string;
  openclawVersion: string;
  source: string;
  section: string;
  kind: string;
  what: string;
  config: Record<string, unknown>;
  openclaw: { valid: boolean; issues: { path: string; message: string }[] };
}

export function readVerdicts(file = VERDICTS): Verdict[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith('{"header"'))
    .map((l) => JSON.parse(l));
}

/** A finding that says OpenClaw refuses the config: an error from a structure rule. */
export const claimsRefusal = (d: Diagnostic) => d.severity === "error" && ruleById.get(d.ruleId)?.meta.category === "structure";

const unescape = (s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~");
/** `/agents/entries/main` -> `agents.entries.main` (OpenClaw's issue paths; `<root>` is the root). */
const dotted = (pointer: string) => pointer.split("/").slice(1).map(unescape).join(".");
const under = (a: string, b: string) => b === "" || a === b || a.startsWith(b + ".");

export function compare(v: Verdict): { ok: boolean; errors: Diagnostic[]; why: string } {
  const result = lintText(JSON.stringify(v.config, null, 2), { filePath: "/virtual/openclaw.json", env: {} });
  const errors = result.diagnostics.filter(claimsRefusal);
  const at = errors.map((d) => dotted(d.pointer ?? ""));
  if (v.openclaw.valid) {
    return errors.length
      ? { ok: false, errors, why: `OpenClaw accepts it; linter claims refusal: ${errors.map((d) => `${d.ruleId}@${dotted(d.pointer ?? "")}: ${d.message.slice(0, 120)}`).join(" | ")}` }
      : { ok: true, errors, why: "" };
  }
  // Every issue OpenClaw names needs an error at its path or below it (OpenClaw reports an unknown key
  // at the parent object; the linter at the key).
  const missing = v.openclaw.issues.filter((i) => {
    const p = i.path === "<root>" ? "" : i.path;
    return !at.some((a) => under(a, p) || (a !== "" && under(p, a) && p.split(".").length - a.split(".").length <= 1));
  });
  if (!missing.length) return { ok: true, errors, why: "" };
  return {
    ok: false,
    errors,
    why: `OpenClaw refuses at ${missing.map((i) => `${i.path}: ${i.message.slice(0, 100)}`).join(" | ")}; linter errors at [${at.join(", ")}]`,
  };
}
