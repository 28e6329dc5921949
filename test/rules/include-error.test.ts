import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FileHost } from "../../src/engine/include.js";
import { defineRule } from "../../src/engine/rule.js";
import { rules } from "../../src/index.js";
import { expectRule, FIXTURES, lines, lint, lintFixture } from "../helpers.js";

const ID = "include-error";
const ERR = join(FIXTURES, "err");

/** Included files served from memory, as the LSP does for open documents. */
function host(files: Record<string, string>, sizes: Record<string, number> = {}): FileHost {
  const missing = (p: string) => Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: "ENOENT" });
  return {
    readFile: (p) => {
      if (!(p in files)) throw missing(p);
      return files[p];
    },
    size: (p) => {
      if (p in sizes) return sizes[p];
      if (!(p in files)) throw missing(p);
      return Buffer.byteLength(files[p]);
    },
  };
}

/** The merged config the rules see. */
function mergedConfig(text: string, files: Record<string, string>): Record<string, unknown> {
  let seen: unknown;
  const probe = defineRule({
    meta: { id: "probe", severity: "info", category: "structure", description: "test probe", fixable: false, messages: {} },
    check: (ctx) => void (seen = ctx.config),
  });
  lint(text, { host: host(files), rules: [...rules, probe] });
  return seen as Record<string, unknown>;
}

