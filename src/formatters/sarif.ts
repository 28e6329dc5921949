// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
// One run; `tool.driver.rules` lists every registered rule (with its documentation embedded as help, so
// viewers that cannot open the docs URL still show it). Locations are relative to %SRCROOT% (the
// working directory) with SARIF's own column convention, which is ours: 1-based UTF-16 code units,
// end column exclusive. Fix edits are UTF-16 offsets too, so they map onto charOffset/charLength as is.
// partialFingerprints hash what identifies a finding (rule, file, pointer, message), not its line, so
// code scanning keeps tracking an alert when lines move above it.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { sha256Hex } from "../engine/sha256.js";
import { PACKAGE_JSON } from "../package-root.js";
import type { Diagnostic, Fix, Report, Severity } from "../report.js";
import { pathUnder } from "./github.js";
import type { FormatContext, Formatter } from "./index.js";

export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
export const FINGERPRINT_KEY = "openclawQwenLint/v1";
const SRCROOT = "%SRCROOT%";

const INFORMATION_URI = PACKAGE_JSON.homepage ?? `https://www.npmjs.com/package/${PACKAGE_JSON.name}`;

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** `model-not-on-plan` -> `ModelNotOnPlan` (SARIF2012: a rule's name is a PascalCase identifier). */
export const pascalCase = (id: string) =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

/** A location for a report path: relative to %SRCROOT% when it lies under cwd, else an absolute file URI. */
function artifactLocation(cwd: string, filePath: string): ArtifactLocation {
  const rel = pathUnder(cwd, filePath);
  if (rel !== undefined) return { uri: rel.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  if (filePath.startsWith("<")) return { uri: encodeURIComponent(filePath) };
  return { uri: pathToFileURL(resolve(cwd, filePath)).href };
}

/** The doc page's first paragraph after the severity line: why the rule exists. */
function docSummary(doc: string): string | undefined {
  const paras = doc.split(/\r?\n\s*\r?\n/).map((p) => p.trim());
  const first = paras.find((p) => p && !p.startsWith("#") && !p.startsWith("**Severity") && !p.startsWith("```"));
  return first?.replace(/\s*\r?\n\s*/g, " ");
}

const stripMarkdown = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/`([^`]*)`/g, "$1").replace(/\*\*([^*]*)\*\*/g, "$1");

/** Links to sibling doc pages made absolute: a viewer shows the Markdown away from docs/rules/. */
const absoluteLinks = (md: string, docsUrl: (id: string) => string) => md.replace(/\]\(([a-z0-9-]+)\.md(#[^)]*)?\)/g, (_, id: string, hash = "") => `](${docsUrl(id)}${hash})`);

/** The page for code-scanning's rule help, without its title (the viewer shows the rule's name). */
const helpMarkdown = (doc: string, docsUrl: (id: string) => string) => absoluteLinks(doc.replace(/^# .*\r?\n+/, ""), docsUrl);

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : s + ".");

type DescriptorContext = Pick<FormatContext, "rules" | "ruleDoc" | "docsUrl">;

function ruleDescriptor(id: string, ctx: DescriptorContext) {
  const meta = ctx.rules.find((r) => r.id === id);
  const helpUri = ctx.docsUrl(id);
  if (!meta) return { id, name: pascalCase(id), helpUri };
  const doc = ctx.ruleDoc(id);
  const summary = doc && docSummary(doc);
  const description = sentence(meta.description);
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: description },
    fullDescription: summary ? { text: sentence(stripMarkdown(summary)), markdown: absoluteLinks(summary, ctx.docsUrl) } : { text: description },
    helpUri,
    help: doc ? { text: `${description} Documentation: ${helpUri}`, markdown: helpMarkdown(doc, ctx.docsUrl) } : { text: `${description} Documentation: ${helpUri}` },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [meta.category], category: meta.category, fixable: meta.fixable },
  };
}

/** Stable across line moves; `n` numbers identical findings in one file so each keeps its own alert. */
function fingerprint(d: Diagnostic, uri: string, seen: Map<string, number>): string {
  const hash = sha256Hex([d.ruleId, uri, d.pointer, d.message].join("\0"));
  const n = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, n);
  return `${hash}:${n}`;
}

/**
 * The fix as a SARIF fix, or undefined when it cannot be shown safely: edits that overlap or fall
 * outside the file, or inserted text that would carry a secret of the file into the report.
 */
function sarifFix(fix: Fix, location: ArtifactLocation, source: string | undefined, secrets: () => string[], redact: (s: string) => string) {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end)) return undefined;
    if (source !== undefined && e.end > source.length) return undefined;
    if (i > 0 && e.start < edits[i - 1].end) return undefined;
  }
  const leaks = (t: string) => redact(t) !== t || secrets().some((s) => t.includes(s));
  if (leaks(fix.description) || edits.some((e) => leaks(e.text))) return undefined;
  return {
    description: { text: sentence(fix.description) },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: edits.map((e) => ({
          deletedRegion: { charOffset: e.start, charLength: e.end - e.start },
          ...(e.text ? { insertedContent: { text: e.text } } : {}),
        })),
      },
    ],
  };
}

const sarif: Formatter = (report, ctx) => {
  const rules = ruleTable(ctx);
  const artifacts = artifactTable(ctx);
  const secretsOf = new Map<string, string[]>();
  const secrets = (filePath: string, source: string | undefined) => () => {
    if (!secretsOf.has(filePath))
      secretsOf.set(filePath, source === undefined ? [] : ctx.redact.source(source, filePath).map((r) => source.slice(r.start, r.end)).filter((s) => s.length >= 8));
    return secretsOf.get(filePath)!;
  };

  const results: object[] = [];
  const seen = new Map<string, Map<string, number>>();
  for (const r of report.results) {
    const target = artifacts.locate(r.filePath, true);
    for (const d of r.diagnostics) {
      const location = artifacts.locate(d.filePath, d.filePath === r.filePath);
      if (!seen.has(location.uri)) seen.set(location.uri, new Map());
      const source = d.fix && ctx.source(d.filePath);
      const fix = d.fix && sarifFix(d.fix, location, source, secrets(d.filePath, source), ctx.redact.text);
      results.push({
        ruleId: d.ruleId,
        ruleIndex: rules.indexOf(d.ruleId),
        level: LEVEL[d.severity],
        message: { text: d.message },
        ...(d.filePath !== r.filePath ? { analysisTarget: target } : {}),
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { startLine: d.range.start.line, startColumn: d.range.start.column, endLine: d.range.end.line, endColumn: d.range.end.column },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d, location.uri, seen.get(location.uri)!) },
        ...(fix ? { fixes: [fix] } : {}),
        properties: { jsonPointer: d.pointer },
      });
    }
  }
  return JSON.stringify(sarifLog(report.tool, ctx.cwd, rules.descriptors, artifacts.list, results), null, 2) + "\n";
};

/** Every registered rule's descriptor, in registry order (scripts/build.mjs stores them for the bundled CLI). */
export const ruleDescriptors = (ctx: DescriptorContext): object[] => ctx.rules.map((r) => ruleDescriptor(r.id, ctx));

/** The run's rule descriptors (every rule, then any other id a finding names) and their indexes. */
function ruleTable(ctx: FormatContext) {
  const descriptors: { id: string }[] = [...((ctx.sarifRules?.() as { id: string }[] | undefined) ?? ruleDescriptors(ctx as DescriptorContext) as { id: string }[])];
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  const indexOf = (id: string) => {
    if (!ruleIndex.has(id)) {
      ruleIndex.set(id, descriptors.length);
      descriptors.push(ruleDescriptor(id, ctx));
    }
    return ruleIndex.get(id)!;
  };
  return { descriptors, indexOf };
}

/** The run's artifacts, each file once; the linted files get the analysisTarget role. */
function artifactTable(ctx: FormatContext) {
  const list: { location: ArtifactLocation; roles?: string[] }[] = [];
  const index = new Map<string, number>();
  const locate = (filePath: string, target: boolean): ArtifactLocation => {
    let i = index.get(filePath);
    if (i === undefined) {
      i = list.length;
      index.set(filePath, i);
      list.push({ location: artifactLocation(ctx.cwd, filePath), ...(target ? { roles: ["analysisTarget"] } : {}) });
    } else if (target && !list[i].roles) list[i].roles = ["analysisTarget"];
    return { ...list[i].location, index: i };
  };
  return { list, locate };
}

function sarifLog(tool: Report["tool"], cwd: string, rules: object[], artifacts: object[], results: object[]) {
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            fullName: `${tool.name} ${tool.version} (catalog ${tool.catalogVersion}, ${tool.catalogUpdated})`,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: INFORMATION_URI,
            rules,
            properties: { catalogVersion: tool.catalogVersion, catalogUpdated: tool.catalogUpdated },
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, "/") } },
        artifacts,
        results,
        columnKind: "utf16CodeUnits",
      },
    ],
  };
}
export default sarif;
