// `npm run bench`: what the tool costs on this machine, measured so that a busy or odd machine cannot
// flatter it.
//   - The floor (`node -e ""`) and the tool run interleaved, round by round, in an order that rotates
//     each round; each round gives a ratio tool/floor, and we report the median and p90 of those ratios
//     plus the absolute overhead (tool - floor, ms). Load from other processes hits both sides of a round.
//   - NODE_EXTRA_CA_CERTS is removed from the children's environment (see NOTE_CA below).
//   - Each round lints a different config of a generated corpus (bench/corpus.mjs), never one file again.
//   - "First run" gets a fresh HOME and cache dir each round: no V8 code cache, as after install or upgrade.
//   - The language server is timed from didChange to publishDiagnostics, debounce included.
// Results go to stdout and to bench/results.json; `node bench/readme.mjs` writes the README's Speed
// section from that file.
//   node bench/run.mjs [--rounds N] [--quick] [--only single,many,big,lsp] [--root checkout] [--out file.json]
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir, cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bigConfig, corpus, linesConfig } from "./corpus.mjs";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const here = join(dirname(fileURLToPath(import.meta.url)), "..");
// --root: measure another checkout (e.g. a build of main, for a before/after table) with this bench.
const root = resolve(arg("--root", here));
// Checkouts before the command became .cjs had bin/openclaw-qwen-lint.js.
const bin = ["bin/openclaw-qwen-lint.cjs", "bin/openclaw-qwen-lint.js"].map((b) => join(root, b)).find((b) => existsSync(b)) ?? join(root, "bin/openclaw-qwen-lint.cjs");
const quick = process.argv.includes("--quick");
const ROUNDS = Number(arg("--rounds", quick ? 10 : 30));
const only = new Set((arg("--only", "single,many,big,lsp") ?? "").split(","));
const MANY = Number(arg("--many", quick ? 2000 : 10000));

export const NOTE_CA =
  "NODE_EXTRA_CA_CERTS is removed from the children's environment: with it, every Node start reads and " +
  "parses the extra certificates (about 38 ms on these machines), the same fixed cost for `node -e \"\"` " +
  "and for the tool, which would hide the tool's own cost in the ratio.";

const work = mkdtempSync(join(tmpdir(), "oql-bench-"));
const warmHome = join(work, "home");
mkdirSync(warmHome);

/** The children's environment: no extra CA certs, no NODE_OPTIONS, no OpenClaw variables, no colour. */
function childEnv(home) {
  const env = { ...process.env, HOME: home, NO_COLOR: "1" };
  for (const k of Object.keys(env)) if (k === "NODE_EXTRA_CA_CERTS" || k === "NODE_OPTIONS" || k === "XDG_CACHE_HOME" || k.startsWith("OPENCLAW_")) delete env[k];
  return env;
}

