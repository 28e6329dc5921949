// Every rule is real: file named by its id, a doc page with an example and the fix, and at least one
// err fixture that triggers it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../src/index.js";
import { FIXTURES } from "./helpers.js";

const ROOT = join(FIXTURES, "..", "..");
const expectedText = readdirSync(join(FIXTURES, "err"))
  .filter((f) => f.endsWith(".expected"))
  .map((f) => readFileSync(join(FIXTURES, "err", f), "utf8"))
  .join("\n");

describe("rule registry", () => {
  it("has unique ids, one file per rule", () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(join(ROOT, "src/rules")).filter((f) => f.endsWith(".ts") && f !== "index.ts").map((f) => f.slice(0, -3));
    expect(files.sort()).toEqual([...ids].sort());
  });
  it("defers only to registered rules, never to itself", () => {
    const ids = new Set(rules.map((r) => r.meta.id));
    for (const r of rules) for (const id of Object.keys(r.meta.defers ?? {})) expect([r.meta.id, id, ids.has(id) && id !== r.meta.id]).toEqual([r.meta.id, id, true]);
  });
  for (const rule of rules)
    describe(rule.meta.id, () => {
      it("has a doc page with a triggering example and the fix", () => {
        const doc = join(ROOT, "docs/rules", `${rule.meta.id}.md`);
        expect(existsSync(doc), doc).toBe(true);
        const text = readFileSync(doc, "utf8");
        expect(text).toMatch(new RegExp(`^# ${rule.meta.id}\\b`));
        expect(text).toMatch(/```json5/);
        expect(text).toMatch(/## (Fix|How to fix)/);
      });
      // Installation rules need a state directory, not a config: test/install covers them on real ones.
      it.skipIf(rule.meta.input === "installation")("is triggered by at least one err fixture", () => {
        expect(expectedText).toMatch(new RegExp(` ${rule.meta.id}: `));
      });
    });
});
