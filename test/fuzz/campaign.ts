// `npm run fuzz`: a long fuzz campaign over the same properties as test/fuzz/fuzz.test.ts.
//   npm run fuzz -- [--minutes 5] [--seed 1] [--out fuzz-findings] [--secrets keys|everywhere]
// Runs rounds of seeds in a worker thread; a failing property is shrunk by fast-check to a minimal
// input, a hang (no progress for 10 s) is caught by a watchdog that saves the input it hung on. Each
// reproducer goes to the output folder as <kind>-<property>-<seed>.json5 with a .txt saying what broke.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import fc from "fast-check";
import { configText, fixtureTexts, HOSTILE, mutatedFixture } from "./gen.js";
import { fixSound, lintChecked, loadFormatters, noCanary, Violation } from "./properties.js";

interface Options {
  minutes: number;
  seed: number;
  out: string;
  secrets: "keys" | "everywhere";
}
type Message =
  | { kind: "input"; property: string; text: string }
  | { kind: "failure"; property: string; seed: number; text: string; error: string; crash: boolean }
  | { kind: "round"; seed: number; inputs: number };

const HANG_MS = 10_000;
const TSX_API = import.meta.resolve("tsx/esm/api");
const RUNS_PER_ROUND = 200;

function parseArgs(argv: string[]): Options {
  const o: Options = { minutes: 5, seed: Date.now() % 1_000_000, out: "fuzz-findings", secrets: "everywhere" };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (flag === "--minutes") o.minutes = Number(value());
    else if (flag === "--seed") o.seed = Number(value());
    else if (flag === "--out") o.out = value();
    else if (flag === "--secrets") o.secrets = value() === "keys" ? "keys" : "everywhere";
    else throw new Error(`unknown option ${argv[i]}; use --minutes N, --seed N, --out DIR, --secrets keys|everywhere`);
  }
  if (!(o.minutes > 0) || !Number.isInteger(o.seed)) throw new Error("--minutes must be a positive number and --seed an integer");
  return o;
}

async function worker(o: Options & { startSeed: number }) {
  await loadFormatters();
  const post = (m: Message) => parentPort!.postMessage(m);
  const texts = fixtureTexts();
  const properties: [string, fc.Arbitrary<string>, (t: string) => void][] = [
    [
      "generated",
      configText(o.secrets === "everywhere"),
      (t) => {
        const r = lintChecked(t, HANG_MS);
        noCanary(t, r);
        fixSound(t);
      },
    ],
    ["mutated", mutatedFixture(texts), (t) => (lintChecked(t, HANG_MS), fixSound(t))],
    ["hostile-mutated", mutatedFixture(HOSTILE), (t) => (lintChecked(t, HANG_MS), fixSound(t))],
  ];
  for (let seed = o.startSeed; ; seed++) {
    let inputs = 0;
    for (const [name, arb, check] of properties) {
      const result = fc.check(
        fc.property(arb, (t) => {
          inputs++;
          post({ kind: "input", property: name, text: t });
          check(t);
        }),
        { seed, numRuns: RUNS_PER_ROUND },
      );
      if (result.failed && result.counterexample) {
        const error = result.errorInstance as Error | undefined;
        post({ kind: "failure", property: name, seed, text: result.counterexample[0] as string, error: String(error?.stack ?? error), crash: !(error instanceof Violation) });
      }
    }
    post({ kind: "round", seed, inputs });
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const out = resolve(o.out);
  mkdirSync(out, { recursive: true });
  const deadline = Date.now() + o.minutes * 60_000;
  const stats = { inputs: 0, rounds: 0, failures: 0, crashes: 0, hangs: 0 };
  const seen = new Set<string>();
  const save = (kind: string, property: string, seed: number, text: string, what: string) => {
    const base = join(out, `${kind}-${property}-${seed}`);
    writeFileSync(`${base}.json5`, text);
    writeFileSync(`${base}.txt`, `${what}\n\nreproduce: npm run fuzz -- --seed ${seed} (property ${property}), or lint ${base}.json5\n`);
    console.log(`${kind}: ${property} seed ${seed}: ${what.split("\n")[0]}\n  saved ${base}.json5`);
  };
  let seed = o.seed;
  console.log(`fuzz: seed ${o.seed}, ${o.minutes} min, secrets ${o.secrets}, reproducers in ${out}`);
  while (Date.now() < deadline) {
    await new Promise<void>((done) => {
      // The worker runs this same TypeScript file, so it registers tsx's loader first.
      const boot = `import(${JSON.stringify(TSX_API)}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
      const w = new Worker(boot, { eval: true, workerData: { ...o, startSeed: seed } });
      let last: { property: string; text: string } | undefined;
      let lastSeen = Date.now();
      const stop = () => {
        clearInterval(timer);
        void w.terminate().then(() => done());
      };
      const timer = setInterval(() => {
        if (Date.now() >= deadline) return stop();
        if (Date.now() - lastSeen < HANG_MS) return;
        stats.hangs++;
        save("hang", last?.property ?? "unknown", seed, last?.text ?? "", `no progress for ${HANG_MS / 1000} s on this input`);
        seed++;
        stop();
      }, 500);
      w.on("message", (m: Message) => {
        lastSeen = Date.now();
        if (m.kind === "input") {
          stats.inputs++;
          last = m;
        } else if (m.kind === "round") {
          stats.rounds++;
          seed = m.seed + 1;
        } else {
          const key = `${m.property}\0${m.error.split("\n")[0]}`;
          if (m.crash) stats.crashes++;
          else stats.failures++;
          if (!seen.has(key)) save(m.crash ? "crash" : "violation", m.property, m.seed, m.text, m.error);
          seen.add(key);
        }
      });
      w.on("error", (e) => {
        // A worker that cannot even start is a broken setup, not a finding: stop.
        if (!last && !stats.inputs) {
          console.error(`fuzz: the worker could not start: ${e.stack ?? e}`);
          process.exit(2);
        }
        stats.crashes++;
        save("crash", last?.property ?? "unknown", seed, last?.text ?? "", `worker died: ${e.stack ?? e}`);
        seed++;
        stop();
      });
    });
  }
  console.log(`fuzz: ${stats.inputs} inputs in ${stats.rounds} rounds (seeds ${o.seed}..${seed - 1}); ${stats.failures} property failures, ${stats.crashes} crashes, ${stats.hangs} hangs`);
  process.exitCode = stats.failures + stats.crashes + stats.hangs ? 1 : 0;
}

if (isMainThread) await main();
else await worker(workerData as Options & { startSeed: number });
