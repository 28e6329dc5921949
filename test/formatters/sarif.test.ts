// `--format sarif`: the built CLI's report checked against the SARIF 2.1.0 JSON schema (Ajv) and by
// Microsoft's SARIF validator (@microsoft/sarif-multitool), positions against the JSON report, fixes
// by applying them, fingerprints across line moves; the formatter's edge cases on synthetic reports.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rules } from "../../src/index.js";
import { docsUrl } from "../../src/engine/docs-url.js";
import { applyEdits } from "../../src/engine/fix.js";
import sarif, { FINGERPRINT_KEY, SARIF_SCHEMA, pascalCase, ruleDescriptors } from "../../src/formatters/sarif.js";
import type { Report } from "../../src/report.js";
import { VERSION } from "../../src/version.js";
import { CATALOG_UPDATED, CATALOG_VERSION } from "../../src/generated/catalog.js";
import { cli, ensureBuilt, ROOT } from "../cli/run-cli.js";
import { AGENTS, context, diagnostic, FILES, fileResult, makeProject, report, SECRET, SECRET_CORE } from "./ci-fixtures.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Log = any;

const require = createRequire(import.meta.url);
// Installed with the other test tools into test/node_modules (test/package.json).
const MULTITOOL_SCHEMA = join(ROOT, "test", "node_modules", "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json");

// The schema ships with the validator package (Microsoft's copy of the OASIS SARIF 2.1.0 schema).
const validateSchema = (() => {
  const schemaFile = existsSync(MULTITOOL_SCHEMA) ? MULTITOOL_SCHEMA : undefined;
  if (!schemaFile) return undefined;
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    formats: {
      uri: (s: string) => URL.canParse(s),
      "uri-reference": (s: string) => URL.canParse(s, "file:///base/"),
      "date-time": (s: string) => !Number.isNaN(Date.parse(s)),
      uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    },
  });
  return ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
})();

function expectSchemaValid(log: Log): void {
  if (!validateSchema) throw new Error(`SARIF schema not found at ${MULTITOOL_SCHEMA}: run npm test once (scripts/test-tools.mjs installs test/package.json)`);
  const ok = validateSchema(log);
  expect(ok ? [] : validateSchema.errors).toEqual([]);
}