function timeRun(args, env, okCodes = [0, 1]) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, cwd: work, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!okCodes.includes(r.status)) throw new Error(`${args.join(" ")} exited ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
  return ms;
}

const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * p;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
};
const summary = (xs) => ({ median: quantile(xs, 0.5), p90: quantile(xs, 0.9), n: xs.length });

/**
 * Interleaved rounds: each round runs every case once, in an order rotated by the round number, with the
 * floor among them. Returns per case the absolute times, the per-round ratios to the floor and overheads.
 */
function interleave(cases, rounds, { warmup = 2 } = {}) {
  const samples = Object.fromEntries(cases.map((c) => [c.name, []]));
  for (let round = -warmup; round < rounds; round++) {
    const k = ((round % cases.length) + cases.length) % cases.length;
    const order = [...cases.slice(k), ...cases.slice(0, k)];
    const times = {};
    for (const c of order) {
      c.before?.(round);
      times[c.name] = timeRun(c.args(round), c.env(round));
      c.after?.(round);
    }
    if (round >= 0) for (const c of cases) samples[c.name].push(times[c.name]);
  }
  const floor = samples.floor;
  const out = {};
  for (const c of cases) {
    const ms = samples[c.name];
    out[c.name] = {
      ms: summary(ms),
      ratio: summary(ms.map((t, i) => t / floor[i])),
      overheadMs: summary(ms.map((t, i) => t - floor[i])),
    };
  }
  return out;
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadAvg: loadavg().map((x) => Math.round(x * 100) / 100),
  rounds: ROUNDS,
  note: NOTE_CA,
  cases: {},
};
const log = (s) => process.stderr.write(s + "\n");

try {
  // ---- one config: warm, first run, formats ---------------------------------------------------------
  if (only.has("single")) {
    const files = corpus(ROUNDS + 2, 42).map((text, i) => {
      const f = join(work, `single-${i}`, "openclaw.json5");
      mkdirSync(dirname(f));
      writeFileSync(f, text);
      return f;
    });
    const file = (round) => files[(round + 2) % files.length];
    const warmEnv = childEnv(warmHome);
    // Fill the code cache once, with a lint run (what a user's first run after install does).
    timeRun([bin, "--format", "json", files[0]], warmEnv);
    const coldHomes = [];
    const coldHome = (round) => {
      const h = join(work, `cold-${round + 2}`);
      mkdirSync(h, { recursive: true });
      coldHomes.push(h);
      return h;
    };
    log(`one config: ${ROUNDS} interleaved rounds`);
    const r = interleave(
      [
        { name: "floor", args: () => ["-e", ""], env: () => warmEnv },
        { name: "json", args: (i) => [bin, "--format", "json", file(i)], env: () => warmEnv },
        { name: "stylish", args: (i) => [bin, file(i)], env: () => warmEnv },
        { name: "sarif", args: (i) => [bin, "--format", "sarif", file(i)], env: () => warmEnv },
        { name: "cold", args: (i) => [bin, "--format", "json", file(i)], env: (i) => childEnv(coldHome(i)) },
      ],
      ROUNDS,
    );
    for (const h of coldHomes) rmSync(h, { recursive: true, force: true });
    results.cases.floor = r.floor;
    results.cases.json = r.json;
    results.cases.stylish = r.stylish;
    results.cases.sarif = r.sarif;
    results.cases.cold = r.cold;
  }

  // ---- many configs in one run ------------------------------------------------------------------------
  if (only.has("many")) {
    const dir = join(work, "many");
    mkdirSync(dir);
    corpus(MANY, 7).forEach((text, i) => writeFileSync(join(dir, `openclaw-${String(i).padStart(5, "0")}.json5`), text));
    const env = childEnv(warmHome);
    const rounds = quick ? 2 : 3;
    log(`${MANY} configs: ${rounds} interleaved rounds`);
    const r = interleave(
      [
        { name: "floor", args: () => ["-e", ""], env: () => env },
        { name: "many", args: () => [bin, "--format", "compact", "many/*.json5"], env: () => env },
      ],
      rounds,
      { warmup: 0 },
    );
    results.cases.many = { ...r.many, files: MANY, msPerFile: summary([r.many.ms.median / MANY]).median };
  }

  // ---- a 2 MB config ----------------------------------------------------------------------------------
  if (only.has("big")) {
    const f = join(work, "big", "openclaw.json5");
    mkdirSync(dirname(f));
    const text = bigConfig(2_000_000);
    writeFileSync(f, text);
    const env = childEnv(warmHome);
    const rounds = quick ? 2 : 3;
    log(`2 MB config (${text.length} B, ${text.split("\n").length} lines): ${rounds} interleaved rounds`);
    const r = interleave(
      [
        { name: "floor", args: () => ["-e", ""], env: () => env },
        { name: "big", args: () => [bin, "--format", "json", f], env: () => env },
      ],
      rounds,
      { warmup: 0 },
    );
    results.cases.big = { ...r.big, bytes: text.length };
  }

  // ---- language server: didChange -> publishDiagnostics ---------------------------------------------
  if (only.has("lsp")) {
    const edits = quick ? 15 : 40;
    log(`language server: ${edits} edits of a 2,000-line config`);
    results.cases.lsp = await lspBench(edits);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function lspBench(edits) {
  const { createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification, ShutdownRequest, ExitNotification } =
    await import("vscode-languageserver-protocol/node");
  const dir = join(work, "lsp");
  mkdirSync(dir);
  const file = join(dir, "openclaw.json5");
  const text = linesConfig(2000);
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const child = spawn(process.execPath, [bin, "lsp", "--stdio"], { env: childEnv(warmHome), cwd: dir, stdio: ["pipe", "pipe", "inherit"] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let waiting;
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    if (p.uri === uri && waiting) {
      const w = waiting;
      waiting = undefined;
      w(p);
    }
  });
  conn.onRequest(() => null);
  conn.listen();
  const next = () => new Promise((res) => (waiting = res));
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: null });
  await conn.sendNotification(InitializedNotification.type, {});
  const opened = next();
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "json5", version: 1, text } });
  await opened;
  // Each edit retypes one model reference, to an id the catalog does not know (a new finding each time:
  // the server publishes only when the diagnostics change), on lines spread over the file.
  const lines = text.split("\n");
  const refLines = lines.map((l, i) => (/model: "qwen[^"]*\/[^"]+"/.test(l) ? i : -1)).filter((i) => i >= 0);
  const original = [...lines];
  const ms = [];
  let diagCount = 0;
  let last = -1;
  for (let i = 0; i < edits; i++) {
    if (last >= 0) lines[last] = original[last];
    const li = refLines[(i * 7919) % refLines.length];
    lines[li] = lines[li].replace(/\/[^"]+"/, `/qwen3.${i + 10}-plus"`);
    last = li;
    const got = next();
    const t0 = performance.now();
    await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: lines.join("\n") }] });
    const p = await got;
    ms.push(performance.now() - t0);
    diagCount = p.diagnostics.length;
    await new Promise((r) => setTimeout(r, 30));
  }
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  conn.dispose();
  child.kill();
  return { ms: summary(ms), lines: lines.length, bytes: text.length, diagnostics: diagCount, debounceIncluded: true };
}

