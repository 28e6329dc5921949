import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText, type FileResult } from "../../src/index.js";
import { expectRule, FIXTURES, lines, lint } from "../helpers.js";

const ID = "parse-error";
const TAIL = "This file is not valid JSON5, so nothing else was checked.";

describe(ID, () => {
  it("reports a missing comma at the token after it", () => {
    expectRule(ID, `{\n  models: {\n    mode: "merge"\n    providers: {},\n  },\n}`, [`4:5-4:6 error ${ID}: Found "providers" right after a complete value: a comma is missing before it. ${TAIL}`]);
  });

  it("reports text after the closing brace", () => {
    expectRule(ID, `{\n  models: { mode: "merge" },\n}\nmodels: {}`, [`4:1-4:2 error ${ID}: Found "models" after the end of the config object: remove it. ${TAIL}`]);
    expectRule(ID, `{ models: {} }}`, [`1:15-1:16 error ${ID}: Found } with nothing open to close: remove it. ${TAIL}`]);
  });

  it("reports an unterminated string at its opening quote", () => {
    expectRule(ID, `{\n  models: { mode: "merge },\n}\n`, [`2:19-2:20 error ${ID}: The string starting here with " is never closed: add the closing " on the same line. ${TAIL}`]);
  });

  it("reports a missing closing brace at the brace that is never closed", () => {
    expectRule(ID, `{\n  models: { mode: "merge" }\n`, [`1:1-1:2 error ${ID}: The file ends before the { opened at 1:1 is closed: add }. ${TAIL}`]);
  });

  it("reports an empty, blank or comment-only file at 1:1", () => {
    for (const text of ["", "  \n\n", "// nothing here\n"]) expect(lines(lint(text))[0]).toMatch(new RegExp(`^1:1-1:[12] error ${ID}: The file holds no config object; an OpenClaw config is an object: \\{ \\.\\.\\. \\}\\. `));
  });

  it("counts columns in UTF-16 code units", () => {
    // "模型" is 2 code units, "🙂" is 2 (a surrogate pair).
    expectRule(ID, `{ name: "模型🙂" x: 1 }`, [`1:16-1:17 error ${ID}: Found "x" right after a complete value: a comma is missing before it. ${TAIL}`]);
  });

  it("names the included file when that file is broken", () => {
    const host = { readFile: () => `{ mode: "merge" providers: {} }`, size: () => 30 };
    const r = lint(`{ models: { $include: "./models.json5" } }`, { host });
    expect(lines(r).filter((l) => l.includes(ID))).toEqual([
      `models.json5 1:17-1:18 error ${ID}: Found "providers" right after a complete value: a comma is missing before it. models.json5 is not valid JSON5, so nothing else was checked.`,
    ]);
  });

  it("accepts JSON5 syntax: comments, unquoted keys, single quotes, trailing commas, hex, a BOM", () => {
    expectRule(ID, readFileSync(join(FIXTURES, "ok", "parse-error.json5"), "utf8"), []);
    expectRule(ID, `\uFEFF{ models: { mode: 'merge', }, }`, []);
  });

  it("never throws and yields exactly one parse-error for any truncation of a valid config", () => {
    const valid = readFileSync(join(FIXTURES, "onboard", "qwen-api-key.json5"), "utf8");
    const end = valid.lastIndexOf("}");
    // Deterministic pseudo-random cut points (LCG), plus the edges.
    let seed = 20261124;
    const cuts = new Set([0, 1, 2, end - 1, end]);
    while (cuts.size < 150) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      cuts.add(seed % (end + 1));
    }
    for (const cut of cuts) {
      const text = valid.slice(0, cut);
      let r: FileResult | undefined;
      expect(() => (r = lintText(text, { filePath: "/virtual/openclaw.json5", env: {} })), `cut at ${cut}`).not.toThrow();
      const ds = r!.diagnostics;
      expect(ds.map((d) => d.ruleId), `cut at ${cut}`).toEqual([ID]);
      const { start, end: stop } = ds[0].range;
      const lastLine = text.split(/\r\n|\r|\n/).length;
      expect(start.line).toBeGreaterThanOrEqual(1);
      expect(stop.line).toBeLessThanOrEqual(lastLine);
      expect(ds[0].message.endsWith("is not valid JSON5, so nothing else was checked."), ds[0].message).toBe(true);
      expect(ds[0].message).not.toMatch(/Unexpected token|found:/);
    }
  });

  it("never throws on a table of broken inputs and reports each exactly once", () => {
    const broken = [
      "{",
      "}",
      "[",
      '{ "a": }',
      "{ a: 1,, }",
      "{ a: tru }",
      "{ a: 0x }",
      "{ a: 'x }",
      '{ a: "\\u12" }',
      "{ /* unclosed comment",
      "{ a: 1 } /*",
      "{ a: [1, 2 }",
      "{ a: { b: 1 }",
      "{ 'a' 'b' }",
      "{ a: @ }",
      "{ a: NaNx }",
      "\u0000",
      "{ a: 1 }\u0000",
      "{ a:\n\n\n",
    ];
    for (const text of broken) {
      let r: FileResult | undefined;
      expect(() => (r = lintText(text, { filePath: "/virtual/openclaw.json5", env: {} })), JSON.stringify(text)).not.toThrow();
      expect(r!.diagnostics.map((d) => d.ruleId), JSON.stringify(text)).toEqual([ID]);
      expect(r!.errorCount).toBe(1);
    }
  });
});

describe(`${ID} messages say what to do`, () => {
  const cases: [string, string][] = [
    ["{ a: [1, 2 }", `1:12-1:13 error ${ID}: Found }, but the innermost open bracket is the [ at 1:6: close it with ] first. ${TAIL}`],
    ["{ a: 01 }", `1:6-1:7 error ${ID}: Found the number 01: JSON5 numbers cannot start with 0 (write 1 or a string). ${TAIL}`],
    ["{ a: tru }", `1:6-1:7 error ${ID}: Found the bare word tru where a value was expected: did you mean true? text values need quotes, e.g. "tru". ${TAIL}`],
    ["{ a: 1,, }", `1:8-1:9 error ${ID}: Found a comma where a value or key was expected: remove the extra comma. ${TAIL}`],
    ["{ a: 1 /* note", `1:8-1:9 error ${ID}: This /* comment is never closed: add */. ${TAIL}`],
    [`{\n  "agents"`, `1:1-1:2 error ${ID}: The file ends before the { opened at 1:1 is closed: add }. ${TAIL}`],
  ];
  for (const [text, expected] of cases) it(JSON.stringify(text), () => expectRule(ID, text, [expected]));
});
