// The JSON5 parser on hostile text: it terminates, never overflows the stack, costs linear time, and
// accepts exactly what the json5 package (OpenClaw's parser) accepts, with the same value.
import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { isParseFailure, MAX_DEPTH, parseJson5 } from "../../src/engine/parse.js";
import { lint, lines } from "../helpers.js";

const parse = (text: string) => parseJson5(text, "/virtual/openclaw.json5");
const json5 = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON5.parse(text) };
  } catch {
    return { ok: false };
  }
};
/** Same verdict and value as json5 (NaN and -0 compared as json5 gives them). */
function agreesWithJson5(text: string): void {
  const mine = parse(text);
  const theirs = json5(text);
  expect(isParseFailure(mine), `accepts ${JSON.stringify(text)}`).toBe(!theirs.ok);
  if (!isParseFailure(mine) && theirs.ok) expect(mine.value, JSON.stringify(text)).toStrictEqual(theirs.value);
}

describe("parse: terminates on text that ends inside a string", () => {
  it("the 19 bytes that hung momoa 3.3.13 give one parse-error at the opening quote", () => {
    const text = `{ baseUrl: "https:\\`;
    expect(text.length).toBe(19);
    expect(lines(lint(text))).toEqual([
      `1:12-1:13 error parse-error: The string starting here with " is never closed: add the closing " on the same line. This file is not valid JSON5, so nothing else was checked.`,
    ]);
  });

  it("every prefix of a text full of escapes gives exactly one parse-error", () => {
    const full = `{ a: "x\\\\y\\"z\\u0041\\x41\\n\\\n", 'b': 'it\\'s', c: [1, +.5e5, -0x1F, Infinity], }`;
    agreesWithJson5(full);
    for (let cut = 0; cut < full.length - 1; cut++) {
      const r = lint(full.slice(0, cut));
      expect(r.diagnostics.map((d) => d.ruleId), `cut ${cut}`).toEqual(["parse-error"]);
    }
  });
});

describe("parse: the same language as json5", () => {
  const valid = [
    `{ maxTokens: -.5 }`,
    `{ maxTokens: +.5e5 }`,
    `{ a: 5., b: 1.e3, c: .5E-2, d: 0x1f, e: -0XAB, f: +Infinity, g: -NaN, h: +0, i: -0 }`,
    "{ // a line comment ended by U+2028\u2028 gateway: { mode: 'local' } }",
    "{ // ended by U+2029\u2029 a: 1 }",
    "{ a: 1 } // trailing comment without a newline",
    "\uFEFF{ /* block */ a /* between */ : /* value */ 1 /* after */ , }",
    `{ \\u0061b: 1, $x_1: 2, ünïcode: 3, 'q"': 4, "s'": 5 }`,
    // Non-ASCII identifier characters: Unicode ID_Start first, ID_Continue and ZWNJ/ZWJ after.
    "{ \u210Cx: 1, \u00e9t\u00e9: 2, a\u200Cb\u200Dc: 3, x\u0301: 4 }",
    `{ a: "line \\\ncontinued", b: 'tab\\tq\\'', c: "\\0\\b\\f\\v\\/\\q" }`,
    "{ a: 'U+2028 \u2028 inside a string' }",
    `[1, [2, [3, []]], {}, "x",]`,
    `"just a string"`,
    "\t\v\f \u00a0\u3000{a:1}\u2003",
    `{ "__proto__": { "polluted": true }, constructor: 1 }`,
    `{ a: 1, a: { b: 2 }, a: { c: 3 } }`,
  ];
  for (const text of valid) it(`accepts ${JSON.stringify(text)}`, () => agreesWithJson5(text));

  const invalid = [
    `{ a: 01 }`,
    `{ a: 1e }`,
    `{ a: 0x }`,
    `{ a: . }`,
    `{ a: +-1 }`,
    `{ a: "\\1" }`,
    `{ a: "\\x4" }`,
    `{ a: "\\u12" }`,
    `{ a: "line\nbreak" }`,
    `{ a: 'x }`,
    `{ a b: 1 }`,
    `{ a: 1 b: 2 }`,
    `{ a: [1 2] }`,
    `{ , }`,
    `[ , ]`,
    `{ a: 1,, }`,
    `{ a: tru }`,
    `{ a: NaNx }`,
    `{ a: 1 } x`,
    `{ \\u0020: 1 }`,
    "{ a\u20AC: 1 }",
    "{ \u0301a: 1 }",
    "{ a: 1 } /*",
    "",
    "// only a comment",
  ];
  for (const text of invalid) it(`rejects ${JSON.stringify(text)}`, () => agreesWithJson5(text));

  it("a line comment ended by U+2028 is not 'no config object' (lint sees the gateway)", () => {
    const r = lint("{ // note\u2028 gateway: { mode: 'local' } }");
    expect(r.diagnostics.filter((d) => d.ruleId === "parse-error")).toEqual([]);
  });

  it("maxTokens: -.5 and +.5e5 are numbers, not parse errors", () => {
    for (const n of ["-.5", "+.5e5"]) {
      const r = lint(`{ models: { providers: { qwen: { models: [{ id: "qwen3.5-plus", name: "Qwen", maxTokens: ${n} }] } } } }`);
      expect(r.diagnostics.filter((d) => d.ruleId === "parse-error")).toEqual([]);
    }
  });
});

