// meta.messages and the messageIds a rule reports agree: every messageId a rule's source reports is
// declared in its meta, and every declared message is reported somewhere (read from the source, so
// a message no fixture reaches is checked too).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../src/rules/index.js";

const ROOT = join(import.meta.dirname, "..");

describe("meta.messages", () => {
  const declaring = rules.filter((r) => r.meta.messages);
  it("most rules declare their messages", () => expect(declaring.length).toBeGreaterThanOrEqual(28));
  for (const rule of declaring)
    it(rule.meta.id, () => {
      const src = readFileSync(join(ROOT, "src", "rules", `${rule.meta.id}.ts`), "utf8");
      const reported = new Set([...src.matchAll(/messageId: "([^"]+)"/g)].map((m) => m[1]));
      const declared = Object.keys(rule.meta.messages!);
      expect([...reported].filter((id) => !declared.includes(id)), "reported but not declared").toEqual([]);
      expect(declared.filter((id) => !reported.has(id)), "declared but never reported").toEqual([]);
    });
});
