// schema/openclaw-lint-schema.txt: the lint schema's parts as one ASCII data file, read at the first lint.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lazySchema, LINT_SCHEMA_DATA, LINT_SCHEMA_MAGIC, partition, readSchemaParts } from "../../src/schema/lazy-schema.js";
import { lintSchema } from "../../src/schema/lint-schema.js";
import { OPENCLAW_VERSION } from "../../src/generated/openclaw.js";

const ROOT = join(import.meta.dirname, "..", "..");
const text = readFileSync(join(ROOT, ...LINT_SCHEMA_DATA), "latin1");

describe("lint schema data file", () => {
  it("is ASCII, names its format and the OpenClaw version", () => {
    expect(/[^\x00-\x7f]/.test(text)).toBe(false);
    expect(text.startsWith(`${LINT_SCHEMA_MAGIC} ${OPENCLAW_VERSION} `)).toBe(true);
  });

  it("reads back to the same schema", () => {
    const whole = JSON.parse(JSON.stringify(lintSchema())) as Record<string, unknown>;
    const { parts, root } = partition(whole, 1000);
    expect(JSON.stringify(lazySchema(parts, root))).toBe(JSON.stringify(whole));
    const { parts: stored, root: storedRoot, version } = readSchemaParts(text);
    expect(version).toBe(OPENCLAW_VERSION);
    expect(stored.length).toBeGreaterThan(100);
    expect(JSON.stringify(lazySchema(stored, storedRoot))).toBe(JSON.stringify(whole));
  });

  it("refuses a file that is not one", () => {
    expect(() => readSchemaParts("{}")).toThrow(LINT_SCHEMA_MAGIC);
    expect(() => readSchemaParts(`${LINT_SCHEMA_MAGIC} 1 0`)).toThrow(LINT_SCHEMA_MAGIC);
  });
});
