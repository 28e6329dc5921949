// Messages as data: templates with {{placeholders}} in meta.messages, values printed by one safe
// printer and redacted by the engine, messageId on the diagnostic.
import { describe, expect, it } from "vitest";
import { defineRule, type ReportInput } from "../src/engine/rule.js";
import { interpolate, placeholders, printValue, secret } from "../src/engine/message.js";
import { lint } from "./helpers.js";

const probe = (report: ReportInput) =>
  defineRule({
    meta: {
      id: "probe",
      severity: "warning",
      category: "structure",
      description: "test rule",
      fixable: false,
      messages: { value: "Value {{v}} at {{ where }}; {{missing}} stays.", plain: "Nothing to fill." },
    },
    check: (ctx) => ctx.report(report),
  });

const run = (input: ReportInput) => lint("{ a: 1 }", { rules: [probe(input)] }).diagnostics;

describe("printValue: one safe printer for every interpolated value", () => {
  it("never prints [object Object]; objects and arrays as compact JSON, scalars as written", () => {
    expect(printValue({ a: 1, b: [true, null] })).toBe('{"a":1,"b":[true,null]}');
    expect(printValue([1, "x"])).toBe('[1,"x"]');
    expect(printValue(null)).toBe("null");
    expect(printValue(undefined)).toBe("undefined");
    expect(printValue(12.5)).toBe("12.5");
    expect(printValue(10n)).toBe("10");
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(printValue(cyclic)).toBe('{"self":"[circular]"}');
  });

  it("escapes control characters and shortens long values in the middle", () => {
    expect(printValue("a\u001b[31mb\nc")).toBe("a\\u001b[31mb\\nc");
    const long = printValue("x".repeat(500) + "END");
    expect(long.length).toBe(100);
    expect(long).toMatch(/^x+…x*END$/);
    // Sentences (many short words) stay whole up to 1000 characters.
    const prose = "word ".repeat(150).trim();
    expect(printValue(prose)).toBe(prose);
    expect(printValue("word ".repeat(400)).length).toBe(1000);
  });

  it("a token is a run of more than 100 characters between white space as RegExp \\s counts it", () => {
    const token = (n: number) => "y".repeat(n);
    // 100 exactly is whole; 101 is cut, whatever white space (ideographic, no-break) bounds it.
    for (const space of [" ", "\u3000", "\u00a0", "\ufeff", "\u2028"]) {
      const words = `${token(60)}${space}${token(100)}${space}${token(50)}`;
      expect(printValue(words)).toBe(words.replace(/\u2028/g, "\\u2028"));
      const cut = printValue(`${token(60)}${space}${token(101)}${space}${token(50)}`);
      expect(cut).toContain("…");
      expect(cut.length).toBe(60 + 1 + 100 + 1 + 50 + (space === "\u2028" ? 10 : 0));
    }
    // Not white space to \s: a zero-width space keeps the run going.
    expect(printValue(`${token(60)}\u200b${token(60)}`)).toContain("…");
  });

  it("interpolate: texts around placeholders kept exactly, the same template again with other values", () => {
    const t = "a {{x}} b {{ y }}{{x}} {{z}} $& $1 end";
    expect(interpolate(t, { x: 1, y: "$&" })).toBe("a 1 b $&1 {{z}} $& $1 end");
    expect(interpolate(t, { x: "two", y: null, z: [1] })).toBe("a two b nulltwo [1] $& $1 end");
    expect(interpolate("{{x}}", { x: "" })).toBe("");
    expect(interpolate("no placeholders", {})).toBe("no placeholders");
  });

  it("redacts secrets by shape, and every value marked secret()", () => {
    expect(printValue("qwen/sk-sp-0123456789abcdef")).toBe("qwen/sk-sp-01...cdef");
    expect(printValue(secret("plainlowercasetoken"))).toBe("pl...oken");
    expect(printValue(secret("Bearer plainlowercasetoken"))).toBe("Bearer pl...oken");
    expect(printValue({ apiKey: "sk-0123456789abcdef" })).toBe('{"apiKey":"sk-01...cdef"}');
  });

  it("interpolate leaves unknown placeholders as written; placeholders() lists them", () => {
    expect(interpolate("{{a}} and {{ b }} and {{c}}", { a: 1, b: "two" })).toBe("1 and two and {{c}}");
    expect(placeholders("{{a}} and {{ b }}")).toEqual(["a", "b"]);
  });
});

describe("the engine builds messages from meta.messages", () => {
  it("fills the template, keeps the messageId on the diagnostic", () => {
    const [d] = run({ pointer: "/a", messageId: "value", data: { v: { id: 1 }, where: "/a" } });
    expect(d.message).toBe('Value {"id":1} at /a; {{missing}} stays.');
    expect(d.messageId).toBe("value");
  });

  it("a messageId the meta does not declare is a rule bug (the rule's internal error, not a crash of the lint)", () => {
    const errors: unknown[] = [];
    const ds = lint("{ a: 1 }", { rules: [probe({ pointer: "/a", messageId: "nope" })], onRuleError: (_id, e) => errors.push(e) }).diagnostics;
    expect(ds.map((d) => [d.ruleId, d.internalError])).toEqual([["probe", true]]);
    expect(String(errors[0])).toMatch(/messageId "nope"/);
  });

  it("a finished message instead of a messageId is a rule bug too: no raw text reaches the output", () => {
    const errors: unknown[] = [];
    const raw = { pointer: "/a", message: "The key sk-sp-0123456789abcdef is pasted here" } as unknown as ReportInput;
    const ds = lint("{ a: 1 }", { rules: [probe(raw)], onRuleError: (_id, e) => errors.push(e) }).diagnostics;
    expect(ds.map((d) => [d.ruleId, d.internalError])).toEqual([["probe", true]]);
    expect(ds[0].message).not.toContain("sk-sp-0123456789abcdef");
    expect(String(errors[0])).toMatch(/messageId "undefined"/);
  });

  it("interpolated values and fix descriptions are redacted", () => {
    const [d] = run({
      pointer: "/a",
      messageId: "value",
      data: { v: "sk-sp-0123456789abcdef", where: "/a" },
      fix: { description: "Replace qwen/sk-sp-0123456789abcdef", edits: [{ start: 0, end: 0, text: "sk-sp-0123456789abcdef" }] },
    });
    expect(d.message).toBe("Value sk-sp-01...cdef at /a; {{missing}} stays.");
    expect(d.messageId).toBe("value");
    expect(d.fix!.description).toBe("Replace qwen/sk-sp-01...cdef");
    // Edits are applied to the user's own file: they stay as they are.
    expect(d.fix!.edits[0].text).toBe("sk-sp-0123456789abcdef");
  });
});
