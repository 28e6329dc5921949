// The linter against the real OpenClaw's recorded verdicts (test/differential/verdicts.jsonl, made by
// `npm run differential` from seeded mutants across every top-level section; the header line says
// which OpenClaw and how). Runs without OpenClaw: every config OpenClaw refuses needs an error at the
// path OpenClaw names (or the key under it), and no config OpenClaw accepts may get an error that
// claims refusal. Known misses are listed with their reason and must stay misses until fixed.
import { describe, expect, it } from "vitest";
import { compare, readHeader, readVerdicts, UPSTREAM_OPENCLAW, VERDICTS } from "./compare.js";

/** Refusals the linter does not catch yet, and why. */
const KNOWN_MISSES: Record<string, string> = {};

describe("differential: linter vs the real OpenClaw", () => {
  const header = readHeader(VERDICTS);
  const verdicts = readVerdicts();

  it("the verdicts say which OpenClaw made them, and how", () => {
    expect(header.openclaw).toBe(UPSTREAM_OPENCLAW);
    expect(header.how).toMatch(/openclaw config validate --json/);
    expect(verdicts.length).toBe(header.count);
    expect(verdicts.length).toBeGreaterThanOrEqual(1000);
    // Every top-level section was mutated, and both outcomes occur.
    expect(new Set(verdicts.map((v) => v.section)).size).toBeGreaterThanOrEqual(40);
    expect(verdicts.some((v) => v.openclaw.valid) && verdicts.some((v) => !v.openclaw.valid)).toBe(true);
  });

  it("no config OpenClaw accepts gets an error that claims refusal", () => {
    const bad = verdicts.filter((v) => v.openclaw.valid).map((v) => ({ v, c: compare(v) })).filter((x) => !x.c.ok);
    expect(bad.map((x) => `${x.v.id}: ${x.c.why}`)).toEqual([]);
  });

  it("every config OpenClaw refuses gets an error where OpenClaw points (except the known misses)", () => {
    const bad = verdicts.filter((v) => !v.openclaw.valid && !(v.id in KNOWN_MISSES)).map((v) => ({ v, c: compare(v) })).filter((x) => !x.c.ok);
    expect(bad.map((x) => `${x.v.id} [${x.v.kind} ${x.v.what}]: ${x.c.why}`)).toEqual([]);
  });

  it("the known misses are still misses (remove them from the list once fixed)", () => {
    const fixed = verdicts.filter((v) => v.id in KNOWN_MISSES && compare(v).ok).map((v) => v.id);
    expect(fixed).toEqual([]);
  });
});
