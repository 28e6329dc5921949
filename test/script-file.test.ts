// src/engine/script-file.ts decides by string tests what this regex decided: the same answers.
import { describe, expect, it } from "vitest";
import { rng } from "../bench/rng.mjs";
import { isScriptFile } from "../src/engine/script-file.js";

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
