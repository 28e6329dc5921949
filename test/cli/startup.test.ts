// What a plain lint loads at start-up beyond what any Node script loads: each Node built-in costs its
// own start-up time (node:net with its socket and stream modules ~2.5 ms, node:crypto ~1 ms), paid on
// every save and commit. Built-ins a lint rarely needs are loaded on first call (src/engine/node-lazy.ts);
// util.parseArgs (~0.8 ms) is replaced by src/cli/argv.ts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, emptyHome, ensureBuilt, ROOT } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "oql-startup-"));
const probe = join(dir, "probe.cjs");
const empty = join(dir, "empty.js");
writeFileSync(probe, `process.on("exit", () => require("fs").writeSync(2, "\\n@@" + JSON.stringify(process.moduleLoadList) + "\\n"));\n`);
writeFileSync(empty, "");

/** The internal modules a run loaded, from process.moduleLoadList. */
function loaded(args: string[]): Set<string> {
  const env: Record<string, string | undefined> = { ...process.env, HOME: emptyHome(), OPENCLAW_QWEN_LINT_CACHE: "0" };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ["-r", probe, ...args], { encoding: "utf8", env });
  const line = r.stderr.split("\n").find((l) => l.startsWith("@@"));
  expect(line, r.stderr).toBeDefined();
  return new Set(JSON.parse(line!.slice(2)) as string[]);
}

beforeAll(() => ensureBuilt());

describe("start-up", () => {
  it("a lint loads no socket, stream, crypto, thread, process, os, module-loader or parseArgs modules (SARIF fingerprints too: src/engine/sha256.ts)", () => {
    const base = loaded([empty]);
    for (const format of ["json", "stylish", "compact", "sarif"]) {
      const extra = [...loaded([BIN, "--format", format, join(ROOT, "examples", "openclaw.json5")])].filter((m) => !base.has(m));
      for (const heavy of ["NativeModule net", "NativeModule stream", "NativeModule crypto", "NativeModule worker_threads", "NativeModule child_process", "NativeModule tty", "NativeModule os", "NativeModule module", "NativeModule internal/util/parse_args/parse_args"])
        expect(extra, `${format}: ${heavy}`).not.toContain(heavy);
    }
  });
});

describe("terminal detection without node:tty", () => {
  const bundleIo = join(ROOT, "dist", "cli", "io.js");
  const ask = `import(${JSON.stringify(bundleIo)}).then((m) => process.stderr.write("@" + m.isTerminal(1) + "/" + require("node:tty").isatty(1) + "@"))`;
  const answer = (s: string) => /@(\w+)\/(\w+)@/.exec(s)?.slice(1);

  it("agrees with node:tty for a pipe, a file and /dev/null", () => {
    expect(answer(spawnSync(process.execPath, ["-e", ask], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).stderr)).toEqual(["false", "false"]);
    expect(answer(spawnSync("bash", ["-c", `${JSON.stringify(process.execPath)} -e '${ask}' > /dev/null`], { encoding: "utf8" }).stderr)).toEqual(["false", "false"]);
    expect(answer(spawnSync("bash", ["-c", `${JSON.stringify(process.execPath)} -e '${ask}' > ${JSON.stringify(join(dir, "out.txt"))}`], { encoding: "utf8" }).stderr)).toEqual(["false", "false"]);
  });

  it("agrees with node:tty on a pseudo-terminal (script from bsdutils)", () => {
    const r = spawnSync("script", ["-qc", `${JSON.stringify(process.execPath)} -e '${ask}'`, "/dev/null"], { encoding: "utf8" });
    expect(r.error, "`script` (bsdutils) is installed by .ci/run").toBeUndefined();
    expect(answer(r.stdout + r.stderr)).toEqual(["true", "true"]);
  });
});