describe(ID, () => {
  it("reports a missing file on the $include value", () => {
    expectRule(ID, `{\n  models: { $include: "./models.json5" },\n}`, [
      `2:23-2:39 error ${ID}: Cannot read included file ./models.json5 (resolved: /virtual/models.json5). Check the path; it is relative to /virtual.`,
    ], { host: host({}) });
  });

  it("reports a missing item of an include list on that item, and still merges the others", () => {
    const text = `{\n  models: { $include: ["./a.json5", "./gone.json5"] },\n}`;
    expectRule(ID, text, [
      `2:37-2:51 error ${ID}: Cannot read included file ./gone.json5 (resolved: /virtual/gone.json5). Check the path; it is relative to /virtual.`,
    ], { host: host({ "/virtual/a.json5": `{ mode: "merge" }` }) });
    expect(mergedConfig(text, { "/virtual/a.json5": `{ mode: "merge" }` }).models).toEqual({ mode: "merge" });
  });

  it("reports a cycle in the file whose $include closes it", () => {
    const files = {
      "/virtual/a.json5": `{\n  $include: "./b.json5",\n}`,
      "/virtual/b.json5": `{\n  defaults: {},\n  $include: "./a.json5",\n}`,
    };
    expectRule(ID, `{ agents: { $include: "./a.json5" } }`, [
      `b.json5 3:13-3:24 error ${ID}: Circular include: openclaw.json5 -> a.json5 -> b.json5 -> a.json5. Remove one of these $include entries.`,
    ], { host: host(files) });
  });

  it("reports a file that includes itself", () => {
    expectRule(ID, `{\n  $include: "./openclaw.json5",\n}`, [
      `2:13-2:31 error ${ID}: Circular include: openclaw.json5 -> openclaw.json5. Remove one of these $include entries.`,
    ], { host: host({}) });
  });

  it("reports a path that escapes the config directory, unless OPENCLAW_INCLUDE_ROOTS allows it", () => {
    const text = `{\n  models: { $include: "../shared/models.json5" },\n}`;
    const files = { "/shared/models.json5": `{ mode: "merge" }` };
    expectRule(ID, text, [
      `2:23-2:47 error ${ID}: Include path escapes the config directory: ../shared/models.json5 resolves to /shared/models.json5, outside /virtual. Move the file under that directory or add its directory to OPENCLAW_INCLUDE_ROOTS.`,
    ], { host: host(files) });
    expectRule(ID, text, [], { host: host(files), env: { OPENCLAW_INCLUDE_ROOTS: "/shared" } });
    expectRule(ID, text, [], { host: host(files), env: { OPENCLAW_INCLUDE_ROOTS: "/elsewhere:/shared" } });
    // An absolute path is checked the same way.
    expectRule(ID, `{ models: { $include: "/etc/openclaw-models.json5" } }`, [
      `1:23-1:51 error ${ID}: Include path escapes the config directory: /etc/openclaw-models.json5 resolves to /etc/openclaw-models.json5, outside /virtual. Move the file under that directory or add its directory to OPENCLAW_INCLUDE_ROOTS.`,
    ], { host: host({}) });
  });

  it("does not treat a file whose name starts with two dots as outside the directory", () => {
    expectRule(ID, `{ models: { $include: "./..models.json5" } }`, [], { host: host({ "/virtual/..models.json5": `{ mode: "merge" }` }) });
  });

  it("allows 10 levels of nesting and reports the 11th", () => {
    const chain = (n: number) => {
      const files: Record<string, string> = {};
      for (let i = 1; i <= n; i++) files[`/virtual/d${i}.json5`] = i < n ? `{\n  $include: "./d${i + 1}.json5",\n}` : `{ mode: "merge" }`;
      return files;
    };
    const text = `{ models: { $include: "./d1.json5" } }`;
    expectRule(ID, text, [], { host: host(chain(10)) });
    expect(mergedConfig(text, chain(10)).models).toEqual({ mode: "merge" });
    expectRule(ID, text, [
      `d10.json5 2:13-2:26 error ${ID}: Includes are nested more than 10 levels deep; OpenClaw stops at 10. Flatten the include chain.`,
    ], { host: host(chain(11)) });
  });

  it("reports a $include value that is not a path or a list of paths", () => {
    expectRule(ID, `{\n  models: { $include: 42 },\n  agents: { $include: ["./a.json5", 7] },\n  tools: { $include: {} },\n}`, [
      `2:23-2:25 error ${ID}: $include must be a file path or a list of file paths, e.g. "./models.json5"`,
      `3:37-3:38 error ${ID}: $include list items must be file paths (strings), e.g. "./models.json5"`,
      `4:22-4:24 error ${ID}: $include must be a file path or a list of file paths, e.g. "./models.json5"`,
    ], { host: host({ "/virtual/a.json5": "{}" }) });
  });

  it("reports an empty path", () => {
    expectRule(ID, `{ models: { $include: " " } }`, [`1:23-1:26 error ${ID}: $include path is empty`], { host: host({}) });
  });

  it("reports a file over 2 MB without reading it", () => {
    const files = { "/virtual/big.json5": "{}" };
    const h = host(files, { "/virtual/big.json5": 3 * 1024 * 1024 });
    let reads = 0;
    const counting: FileHost = { size: h.size, readFile: (p) => (reads++, h.readFile(p)) };
    expectRule(ID, `{ models: { $include: "./big.json5" } }`, [
      `1:23-1:36 error ${ID}: Included file ./big.json5 is 3145728 bytes; OpenClaw reads at most 2 MB (2097152 bytes) per file.`,
    ], { host: counting });
    expect(reads).toBe(0);
    expectRule(ID, `{ models: { $include: "./big.json5" } }`, [], { host: host(files, { "/virtual/big.json5": 2 * 1024 * 1024 }) });
  });

  it("reports a JSON5 syntax error in an included file twice: at the include and, as parse-error, in that file", () => {
    const files = { "/virtual/models.json5": `{\n  mode: "merge"\n  providers: {},\n}` };
    const r = lint(`{\n  models: { $include: "./models.json5" },\n}`, { host: host(files) });
    expect(lines(r)).toEqual([
      `2:23-2:39 error ${ID}: Included file ./models.json5 is not valid JSON5: Found "providers" right after a complete value: a comma is missing before it at 3:3.`,
      `models.json5 3:3-3:4 error parse-error: Found "providers" right after a complete value: a comma is missing before it. models.json5 is not valid JSON5, so nothing else was checked.`,
    ]);
  });

  it("reports an included file that is not an object when sibling keys must merge into it", () => {
    expectRule(ID, `{ models: { $include: "./list.json5", mode: "merge" } }`, [
      `1:23-1:37 error ${ID}: The included content is an array, so it cannot be merged with the sibling keys next to $include. Include an object, or remove the sibling keys.`,
    ], { host: host({ "/virtual/list.json5": `["a"]` }) });
  });

  it("replaces a lone { $include } with whatever the file holds, as OpenClaw does", () => {
    const files = { "/virtual/fb.json5": `["qwen/glm-5"]` };
    const r = lint(`{ agents: { defaults: { model: { primary: "qwen/qwen3.5-plus", fallbacks: { $include: "./fb.json5" } } } } }`, { host: host(files) });
    expect(r.diagnostics.filter((d) => d.ruleId === "include-error" || d.ruleId === "invalid-value")).toEqual([]);
  });

  it("places other rules' findings in the included file, at that file's line and column", () => {
    const files = { "/virtual/agents.json5": `// agents\n{\n  defaults: {\n    model: "modelstudio/qwen3.5-plus",\n  },\n}` };
    const r = lint(`{\n  agents: { $include: "./agents.json5" },\n}`, { host: host(files) });
    const d = r.diagnostics.find((x) => x.ruleId === "legacy-provider-alias")!;
    expect(d.filePath).toBe("/virtual/agents.json5");
    expect(d.pointer).toBe("/agents/defaults/model");
    expect(lines(r).filter((l) => l.includes("legacy-provider-alias"))).toEqual([
      `agents.json5 4:12-4:38 warning legacy-provider-alias: "modelstudio/qwen3.5-plus" uses the compatibility alias "modelstudio"; use "qwen/qwen3.5-plus" (the canonical qwen provider id).`,
    ]);
  });

  it("does the same for the fixture files on disk", () => {
    const r = lintFixture(join(ERR, "include-error-located.json5"));
    expect(lines(r).filter((l) => l.includes("legacy-provider-alias"))).toEqual([
      `agents.json5 4:12-4:38 warning legacy-provider-alias: "modelstudio/qwen3.5-plus" uses the compatibility alias "modelstudio"; use "qwen/qwen3.5-plus" (the canonical qwen provider id).`,
    ]);
    expect(r.diagnostics.find((d) => d.ruleId === "legacy-provider-alias")!.filePath).toBe(join(ERR, "include-error", "agents.json5"));
  });

  it("concatenates arrays from a list of includes and locates each item in its own file", () => {
    const a = `{\n  primary: "qwen/qwen3.5-plus",\n  fallbacks: ["qwen/glm-5"],\n}`;
    const b = `{\n  fallbacks: ["qwen/kimi-k2.5", "modelstudio/glm-4.7"],\n}`;
    const files = { "/virtual/a.json5": a, "/virtual/b.json5": b };
    const text = `{\n  agents: { defaults: { model: { $include: ["./a.json5", "./b.json5"] } } },\n}`;
    const config = mergedConfig(text, files) as { agents: { defaults: { model: unknown } } };
    expect(config.agents.defaults.model).toEqual({ primary: "qwen/qwen3.5-plus", fallbacks: ["qwen/glm-5", "qwen/kimi-k2.5", "modelstudio/glm-4.7"] });
    const r = lint(text, { host: host(files) });
    const d = r.diagnostics.find((x) => x.ruleId === "legacy-provider-alias")!;
    expect(d.pointer).toBe("/agents/defaults/model/fallbacks/2");
    expect(lines(r).filter((l) => l.includes("legacy-provider-alias"))).toEqual([
      `b.json5 2:33-2:54 warning legacy-provider-alias: "modelstudio/glm-4.7" uses the compatibility alias "modelstudio"; use "qwen/glm-4.7" (the canonical qwen provider id).`,
    ]);
  });

  it("lets sibling keys override the included file (deep merge, siblings win)", () => {
    const files = { "/virtual/agents.json5": `{\n  defaults: { model: "modelstudio/qwen3.5-plus", imageModel: "modelstudio/qwen3.6-plus" },\n}` };
    const text = `{\n  agents: {\n    $include: "./agents.json5",\n    defaults: { model: "qwen/qwen3.5-plus" },\n  },\n}`;
    expect(mergedConfig(text, files).agents).toEqual({ defaults: { model: "qwen/qwen3.5-plus", imageModel: "modelstudio/qwen3.6-plus" } });
    expect(lines(lint(text, { host: host(files) })).filter((l) => l.includes("legacy-provider-alias"))).toEqual([
      `agents.json5 2:62-2:88 warning legacy-provider-alias: "modelstudio/qwen3.6-plus" uses the compatibility alias "modelstudio"; use "qwen/qwen3.6-plus" (the canonical qwen provider id).`,
    ]);
  });

  it("reads the same file included twice once and reports nothing", () => {
    const files = { "/virtual/p.json5": `{ enabled: true }` };
    expectRule(ID, `{ plugins: { entries: { qwen: { $include: "./p.json5" }, alibaba: { $include: "./p.json5" } } } }`, [], { host: host(files) });
  });

  it("produces no findings for valid includes (ok fixture style)", () => {
    const r = lintFixture(join(ERR, "include-error-array-merge.json5"));
    expect(r.diagnostics.filter((d) => d.ruleId === ID)).toEqual([]);
  });
});