describe("parse: depth", () => {
  const nested = (depth: number) => `{ plugins: { entries: { x: { config: ${"{a:".repeat(depth - 4)}1${"}".repeat(depth - 4)} } } } }`;

  it(`reads ${MAX_DEPTH} levels and lints them without a stack overflow`, () => {
    const r = lint(nested(MAX_DEPTH));
    expect(r.diagnostics.filter((d) => d.ruleId === "parse-error")).toEqual([]);
  });

  it(`reports level ${MAX_DEPTH + 1} as a clear parse-error at the bracket that goes too deep`, () => {
    const text = nested(MAX_DEPTH + 1);
    let at = -1;
    for (let n = 0; n <= MAX_DEPTH; n++) at = text.indexOf("{", at + 1);
    expect(lines(lint(text))).toEqual([
      `1:${at + 1}-1:${at + 2} error parse-error: The config nests more than ${MAX_DEPTH} levels deep here; openclaw-qwen-lint reads at most ${MAX_DEPTH} levels (OpenClaw itself fails at about 2,000). Flatten this part of the config. This file is not valid JSON5, so nothing else was checked.`,
    ]);
  });

  it("100,000 levels of [ and { give the same finding, not a RangeError", () => {
    for (const open of ["[", "{a:", "[{a:"]) {
      const text = open.repeat(100_000);
      const r = lint(text);
      expect(r.diagnostics.map((d) => d.ruleId)).toEqual(["parse-error"]);
      expect(r.diagnostics[0].message).toMatch(/nests more than/);
    }
  });
});

describe("parse: duplicate keys", () => {
  it("keeps the last value and only its locations, and lists every earlier key", () => {
    const text = `{ a: { x: [1, 2] }, b: 0, a: { y: 1 }, a: { z: { w: 1 } } }`;
    const r = parse(text);
    if (isParseFailure(r)) throw new Error(r.message);
    expect(r.value).toStrictEqual({ a: { z: { w: 1 } }, b: 0 });
    expect([...r.locs.keys()].sort()).toEqual(["", "/a", "/a/z", "/a/z/w", "/b"]);
    expect(r.locs.get("/a")!.key!.start.offset).toBe(text.lastIndexOf("a:"));
    expect(r.duplicates).toHaveLength(1);
    expect(r.duplicates[0].earlier.map((s) => s.start.offset)).toEqual([text.indexOf("a:"), text.indexOf("a: { y")]);
  });

  it("a duplicate after nested members, a second duplicated key and __proto__ twice: each key's last member wins", () => {
    const text = `{ a: { n: [ { m: 1 } ] }, b: [1], c: 1, "__proto__": 1, b: { q: 2 }, a: 2, d: 3, a: 4, "__proto__": { p: 1 }, c: 5 }`;
    const r = parse(text);
    if (isParseFailure(r)) throw new Error(r.message);
    expect(JSON.stringify(r.value)).toBe(`{"a":4,"b":{"q":2},"c":5,"__proto__":{"p":1},"d":3}`);
    expect([...r.locs.keys()].sort()).toEqual(["", "/__proto__", "/__proto__/p", "/a", "/b", "/b/q", "/c", "/d"]);
    expect(r.locs.get("/b/q")!.value.start.offset).toBe(text.indexOf("2 }"));
    // One entry per duplicated key, in the order the keys first appear, with every earlier key span.
    expect(r.duplicates.map((d) => [d.pointer, d.earlier.length])).toEqual([["/a", 2], ["/b", 1], ["/c", 1], ["/__proto__", 1]]);
    expect(r.duplicates[0].earlier.map((s) => s.start.offset)).toEqual([text.indexOf("a:"), text.indexOf("a: 2")]);
    expect(r.duplicates[0].last.start.offset).toBe(text.indexOf("a: 4"));
  });

  it("__proto__ is an own key, not the prototype", () => {
    const r = parse(`{ "__proto__": { "polluted": true } }`);
    if (isParseFailure(r)) throw new Error(r.message);
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(Object.keys(r.value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
