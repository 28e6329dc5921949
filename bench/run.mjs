// `npm run bench`: end-to-end CLI cost against `node -e ""` on the same machine, plus many-file and
// in-process throughput. Wall-clock medians over repeated runs; run on an idle machine.
//   node bench/run.mjs [--runs N]
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 25;
const bin = join(root, "bin/openclaw-qwen-lint.js");
const typical = join(root, "examples/openclaw.json5");

function time(args, { runs = RUNS, okCodes = [0, 1] } = {}) {
  const samples = [];
  for (let i = 0; i < runs + 2; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (!okCodes.includes(r.status)) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    if (i >= 2) samples.push(ms); // two warm-up runs fill the OS file cache
  }
  samples.sort((a, b) => a - b);
  const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9) };
}

const fmt = (t) => `${t.median.toFixed(1)} ms (p10 ${t.p10.toFixed(1)}, p90 ${t.p90.toFixed(1)})`;
const rows = [];
const floor = time(["-e", ""]);
rows.push(["node -e \"\" (floor)", fmt(floor), "1.00x"]);
const one = time([bin, "--format", "json", typical]);
rows.push(["lint examples/openclaw.json5 (json)", fmt(one), `${(one.median / floor.median).toFixed(2)}x`]);
const stylish = time([bin, typical]);
rows.push(["lint examples/openclaw.json5 (stylish)", fmt(stylish), `${(stylish.median / floor.median).toFixed(2)}x`]);

const dir = mkdtempSync(join(tmpdir(), "oql-bench-"));
try {
  mkdirSync(join(dir, "cfg"));
  for (let i = 0; i < 200; i++) copyFileSync(typical, join(dir, "cfg", `openclaw-${i}.json5`));
  const many = time([bin, "--format", "compact", join(dir, "cfg", "*.json5")], { runs: Math.max(5, Math.floor(RUNS / 3)) });
  rows.push(["lint 200 copies (one process)", fmt(many), `${(many.median / 200).toFixed(2)} ms/file`]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// In-process: the engine alone, no process start.
const { lintText } = await import(join(root, "dist/index.js"));
const { readFileSync } = await import("node:fs");
const text = readFileSync(typical, "utf8");
for (let i = 0; i < 50; i++) lintText(text, { filePath: typical });
const N = 500;
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) lintText(text, { filePath: typical });
const per = Number(process.hrtime.bigint() - t0) / 1e6 / N;
rows.push([`lintText in-process (${text.length} B config)`, `${per.toFixed(3)} ms/lint`, ""]);

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`openclaw-qwen-lint benchmark · node ${process.version} · ${RUNS} runs · ${new Date().toISOString()}`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w)}  ${b.padEnd(34)}  ${c}`);
console.log(`goal: single-file lint within 1.5x of the node floor -> ${one.median / floor.median <= 1.5 ? "met" : "NOT met"}`);
