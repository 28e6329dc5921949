// The package as TypeScript and Node consumers use it, from a tiny project in a temp folder with the
// package linked into its node_modules: a CommonJS project with `module`/`moduleResolution: node16`
// compiles (no TS1479/TS1541) and require() works; an ES module project too; and ToolConfig.rules
// is typed by rule id, so a misspelt id fails the compiler.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, ROOT } from "../build.js";

const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
let dir: string;

function project(name: string, type: "commonjs" | "module", module: string, files: Record<string, string>): string {
  const p = join(dir, name);
  mkdirSync(join(p, "node_modules", "@types"), { recursive: true });
  symlinkSync(ROOT, join(p, "node_modules", "openclaw-qwen-lint"), "dir");
  symlinkSync(join(ROOT, "node_modules", "@types", "node"), join(p, "node_modules", "@types", "node"), "dir");
  writeFileSync(join(p, "package.json"), JSON.stringify({ name, private: true, type }));
  writeFileSync(join(p, "tsconfig.json"), JSON.stringify({ compilerOptions: { module, moduleResolution: module, target: "ES2022", strict: true, skipLibCheck: true, outDir: "out", types: ["node"] } }));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(p, f), text);
  return p;
}
const tsc = (cwd: string) => spawnSync(process.execPath, [TSC, "-p", "tsconfig.json"], { cwd, encoding: "utf8" });

const USE = `import { lintText, lintFiles, type ToolConfig } from "openclaw-qwen-lint";
const config: ToolConfig = { rules: { "legacy-provider-alias": "off" } };
const r = lintText('{ agents: { defaults: { model: "qwen/qwen3.8-max" } } }', { filePath: "openclaw.json5", config });
console.log(r.errorCount, typeof lintFiles);
`;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "oql-consumer-"));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("TypeScript consumers", () => {
  it("a CommonJS project with moduleResolution node16 compiles, and its require() runs", () => {
    const p = project("cjs", "commonjs", "node16", { "index.ts": USE });
    const r = tsc(p);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(execFileSync(process.execPath, ["out/index.js"], { cwd: p, encoding: "utf8" })).toBe("1 function\n");
  }, 120_000);

  it("an ES module project with moduleResolution node16 compiles and runs", () => {
    const p = project("esm", "module", "node16", { "index.ts": USE });
    const r = tsc(p);
    expect(r.stdout + r.stderr).toBe("");
    expect(execFileSync(process.execPath, ["out/index.js"], { cwd: p, encoding: "utf8" })).toBe("1 function\n");
  }, 120_000);

  it("a misspelt rule id in ToolConfig.rules fails the compiler", () => {
    const p = project("typo", "module", "node16", { "index.ts": USE.replace('"legacy-provider-alias": "off"', '"legacy-provider-alis": "off"') });
    const r = tsc(p);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/index\.ts\(2,\d+\): error TS2\d+: .*'"legacy-provider-alis"'/);
  }, 120_000);
});
