// examples/editor/openclaw.json is clean in VS Code's JSON engine (json mode, our schema associated by
// file name, as docs/editors.md says) and for the linter, and names no relative $schema that would
// break when the file is copied out of the repository.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/index.js";
import { createService, diagLines, ROOT, validate } from "./json-harness.js";

const FILE = join(ROOT, "examples", "editor", "openclaw.json");
const text = readFileSync(FILE, "utf8");

describe("examples/editor/openclaw.json", () => {
  it("VS Code's JSON engine reports nothing on it", async () => {
    expect(diagLines(await validate(createService(), text, "file:///home/me/.openclaw/openclaw.json", "json"))).toEqual([]);
  });
  it("the linter reports nothing on it", () => {
    expect(lintText(text, { filePath: FILE, env: {} }).diagnostics.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
  });
  it("has no relative $schema", () => {
    expect(text).not.toMatch(/"\$schema"\s*:\s*"\.{0,2}\//);
  });
  it("docs/editors.md explains it", () => {
    expect(readFileSync(join(ROOT, "docs", "editors.md"), "utf8")).toContain("examples/editor/openclaw.json");
  });
});

describe("every example", () => {
  it("names no relative $schema, which breaks when the file is copied out of the repository", async () => {
    const { readdirSync } = await import("node:fs");
    const dir = join(ROOT, "examples");
    for (const f of readdirSync(dir).filter((f) => /\.json5?$/.test(f))) expect(readFileSync(join(dir, f), "utf8"), f).not.toMatch(/\$schema"?\s*:\s*["']\.{0,2}\//);
  });
});
