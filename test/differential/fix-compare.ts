// Fix-output differential (shared by scripts/fix-differential.ts and the test): every input that
// `--fix` changes (err fixtures, real configs, rule pages' Examples), what the fix wrote, and what the
// real OpenClaw said about both (test/differential/fix-verdicts.jsonl). A fix must keep a config OpenClaw
// accepts accepted, and must keep every ref going where it went: same provider, api, endpoint host (as
// OpenClaw's own model resolution says) and same key (as the facts layer says).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSON5 from "json5";
import { defaultCatalog, fixText } from "../../src/index.js";
import { analyze, type ConfigFacts, type KeySource, type RefSite } from "../../src/engine/facts.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const FIX_VERDICTS = join(import.meta.dirname, "fix-verdicts.jsonl");

export interface FixCase {
  /** Where the input comes from: a fixture path, or `docs/rules/<id>.md#example`. */
  id: string;
  filePath: string;
  input: string;
  /** What `--fix` wrote (undefined: it changed nothing). */
  output?: string;
  fixed: string[];
  /** Documented fixes: a rule page's Fix configs, which must be accepted whenever the Example is. */
  documented?: string[];
}

/** OpenClaw's answer for one config. */
export interface Validity {
  valid: boolean;
  issues: { path: string; message: string }[];
}

/** What OpenClaw's model resolution gave for a ref (scripts/upstream/route-many.mjs). */
export type OcRoute = { provider: string; api?: string; baseUrl?: string } | { error: string };

export interface FixVerdict {
  id: string;
  input: string;
  /** Absent when the fix changed nothing (a page whose documented fix is checked). */
  output?: string;
  fixed: string[];
  documented?: string[];
  openclaw: { input: Validity; output?: Validity; documented?: Validity[] };
  routes?: { input: Record<string, OcRoute>; output: Record<string, OcRoute> };
}

const DOCS = join(ROOT, "docs", "rules");

/** Fenced blocks of a markdown section (as test/docs.test.ts reads them). */
function blocks(md: string, heading: RegExp): { lang: string; body: string }[] {
  const start = md.search(heading);
  if (start < 0) return [];
  const rest = md.slice(start + 1);
  const end = rest.search(/^## /m);
  return [...(end < 0 ? rest : rest.slice(0, end)).matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] }));
}

