// Formatters as pure functions of a hand-made report: exact stylish output (frames, includes, shared
// frames, multi-line ranges, long lines, tabs, secrets, colour), compact lines, JSON against the schema.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { formatContext } from "../../src/cli/format-context.js";
import { FORMAT_NAMES, isFormatName, loadFormatter, type FormatContext } from "../../src/formatters/index.js";
import compact from "../../src/formatters/compact.js";
import json from "../../src/formatters/json.js";
import stylish, { summarize } from "../../src/formatters/stylish.js";
import type { Diagnostic, FileResult, Report, Severity } from "../../src/report.js";

const ROOT = join(import.meta.dirname, "..", "..");

const CONFIG = [
  "{",
  '\tmodels: { providers: { qwen: { apiKey: "sk-sp-0123456789abcdef0123", api: "openai-completions" } } },',
  "  agents: {",
  '    defaults: { model: "qwen/qwen3.8-max" },',
  "",
  "  },",
  '  $include: "./inc.json5",',
  "}",
].join("\n");
const INCLUDED = ['{ "tools": {', '  "media": { "models": [{ "provider": "qwen" }] } } }'].join("\n");

let n = 0;
function diag(severity: Severity, start: [number, number], end: [number, number], over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: over.ruleId ?? `rule-${++n}`,
    severity,
    message: over.message ?? `message ${n}`,
    filePath: "",
    pointer: "",
    range: { start: { line: start[0], column: start[1] }, end: { line: end[0], column: end[1] } },
    docsUrl: "file:///docs",
    ...over,
  };
}

/** A file's result; diagnostics without a file of their own point into it. */
function result(filePath: string, diagnostics: Diagnostic[]): FileResult {
  diagnostics = diagnostics.map((d) => ({ ...d, filePath: d.filePath || filePath }));
  return {
    filePath,
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === "error").length,
    warningCount: diagnostics.filter((d) => d.severity === "warning").length,
    infoCount: diagnostics.filter((d) => d.severity === "info").length,
    fixableCount: diagnostics.filter((d) => d.fix).length,
  };
}

const reportOf = (...results: FileResult[]): Report => ({
  version: 1,
  tool: { name: "openclaw-qwen-lint", version: "0.1.0", catalogVersion: "2026.9.4", catalogUpdated: "2026-11-24" },
  results,
});

const ctx = (sources: Record<string, string>, color = false): FormatContext => formatContext({ cwd: "/", color, source: (p) => sources[p] });

const apiKeyStart = CONFIG.split("\n")[1].indexOf('"sk-') + 1;
const apiKeyEnd = apiKeyStart + '"sk-sp-0123456789abcdef0123"'.length;

const sample = () =>
  reportOf(
    result("cfg.json5", [
      diag("warning", [2, apiKeyStart], [2, apiKeyEnd], { ruleId: "plaintext-api-key", message: "literal key (sk-sp-01...0123)", fix: { description: "x", edits: [] } }),
      diag("error", [4, 24], [4, 42], { ruleId: "model-not-on-plan", message: "qwen3.8-max is not served on the Coding Plan endpoint." }),
      diag("info", [4, 24], [4, 42], { ruleId: "daemon-env", message: "needs a key in the Gateway's environment." }),
      diag("warning", [3, 3], [6, 4], { ruleId: "multi-line", message: "spans lines" }),
      diag("info", [2, 1], [2, 3], { ruleId: "in-include", message: "in the included file", filePath: "inc.json5" }),
      diag("error", [1, 1], [1, 2], { ruleId: "no-source", message: "no frame", filePath: "gone.json5" }),
    ]),
    result("clean.json5", []),
  );

