// Compares the linter with a verdict the real OpenClaw gave (test/differential/verdicts.jsonl, recorded
// by `npm run differential`). Shared by that script and the test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lintText, ruleById, type Diagnostic } from "../../src/index.js";
import { loadUpstream } from "../../src/schema/openclaw-config.js";

export const VERDICTS = join(import.meta.dirname, "verdicts.jsonl");
/** `npm run differential -- --rare`: mutants of channels.<id> and plugins.entries.<id>.config. */
export const RARE_VERDICTS = join(import.meta.dirname, "rare-verdicts.jsonl");

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

/** The header line of a verdicts file: which OpenClaw made them, how, and how many. */
export const readHeader = (file = VERDICTS) => JSON.parse(readFileSync(file, "utf8").split("\n")[0]).header;

/** The OpenClaw version `npm run upstream` installs: the one recorded verdicts must come from. */
export const UPSTREAM_OPENCLAW: string = JSON.parse(readFileSync(new URL("../../scripts/data/openclaw/upstream.json", import.meta.url), "utf8")).openclaw;

export function readVerdicts(file = VERDICTS): Verdict[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith('{"header"'))
    .map((l) => JSON.parse(l));
}

/** A finding that says OpenClaw refuses the config: an error from a structure rule. */
export const claimsRefusal = (d: Diagnostic) => d.severity === "error" && ruleById.get(d.ruleId)?.meta.category === "structure";

/**
 * `/agents/entries/main` -> `agents.entries.main` (OpenClaw's issue paths; `<root>` is the root). A `/`
 * inside a key (`groups["spaces/AAAA"]`) is a `.` in the issue paths of plugin JSON Schemas and a `/` in
 * those of OpenClaw's zod schema: both sides compare with `.`.
 */
const dotted = (pointer: string) => pointer.split("/").slice(1).map((k) => k.replace(/~1/g, ".").replace(/~0/g, "~")).join(".");
const under = (a: string, b: string) => b === "" || a === b || a.startsWith(b + ".");

type S = Record<string, unknown>;
let schema: S | undefined;
/**
 * The dotted path of the deepest node above or at `path` (of `config`) that OpenClaw's schema types as a
 * union (anyOf/oneOf). A plugin's JSON Schema union makes OpenClaw list every branch's complaint (a
 * twitch account config missing `username` for one branch and `accounts` for the other): those are
 * alternatives, and one linter error inside the union answers all of them.
 */
function unionAbove(path: string): string | undefined {
  schema ??= loadUpstream(join(import.meta.dirname, "..", "..")).schema as S;
  let n: S | undefined = schema;
  let found: string | undefined;
  const keys = path === "" ? [] : path.split(".");
  for (let i = 0; n; i++) {
    const branches = (n.anyOf ?? n.oneOf) as S[] | undefined;
    if (branches) {
      found = keys.slice(0, i).join(".");
      n = branches.find((b) => b.type === "object") ?? branches[0];
    }
    if (i === keys.length) break;
    const k = keys[i];
    const props = n.properties as Record<string, S> | undefined;
    n = props?.[k] ?? (typeof n.additionalProperties === "object" ? (n.additionalProperties as S) : (n.items as S | undefined));
  }
  return found;
}

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
    const p = i.path === "<root>" ? "" : i.path.replace(/\//g, ".");
    if (at.some((a) => under(a, p) || (a !== "" && under(p, a) && p.split(".").length - a.split(".").length <= 1))) return false;
    const u = i.message.startsWith("invalid config: ") ? unionAbove(p) : undefined; // a plugin JSON Schema's union
    return u === undefined || !at.some((a) => under(a, u));
  });
  if (!missing.length) return { ok: true, errors, why: "" };
  return {
    ok: false,
    errors,
    why: `OpenClaw refuses at ${missing.map((i) => `${i.path}: ${i.message.slice(0, 100)}`).join(" | ")}; linter errors at [${at.join(", ")}]`,
  };
}
