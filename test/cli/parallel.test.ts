// Many configs are linted on several threads (src/cli/parallel.ts): the report is the same, in the same
// order, as linting them one after another, including per-directory project configs.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, ensureBuilt, ROOT } from "./run-cli.js";

type Corpus = { corpus(n: number, seed?: number): string[] };

let dir: string;
beforeAll(async () => {
  ensureBuilt();
  const { corpus } = (await import(join(ROOT, "bench", "corpus.mjs"))) as Corpus;
  dir = mkdtempSync(join(tmpdir(), "oql-parallel-"));
  const texts = corpus(150, 9);
  for (const sub of ["a", "b"]) mkdirSync(join(dir, sub));
  // b/ turns two rules off and makes another an error: its files need their own settings.
  writeFileSync(join(dir, "b", ".openclaw-qwen-lint.json5"), `{ rules: { "plaintext-api-key": "off", "daemon-env": "off", "region-ignored": "error" } }`);
  texts.forEach((t, i) => writeFileSync(join(dir, i % 3 ? "a" : "b", `openclaw-${String(i).padStart(3, "0")}.json5`), t));
}, 60_000);

describe("parallel lint", () => {
  it("reports exactly what a single thread reports", () => {
    const args = ["--format", "json", "*/*.json5"];
    const one = cli(args, { cwd: dir, env: { OPENCLAW_QWEN_LINT_WORKERS: "1" } });
    const three = cli(args, { cwd: dir, env: { OPENCLAW_QWEN_LINT_WORKERS: "3" } });
    expect(one.stderr).toBe("");
    expect(three.stderr).toBe("");
    expect(three.code).toBe(one.code);
    expect(three.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout) as { results: { filePath: string; diagnostics: { ruleId: string; severity: string }[] }[] };
    // 150 configs plus b/.openclaw-qwen-lint.json5: globs match dotfiles, and the tool's own config is
    // validated (no findings) as the pre-commit hook does.
    expect(report.results).toHaveLength(151);
    expect(report.results.find((r) => r.filePath === "b/.openclaw-qwen-lint.json5")?.diagnostics).toEqual([]);
    const inB = report.results.filter((r) => r.filePath.startsWith("b/")).flatMap((r) => r.diagnostics);
    const inA = report.results.filter((r) => r.filePath.startsWith("a/")).flatMap((r) => r.diagnostics);
    // The project config applied in b/ only.
    expect(inB.some((d) => d.ruleId === "plaintext-api-key")).toBe(false);
    expect(inA.some((d) => d.ruleId === "plaintext-api-key")).toBe(true);
    const region = inB.filter((d) => d.ruleId === "region-ignored");
    expect(region.length).toBeGreaterThan(0);
    expect(region.every((d) => d.severity === "error")).toBe(true);
  });
});

describe("parallel lint of inputs that cannot all be read", () => {
  it("an unreadable file among many: exit 2 with the reading error, and the started threads do not keep the run alive", () => {
    const bad = mkdtempSync(join(tmpdir(), "oql-parallel-bad-"));
    for (let i = 0; i < 80; i++) writeFileSync(join(bad, `c-${String(i).padStart(2, "0")}.json5`), "{}\n");
    // A FIFO is not a regular file (the glob skips it; named, it is read and refused), refused after
    // the threads were started for 81 inputs.
    execFileSync("mkfifo", [join(bad, "fifo.json5")]);
    const t = Date.now();
    const r = cli(["--format", "json", "*.json5", "fifo.json5"], { cwd: bad, env: { OPENCLAW_QWEN_LINT_WORKERS: "2" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read fifo\.json5: .*not a regular file/);
    expect(r.stdout).toBe("");
    expect(Date.now() - t).toBeLessThan(20_000);
  });

  it("files are read as the threads take them: the first unreadable one in input order is the error, and nothing is reported", () => {
    const bad = mkdtempSync(join(tmpdir(), "oql-parallel-mid-"));
    for (let i = 0; i < 200; i++) if (i !== 70 && i !== 150) writeFileSync(join(bad, `c-${String(i).padStart(3, "0")}.json5`), "{}\n");
    // Two files that are not regular (the glob follows symlinks to them): one in the first chunks, one
    // far behind it. Files are read in input order as chunks are handed out, so c-150 is never reached.
    for (const n of ["c-070", "c-150"]) symlinkSync("/dev/zero", join(bad, `${n}.json5`));
    const r = cli(["--format", "json", "c-*.json5"], { cwd: bad, env: { OPENCLAW_QWEN_LINT_WORKERS: "2" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("openclaw-qwen-lint: cannot read c-070.json5: it is a character device, not a regular file; pass a regular file, or - to read standard input\n");
    expect(r.stdout).toBe("");
  });
});
