// The rule tester's own guards: meta.fixable is enforced both ways.
import { describe, expect, it } from "vitest";
import { fix, replaceStringValue } from "../src/engine/edits.js";
import { lintText } from "../src/engine/linter.js";
import { defineRule } from "../src/engine/rule.js";
import { checkFixable, hasFixingCase } from "./rule-tester.js";

const liar = defineRule({
  meta: { id: "liar", severity: "warning", category: "structure", description: "x", fixable: false, messages: { m: "m" } },
  check(ctx) {
    const at = ctx.locate("/a");
    if (at) ctx.report({ pointer: "/a", messageId: "m", fix: fix("f", replaceStringValue(at, "b")) });
  },
});

describe("rule tester guards", () => {
  it("fails a rule with fixable: false that offers a fix", () => {
    const found = lintText(`{ a: "x" }`, { filePath: "/virtual/x.json5", rules: [liar], env: {} }).diagnostics;
    expect(() => checkFixable(liar, found)).toThrow(/fixable: false but offered a fix/);
  });
  it("counts only cases whose output differs from the code as fixing", () => {
    expect(hasFixingCase([{ code: "a", errors: [], output: "a" }, { code: "b", errors: [] }])).toBe(false);
    expect(hasFixingCase([{ code: "a", errors: [], output: "b" }])).toBe(true);
  });
});
