// bin/load-cached.cjs: the CLI's V8 code cache is written after a run, reused by the next, harmless
// when corrupt, and can be turned off.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, ensureBuilt, ROOT } from "./run-cli.js";

const example = join(ROOT, "examples", "standard-global.json5");
const lint = (cache: string) => spawnSync(process.execPath, [BIN, "--format", "compact", example], { encoding: "utf8", env: { ...process.env, OPENCLAW_QWEN_LINT_CACHE: cache } });

beforeAll(() => ensureBuilt());

describe("code cache", () => {
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

  it("is not written with OPENCLAW_QWEN_LINT_CACHE=0", () => {
    const home = mkdtempSync(join(tmpdir(), "oql-cache-home-"));
    const r = spawnSync(process.execPath, [BIN, example], { encoding: "utf8", env: { ...process.env, HOME: home, XDG_CACHE_HOME: "", OPENCLAW_QWEN_LINT_CACHE: "0" } });
    expect(r.status).toBe(0);
    expect(readdirSync(home)).toEqual([]);
  });
});
