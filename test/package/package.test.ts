// What the npm package ships: the MIT license file package.json names, the licenses of the code the
// CLI bundle contains, repository/homepage/bugs, no contributor-only files, no `prepare` script in the
// published manifest (it makes tarball installs warn), and runtime dependencies limited to what the
// library entry and the language server import (the CLI bundle already contains diff and tinyglobby).
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, ROOT } from "../build.js";
// @ts-expect-error: a plain .mjs build script without declarations
import { pruneDist } from "../../scripts/prune-dist.mjs";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
let files: string[];

beforeAll(() => {
  ensureBuilt();
  // --ignore-scripts: list what would be packed without building (other tests use dist/ meanwhile).
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
  files = (JSON.parse(out)[0].files as { path: string }[]).map((f) => f.path);
}, 120_000);

describe("the package", () => {
  it("ships the MIT LICENSE package.json names", () => {
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(files).toContain("LICENSE");
  });

  it("ships the licenses of every package the CLI bundle contains", () => {
    expect(files).toContain("dist/THIRD-PARTY-LICENSES.md");
    const notices = readFileSync(join(ROOT, "dist", "THIRD-PARTY-LICENSES.md"), "utf8");
    const bundle = readFileSync(join(ROOT, "dist", "cli.cjs"), "utf8");
    for (const name of ["diff", "tinyglobby", "picomatch", "fdir"]) expect(notices, name).toContain(`## ${name} `);
    // Every section is a package whose code is really in the bundle (esbuild's metafile decides).
    expect(bundle.length).toBeGreaterThan(0);
    for (const m of notices.matchAll(/^## (\S+) [\d.]+ \(([^)]+)\)$/gm)) expect(m[2], m[1]).toMatch(/^(MIT|ISC|BSD-[23]-Clause|Apache-2\.0)$/);
  });

  it("names its repository, homepage and issue tracker", () => {
    expect(pkg.repository).toMatchObject({ type: "git", url: expect.stringMatching(/^git\+https:\/\/.+\.git$/) });
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs.url).toMatch(/^https:\/\/.+\/issues$/);
  });

  it("ships no contributor-only files", () => {
    const contributorOnly = files.filter((f) => /^(test|scripts|bench|src|examples|\.ci)\/|^(catalog|endpoints)\.yaml$|^schema\/(catalog|endpoints)\.schema\.json$|^tsconfig|^vitest|^\.package\.json/.test(f));
    expect(contributorOnly).toEqual([]);
    for (const needed of ["bin/openclaw-qwen-lint.cjs", "dist/cli.cjs", "dist/index.js", "dist/cjs/index.js", "dist/lsp/lint-worker.js", "schema/openclaw-qwen.schema.json", "schema/openclaw-lint-schema.txt", "schema/report.schema.json", "docs/rules/model-not-on-plan.md"])
      expect(files, needed).toContain(needed);
  });

  it("depends at run time only on what the library and the language server import", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["vscode-languageserver", "vscode-languageserver-textdocument"]);
  });

  it("the published manifest has no prepare script; packing restores it afterwards", () => {
    // pack-manifest.mjs on a copy of package.json, as npm's prepack and postpack hooks run it.
    const dir = mkdtempSync(join(tmpdir(), "oql-pack-"));
    mkdirSync(join(dir, "scripts"));
    copyFileSync(join(ROOT, "scripts", "pack-manifest.mjs"), join(dir, "scripts", "pack-manifest.mjs"));
    copyFileSync(join(ROOT, "package.json"), join(dir, "package.json"));
    const original = readFileSync(join(dir, "package.json"), "utf8");
    expect(pkg.scripts.prepack).toBe("npm run build && node scripts/pack-manifest.mjs strip");
    expect(pkg.scripts.postpack).toBe("node scripts/pack-manifest.mjs restore");
    execFileSync(process.execPath, ["scripts/pack-manifest.mjs", "strip"], { cwd: dir });
    const packed = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(packed.scripts.prepare).toBeUndefined();
    expect(packed.scripts.build).toBe(pkg.scripts.build);
    execFileSync(process.execPath, ["scripts/pack-manifest.mjs", "restore"], { cwd: dir });
    expect(readFileSync(join(dir, "package.json"), "utf8")).toBe(original);
    rmSync(dir, { recursive: true, force: true });
  });

  it("the build drops files no source makes any more, and keeps every file the package ships", () => {
    // A copy of the real dist/ beside the real src/, with modules left over from renamed sources planted.
    const dir = mkdtempSync(join(tmpdir(), "oql-prune-"));
    cpSync(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
    symlinkSync(join(ROOT, "src"), join(dir, "src"));
    const stale = ["engine/momoa-walk.js", "engine/momoa-walk.d.ts", "cli/redact-source.js.map", "rules/util/old/x.js"];
    for (const f of stale) {
      mkdirSync(join(dir, "dist", f, ".."), { recursive: true });
      writeFileSync(join(dir, "dist", f), "");
    }
    expect((pruneDist(dir) as string[]).sort()).toEqual(stale.sort());
    expect(existsSync(join(dir, "dist", "rules", "util", "old"))).toBe(false);
    for (const f of files.filter((f) => f.startsWith("dist/"))) expect(existsSync(join(dir, f)), f).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