// ---- report -----------------------------------------------------------------------------------------
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : "-");
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : "-");
const c = results.cases;
const rows = [];
const vsFloor = (label, k) => {
  if (!c[k]) return;
  rows.push([label, `${f1(c[k].ms.median)} ms`, `${f2(c[k].ratio.median)}x (p90 ${f2(c[k].ratio.p90)}x)`, `+${f1(c[k].overheadMs.median)} ms`]);
};
if (c.floor) rows.push(['node -e "" (floor)', `${f1(c.floor.ms.median)} ms`, "1.00x", ""]);
vsFloor("one config, json, warm", "json");
vsFloor("one config, stylish, warm", "stylish");
vsFloor("one config, sarif, warm", "sarif");
vsFloor("one config, json, first run (no cache)", "cold");
if (c.many) rows.push([`${c.many.files} configs, one run`, `${f1(c.many.ms.median)} ms`, `${(c.many.msPerFile).toFixed(3)} ms/file`, `+${f1(c.many.overheadMs.median)} ms`]);
if (c.big) rows.push([`${(c.big.bytes / 1e6).toFixed(1)} MB config`, `${f1(c.big.ms.median)} ms`, `${f2(c.big.ratio.median)}x`, `+${f1(c.big.overheadMs.median)} ms`]);
if (c.lsp) rows.push([`LSP change -> diagnostics, ${c.lsp.lines} lines`, `${f1(c.lsp.ms.median)} ms`, `p90 ${f1(c.lsp.ms.p90)} ms`, "debounce incl."]);

const targets = [];
if (c.json) targets.push(["one config warm <= 1.5x floor", c.json.ratio.median <= 1.5]);
if (c.cold) targets.push(["first run <= 2.0x floor", c.cold.ratio.median <= 2.0]);
if (c.many) targets.push(["10,000 configs <= 0.5 ms/file", c.many.msPerFile <= 0.5]);
if (c.big) targets.push(["2 MB config < 1 s", c.big.ms.median < 1000]);
if (c.lsp) targets.push(["LSP 2,000 lines p90 <= 150 ms", c.lsp.ms.p90 <= 150]);
results.targets = Object.fromEntries(targets);

const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log(`openclaw-qwen-lint bench · node ${results.node} · ${results.cpus} CPUs · load ${results.loadAvg.join(" ")} · ${ROUNDS} rounds · ${results.date}`);
console.log(NOTE_CA);
console.log("Ratios are medians (and p90) of per-round tool/floor ratios; overhead is the median of per-round tool - floor.");
for (const r of rows) console.log(r.map((x, i) => x.padEnd(w[i])).join("  "));
for (const [name, ok] of targets) console.log(`target ${name}: ${ok ? "met" : "NOT met"}`);

const out = arg("--out", only.size >= 4 && !quick && root === here ? join(here, "bench", "results.json") : undefined);
if (out) {
  writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
  log(`wrote ${out}; \`node bench/readme.mjs\` updates the README's Speed section from it`);
}
