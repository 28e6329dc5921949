// Big configs: a realistic 2 MB config lints with every rule; the cost is linear (a config four times
// as big costs about four times as much, not sixteen); past the 20 MB limit the CLI refuses at once.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readRegularFile } from "../../src/engine/safe-read.js";
import { lintText } from "../../src/index.js";
import { cli } from "../cli/run-cli.js";
import { bigConfig } from "../fuzz/big-config.js";

const cpuMs = (f: () => void) => {
  const s = process.cpuUsage();
  f();
  const d = process.cpuUsage(s);
  return (d.user + d.system) / 1000;
};

describe("big configs", { timeout: 120_000 }, () => {
  it("a realistic 2 MB config: every rule runs, no parse or internal error", () => {
    const text = bigConfig(2 * 1024 * 1024);
    expect(text.length).toBeGreaterThan(1.9 * 1024 * 1024);
    const r = lintText(text, { filePath: "/big/openclaw.json5", env: {} });
    expect(r.diagnostics.filter((d) => d.ruleId === "parse-error" || d.internalError)).toEqual([]);
  });

  it("cost grows linearly: 4x the text costs well under 16x the CPU", () => {
    const small = bigConfig(256 * 1024, 2);
    const large = bigConfig(1024 * 1024, 2);
    const lint = (t: string) => lintText(t, { filePath: "/big/openclaw.json5", env: {} });
    lint(small); // warm up
    const a = Math.min(cpuMs(() => lint(small)), cpuMs(() => lint(small)));
    const b = Math.min(cpuMs(() => lint(large)), cpuMs(() => lint(large)));
    // Linear is ~4x; quadratic would be ~16x. The margin absorbs GC and a busy machine.
    expect(b / a).toBeLessThan(9);
  });

  it(`a file over ${MAX_FILE_BYTES / 1024 / 1024} MB is refused with exit 2, without reading it`, () => {
    const dir = mkdtempSync(join(tmpdir(), "oql-size-"));
    writeFileSync(join(dir, "big.json5"), " ".repeat(MAX_FILE_BYTES + 1));
    const r = cli(["big.json5"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("openclaw-qwen-lint: cannot read big.json5: it is larger than 20 MB, the most openclaw-qwen-lint reads (OpenClaw reads at most 2 MB per $include file)\n");
  });
});

describe("reading a file", () => {
  it("reads every size whole (around the 64 KB reading buffer, multi-byte characters across it) and refuses past the limit", () => {
    const dir = mkdtempSync(join(tmpdir(), "oql-read-"));
    const file = join(dir, "a.json5");
    for (const size of [0, 1, 65_535, 65_536, 65_537, 200_000]) {
      // "é" is two bytes: some land across the buffer's end.
      const text = "é".repeat(Math.floor(size / 2)) + (size % 2 ? "x" : "");
      writeFileSync(file, text);
      expect(readRegularFile(file), String(size)).toBe(text);
      // The same buffer is reused: a smaller file after a bigger one has nothing of it.
      writeFileSync(file, "{}");
      expect(readRegularFile(file)).toBe("{}");
    }
    writeFileSync(file, "x".repeat(100));
    expect(readRegularFile(file, { maxBytes: 100 })).toBe("x".repeat(100));
    expect(() => readRegularFile(file, { maxBytes: 99 })).toThrow(/more than the 99 bytes/);
  });

  it.runIf(existsSync("/proc/self/status"))("reads to the end of a file that reports size 0 (/proc)", () => {
    expect(readRegularFile("/proc/self/status")).toMatch(/^Name:[\s\S]*\nPid:/);
  });
});
