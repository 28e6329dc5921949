// The benchmark's own parts: the README's Speed section is generated from bench/results.json (markers,
// figures of the right shape; never the numbers themselves), and the corpus is varied, valid JSON5.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSON5 from "json5";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, ROOT } from "./cli/run-cli.js";

type Readme = { START: string; END: string; renderSpeed(r: unknown): string; withSpeed(readme: string, r: unknown): string };
type Corpus = { corpus(n: number, seed?: number): string[]; bigConfig(bytes: number): string; linesConfig(lines: number): string };
const load = <T>(rel: string) => import(join(ROOT, rel)) as Promise<T>;

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const results = JSON.parse(readFileSync(join(ROOT, "bench", "results.json"), "utf8"));

beforeAll(() => ensureBuilt());

describe("README Speed section", () => {
  it("sits between the bench markers, once", async () => {
    const { START, END } = await load<Readme>("bench/readme.mjs");
    expect(readme.split(START)).toHaveLength(2);
    expect(readme.split(END)).toHaveLength(2);
    expect(readme.indexOf(START)).toBeLessThan(readme.indexOf(END));
    expect(readme.slice(readme.lastIndexOf("\n## ", readme.indexOf(START)))).toMatch(/^\n## Speed\n/);
  });

  it("is exactly what bench/readme.mjs writes from bench/results.json", async () => {
    const { withSpeed } = await load<Readme>("bench/readme.mjs");
    expect(withSpeed(readme, results)).toBe(readme);
  });

  it("has a figure of the right shape for every case", async () => {
    const { START, END } = await load<Readme>("bench/readme.mjs");
    const section = readme.slice(readme.indexOf(START), readme.indexOf(END));
    const num = String.raw`\d+(?:\.\d+)?`;
    const vsFloor = new RegExp(String.raw`\| ${num} ms \| ${num}× \(p90 ${num}×\) \| \+${num} ms \|$`);
    const rows = section.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---") && !l.startsWith("| run "));
    const row = (label: RegExp) => {
      const found = rows.filter((r) => label.test(r));
      expect(found, String(label)).toHaveLength(1);
      return found[0];
    };
    expect(row(/the floor/)).toMatch(new RegExp(String.raw`\| ${num} ms \| 1\.00× \| \|$`));
    for (const label of [/--format json/, /stylish/, /--format sarif/, /first run/]) expect(row(label)).toMatch(vsFloor);
    expect(row(/configs in one run/)).toMatch(new RegExp(String.raw`^\| \d{1,3}(,\d{3})* configs in one run \| ${num} ms \| ${num} ms per file \| \+${num} ms \|$`));
    expect(row(/MB config/)).toMatch(new RegExp(String.raw`^\| one ${num} MB config \| ${num} ms \| ${num}× \| \+${num} ms \|$`));
    expect(row(/language server/)).toMatch(new RegExp(String.raw`\| ${num} ms \| p90 ${num} ms \| \|$`));
    expect(section).toMatch(/NODE_EXTRA_CA_CERTS/);
  });

  it("refuses a README without the markers", async () => {
    const { withSpeed } = await load<Readme>("bench/readme.mjs");
    expect(() => withSpeed("# no markers\n", results)).toThrow(/bench:start/);
  });
});

describe("bench corpus", () => {
  it("is varied: no two configs alike, of different sizes, all valid JSON5 objects", async () => {
    const { corpus } = await load<Corpus>("bench/corpus.mjs");
    const texts = corpus(200, 3);
    expect(new Set(texts).size).toBe(texts.length);
    const sizes = texts.map((t) => t.length).sort((a, b) => a - b);
    expect(sizes[sizes.length - 1]).toBeGreaterThan(3 * sizes[0]);
    for (const t of texts) expect(typeof JSON5.parse(t)).toBe("object");
    // Seeded: the same corpus every run.
    expect(corpus(5, 3)).toEqual(texts.slice(0, 5));
  });

  it("makes a config of the asked size and line count", async () => {
    const { bigConfig, linesConfig } = await load<Corpus>("bench/corpus.mjs");
    const big = bigConfig(200_000);
    expect(Math.abs(big.length - 200_000) / 200_000).toBeLessThan(0.1);
    expect(typeof JSON5.parse(big)).toBe("object");
    const lines = linesConfig(2000).split("\n").length;
    expect(Math.abs(lines - 2000) / 2000).toBeLessThan(0.1);
  });
});
