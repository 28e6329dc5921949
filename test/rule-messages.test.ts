// meta.messages and the messageIds a rule reports agree: every messageId a rule's source reports is
// declared in its meta, and every declared message is reported somewhere (read from the source, so
// a message no fixture reaches is checked too).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../src/rules/index.js";

const ROOT = join(import.meta.dirname, "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

/** Where a rule's findings are reported besides its own file: the engine emits some, a shared helper others. */
const reportedIn: Record<string, string[]> = {
  "parse-error": ["src/engine/linter.ts"],
  "unused-disable-directive": ["src/engine/linter.ts"],
  "invalid-value": ["src/engine/linter.ts", "src/rules/util/schema.ts"],
  "unknown-key": ["src/rules/util/schema.ts"],
  // The plugin's video refusal cause (a messageId of both) is decided in one helper.
  "video-requires-standard": ["src/rules/util/video-refusal.ts"],
  "cron-video-rejected": ["src/rules/util/video-refusal.ts"],
};

describe("meta.messages", () => {
  it("every rule declares its messages", () => expect(rules.filter((r) => !r.meta.messages).map((r) => r.meta.id)).toEqual([]));
  for (const rule of rules)
    it(rule.meta.id, () => {
      // In the engine, only the lines that emit this rule.
      const engine = (text: string) => text.split("\n").filter((l) => l.includes(`emit("${rule.meta.id}"`)).join("\n");
      const src = [`src/rules/${rule.meta.id}.ts`, ...(reportedIn[rule.meta.id] ?? [])].map((f) => (f.startsWith("src/engine/") ? engine(read(f)) : read(f))).join("\n");
      // `messageId: "id"`, a choice between literal ids (`messageId: blocks ? "a" : "b"`), or a local
      // helper's first argument (`report("id", data)`, `say("id")`).
      const reported = new Set([
        ...[...src.matchAll(/messageId: ([^,}\n]+)/g)].flatMap((m) => [...m[1].matchAll(/"([^"]+)"/g)].map((q) => q[1])),
        // (Shared helpers, util/schema.ts, type their ids against the message tables instead.)
        ...[...read(`src/rules/${rule.meta.id}.ts`).matchAll(/\b(?:report|say)\((?:[a-z]+ \? )?"([A-Za-z0-9]+)"(?: : "([A-Za-z0-9]+)")?/g)].flatMap((m) => [m[1], m[2]].filter(Boolean)),
      ]);
      const declared = Object.keys(rule.meta.messages ?? {});
      expect([...reported].filter((id) => !declared.includes(id)), "reported but not declared").toEqual([]);
      // Declarations are unquoted keys, so a quoted id is a report (also one chosen outside the report call).
      expect(declared.filter((id) => !reported.has(id) && !src.includes(`"${id}"`)), "declared but never reported").toEqual([]);
    });
});
