// src/schema/units.ts against OpenClaw's own parsers, on verdicts recorded by
// scripts/upstream/unit-verdicts.mjs (null: OpenClaw throws, so its refinement refuses the config).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseByteSize, parseDurationMs } from "../../src/schema/units.js";

const recorded = JSON.parse(readFileSync(new URL("units.json", import.meta.url), "utf8")) as {
  openclaw: string;
  verdicts: { input: string; durationMsDefaultH: number | null; bytes: number | null }[];
};

describe("duration and byte-size parsing agrees with OpenClaw", () => {
  it("was recorded from the OpenClaw version the schema data comes from", () => {
    const upstream = JSON.parse(readFileSync(new URL("../../scripts/data/openclaw/upstream.json", import.meta.url), "utf8"));
    expect(recorded.openclaw).toBe(upstream.openclaw);
    expect(recorded.verdicts.some((v) => v.durationMsDefaultH === null) && recorded.verdicts.some((v) => v.bytes !== null)).toBe(true);
  });

  it.each(recorded.verdicts)("$input", ({ input, durationMsDefaultH, bytes }) => {
    expect(parseDurationMs(input, "h") ?? null).toBe(durationMsDefaultH);
    expect(parseByteSize(input, "b") ?? null).toBe(bytes);
  });
});
