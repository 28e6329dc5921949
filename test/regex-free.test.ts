// String tests that replaced regexes on the start-up path (each regex a run uses is compiled when first
// used, ~0.1-0.4 ms per start): the same answers as the regexes, on generated inputs.
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { rng } from "../bench/rng.mjs";
import { fileUrl } from "../src/engine/docs-url.js";
import { hasPlaceholder } from "../src/engine/json.js";
import { isScriptFile } from "../src/engine/script-file.js";
import { hasQuotedValue } from "../src/engine/secrets.js";
import { isCredentialKey } from "../src/rules/util/secrets.js";
import { configPath } from "../src/rules/util/schema.js";
import { printable } from "../src/formatters/index.js";

/** `count` strings of up to `max` pieces of `alphabet`, the same for a seed on every machine. */
const gen = (seed: number, alphabet: string[], max: number, count: number) => {
  const r = rng(seed);
  return Array.from({ length: count }, () => Array.from({ length: r.int(max) }, () => r.pick(alphabet)).join(""));
};

/** Each replacement, the regex it replaced, the pieces its inputs are made of, and how many must match. */
const CASES: { name: string; test: (s: string) => boolean; regex: RegExp; alphabet: string[]; max: number; matches: number }[] = [
  { name: "hasPlaceholder", test: hasPlaceholder, regex: /\$\{[^}]*\}/, alphabet: ["$", "{", "}", "${", "a", "VAR", " ", "$}"], max: 8, matches: 2_000 },
  {
    name: "isCredentialKey",
    test: isCredentialKey,
    regex: /(api[-_]?key|token|secret|password|passphrase|credential)$/i,
    alphabet: ["api", "API", "Key", "-", "_", "key", "Token", "tok", "en", "SECRET", "pass", "word", "Phrase", "credential", "\u212A", "x"],
    max: 5,
    matches: 2_000,
  },
  {
    name: "hasQuotedValue",
    test: hasQuotedValue,
    regex: /[:=]\s*["']/,
    alphabet: [":", "=", " ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u200b", '"', "'", "a", "`"],
    max: 6,
    matches: 500,
  },
  {
    name: "isScriptFile",
    test: isScriptFile,
    regex: /(^|[\\/])(Dockerfile[^\\/]*|[^\\/]+\.(dockerfile|sh|bash|zsh|md|markdown))$/i,
    alphabet: ["/", "\\", ".", "..", "Dockerfile", "dOcKeRfIlE", "sh", "SH", "bash", "zsh", "md", "markdown", "json5", "a", "x-", " ", "\u212A", "\u0130", "file"],
    max: 7,
    matches: 1_000,
  },
];

describe("string tests agree with the regexes they replaced", () => {
  CASES.forEach(({ name, test, regex, alphabet, max, matches }, i) =>
    it(`${name}: ${regex} on 20,000 generated strings`, () => {
      let yes = 0;
      for (const s of gen(12 + i, alphabet, max, 20_000)) {
        const want = regex.test(s);
        expect(test(s), JSON.stringify(s)).toBe(want);
        if (want) yes++;
      }
      // The inputs reach both answers often.
      expect(yes).toBeGreaterThan(matches);
    }),
  );

  it("isScriptFile: scripts, Dockerfiles and Markdown by name, ASCII case only", () => {
    const yes = ["setup.sh", "/a/b/Dockerfile", "C:\\x\\dockerfile.dev", "app.Dockerfile", "README.md", "notes.MARKDOWN", "x.zsh", "a..bash"];
    const no = ["openclaw.json5", ".sh", "dir.sh/openclaw.json", "Dockerfile/x.json", "x.shx", "md", "Doc\u212Aerfile", "setup.\u0455h"];
    expect(yes.filter((f) => !isScriptFile(f))).toEqual([]);
    expect(no.filter(isScriptFile)).toEqual([]);
  });

  it("configPath writes a key as .key exactly when it matches [A-Za-z_$][A-Za-z0-9_$-]*", () => {
    for (const key of gen(20, ["a", "Z", "_", "$", "-", "0", "9", ".", " ", "\u00e9", ":"], 5, 5_000)) {
      const dotted = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key);
      expect(configPath({ x: { [key]: 1 } }, `/x/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`), JSON.stringify(key)).toBe(dotted ? `x.${key}` : `x[${JSON.stringify(key)}]`);
    }
  });

  it("printable (one test before replacing) is the two replaces it was, on 20,000 generated strings", () => {
    const before = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "\ufffd").replace(/[\r\n\t\u2028\u2029]/g, " ");
    let changed = 0;
    for (const s of gen(22, ["a", " ", "\t", "\n", "\r", "\u0000", "\u001b", "\u007f", "\u0085", "\u009f", "\u00a0", "\u2028", "\u2029", "\u2027", "\u202a", "\ud83d\ude00"], 6, 20_000)) {
      expect(printable(s), JSON.stringify(s)).toBe(before(s));
      if (before(s) !== s) changed++;
    }
    expect(changed).toBeGreaterThan(5_000);
  });

  it("fileUrl is pathToFileURL(path).href on 20,000 generated paths", () => {
    let written = 0;
    for (const p of gen(21, ["/", "a", "Z", "9", ".", "..", "_", "-", " ", "%", "#", "?", "\u00e9", "\\", "docs", "//"], 7, 20_000)) {
      const want = pathToFileURL(p).href;
      expect(fileUrl(p), JSON.stringify(p)).toBe(want);
      if (p.startsWith("/") && want === `file://${p}`) written++;
    }
    expect(written).toBeGreaterThan(300);
  });
});
