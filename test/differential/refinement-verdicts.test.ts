// The linter against the real OpenClaw on hand-written probes of its rarer refinements and plugin-registry
// checks (test/differential/refinement-verdicts.jsonl: the refused and the accepted form of each,
// re-asked of OpenClaw with `npm run differential -- --recheck <file>`). Runs without OpenClaw, as
// differential.test.ts does for the seeded mutants.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compare, readHeader, readVerdicts, UPSTREAM_OPENCLAW } from "./compare.js";

const FILE = fileURLToPath(new URL("./refinement-verdicts.jsonl", import.meta.url));

/** Refusals left to OpenClaw on purpose, and why (a miss costs less than a false alarm). */
const KNOWN_MISSES: Record<string, string> = {
  "r-vnc-win": "C:\\ paths are absolute on Windows, where OpenClaw accepts them; the linter does not guess the Gateway's platform",
  "r-exec-space-path": "whether the command file exists is a fact of the Gateway's machine, not of the config",
  "r-hb-bogus-plugin": "a config that names its own plugins may get channels from them",
  "r-hb-bogus-plugin-allow": "a config that names its own plugins may get channels from them",
};

describe("differential: the rarer refinements against the real OpenClaw", () => {
  const header = readHeader(FILE);
  const verdicts = readVerdicts(FILE);

  it("the verdicts say which OpenClaw made them, and how", () => {
    expect(header.openclaw).toBe(UPSTREAM_OPENCLAW);
    expect(header.how).toMatch(/openclaw config validate --json/);
    expect(verdicts.length).toBe(header.count);
    expect(verdicts.filter((v) => v.openclaw.valid).length).toBeGreaterThanOrEqual(50);
    expect(verdicts.filter((v) => !v.openclaw.valid).length).toBeGreaterThanOrEqual(100);
  });

  it("no probe OpenClaw accepts gets an error that claims refusal", () => {
    const bad = verdicts.filter((v) => v.openclaw.valid).map((v) => ({ v, c: compare(v) })).filter((x) => !x.c.ok);
    expect(bad.map((x) => `${x.v.id}: ${x.c.why}`)).toEqual([]);
  });

  it("every probe OpenClaw refuses gets an error where OpenClaw points (except the known misses)", () => {
    const bad = verdicts.filter((v) => !v.openclaw.valid && !(v.id in KNOWN_MISSES)).map((v) => ({ v, c: compare(v) })).filter((x) => !x.c.ok);
    expect(bad.map((x) => `${x.v.id}: ${x.c.why}`)).toEqual([]);
  });

  it("the known misses are still misses (remove them from the list once fixed)", () => {
    expect(Object.keys(KNOWN_MISSES).filter((id) => !verdicts.some((v) => v.id === id))).toEqual([]);
    expect(verdicts.filter((v) => v.id in KNOWN_MISSES && compare(v).ok).map((v) => v.id)).toEqual([]);
  });
});