/** The validator's native binary (a self-contained .NET app) for this platform, when installed. */
function multitoolBinary(): string | undefined {
  try {
    const bin = require("@microsoft/sarif-multitool") as string;
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

// Notes the validator always raises for this tool, by design:
//   SARIF2002 message ids/arguments: messages are written per finding, with concrete values.
//   SARIF2003 versionControlProvenance: a formatter does not run git; upload-sarif adds it.
//   SARIF2006 URLs reachable: the validator GETs the $schema URL, which fails offline.
//   SARIF2009 rule ids like "CS2001": our ids are kebab-case words, like ESLint's.
//   SARIF2010/2011/2013 snippets, context regions, embedded files: these would copy config text,
//     which can hold API keys, into the report.
const ACCEPTED_NOTES = new Set(["SARIF2002", "SARIF2003", "SARIF2006", "SARIF2009", "SARIF2010", "SARIF2011", "SARIF2013"]);

interface Finding {
  ruleId: string;
  level: string;
  text: string;
}

/** Run `sarif-multitool validate` on a file; its findings, read from the SARIF log it writes. */
function multitoolValidate(bin: string, file: string): Finding[] {
  const out = file.replace(/\.sarif$/, "") + ".validation.sarif";
  // Invariant globalization: the .NET runtime then needs no libicu on the machine.
  const r = spawnSync(bin, ["validate", file, "--output", out, "--level", "Error;Warning;Note", "--log", "ForceOverwrite"], {
    encoding: "utf8",
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1", DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
    timeout: 120_000,
  });
  if (r.error || !existsSync(out)) throw new Error(`sarif-multitool did not run: ${r.error?.message ?? ""}\n${r.stdout}\n${r.stderr}`);
  const log = JSON.parse(readFileSync(out, "utf8"));
  const notifications = log.runs[0].invocations?.flatMap((i: Log) => [...(i.toolExecutionNotifications ?? []), ...(i.toolConfigurationNotifications ?? [])]) ?? [];
  expect(notifications.filter((n: Log) => n.level === "error")).toEqual([]);
  return log.runs[0].results.map((x: Log) => ({ ruleId: x.ruleId, level: x.level ?? "warning", text: x.message.text ?? x.message.arguments?.join(" ") }));
}

describe("sarif from the built CLI", () => {
  let dir: string;
  let log: Log;
  let json: Report;
  const args = [FILES.root, FILES.odd, FILES.clean];

  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
  beforeAll(() => {
    ensureBuilt();
    dir = makeProject();
    const run = cli(["-f", "sarif", "-o", "report.sarif", ...args], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    log = JSON.parse(readFileSync(join(dir, "report.sarif"), "utf8"));
    json = JSON.parse(cli(["-f", "json", ...args], { cwd: dir }).stdout);
  }, 180_000);

  it("matches the SARIF 2.1.0 schema", () => {
    expectSchemaValid(log);
  });

  const bin = multitoolBinary();
  it.skipIf(!bin)("passes Microsoft's SARIF validator with nothing above a note, and the validator does catch a broken log", () => {
    const findings = multitoolValidate(bin!, join(dir, "report.sarif"));
    expect(findings.filter((f) => f.level !== "note")).toEqual([]);
    expect(findings.filter((f) => !ACCEPTED_NOTES.has(f.ruleId))).toEqual([]);
    // The validator really looks at the file: a rule index past the end is an error.
    const broken = structuredClone(log);
    broken.runs[0].results[0].ruleIndex = 999;
    writeFileSync(join(dir, "broken.sarif"), JSON.stringify(broken));
    expect(multitoolValidate(bin!, join(dir, "broken.sarif"))).toContainEqual(expect.objectContaining({ ruleId: "SARIF1009", level: "error" }));
  }, 240_000);

  it("describes the tool, its catalog and every rule", () => {
    const run = log.runs[0];
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: "openclaw-qwen-lint", version: VERSION, semanticVersion: VERSION, properties: { catalogVersion: CATALOG_VERSION, catalogUpdated: CATALOG_UPDATED } });
    expect(URL.canParse(driver.informationUri)).toBe(true);
    expect(driver.rules.map((r: Log) => r.id)).toEqual(rules.map((r) => r.meta.id));
    for (const [i, rule] of rules.entries()) {
      const d = driver.rules[i];
      expect(d.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(d.name).toBe(pascalCase(rule.meta.id));
      expect(d.shortDescription.text).toMatch(/[.!?]$/);
      expect(d.shortDescription.text.startsWith(rule.meta.description.replace(/\.$/, ""))).toBe(true);
      expect(d.fullDescription.text).toMatch(/\S/);
      expect(d.helpUri).toBe(docsUrl(rule.meta.id));
      expect(d.defaultConfiguration.level).toBe({ error: "error", warning: "warning", info: "note" }[rule.meta.severity]);
      expect(d.properties.tags).toEqual([rule.meta.category]);
      if (existsSync(join(ROOT, "docs", "rules", `${rule.meta.id}.md`))) {
        expect(d.help.markdown).toContain("## Example");
        expect(d.help.markdown + d.fullDescription.markdown).not.toMatch(/\]\([a-z0-9-]+\.md/);
      }
    }
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: pathToFileURL(dir).href + "/" } });
  });

  it("has one result per diagnostic, with the JSON report's rule, level, message and exact range", () => {
    const diagnostics = json.results.flatMap((r) => r.diagnostics);
    const results = log.runs[0].results;
    expect(results).toHaveLength(diagnostics.length);
    expect(diagnostics.length).toBeGreaterThanOrEqual(5);
    for (const [i, d] of diagnostics.entries()) {
      const r = results[i];
      const loc = r.locations[0].physicalLocation;
      expect(r).toMatchObject({ ruleId: d.ruleId, level: { error: "error", warning: "warning", info: "note" }[d.severity], message: { text: d.message } });
      expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(d.ruleId);
      expect(loc.region).toEqual({ startLine: d.range.start.line, startColumn: d.range.start.column, endLine: d.range.end.line, endColumn: d.range.end.column });
      expect(loc.artifactLocation.uriBaseId).toBe("%SRCROOT%");
      expect(decodeURIComponent(loc.artifactLocation.uri)).toBe(d.filePath);
      expect(log.runs[0].artifacts[loc.artifactLocation.index].location.uri).toBe(loc.artifactLocation.uri);
      expect(r.properties.jsonPointer).toBe(d.pointer);
    }
  });

  it("percent-encodes paths and lists every file as an artifact", () => {
    const uris = log.runs[0].artifacts.map((a: Log) => [a.location.uri, a.roles ?? []]);
    expect(uris).toEqual([
      ["openclaw.json5", ["analysisTarget"]],
      ["agents.json5", []],
      ["sub%20dir/openclaw%20100%25.json5", ["analysisTarget"]],
      ["clean/openclaw.json5", ["analysisTarget"]],
    ]);
  });

  it("places a finding in the $include'd file and names the linted file as its analysis target", () => {
    const r = log.runs[0].results.find((x: Log) => x.ruleId === "model-not-on-plan");
    expect(r.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "agents.json5", uriBaseId: "%SRCROOT%", index: 1 },
      region: { startLine: 4, startColumn: 25, endLine: 4, endColumn: 43 },
    });
    expect(r.analysisTarget).toEqual({ uri: "openclaw.json5", uriBaseId: "%SRCROOT%", index: 0 });
  });

  it("carries each fix as replacements that give the same text as the fix engine", () => {
    const diagnostics = json.results.flatMap((r) => r.diagnostics);
    const fixed = log.runs[0].results.map((r: Log, i: number) => [r, diagnostics[i]] as const).filter(([r]: Log) => r.fixes);
    expect(fixed.map(([r]: Log) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(["agents.json5", "sub%20dir/openclaw%20100%25.json5"]);
    for (const [r, d] of fixed) {
      expect(r.fixes).toHaveLength(1);
      const [change] = r.fixes[0].artifactChanges;
      expect(r.fixes[0].artifactChanges).toHaveLength(1);
      expect(change.artifactLocation).toEqual(r.locations[0].physicalLocation.artifactLocation);
      expect(r.fixes[0].description.text).toBe(d!.fix!.description.replace(/\.?$/, "."));
      const text = readFileSync(join(dir, decodeURIComponent(change.artifactLocation.uri)), "utf8");
      let out = text;
      for (const rep of [...change.replacements].sort((a: Log, b: Log) => b.deletedRegion.charOffset - a.deletedRegion.charOffset))
        out = out.slice(0, rep.deletedRegion.charOffset) + (rep.insertedContent?.text ?? "") + out.slice(rep.deletedRegion.charOffset + rep.deletedRegion.charLength);
      expect(out).toBe(applyEdits(text, d!.fix!.edits));
      expect(out).not.toBe(text);
    }
    const [[first]] = fixed;
    expect(first.fixes[0].artifactChanges[0].replacements).toEqual([
      { deletedRegion: { charOffset: AGENTS.indexOf('"modelstudio/'), charLength: '"modelstudio/qwen3.7-plus"'.length }, insertedContent: { text: '"qwen/qwen3.7-plus"' } },
    ]);
  });

  it("keeps fingerprints when lines move, and they differ between findings", () => {
    const prints = (l: Log) => l.runs[0].results.map((r: Log) => r.partialFingerprints[FINGERPRINT_KEY]);
    const before = prints(log);
    expect(new Set(before).size).toBe(before.length);
    for (const p of before) expect(p).toMatch(/^[0-9a-f]{64}:\d+$/);
    writeFileSync(join(dir, FILES.include), "// Moved down by two lines.\n\n" + AGENTS);
    const moved = JSON.parse(cli(["-f", "sarif", ...args], { cwd: dir }).stdout);
    writeFileSync(join(dir, FILES.include), AGENTS);
    expect(prints(moved)).toEqual(before);
    const line = (l: Log) => l.runs[0].results.find((r: Log) => r.ruleId === "model-not-on-plan").locations[0].physicalLocation.region.startLine;
    expect(line(moved)).toBe(line(log) + 2);
  });

  it("never prints the literal API key", () => {
    const text = readFileSync(join(dir, "report.sarif"), "utf8");
    expect(log.runs[0].results.some((r: Log) => r.ruleId === "plaintext-api-key")).toBe(true);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(SECRET_CORE);
  });

  it("links rules and results to a hosted copy of the docs when OPENCLAW_QWEN_LINT_DOCS_BASE is set", () => {
    const hosted = JSON.parse(cli(["-f", "sarif", FILES.root], { cwd: dir, env: { OPENCLAW_QWEN_LINT_DOCS_BASE: "https://docs.example.test/rules/" } }).stdout);
    const run = hosted.runs[0];
    expect(run.tool.driver.rules[run.results[0].ruleIndex].helpUri).toBe(`https://docs.example.test/rules/${run.results[0].ruleId}.md`);
    expect(run.tool.driver.rules.every((r: Log) => r.helpUri.startsWith("https://docs.example.test/rules/"))).toBe(true);
    expect(JSON.stringify(run.tool.driver.rules)).not.toContain("file://");
    expectSchemaValid(hosted);
  });

  it("stores the rule descriptors the formatter would make (built once by scripts/build.mjs, docs base filled in)", () => {
    const base = 'https://docs.example.test/a "quoted" \\ base/';
    const stored = JSON.parse(cli(["-f", "sarif", FILES.clean], { cwd: dir, env: { OPENCLAW_QWEN_LINT_DOCS_BASE: base } }).stdout).runs[0].tool.driver.rules;
    const made = ruleDescriptors({ ...context(dir), docsUrl: (id: string) => `${base}${id}.md` });
    expect(stored).toEqual(JSON.parse(JSON.stringify(made)));
    expect(stored.find((r: Log) => r.id === "unknown-key").help.markdown).toContain(`](${base}legacy-config-key.md)`);
  });

  it("writes an empty results array for a clean run (code scanning then closes old alerts)", () => {
    const run = cli(["-f", "sarif", FILES.clean], { cwd: dir });
    expect(run.code).toBe(0);
    const clean = JSON.parse(run.stdout);
    expect(clean.runs[0].results).toEqual([]);
    expect(clean.runs[0].tool.driver.rules).toHaveLength(rules.length);
    expectSchemaValid(clean);
  });
});