const parses = (text: string) => {
  try {
    JSON5.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** A config whose meaning depends on other files is left out: OpenClaw would read them too. */
const standalone = (text: string) => !/\$include/.test(text) && parses(text);

function run(id: string, filePath: string, input: string, documented?: string[]): FixCase {
  const out = fixText(input, { filePath, env: {} });
  const after = out.changes.get(filePath)?.after;
  return { id, filePath, input, output: after !== undefined && after !== input ? after : undefined, fixed: out.fixed.map((d) => d.ruleId), documented };
}

/** Every JSON5 input a fix may touch, in a stable order (fix-inputs/: shapes the fixtures lack). */
export function fixCases(): FixCase[] {
  const out: FixCase[] = [];
  for (const dir of ["test/fixtures/err", "test/fixtures/real", "test/differential/fix-inputs"])
    for (const f of readdirSync(join(ROOT, dir)).filter((f) => /\.json5?$/.test(f)).sort()) {
      const text = readFileSync(join(ROOT, dir, f), "utf8");
      if (standalone(text)) out.push(run(`${dir}/${f}`, `/virtual/${f}`, text));
    }
  for (const f of readdirSync(DOCS).filter((f) => f.endsWith(".md") && f !== "README.md").sort()) {
    const md = readFileSync(join(DOCS, f), "utf8");
    const example = blocks(md, /^## Example/m).find((b) => b.lang === "json5");
    if (!example || !standalone(example.body)) continue;
    const documented = blocks(md, /^## (Fix|How to fix)/m).filter((b) => b.lang === "json5" && standalone(b.body)).map((b) => b.body);
    out.push(run(`docs/rules/${f}#example`, "/virtual/openclaw.json5", example.body, documented));
  }
  return out;
}

/** Cases OpenClaw must judge: a fix changed the input, or the page documents a fix. */
export const judged = (cases: FixCase[]) => cases.filter((c) => c.output !== undefined || c.documented?.length);

/** `provider/model` for OpenClaw's resolver (no auth-profile suffix), with the agent a per-agent slot belongs to. */
export const refQuery = (r: RefSite) => ({ ref: `${r.ref!.provider}/${r.ref!.model}`, ...(r.slot.agentId !== undefined ? { agent: r.slot.agentId } : {}) });
export const refKey = (r: RefSite) => `${r.slot.agentId ?? ""}|${r.ref!.provider}/${r.ref!.model}`;

/** Refs that send requests (listing keys select nothing; bare refs name no provider). */
export const routedRefs = (facts: ConfigFacts) => facts.refs.filter((r) => r.ref && r.slot.selects);

export function factsOf(text: string): ConfigFacts {
  return analyze(JSON5.parse(text), defaultCatalog());
}

const digest = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 12);

/** The key a ref's requests carry, as the facts layer sees it (a literal by digest: never the key). */
function keyOf(src: KeySource | undefined): string {
  if (!src) return "none";
  switch (src.kind) {
    case "literal":
      return `literal:${digest(src.value)}`;
    case "placeholder":
    case "env-name":
      return `env:${src.names.join(",")}`;
    case "secret-ref":
      return `ref:${src.ref.source}:${src.ref.provider}:${src.ref.id}`;
    case "auth-profile":
      return `profile:${src.profile}`;
    case "env-vars":
      return `env-vars:${src.name}:${digest(src.value ?? "")}`;
    case "environment":
      return `environment:${src.names.join(",")}`;
    default:
      return src.kind;
  }
}

/**
 * The endpoint a base URL reaches: its host. A fix that corrects the scheme or the path on the same host
 * (base-url-shape: http -> https, DashScope's native /api/v1 -> /compatible-mode/v1) repairs the URL of
 * the same endpoint; a change of host is a change of endpoint (plan, region, vendor).
 */
export function endpointOf(url: string | undefined): string {
  if (url === undefined) return "-";
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url.replace(/\/+$/, "");
  }
}

/** Where the facts layer says a ref's requests go: who serves it, endpoint, api, key. */
export function factsRoute(facts: ConfigFacts, r: RefSite): string {
  const o = facts.owner(r.ref!.provider);
  const who = o.by === "plugin" ? `plugin:${o.canonical?.id}` : `${o.by}`;
  const e = facts.chatEndpointFor(r.ref!.provider);
  const endpoint = e.kind === "default" ? endpointOf(e.endpoint.baseUrl) : e.kind === "none" ? "none" : endpointOf(e.raw);
  const api = (typeof o.entry?.entry.api === "string" ? o.entry.entry.api : undefined) ?? o.canonical?.api ?? "-";
  return `${who} ${endpoint} ${api} ${keyOf(facts.keySources(r.ref!.provider)[0])}`;
}

/** OpenClaw's route in words; the provider through the catalog's canonical id (an alias rename keeps it). */
export function ocRoute(r: OcRoute | undefined): string | undefined {
  if (!r || "error" in r) return undefined;
  const canonical = defaultCatalog().canonicalProvider(r.provider)?.id ?? r.provider.toLowerCase();
  return `${canonical} ${r.api ?? "-"} ${endpointOf(r.baseUrl)}`;
}

/**
 * A slot, the same before and after a fix that moves it: agents.list -> agents.entries, a retired
 * *GenerationModel key -> mediaModels.<kind>.
 */
function slotKey(r: RefSite): string {
  const path = r.slot.path
    .replace(/^agents\.(entries\.<id>|list\[\d+\])/, "agents.<id>")
    .replace(/\.(mediaModels\.\w+|\w+GenerationModel)(?=\.|$)/, `.media:${r.slot.kind}`);
  return `${path}#${r.slot.agentId ?? ""}#${r.slot.role}`;
}

/**
 * Routing changes a fix made: for every slot of the input, the set of routes of its refs must be the
 * same after the fix (a duplicate removed changes nothing). OpenClaw's route is compared wherever it
 * resolved the input ref; the facts route always.
 */
export function routingChanges(v: { input: string; output: string; routes: NonNullable<FixVerdict["routes"]> }): string[] {
  const side = (text: string, oc: Record<string, OcRoute>) => {
    const facts = factsOf(text);
    const m = new Map<string, Set<string>>();
    for (const r of routedRefs(facts)) {
      const k = slotKey(r);
      if (!m.has(k)) m.set(k, new Set());
      m.get(k)!.add(`${ocRoute(oc[refKey(r)]) ?? "openclaw:unresolved"} | ${factsRoute(facts, r)}`);
    }
    return m;
  };
  const before = side(v.input, v.routes.input);
  const after = side(v.output, v.routes.output);
  const out: string[] = [];
  for (const [slot, routes] of before) {
    const now = after.get(slot);
    if (!now) {
      out.push(`${slot}: the fix removed its refs`);
      continue;
    }
    const strip = (s: string) => (s.startsWith("openclaw:unresolved") ? s.split(" | ")[1] : s);
    for (const r of routes) {
      const [oc, facts] = r.split(" | ");
      const kept = [...now].some((n) => {
        const [noc, nfacts] = n.split(" | ");
        return nfacts === facts && (oc === "openclaw:unresolved" || noc === oc);
      });
      if (!kept) out.push(`${slot}: ${strip(r)} -> ${[...now].join(" ; ")}`);
    }
  }
  return out;
}

/** Issues OpenClaw raises on the fix's output that it did not raise on the input. */
export function newIssues(v: FixVerdict): string[] {
  if (!v.openclaw.output) return [];
  const had = new Set(v.openclaw.input.issues.map((i) => `${i.path}: ${i.message}`));
  return v.openclaw.output.issues.map((i) => `${i.path}: ${i.message}`).filter((i) => !had.has(i));
}

/**
 * Routing changes that repair a config OpenClaw refuses (it never ran as written), and why. Each must
 * stay a refused input; a change on an accepted input is always a failure.
 */
export const REPAIRS: Record<string, string> = {
  "test/fixtures/err/unknown-key.json5": "baseURL -> baseUrl: OpenClaw refused the misspelt key, the fix makes the base URL take effect",
  "test/fixtures/err/legacy-config-key.json5": "api \"openai\" -> \"openai-completions\": OpenClaw refused the retired api name",
  "docs/rules/legacy-config-key.md#example": "env.QWEN_API_KEY -> env.vars.QWEN_API_KEY and api \"openai\" -> \"openai-completions\": OpenClaw refused both",
};

export function readFixVerdicts(file = FIX_VERDICTS): { header: Record<string, unknown>; verdicts: FixVerdict[] } {
  const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim());
  return { header: JSON.parse(lines[0]).header, verdicts: lines.slice(1).map((l) => JSON.parse(l)) };
}
