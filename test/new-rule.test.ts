// The scaffold: `npm run new-rule -- <id>` writes every file a rule needs and registers it.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitRulePageHeaders } from "../scripts/lib/emit-docs.js";

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
    const rule = readFileSync(join(dir, "src/rules/region-typo.ts"), "utf8");
    expect(rule).toContain(`category: "endpoints",`);
    // Messages as data from the start: a template in meta.messages, reported by id.
    expect(rule).toMatch(/messages: \{\n(.*\n)*?\s+todo: "TODO/);
    expect(rule).toContain(`messageId: "todo"`);
    // The page carries the header markers \`npm run generate\` rewrites from the rule's metadata.
    expect(readFileSync(join(dir, "docs/rules/region-typo.md"), "utf8")).toContain(
      [
        "# region-typo",
        "",
        "<!-- header:start: generated from the rule's metadata by `npm run generate` -->",
        "**Severity:** warning · **Category:** endpoints · **Fixable:** yes · **Input:** OpenClaw configs (JSON5) · **Options:** none",
        "<!-- header:end -->",
      ].join("\n"),
    );
    const index = readFileSync(join(dir, "src/rules/index.ts"), "utf8");
    expect(index).toContain(`import regionTypo from "./region-typo.js";`);
    expect(index).toMatch(/  regionTypo,\n\];/);
    // A second run refuses to overwrite.
    expect(run("region-typo", "--root", dir).status).toBe(2);
  });
  it("npm run generate refuses a rule page without the header markers (it would never follow the metadata)", () => {
    const dir = mkdtempSync(join(tmpdir(), "new-rule-"));
    mkdirSync(join(dir, "docs/rules"), { recursive: true });
    writeFileSync(join(dir, "docs/rules/region-ignored.md"), "# region-ignored\n\n**Severity:** warning\n");
    expect(() => emitRulePageHeaders(dir)).toThrow(/docs\/rules\/region-ignored.md has no generated header/);
  });
  it("refuses an id that is not kebab-case, with exit 2", () => {
    const r = run("Region_Typo");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^new-rule: usage: npm run new-rule -- <kebab-case-id>/);
  });
});
