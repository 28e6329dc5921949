// Writes the README's Speed section (between the bench markers) from bench/results.json, the output of
// `npm run bench`. The figures are never typed by hand.
//   node bench/readme.mjs [--check]   (--check: exit 1 when the README differs from what would be written)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const START = "<!-- bench:start -->";
export const END = "<!-- bench:end -->";

const f1 = (x) => x.toFixed(1);
const x2 = (x) => `${x.toFixed(2)}×`;

/** The Markdown between the markers for one results.json. */
export function renderSpeed(r) {
  const c = r.cases;
  const rows = [];
  const vs = (label, k) =>
    c[k] && rows.push(`| ${label} | ${f1(c[k].ms.median)} ms | ${x2(c[k].ratio.median)} (p90 ${x2(c[k].ratio.p90)}) | +${f1(c[k].overheadMs.median)} ms |`);
  if (c.floor) rows.push(`| \`node -e ""\` (the floor: starting Node itself) | ${f1(c.floor.ms.median)} ms | 1.00× | |`);
  vs("one config, `--format json`", "json");
  vs("one config, stylish (code frames)", "stylish");
  vs("one config, `--format sarif`", "sarif");
  vs("one config, first run after install (no code cache)", "cold");
  if (c.many) rows.push(`| ${c.many.files.toLocaleString("en-US")} configs in one run | ${f1(c.many.ms.median)} ms | ${c.many.msPerFile.toFixed(2)} ms per file | +${f1(c.many.overheadMs.median)} ms |`);
  if (c.big) rows.push(`| one ${(c.big.bytes / 1e6).toFixed(1)} MB config | ${f1(c.big.ms.median)} ms | ${x2(c.big.ratio.median)} | +${f1(c.big.overheadMs.median)} ms |`);
  if (c.lsp)
    rows.push(`| language server: edit → diagnostics, ${c.lsp.lines.toLocaleString("en-US")}-line config (debounce included) | ${f1(c.lsp.ms.median)} ms | p90 ${f1(c.lsp.ms.p90)} ms | |`);
  const day = r.date.slice(0, 10);
  return [
    START,
    `\`npm run bench\` on a ${r.cpus}-core machine (Node ${r.node.replace(/^v/, "")}, load average ${r.loadAvg[0]}, ${day}). The floor and the tool run`,
    `interleaved, ${r.rounds} rounds in rotating order, each round on a different generated config; ratios are the median`,
    `(and p90) of the per-round ratios to the floor, overhead the median of per-round differences.`,
    `\`NODE_EXTRA_CA_CERTS\` is removed for the measurement: it adds the same fixed cost to every Node start and would`,
    `hide the tool's own cost.${r.loadAvg[0] > r.cpus ? ` The machine was busy (load above its core count), which inflates all times and the ratios; rerun \`npm run bench && npm run bench:readme\` on a quiet one.` : ""}`,
    "",
    "| run | time (median) | vs. the floor | overhead |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "The CLI is one bundled CommonJS file loaded through V8's code cache (kept per user in",
    "`~/.cache/openclaw-qwen-lint`; `OPENCLAW_QWEN_LINT_CACHE=0` turns it off). No YAML is parsed and no schema is",
    "compiled at lint time. Many configs in one run are linted on all cores (`OPENCLAW_QWEN_LINT_WORKERS=1` turns",
    "that off). For comparison, `openclaw config validate` takes about a second per run.",
    END,
  ].join("\n");
}

/** The README with its Speed section replaced; throws when the markers are missing. */
export function withSpeed(readme, results) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md needs ${START} ... ${END}`);
  return readme.slice(0, a) + renderSpeed(results) + readme.slice(b + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const readmePath = join(root, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const next = withSpeed(readme, JSON.parse(readFileSync(join(root, "bench", "results.json"), "utf8")));
  if (process.argv.includes("--check")) {
    if (next !== readme) {
      console.error("README.md's Speed section is not what bench/results.json gives; run `node bench/readme.mjs`.");
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log("README.md: Speed section updated from bench/results.json");
  }
}
