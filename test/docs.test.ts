// Every rule page shows real behaviour: its Example produces exactly the output lines the page states
// (every finding of every rule, infos included, nothing more), and each config of its Fix produces no
// finding at all. The suppression example of docs/cli.md suppresses what it says and nothing is unused.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText, rules } from "../src/index.js";

const DOCS = join(import.meta.dirname, "..", "docs", "rules");
/** Files an example includes exist, as empty objects. */
const host = { readFile: () => "{}", size: () => 2 };

/** Fenced blocks (lang, body) of the section that starts with `heading`. */
function blocks(md: string, heading: RegExp): { lang: string; body: string }[] {
  const start = md.search(heading);
  if (start < 0) return [];
  const rest = md.slice(start + 1);
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] }));
}

const scriptName = (id: string, body: string) =>
  /^\s*(FROM|RUN)\b/m.test(body) ? `/virtual/${id}.dockerfile` : /^\s*(#!|openclaw|npx)/m.test(body) ? `/virtual/${id}.sh` : `/virtual/${id}.md`;

describe("rule pages", () => {
  for (const rule of rules) {
    const md = readFileSync(join(DOCS, `${rule.meta.id}.md`), "utf8");
    const example = blocks(md, /^## Example/m);
    const input = example.find((b) => b.lang === "json5" || b.lang === "sh" || b.lang === "dockerfile" || b.lang === "markdown" || b.lang === "md");
    const stated = example.filter((b) => b.lang === "" || b.lang === "text").flatMap((b) => b.body.split("\n")).map((l) => l.trim()).filter((l) => /^(error|warning|info) [a-z0-9-]+: /.test(l));
    if (!input || stated.length === 0) continue;
    // A first line like `// ~/.openclaw/openclaw.json` says where the example config lives.
    const named = /^\/\/ (~?\/\S+\.json5?)\s*$/m.exec(input.body.split("\n")[0])?.[1]?.replace(/^~/, "/home/user");
    const filePath = input.lang === "json5" ? (named ?? "/virtual/openclaw.json5") : scriptName(rule.meta.id, input.body);
    it(`${rule.meta.id}: the example gives the stated output`, () => {
      const got = lintText(input.body, { filePath, env: {}, host }).diagnostics.map((d) => `${d.severity} ${d.ruleId}: ${d.message}`);
      expect([...got].sort(), `the whole output of the example in docs/rules/${rule.meta.id}.md`).toEqual([...stated].sort());
      expect(stated.some((l) => l.includes(` ${rule.meta.id}: `)), "the example shows the page's own rule").toBe(true);
    });
    // A Fix config is clean, unless an output block right after it states what it still reports (an
    // alternative that keeps an info on purpose); then it reports exactly that, and never the page's rule
    // above info.
    const fixSection = blocks(md, /^## (Fix|How to fix)/m);
    const fixes = fixSection.flatMap((b, i) => (b.lang === input.lang ? [{ body: b.body, stated: fixSection[i + 1]?.lang === "" ? fixSection[i + 1].body.split("\n").filter(Boolean) : [] }] : []));
    if (fixes.length)
      it(`${rule.meta.id}: the fix clears it and raises nothing else`, () => {
        for (const fixed of fixes) {
          const left = lintText(fixed.body, { filePath, env: {}, host }).diagnostics;
          expect(left.map((d) => `${d.severity} ${d.ruleId}: ${d.message}`).sort(), `a Fix config in docs/rules/${rule.meta.id}.md`).toEqual([...fixed.stated].sort());
          expect(left.filter((d) => d.ruleId === rule.meta.id && d.severity !== "info")).toEqual([]);
        }
      });
  }
});

describe("docs/cli.md suppression example", () => {
  it("suppresses what it names, and no directive is unused", () => {
    const md = readFileSync(join(DOCS, "..", "cli.md"), "utf8");
    const block = blocks(md, /^## Suppression comments/m).find((b) => b.lang === "json5")!;
    const ids = lintText(block.body, { filePath: "/virtual/openclaw.json5", env: {}, host }).diagnostics.map((d) => d.ruleId);
    expect(ids).not.toContain("unused-disable-directive");
    expect(ids).not.toContain("model-not-on-plan");
    expect(ids).not.toContain("legacy-provider-alias");
  });
});