describe("stylish", () => {
  it("groups by file with code frames and a summary", () => {
    const out = stylish(sample(), ctx({ "cfg.json5": CONFIG, "inc.json5": INCLUDED }));
    expect(out).toBe(
      [
        "cfg.json5",
        `  ${`2:${apiKeyStart}`.padEnd(14)}  warning  literal key (sk-sp-01...0123)  plaintext-api-key`,
        '    2 | \tmodels: { providers: { qwen: { apiKey: "sk-sp-01...0123", api: "openai-completions" } } },',
        `      | \t${" ".repeat(apiKeyStart - 2)}^~~~~~~~~~~~~~~~~`,
        "",
        "  4:24            error    qwen3.8-max is not served on the Coding Plan endpoint.  model-not-on-plan",
        "  4:24            info     needs a key in the Gateway's environment.  daemon-env",
        '    4 |     defaults: { model: "qwen/qwen3.8-max" },',
        "      |                        ^~~~~~~~~~~~~~~~~~",
        "",
        "  3:3             warning  spans lines  multi-line",
        "    3 |   agents: {",
        "      |   ^~~~~~~~~",
        '    4 |     defaults: { model: "qwen/qwen3.8-max" },',
        "      |     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
        "    5 | ",
        "      | … 1 more line",
        "",
        "  inc.json5:2:1   info     in the included file  in-include",
        '    2 |   "media": { "models": [{ "provider": "qwen" }] } } }',
        "      | ^~",
        "",
        "  gone.json5:1:1  error    no frame  no-source",
        "",
        "✖ 6 problems (2 errors, 2 warnings, 2 infos)",
        "  1 fixable with --fix",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing for a clean report", () => {
    expect(stylish(reportOf(result("a.json5", [])), ctx({}))).toBe("");
  });

  it("summary wording: singular and plural", () => {
    expect(summarize([result("a", [diag("warning", [1, 1], [1, 2])])], false)).toBe("✖ 1 problem (0 errors, 1 warning, 0 infos)\n");
    expect(summarize([result("a", [diag("info", [1, 1], [1, 2]), diag("info", [1, 1], [1, 2])])], false)).toBe("✖ 2 problems (0 errors, 0 warnings, 2 infos)\n");
  });

  it("colour: severity, dim location and rule id, underlined path", () => {
    const out = stylish(reportOf(result("cfg.json5", [diag("error", [4, 24], [4, 42], { ruleId: "model-not-on-plan", message: "m" })])), ctx({ "cfg.json5": CONFIG }, true));
    expect(out).toContain("\u001b[4mcfg.json5\u001b[24m\n");
    expect(out).toContain("  \u001b[2m4:24\u001b[22m  \u001b[31merror\u001b[39m  m  \u001b[2mmodel-not-on-plan\u001b[22m\n");
    expect(out).toContain("\u001b[31m                       ^~~~~~~~~~~~~~~~~~\u001b[39m");
    expect(out).toContain("\u001b[31m\u001b[1m✖ 1 problem (1 error, 0 warnings, 0 infos)\u001b[22m\u001b[39m");
  });

  it("a long line is shown as a window around the range", () => {
    const long = `{ "a": "${"x".repeat(300)}", "model": "qwen/qwen3.8-max" }`;
    const col = long.indexOf('"qwen/') + 1;
    const out = stylish(reportOf(result("l.json5", [diag("error", [1, col], [1, col + 18])])), ctx({ "l.json5": long }));
    const [, , text, under] = out.split("\n");
    expect(text.length).toBeLessThan(140);
    expect(text).toMatch(/^ {4}1 \| …x+", "model": "qwen\/qwen3\.8-max" }$/);
    expect(under.indexOf("^")).toBe(text.indexOf('"qwen/'));
    expect(under).toMatch(/\^~{17}$/);
  });

  it("columns count UTF-16 units; wide characters get two cells of padding", () => {
    const text = '{ "名前": "😀", "model": "x" }';
    const col = text.indexOf('"model"') + 1;
    const out = stylish(reportOf(result("u.json5", [diag("info", [1, col], [1, col + 7])])), ctx({ "u.json5": text }));
    const [, , line, under] = out.split("\n");
    expect(line).toBe(`    1 | ${text}`);
    // `{ "` + 名前 (two cells each) + `": "` + the emoji (two cells, one UTF-16 pair) + `", `
    expect(under).toBe(`      | ${" ".repeat(3)}${" ".repeat(4)}${" ".repeat(4)}${" ".repeat(2)}${" ".repeat(3)}^~~~~~~`);
  });

  it("never shows a secret in a frame, whichever line the finding is on", () => {
    const text = [
      "{",
      '  env: { vars: { QWEN_API_KEY: "sk-live-abcdefghijklmnop" } },',
      '  models: { providers: { qwen: { headers: { "X-DashScope-Token": "tok_abcdefghijklmnopqr" },',
      '    request: { auth: { mode: "header", headerName: "X-Api-Key", value: "v4lue-abcdefghijkl" }, tls: { passphrase: "pa55phrase-abcdef" } } } } },',
      '  gateway: { auth: { token: "0000000000000000000000000000" } },',
      "}",
    ].join("\n");
    const ds = [2, 3, 4, 5].map((l) => diag("warning", [l, 3], [l, 5]));
    const out = stylish(reportOf(result("s.json5", ds)), ctx({ "s.json5": text }));
    for (const secret of ["abcdefghijklmnop", "abcdefghijklmnopqr", "v4lue-abcdefghijkl", "pa55phrase-abcdef", "0000000000000000000000000000"]) expect(out).not.toContain(secret);
    expect(out).toContain('QWEN_API_KEY: "sk-li...mnop"');
    expect(out).toContain('headerName: "X-Api-Key"');
  });
});

describe("compact", () => {
  it("one line per finding, the finding's own file", () => {
    expect(compact(sample(), ctx({}))).toBe(
      [
        `cfg.json5:2:${apiKeyStart}: warning: literal key (sk-sp-01...0123) [plaintext-api-key]`,
        "cfg.json5:4:24: error: qwen3.8-max is not served on the Coding Plan endpoint. [model-not-on-plan]",
        "cfg.json5:4:24: info: needs a key in the Gateway's environment. [daemon-env]",
        "cfg.json5:3:3: warning: spans lines [multi-line]",
        "inc.json5:2:1: info: in the included file [in-include]",
        "gone.json5:1:1: error: no frame [no-source]",
        "",
      ].join("\n"),
    );
    expect(compact(reportOf(result("a", [])), ctx({}))).toBe("");
  });
});

describe("json", () => {
  it("is the report, and the report schema accepts it", () => {
    const r = sample();
    const out = json(r, ctx({}));
    expect(JSON.parse(out)).toEqual(r);
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, "schema", "report.schema.json"), "utf8")));
    expect(validate(JSON.parse(out)), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("registry", () => {
  it("names every formatter and loads it lazily", async () => {
    expect(FORMAT_NAMES).toEqual(expect.arrayContaining(["stylish", "compact", "json"]));
    expect(isFormatName("json")).toBe(true);
    expect(isFormatName("toString")).toBe(false);
    for (const name of FORMAT_NAMES) expect(typeof (await loadFormatter(name))).toBe("function");
    // Loaded formatters show the report through safeReport: same output as the module for a clean report.
    const r = reportOf(result("a.json5", [diag("error", [1, 1], [1, 2])]));
    expect((await loadFormatter("compact"))(r, ctx({}))).toBe(compact(r, ctx({})));
  });
});

describe("what a format shows", () => {
  it("a format that declares it shows no fixes or pointers prints none: its output does not change without them", async () => {
    const fixed = (marker: string) => ({ description: `${marker} description`, edits: [{ start: 0, end: 1, text: `${marker} edit` }] });
    const full = reportOf(result("a.json5", [diag("error", [1, 1], [1, 2], { pointer: "/POINTER-MARK", fix: fixed("FIX-MARK"), suggestions: [fixed("SUGGESTION-MARK")] })]));
    // What safeReport hands such a format: the same findings without fixes, suggestions and pointer.
    const bare: Report = { ...full, results: full.results.map((r) => ({ ...r, diagnostics: r.diagnostics.map(({ fix: _f, suggestions: _s, ...d }) => ({ ...d, pointer: "" })) })) };
    let declaring = 0;
    for (const name of FORMAT_NAMES) {
      const shows = (await import(`../../src/formatters/${name}.ts`)).shows as { fixes: boolean; pointers: boolean } | undefined;
      const format = (await import(`../../src/formatters/${name}.ts`)).default as (r: Report, c: FormatContext) => string;
      const out = format(full, ctx({ "a.json5": "{}" }));
      if (shows && !shows.fixes) {
        declaring++;
        expect(out, name).not.toMatch(/FIX-MARK|SUGGESTION-MARK/);
      }
      if (shows && !shows.pointers) expect(out, name).not.toContain("POINTER-MARK");
      if (shows && !shows.fixes && !shows.pointers) expect(format(bare, ctx({ "a.json5": "{}" })), name).toBe(out);
    }
    expect(declaring).toBeGreaterThan(0);
    // The loaded formatter leaves out what is not shown, so nothing unvetted reaches the format.
    expect((await loadFormatter("json"))(full, ctx({ "a.json5": "{}" }))).toContain("POINTER-MARK");
  });
});

describe("terminal safety", () => {
  it("control characters in messages, paths and source lines are neutralised", () => {
    const text = '{ model: "x" } // \u001b[2J\u0007';
    const r = reportOf(result("e\u001b[31m.json5", [diag("error", [1, 3], [1, 8], { message: "bad \u001b]0;title\u0007 value\nnext" })]));
    const out = stylish(r, ctx({ "e\u001b[31m.json5": text })) + compact(r, ctx({}));
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(compact(r, ctx({}))).toBe("e\ufffd[31m.json5:1:3: error: bad \ufffd]0;title\ufffd value next [rule-" + n + "]\n");
  });
});
