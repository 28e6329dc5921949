// Every rule page shows real behaviour: its Example config produces the output lines the page states,
// and its Fix config no longer triggers the rule (at warning or above).
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
    const stated = example.filter((b) => b.lang === "" || b.lang === "text").flatMap((b) => b.body.split("\n")).map((l) => l.trim()).filter((l) => new RegExp(`^(error|warning|info) ${rule.meta.id}: `).test(l));
    if (!input || stated.length === 0) continue;
    // A first line like `// ~/.openclaw/openclaw.json` says where the example config lives.
    const named = /^\/\/ (~?\/\S+\.json5?)\s*$/m.exec(input.body.split("\n")[0])?.[1]?.replace(/^~/, "/home/user");
    const filePath = input.lang === "json5" ? (named ?? "/virtual/openclaw.json5") : scriptName(rule.meta.id, input.body);
    it(`${rule.meta.id}: the example gives the stated output`, () => {
      const got = lintText(input.body, { filePath, env: {}, host }).diagnostics.map((d) => `${d.severity} ${d.ruleId}: ${d.message}`);
      for (const line of stated) expect(got, `stated in docs/rules/${rule.meta.id}.md`).toContain(line);
    });
    const fixed = blocks(md, /^## (Fix|How to fix)/m).find((b) => b.lang === input.lang);
    if (fixed)
      it(`${rule.meta.id}: the fix clears it`, () => {
        const left = lintText(fixed.body, { filePath, env: {}, host }).diagnostics.filter((d) => d.ruleId === rule.meta.id && d.severity !== "info");
        expect(left.map((d) => d.message)).toEqual([]);
      });
  }
});
