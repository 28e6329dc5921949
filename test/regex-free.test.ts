// String tests that replaced regexes on the start-up path (each regex a run uses is compiled when first
// used, ~0.1-0.4 ms per start): the same answers as the regexes, on generated inputs.
import { describe, expect, it } from "vitest";
import { rng } from "../bench/rng.mjs";
import { hasPlaceholder } from "../src/engine/json.js";
import { isScriptFile } from "../src/engine/script-file.js";
import { configPath } from "../src/rules/util/schema.js";

const gen = (seed: number, alphabet: string[], max: number, count: number) => {
  const r = rng(seed);
  return Array.from({ length: count }, () => Array.from({ length: r.int(max) }, () => r.pick(alphabet)).join(""));
};

describe("hasPlaceholder", () => {
  it("agrees with /\\$\\{[^}]*\\}/ on 20,000 generated strings", () => {
    let yes = 0;
    for (const s of gen(12, ["$", "{", "}", "${", "a", "VAR", " ", "$}"], 8, 20_000)) {
      const want = /\$\{[^}]*\}/.test(s);
      expect(hasPlaceholder(s), JSON.stringify(s)).toBe(want);
      if (want) yes++;
    }
    expect(yes).toBeGreaterThan(2_000);
  });
});

describe("configPath", () => {
  it("writes a key as .key exactly when it matches [A-Za-z_$][A-Za-z0-9_$-]*", () => {
    for (const key of gen(13, ["a", "Z", "_", "$", "-", "0", "9", ".", " ", "\u00e9", ":"], 5, 5_000)) {
      const dotted = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key);
      expect(configPath({ x: { [key]: 1 } }, `/x/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`), JSON.stringify(key)).toBe(dotted ? `x.${key}` : `x[${JSON.stringify(key)}]`);
    }
  });
});

const SCRIPT_FILE = /(^|[\\/])(Dockerfile[^\\/]*|[^\\/]+\.(dockerfile|sh|bash|zsh|md|markdown))$/i;

describe("isScriptFile", () => {
  it("scripts, Dockerfiles and Markdown, by name", () => {
    const yes = ["setup.sh", "/a/b/Dockerfile", "C:\\x\\dockerfile.dev", "app.Dockerfile", "README.md", "notes.MARKDOWN", "x.zsh", "a..bash"];
    const no = ["openclaw.json5", ".sh", "dir.sh/openclaw.json", "Dockerfile/x.json", "x.shx", "md", "Doc\u212Aerfile", "setup.\u0455h"];
    expect(yes.filter((f) => !isScriptFile(f))).toEqual([]);
    expect(no.filter(isScriptFile)).toEqual([]);
  });

  it("agrees with the regex on 20,000 generated paths", () => {
    const r = rng(11);
    const parts = ["/", "\\", ".", "..", "Dockerfile", "dOcKeRfIlE", "sh", "SH", "bash", "zsh", "md", "markdown", "json5", "a", "x-", " ", "\u212A", "\u0130", "file"];
    let scripts = 0;
    for (let i = 0; i < 20_000; i++) {
      const path = Array.from({ length: r.int(7) }, () => r.pick(parts)).join("");
      const want = SCRIPT_FILE.test(path);
      expect(isScriptFile(path), JSON.stringify(path)).toBe(want);
      if (want) scripts++;
    }
    expect(scripts).toBeGreaterThan(1_000);
  });
});

describe("fileUrl", () => {
  it("is pathToFileURL(path).href on 20,000 generated paths", async () => {
    const { pathToFileURL } = await import("node:url");
    const { fileUrl } = await import("../src/engine/docs-url.js");
    let written = 0;
    for (const p of gen(14, ["/", "a", "Z", "9", ".", "..", "_", "-", " ", "%", "#", "?", "\u00e9", "\\", "docs", "//"], 7, 20_000)) {
      const want = pathToFileURL(p).href;
      expect(fileUrl(p), JSON.stringify(p)).toBe(want);
      if (p.startsWith("/") && want === `file://${p}`) written++;
    }
    expect(written).toBeGreaterThan(300);
  });
});

describe("isCredentialKey", () => {
  it("agrees with /(api[-_]?key|token|secret|password|passphrase|credential)$/i on 20,000 generated keys", async () => {
    const { isCredentialKey } = await import("../src/rules/util/secrets.js");
    let yes = 0;
    for (const k of gen(15, ["api", "API", "Key", "-", "_", "key", "Token", "tok", "en", "SECRET", "pass", "word", "Phrase", "credential", "\u212A", "x"], 5, 20_000)) {
      const want = /(api[-_]?key|token|secret|password|passphrase|credential)$/i.test(k);
      expect(isCredentialKey(k), JSON.stringify(k)).toBe(want);
      if (want) yes++;
    }
    expect(yes).toBeGreaterThan(2_000);
  });
});

describe("hasQuotedValue", () => {
  it("agrees with /[:=]\\s*[\"']/ on 20,000 generated texts", async () => {
    const { hasQuotedValue } = await import("../src/engine/secrets.js");
    let yes = 0;
    for (const t of gen(16, [":", "=", " ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u200b", '"', "'", "a", "`"], 6, 20_000)) {
      const want = /[:=]\s*["']/.test(t);
      expect(hasQuotedValue(t), JSON.stringify(t)).toBe(want);
      if (want) yes++;
    }
    expect(yes).toBeGreaterThan(500);
  });
});
