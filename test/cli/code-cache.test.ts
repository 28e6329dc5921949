// bin/load-cached.cjs: the CLI's V8 code cache is written after a run, reused by the next, refreshed
// when a run did something the cache does not cover, pruned of old builds, harmless when corrupt, and
// can be turned off.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, ensureBuilt, ROOT } from "./run-cli.js";

const example = join(ROOT, "examples", "standard-global.json5");
const cli = (cache: string, args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, OPENCLAW_QWEN_LINT_CACHE: cache } });
const lint = (cache: string) => cli(cache, ["--format", "compact", example]);
const freshDir = () => join(mkdtempSync(join(tmpdir(), "oql-cache-")), "c");
/** The one cache file in `dir`: its path, the run kinds it covers and its size. */
const cacheIn = (dir: string) => {
  const files = readdirSync(dir);
  expect(files).toHaveLength(1);
  const file = join(dir, files[0]);
  const head = readFileSync(file).subarray(0, 200).toString("latin1");
  return { file, keys: head.slice(head.indexOf(" ") + 1, head.indexOf("\n")).split(",").filter(Boolean), size: statSync(file).size, mtime: statSync(file).mtimeMs };
};

beforeAll(() => ensureBuilt());

describe("code cache", () => {
  it("--debug loads the (minified) bundle with its source map: stack traces name the modules and functions", () => {
    const r = cli(freshDir(), ["--debug", "--format", "nope", example]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/UsageError: --format must be/);
    expect(r.stderr).toMatch(/at lintArgs \(.*dist[\\/]cli[\\/]args\.js:\d+:\d+\)/);
    // Without --debug, a usage error prints no stack.
    expect(cli(freshDir(), ["--format", "nope", example]).stderr).not.toMatch(/\n\s+at /);
  });

  it("read-only (the lint worker threads): uses the cache, never writes it", () => {
    const dir = freshDir();
    const load = (readOnly: boolean) =>
      spawnSync(process.execPath, ["-e", `require(${JSON.stringify(join(ROOT, "bin", "load-cached.cjs"))})(${JSON.stringify(join(ROOT, "dist", "cli.cjs"))}, { readOnly: ${readOnly} })`], {
        encoding: "utf8",
        env: { ...process.env, OPENCLAW_QWEN_LINT_CACHE: dir },
      });
    expect(load(true).status).toBe(0);
    expect(existsSync(dir)).toBe(false);
    expect(load(false).status).toBe(0);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it("loads an ASCII bundle (bin/load-cached.cjs reads it as latin1)", () => {
    const bundle = readFileSync(join(ROOT, "dist", "cli.cjs"));
    expect(bundle.findIndex((b) => b > 0x7f)).toBe(-1);
    // The patterns with non-ASCII letters in src still match them after the build's \u escaping.
    expect(readFileSync(join(ROOT, "src", "engine", "secrets.ts"), "utf8")).toMatch(/[^\x00-\x7f]/);
  });

  it("is written after the first run, private to the user, and reused", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "oql-cache-")), "c");
    expect(lint(dir).status).toBe(0);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^cli\\.cjs-\\d+-\\d+-${process.version}-${process.arch}\\.v8$`));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const before = statSync(join(dir, files[0])).mtimeMs;
    expect(lint(dir).status).toBe(0);
    expect(statSync(join(dir, files[0])).mtimeMs).toBe(before);
  });

  it("survives a corrupt cache file and replaces it", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "oql-cache-")), "c");
    lint(dir);
    const file = join(dir, readdirSync(dir)[0]);
    writeFileSync(file, "not a V8 code cache");
    const r = lint(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(statSync(file).size).toBeGreaterThan(1000);
  });

  it("is refreshed when a run did what the cache does not cover: --version first, then lint", () => {
    const dir = freshDir();
    expect(cli(dir, ["--version"]).status).toBe(0);
    const afterVersion = cacheIn(dir);
    expect(afterVersion.keys).toEqual(["version"]);
    expect(lint(dir).status).toBe(0);
    const afterLint = cacheIn(dir);
    expect(afterLint.keys).toEqual(["version", "lint:compact"]);
    // The linting code is in it now (V8 caches only functions that have run).
    expect(afterLint.size).toBeGreaterThan(afterVersion.size * 2);
    // Covered: the next lint and --version leave it alone.
    expect(lint(dir).status).toBe(0);
    expect(cli(dir, ["--version"]).status).toBe(0);
    expect(cacheIn(dir).mtime).toBe(afterLint.mtime);
    // Another format is other code.
    expect(cli(dir, ["--format", "json", example]).status).toBe(0);
    expect(cacheIn(dir).keys).toEqual(["version", "lint:compact", "lint:json"]);
  });

  it("a run that set V8's flags (many files, src/cli/parallel.ts) reads the cache but writes none: V8 would refuse it in plain runs", () => {
    const dir = freshDir();
    const many = mkdtempSync(join(tmpdir(), "oql-cache-many-"));
    for (let i = 0; i < 80; i++) writeFileSync(join(many, `c${i}.json5`), readFileSync(example));
    const manyRun = () => spawnSync(process.execPath, [BIN, "--format", "compact", "*.json5"], { cwd: many, encoding: "utf8", env: { ...process.env, OPENCLAW_QWEN_LINT_CACHE: dir, OPENCLAW_QWEN_LINT_WORKERS: "2" } });
    expect(manyRun().status).toBe(0);
    // The flags are set only on the V8 versions they were checked on (src/cli/parallel.ts).
    const tuned = /^1[1-3]\./.test(process.versions.v8);
    expect(existsSync(dir)).toBe(!tuned);
    if (!tuned) return;
    // A plain run writes it; a many-file run after it leaves it as it is, and the next plain run takes it.
    expect(lint(dir).status).toBe(0);
    const written = cacheIn(dir);
    expect(manyRun().status).toBe(0);
    expect(lint(dir).status).toBe(0);
    expect(cacheIn(dir)).toEqual(written);
  });

  it("does not count a failed run as covering its command", () => {
    const dir = freshDir();
    expect(cli(dir, [join(ROOT, "no-such-config.json5")]).status).toBe(2);
    expect(cacheIn(dir).keys).toEqual([]);
    expect(lint(dir).status).toBe(0);
    expect(cacheIn(dir).keys).toEqual(["lint:compact"]);
  });

  it("prunes caches of other builds when it writes a new one, keeping the two most recent", () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    const old = (name: string, ageDays: number) => {
      const f = join(dir, name);
      writeFileSync(f, "oqlc1 lint:json\nstale");
      const t = Date.now() / 1000 - ageDays * 86400;
      utimesSync(f, t, t);
    };
    old("cli.cjs-1-1-v20.0.0-x64.v8", 30);
    old("cli.cjs-2-2-v20.0.0-x64.v8", 20);
    old("cli.cjs-3-3-v20.0.0-x64.v8", 10);
    old("cli.cjs-4-4-v20.0.0-x64.v8", 1);
    old("cli.cjs-4-4-v20.0.0-x64.v8.123.tmp", 2);
    old("cli.cjs-4-4-v20.0.0-x64.v8.456.tmp", 0);
    writeFileSync(join(dir, "unrelated.txt"), "not ours");
    expect(lint(dir).status).toBe(0);
    const left = readdirSync(dir).sort();
    expect(left.filter((f) => /^cli\.cjs-[1-4]-/.test(f))).toEqual(["cli.cjs-3-3-v20.0.0-x64.v8", "cli.cjs-4-4-v20.0.0-x64.v8", "cli.cjs-4-4-v20.0.0-x64.v8.456.tmp"]);
    expect(left).toContain("unrelated.txt");
    expect(left.filter((f) => f.includes(process.version))).toHaveLength(1);
  });

  it("is not written with OPENCLAW_QWEN_LINT_CACHE=0", () => {
    const home = mkdtempSync(join(tmpdir(), "oql-cache-home-"));
    const r = spawnSync(process.execPath, [BIN, example], { encoding: "utf8", env: { ...process.env, HOME: home, XDG_CACHE_HOME: "", OPENCLAW_QWEN_LINT_CACHE: "0" } });
    expect(r.status).toBe(0);
    expect(readdirSync(home)).toEqual([]);
  });
});
