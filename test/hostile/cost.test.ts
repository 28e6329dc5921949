// Cost linear in the input: each of these took from 14 s to minutes before (quadratic scans, regex
// backtracking, did-you-mean on huge strings). The bounds are loose on purpose (2 shared cores, a
// loaded CI): they catch a return of super-linear cost, not a slowdown of a few percent.
import { describe, expect, it } from "vitest";
import { editDistance, didYouMean } from "../../src/engine/did-you-mean.js";
import { suggestIds } from "../../src/rules/util/rewrite.js";
import { lint } from "../helpers.js";

const BOUND_MS = 15_000;
const timed = <T>(f: () => T): { ms: number; value: T } => {
  const s = performance.now();
  const value = f();
  return { ms: performance.now() - s, value };
};

describe("cost", { timeout: 60_000 }, () => {
  it("20,000 duplicate keys", () => {
    const text = `{ models: { providers: { qwen: {${` apiKey: "x",`.repeat(20_000)}} } } }`;
    const { ms, value } = timed(() => lint(text));
    expect(value.diagnostics.filter((d) => d.ruleId === "duplicate-key")).toHaveLength(19_999);
    // The message lists a few lines, not 20,000 of them.
    expect(Math.max(...value.diagnostics.map((d) => d.message.length))).toBeLessThan(400);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("a disable directive followed by 80,000 spaces", () => {
    const text = `{ // openclaw-qwen-lint-disable-next-line${" ".repeat(80_000)}\n gateway: {} }`;
    const { ms, value } = timed(() => lint(text));
    expect(value.diagnostics.map((d) => d.ruleId)).toEqual(["unused-disable-directive"]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("20,000 disable directives", () => {
    const text = `{\n${Array.from({ length: 20_000 }, (_, i) => `// openclaw-qwen-lint-disable-next-line duplicate-key -- generated\nk${i % 10}: 1,\n`).join("")}}`;
    const { ms, value } = timed(() => lint(text, { rules: [] }));
    expect(value.diagnostics).toHaveLength(20_000);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("a 1 MB model ref and a 1 MB baseUrl (did-you-mean only on short strings)", () => {
    const big = "q".repeat(1 << 20);
    for (const text of [
      `{ agents: { defaults: { model: { primary: "qwen/${big}" } } } }`,
      `{ models: { providers: { qwen: { baseUrl: "https://${big}.example/v1", models: [] } } } }`,
    ]) {
      const { ms } = timed(() => lint(text));
      expect(ms).toBeLessThan(BOUND_MS);
    }
    expect(didYouMean(big, ["qwen"])).toEqual([]);
    expect(suggestIds(big, ["qwen3.5-plus"])).toEqual([]);
    expect(editDistance(big, "qwen")).toBe(big.length);
    expect(editDistance("qwen3.5-plsu", "qwen3.5-plus")).toBe(1);
  });

  it("an unterminated string of 80,000 spaces, and a 500 KB key over a 500,000-item array", () => {
    for (const text of [`{ a: "${" ".repeat(80_000)}`, `{ plugins: { entries: { x: { config: { "${"k".repeat(500_000)}": [${"1,".repeat(500_000)}] } } } } }`]) {
      const { ms } = timed(() => lint(text));
      expect(ms).toBeLessThan(BOUND_MS);
    }
  });

  it("300 branches 900 levels deep", () => {
    const text = `{ plugins: { entries: { x: { config: { a: [${Array.from({ length: 300 }, () => "[".repeat(900) + "]".repeat(900)).join(",")}] } } } } }`;
    const { ms, value } = timed(() => lint(text));
    expect(value.diagnostics.filter((d) => d.ruleId === "parse-error")).toEqual([]);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
