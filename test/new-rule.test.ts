// The scaffold: `npm run new-rule -- <id>` writes every file a rule needs and registers it.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(new URL(import.meta.url).pathname, "..", "..");
const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "scripts/new-rule.ts"), ...args], { encoding: "utf8" });

describe("new-rule scaffold", () => {
  it("writes the rule, doc page, test and fixtures, and registers the rule", () => {
    const dir = mkdtempSync(join(tmpdir(), "new-rule-"));
    mkdirSync(join(dir, "src/rules"), { recursive: true });
    copyFileSync(join(ROOT, "src/rules/index.ts"), join(dir, "src/rules/index.ts"));
    const r = run("region-typo", "--category", "endpoints", "--fixable", "--root", dir);
    expect(r.status, r.stderr).toBe(0);
    for (const f of ["src/rules/region-typo.ts", "docs/rules/region-typo.md", "test/rules/region-typo.test.ts", "test/fixtures/err/region-typo.json5", "test/fixtures/err/region-typo.expected", "test/fixtures/ok/region-typo.json5"])
      expect(existsSync(join(dir, f)), f).toBe(true);
    expect(readFileSync(join(dir, "src/rules/region-typo.ts"), "utf8")).toContain(`category: "endpoints",`);
    const index = readFileSync(join(dir, "src/rules/index.ts"), "utf8");
    expect(index).toContain(`import regionTypo from "./region-typo.js";`);
    expect(index).toMatch(/  regionTypo,\n\];/);
    // A second run refuses to overwrite.
    expect(run("region-typo", "--root", dir).status).toBe(2);
  });
  it("refuses an id that is not kebab-case, with exit 2", () => {
    const r = run("Region_Typo");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^new-rule: usage: npm run new-rule -- <kebab-case-id>/);
  });
});
