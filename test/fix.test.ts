// The fix engine: range edits keep everything else byte-identical, land in the right file, never
// touch a file that does not parse, undo a fix that would break the syntax, and are idempotent.
import { chmodSync, lstatSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixText, writeAtomic } from "../src/engine/fix.js";
import { defineRule } from "../src/engine/rule.js";
import { rules } from "../src/index.js";

const CONFIG = `// my gateway
{
  agents: {
    defaults: {
      model: {
        primary: 'modelstudio/qwen3.5-plus', // single quotes stay single
        fallbacks: ["dashscope/glm-5"],
      },
    },
  },
}
`;

describe("fixText", () => {
  it("rewrites only the edited spans and is idempotent", () => {
    const out = fixText(CONFIG, { filePath: "/virtual/openclaw.json5", env: {} });
    const after = out.changes.get("/virtual/openclaw.json5")!.after;
    expect(after).toBe(CONFIG.replace("'modelstudio/qwen3.5-plus'", "'qwen/qwen3.5-plus'").replace('"dashscope/glm-5"', '"qwen/glm-5"'));
    expect(out.fixed.map((d) => d.ruleId)).toEqual(["legacy-provider-alias", "legacy-provider-alias"]);
    expect(out.result.diagnostics.filter((d) => d.ruleId === "legacy-provider-alias")).toEqual([]);
    const again = fixText(after, { filePath: "/virtual/openclaw.json5", env: {} });
    expect(again.changes.size).toBe(0);
    expect(again.fixed).toEqual([]);
  });

  it("changes nothing in a file that does not parse", () => {
    const broken = CONFIG.replace("agents: {", "agents: {{");
    const out = fixText(broken, { filePath: "/virtual/openclaw.json5", env: {} });
    expect(out.changes.size).toBe(0);
    expect(out.stopped).toMatch(/does not parse/);
    expect(out.result.diagnostics.map((d) => d.ruleId)).toEqual(["parse-error"]);
  });

  it("lands edits inside an $include'd file in that file", () => {
    const dir = mkdtempSync(join(tmpdir(), "oql-fix-"));
    writeFileSync(join(dir, "agents.json5"), `{ defaults: { model: "qwencloud/qwen3.5-plus" } }\n`);
    const root = `{ agents: { $include: "./agents.json5" } }\n`;
    writeFileSync(join(dir, "openclaw.json5"), root);
    const out = fixText(root, { filePath: join(dir, "openclaw.json5"), env: {} });
    expect([...out.changes.keys()]).toEqual([join(dir, "agents.json5")]);
    expect(out.changes.get(join(dir, "agents.json5"))!.after).toBe(`{ defaults: { model: "qwen/qwen3.5-plus" } }\n`);
  });

  it("undoes a pass whose edit would break the syntax", () => {
    const breaker = defineRule({
      meta: { id: "breaker", severity: "error", category: "structure", description: "test", fixable: true, messages: { breaks: "x" } },
      check(ctx) {
        const at = ctx.locate("/a")!;
        ctx.report({ pointer: "/a", messageId: "breaks", fix: { description: "break", edits: [{ start: at.loc.value.start.offset, end: at.loc.value.end.offset, text: "{" }] } });
      },
    });
    const out = fixText(`{ a: 1 }`, { filePath: "/virtual/x.json5", env: {}, rules: [rules.find((r) => r.meta.id === "parse-error")!, breaker] });
    expect(out.changes.size).toBe(0);
    expect(out.stopped).toMatch(/undone/);
  });

  it("stops after the pass limit", () => {
    let n = 0;
    const grower = defineRule({
      meta: { id: "grower", severity: "error", category: "structure", description: "test", fixable: true, messages: { grows: "x" } },
      check(ctx) {
        const at = ctx.locate("/a")!;
        ctx.report({ pointer: "/a", messageId: "grows", fix: { description: "grow", edits: [{ start: at.loc.value.start.offset, end: at.loc.value.end.offset, text: String(++n) }] } });
      },
    });
    const out = fixText(`{ a: 0 }`, { filePath: "/virtual/x.json5", env: {}, rules: [grower], maxPasses: 3 });
    expect(out.passes).toBe(3);
  });
});

describe("writeAtomic", () => {
  it("keeps the file mode and writes through a symlink", () => {
    const dir = mkdtempSync(join(tmpdir(), "oql-write-"));
    const real = join(dir, "real.json5");
    writeFileSync(real, "{}");
    chmodSync(real, 0o600);
    const link = join(dir, "openclaw.json5");
    symlinkSync(real, link);
    writeAtomic(link, "{ a: 1 }\n");
    expect(readFileSync(real, "utf8")).toBe("{ a: 1 }\n");
    expect(statSync(real).mode & 0o777).toBe(0o600);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});
