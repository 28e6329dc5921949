// The linter against the real OpenClaw on the subtrees the whole-file mutants rarely reach: channels.<id>
// and plugins.entries.<id>.config (test/differential/rare-verdicts.jsonl, made by
// `npm run differential -- --rare` from the JSON5 examples of OpenClaw's own docs, unchanged and mutated).
// Runs without OpenClaw, as differential.test.ts does for the whole-file mutants.
import { describe, expect, it } from "vitest";
import { compare, RARE_VERDICTS, readHeader, readVerdicts, UPSTREAM_OPENCLAW } from "./compare.js";

describe("differential: channel and plugin config against the real OpenClaw", () => {
  const header = readHeader(RARE_VERDICTS);
  const verdicts = readVerdicts(RARE_VERDICTS);

  it("the verdicts say which OpenClaw made them, and how", () => {
    expect(header.openclaw).toBe(UPSTREAM_OPENCLAW);
    expect(header.how).toMatch(/openclaw config validate --json/);
    expect(verdicts.length).toBe(header.count);
    // Most bundled channels and plugin configs are reached, unchanged (the docs' examples) and mutated.
    const sections = new Set(verdicts.map((v) => v.section));
    expect([...sections].filter((s) => s.startsWith("channels.")).length).toBeGreaterThanOrEqual(20);
    expect(sections.has("plugins.entries.*.config")).toBe(true);
    expect(verdicts.filter((v) => v.kind === "seed").length).toBeGreaterThanOrEqual(300);
    expect(verdicts.some((v) => v.openclaw.valid) && verdicts.some((v) => !v.openclaw.valid)).toBe(true);
  });

  it("no config OpenClaw accepts gets an error that claims refusal", () => {
    const bad = verdicts.filter((v) => v.openclaw.valid).map((v) => ({ v, c: compare(v) })).filter((x) => !x.c.ok);
    expect(bad.map((x) => `${x.v.id}: ${x.c.why}`)).toEqual([]);
  });

  it("every config OpenClaw refuses gets an error where OpenClaw points", () => {
    const bad = verdicts.filter((v) => !v.openclaw.valid).map((v) => ({ v, c: compare(v) })).filter((x) => !x.c.ok);
    expect(bad.map((x) => `${x.v.id} [${x.v.kind} ${x.v.what}]: ${x.c.why}`)).toEqual([]);
  });
});
