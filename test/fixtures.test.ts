// Fixture cases read like specs: test/fixtures/ok/* and the real onboarding outputs must produce no
// warning or error; test/fixtures/err/<case>.<ext> must produce exactly the lines in <case>.expected.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectLines, FIXTURES, lines, lintFixture, readExpected } from "./helpers.js";

const LINTABLE = /\.(json5?|sh|md)$|(^|\.)dockerfile$|^Dockerfile/i;
const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile() && LINTABLE.test(f) && !/\.fixed\.json5?$/.test(f))
    .sort();

describe("what OpenClaw's onboarding writes gets no finding at all", () => {
  for (const f of files(join(FIXTURES, "onboard")))
    it(`onboard/${f}`, () => expect(lines(lintFixture(join(FIXTURES, "onboard", f)))).toEqual([]));
});

describe("ok fixtures produce no warnings or errors", () => {
  for (const dir of ["ok"])
    for (const f of files(join(FIXTURES, dir)))
      it(`${dir}/${f}`, () => {
        const r = lintFixture(join(FIXTURES, dir, f));
        expect(lines(r).filter((l) => !/^\S*\d+:\d+-\d+:\d+ info /.test(l))).toEqual([]);
      });
});

describe("err fixtures produce exactly the expected lines", () => {
  for (const f of files(join(FIXTURES, "err")))
    it(f, () => {
      const expected = readExpected(join(FIXTURES, "err", f.replace(/\.[^.]+$/, "") + ".expected"));
      expect(expected.length, "an err fixture must expect at least one finding").toBeGreaterThan(0);
      expectLines(lines(lintFixture(join(FIXTURES, "err", f))), expected);
    });
});
