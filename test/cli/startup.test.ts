// What a run of the built CLI loads and reads: start-up cost is mostly what is loaded, so this pins
// the savings down (no second picomatch on globs, no doc pages for SARIF), and the SARIF rule
// descriptors built at build time are the ones the library builds from the doc pages.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import sarif from "../../src/formatters/sarif.js";
import { formatContext } from "../../src/cli/format-context.js";
import { BIN, ensureBuilt, ROOT } from "./run-cli.js";

const TRACER = join(ROOT, "test", "cli", "trace-loads.cjs");

function traced(args: string[]) {
  const out = join(mkdtempSync(join(tmpdir(), "oql-trace-")), "trace.json");
  const r = spawnSync(process.execPath, ["-r", TRACER, BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, OQL_TRACE_OUT: out, OPENCLAW_QWEN_LINT_CACHE: "0", NO_COLOR: "1" },
  });
  expect(r.status, r.stderr).toBeLessThan(2);
  const trace = JSON.parse(readFileSync(out, "utf8")) as { modules: string[]; reads: string[] };
  return { ...r, ...trace };
}

beforeAll(() => ensureBuilt());

describe("start-up", () => {
  it("a globbed lint loads nothing from node_modules (tinyglobby's picomatch is bundled, fdir's optional one not loaded)", () => {
    const r = traced(["--format", "compact", "examples/*.json5"]);
    expect(r.stdout).toMatch(/examples\/openclaw\.json5:\d+:\d+/);
    expect(r.modules.filter((m) => m.includes("node_modules"))).toEqual([]);
    expect(r.reads.some((p) => p.endsWith(join("dist", "cli.cjs")))).toBe(true);
  });

  it("a SARIF run reads no doc page", () => {
    const r = traced(["--format", "sarif", "examples/openclaw.json5"]);
    expect(JSON.parse(r.stdout).runs[0].tool.driver.rules.length).toBeGreaterThan(10);
    expect(r.reads.filter((p) => p.includes(join("docs", "rules")))).toEqual([]);
    expect(r.reads.some((p) => p.endsWith("rule-docs.json"))).toBe(true);
  });

  it("SARIF from the CLI carries the same rule descriptors as built from the doc pages themselves", () => {
    const r = spawnSync(process.execPath, [BIN, "--format", "sarif", "examples/openclaw.json5"], { cwd: ROOT, encoding: "utf8" });
    const fromCli = JSON.parse(r.stdout).runs[0].tool.driver.rules;
    const report = { version: 1 as const, tool: { name: "openclaw-qwen-lint" as const, version: "0", catalogVersion: "0", catalogUpdated: "0" }, results: [] };
    const ctx = formatContext({ cwd: ROOT, color: false, source: () => undefined, ruleDoc: (id) => readFileSync(join(ROOT, "docs", "rules", `${id}.md`), "utf8") });
    const fromPages = JSON.parse(sarif(report, ctx)).runs[0].tool.driver.rules;
    expect(fromCli).toEqual(fromPages);
    expect(fromCli.some((d: { help?: { markdown?: string } }) => d.help?.markdown?.includes("## "))).toBe(true);
  });
});
