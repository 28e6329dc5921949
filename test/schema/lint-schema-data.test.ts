// schema/openclaw-lint-schema.txt: the lint schema's parts as one ASCII data file, read at the first lint.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lazySchema, LINT_SCHEMA_DATA, LINT_SCHEMA_MAGIC, partition, readSchemaParts, writeSchemaParts } from "../../src/schema/lazy-schema.js";
import { lintSchema } from "../../src/schema/lint-schema.js";
import { OPENCLAW_VERSION } from "../../src/generated/openclaw.js";

const ROOT = join(import.meta.dirname, "..", "..");
const data = readFileSync(join(ROOT, ...LINT_SCHEMA_DATA));
const text = data.toString("latin1");

describe("lint schema data file", () => {
  it("is ASCII, names its format and the OpenClaw version", () => {
    expect(/[^\x00-\x7f]/.test(text)).toBe(false);
    expect(text.startsWith(`${LINT_SCHEMA_MAGIC} ${OPENCLAW_VERSION} `)).toBe(true);
  });

  it("reads back to the same schema", () => {
    const whole = JSON.parse(JSON.stringify(lintSchema())) as Record<string, unknown>;
    const { parts, root } = partition(whole, 1000);
    expect(JSON.stringify(lazySchema(parts, root))).toBe(JSON.stringify(whole));
    const { part, root: storedRoot, version } = readSchemaParts(data);
    expect(version).toBe(OPENCLAW_VERSION);
    expect(JSON.stringify(lazySchema(part, storedRoot))).toBe(JSON.stringify(whole));
  });

  it("keeps non-ASCII text (as JSON escapes)", () => {
    const parts = [{ json: JSON.stringify({ enum: ["caf\u00e9", "\u66ff\u6362"], x: 0 }), holes: [[["x"], 1]] as const }, { json: "[1]", holes: [] }];
    const written = writeSchemaParts(parts, 0, "1.0");
    expect(/[^\x00-\x7f]/.test(written)).toBe(false);
    const back = readSchemaParts(Buffer.from(written, "latin1"));
    expect(JSON.parse(JSON.stringify(lazySchema(back.part, back.root)))).toEqual({ enum: ["caf\u00e9", "\u66ff\u6362"], x: [1] });
  });

  it("stores an object of many cut-out members as a table, read member by member through a proxy", () => {
    const names = Array.from({ length: 40 }, (_, i) => `d${i}`);
    const whole = { definitions: Object.fromEntries(names.map((n, i) => [n, { type: "string", maxLength: i }])), x: { $ref: "#/definitions/d7" } };
    const { parts, root } = partition(whole, 100);
    expect(parts.filter((p) => p.table).map((p) => p.table!.names)).toEqual([names]);
    const read: number[] = [];
    const back = readSchemaParts(Buffer.from(writeSchemaParts(parts, root, "1.0"), "latin1"));
    const schema = lazySchema((i) => (read.push(i), back.part(i)), back.root);
    const defs = schema.definitions as Record<string, unknown>;
    const before = read.length;
    expect(defs.d7).toEqual({ type: "string", maxLength: 7 });
    expect(defs.d7).toBe(defs.d7);
    expect(read.length).toBe(before + 1);
    expect(Object.hasOwn(defs, "d39") && "d0" in defs && !("d40" in defs) && !Object.hasOwn(defs, "d40")).toBe(true);
    expect(Object.keys(defs)).toEqual(names);
    expect(JSON.stringify(schema)).toBe(JSON.stringify(whole));
    // The whole file holds the root's definitions as one table.
    expect(text.includes('{"names":["d0",')).toBe(true);
  });

  it("refuses a file that is not one", () => {
    expect(() => readSchemaParts(Buffer.from("{}"))).toThrow(LINT_SCHEMA_MAGIC);
    expect(() => readSchemaParts(Buffer.from(`${LINT_SCHEMA_MAGIC} 1 0`))).toThrow(LINT_SCHEMA_MAGIC);
    expect(() => readSchemaParts(data.subarray(0, data.length - 1))).toThrow("truncated");
  });
});
