// lintText skips include resolution for texts that cannot hold a `$include` key; a key spelled with
// escapes still counts, and the result without includes is what full resolution gives.
import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";
import type { FileHost } from "../src/engine/include.js";

const host = (files: Record<string, string>): FileHost => ({
  readFile: (p) => {
    if (!(p in files)) throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
    return files[p];
  },
  size: (p) => {
    if (!(p in files)) throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
    return files[p].length;
  },
});
const fragment = `{ models: { providers: { qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", apiKey: "sk-0123456789abcdef0123456789abcdef" } } } }`;
const ids = (text: string) => lintText(text, { filePath: "/cfg/openclaw.json5", host: host({ "/cfg/models.json5": fragment }), env: {} }).diagnostics.map((d) => `${d.ruleId} ${d.filePath}:${d.range.start.line}:${d.range.start.column}`);

describe("include resolution skip", () => {
  it("resolves a plain $include", () => {
    expect(ids(`{ $include: "./models.json5" }`).some((d) => d.includes("models.json5"))).toBe(true);
  });

  it("resolves a $include key written with escapes", () => {
    const plain = ids(`{ $include: "./models.json5" }`);
    expect(ids(`{ "\\u0024include": "./models.json5" }`)).toEqual(plain);
    expect(ids(`{ "\\x24include": "./models.json5" }`)).toEqual(plain);
    expect(ids(`{ $\\u0069nclude: "./models.json5" }`)).toEqual(plain);
  });

  it("gives the same findings for a text without includes either way", () => {
    const text = `// no includes here\n{ models: { providers: { qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1", region: "cn", apiKey: "sk-sp-0123456789abcdef0123456789ab" } } }, agents: { defaults: { model: "qwen/qwen3.8-max" } },\n  note: "\\u00e9" }`;
    // The escape in `note` makes the text take the full path; without it, the skip.
    const full = ids(text);
    const skipped = ids(text.replace(`note: "\\u00e9"`, `note: "é"`));
    expect(full.length).toBeGreaterThan(2);
    expect(skipped).toEqual(full);
  });
});