describe("sarif formatter", () => {
  const cwd = "/repo";
  const format = (results: ReturnType<typeof fileResult>[], sources: Record<string, string> = {}) => JSON.parse(sarif(report(results), context(cwd, sources)));
  const loc = (log: Log, i = 0) => log.runs[0].results[i].locations[0].physicalLocation.artifactLocation;

  it("makes absolute paths under the working directory relative, and uses file URIs outside it", () => {
    const log = format([fileResult("/repo/a b/openclaw.json5", [diagnostic({ filePath: "/repo/a b/openclaw.json5" }), diagnostic({ filePath: "/etc/openclaw#1.json5" })])]);
    expect(loc(log, 0)).toEqual({ uri: "a%20b/openclaw.json5", uriBaseId: "%SRCROOT%", index: 0 });
    expect(loc(log, 1)).toEqual({ uri: "file:///etc/openclaw%231.json5", index: 1 });
    expect(log.runs[0].originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///repo/");
    expectSchemaValid(log);
  });

  it("names stdin without a base and encodes characters a URI cannot hold", () => {
    const log = format([fileResult("<stdin>", [diagnostic({ filePath: "<stdin>" })]), fileResult("q?x:y.json5", [diagnostic({ filePath: "q?x:y.json5" })])]);
    expect(loc(log, 0)).toEqual({ uri: "%3Cstdin%3E", index: 0 });
    expect(loc(log, 1)).toEqual({ uri: "q%3Fx%3Ay.json5", uriBaseId: "%SRCROOT%", index: 1 });
    expectSchemaValid(log);
  });

  it("numbers identical findings so each keeps its own fingerprint", () => {
    const d = diagnostic();
    const log = format([fileResult("openclaw.json5", [d, { ...d, range: { start: { line: 9, column: 1 }, end: { line: 9, column: 4 } } }])]);
    const [a, b] = log.runs[0].results.map((r: Log) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(a.replace(/:1$/, ":2")).toBe(b);
  });

  it("adds a descriptor for a rule id it does not know, so ruleIndex stays valid", () => {
    const log = format([fileResult("openclaw.json5", [diagnostic({ ruleId: "some-plugin-rule" })])]);
    const r = log.runs[0].results[0];
    expect(r.ruleIndex).toBe(rules.length);
    expect(log.runs[0].tool.driver.rules[r.ruleIndex]).toMatchObject({ id: "some-plugin-rule", name: "SomePluginRule" });
    expectSchemaValid(log);
  });

  it("maps info to note and keeps an empty insertion point as is", () => {
    const log = format([fileResult("openclaw.json5", [diagnostic({ severity: "info", range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } })])]);
    expect(log.runs[0].results[0].level).toBe("note");
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });

  it("turns edits into replacements in offset order; a deletion has no insertedContent", () => {
    const source = '{ a: "x", b: "y" }';
    const fix = { description: "Tidy", edits: [{ start: 10, end: 17, text: "" }, { start: 5, end: 8, text: '"z"' }] };
    const log = format([fileResult("openclaw.json5", [diagnostic({ fix })])], { "openclaw.json5": source });
    expect(log.runs[0].results[0].fixes).toEqual([
      {
        description: { text: "Tidy." },
        artifactChanges: [
          {
            artifactLocation: { uri: "openclaw.json5", uriBaseId: "%SRCROOT%", index: 0 },
            replacements: [{ deletedRegion: { charOffset: 5, charLength: 3 }, insertedContent: { text: '"z"' } }, { deletedRegion: { charOffset: 10, charLength: 7 } }],
          },
        ],
      },
    ]);
    expectSchemaValid(log);
  });

  it("drops a fix that overlaps itself, runs past the file, or would copy a secret into the report", () => {
    const token = "tok-1a2b3c4d5e6f7a8b9c0d";
    const source = `{ apiKey: "${SECRET}", gateway: { auth: { token: "${token}" } }, b: "modelstudio/x" }`;
    const cases = [
      { description: "Overlap", edits: [{ start: 1, end: 5, text: "a" }, { start: 3, end: 6, text: "b" }] },
      { description: "Too far", edits: [{ start: 1, end: source.length + 1, text: "" }] },
      { description: "Move the key", edits: [{ start: 0, end: 1, text: `{ key: "${SECRET}",` }] },
      { description: "Copy the token", edits: [{ start: 0, end: 1, text: `{ t: "${token}",` }] },
      { description: "Any DashScope-shaped key", edits: [{ start: 0, end: 0, text: "sk-sp-0123456789abcdef" }] },
      { description: `Mention ${SECRET}`, edits: [{ start: 0, end: 0, text: "" }] },
    ];
    const log = format([fileResult("openclaw.json5", cases.map((fix) => diagnostic({ fix })))], { "openclaw.json5": source });
    expect(log.runs[0].results.map((r: Log) => r.fixes)).toEqual(cases.map(() => undefined));
    expect(JSON.stringify(log)).not.toContain(SECRET_CORE);
    expect(JSON.stringify(log)).not.toContain(token);
  });
});
