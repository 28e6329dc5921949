// src/cli/argv.ts splits a command line as node:util's parseArgs does (strict, positionals, tokens):
// compared with parseArgs itself on the CLI's own option table and on generated command lines that mix
// every form (long, short, groups, inline values, `--`, `-`, dashes as values, unknown options).
import { parseArgs } from "node:util";
import { describe, expect, it } from "vitest";
import { rng } from "../../bench/rng.mjs";
import { parseArgv, type OptionSpec } from "../../src/cli/argv.js";
import { OPTIONS } from "../../src/cli/args.js";

type Outcome = { ok: unknown } | { error: { code: string; message: string } };

function outcome(parse: () => unknown): Outcome {
  try {
    // JSON: parseArgs leaves a token's absent value out, ours sets it to undefined.
    return { ok: JSON.parse(JSON.stringify(parse())) };
  } catch (e) {
    const err = e as Error & { code: string };
    return { error: { code: err.code, message: err.message } };
  }
}

const theirs = (args: string[], options: Record<string, OptionSpec>) => outcome(() => parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true }));
const ours = (args: string[], options: Record<string, OptionSpec>) => outcome(() => parseArgv(args, options));

const SMALL: Record<string, OptionSpec> = {
  format: { type: "string", short: "f" },
  rule: { type: "string", multiple: true, short: "r" },
  quiet: { type: "boolean", short: "q" },
  fix: { type: "boolean", multiple: true, short: "x" },
  help: { type: "boolean" },
};

/** Pieces of command lines: options of both tables in every spelling, values, and odd forms. */
const WORDS = [
  ...Object.entries({ ...OPTIONS, ...SMALL }).flatMap(([name, o]) => [`--${name}`, `--${name}=`, `--${name}=v`, `--${name}=-v`, ...("short" in o && o.short ? [`-${o.short}`, `-${o.short}v`, `-${o.short}-`] : [])]),
  "--",
  "-",
  "-1",
  "--max-warnings=-1",
  "-qv",
  "-qf",
  "-qfjson",
  "-fq",
  "-qh",
  "-qxq",
  "-z",
  "-qz",
  "--bogus",
  "--bogus=1",
  "--=x",
  "--=",
  "---x",
  "--__proto__",
  "--constructor",
  "-_",
  "json",
  "a.json5",
  "b=c",
  "--no-",
  "",
  "-\u00e9",
];

describe("parseArgv agrees with node:util parseArgs", () => {
  it("on every single word and pair of words, with both option tables", () => {
    let compared = 0;
    for (const options of [OPTIONS as Record<string, OptionSpec>, SMALL])
      for (const a of WORDS) {
        expect(ours([a], options), JSON.stringify([a])).toEqual(theirs([a], options));
        for (const b of WORDS) {
          expect(ours([a, b], options), JSON.stringify([a, b])).toEqual(theirs([a, b], options));
          compared++;
        }
      }
    expect(compared).toBeGreaterThan(10_000);
  });

  it("on 20,000 generated command lines of up to 7 words", () => {
    const r = rng(20_261_129);
    const outcomes = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const options = r.chance(0.5) ? (OPTIONS as Record<string, OptionSpec>) : SMALL;
      const args = Array.from({ length: r.int(8) }, () => r.pick(WORDS));
      const want = theirs(args, options);
      expect(ours(args, options), JSON.stringify(args)).toEqual(want);
      outcomes.add("ok" in want ? "ok" : want.error.code);
    }
    // The generated lines reach every outcome: a parse and each of parseArgs' errors.
    expect([...outcomes].sort()).toEqual(["ERR_PARSE_ARGS_INVALID_OPTION_VALUE", "ERR_PARSE_ARGS_UNKNOWN_OPTION", "ok"]);
  });
});
