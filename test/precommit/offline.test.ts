// `npm test` works offline: with a registry that does not answer, the pre-commit end-to-end test is
// skipped with a note instead of failing (it would spend minutes in `npm install` and then fail).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../cli/run-cli.js";

const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;

it.skipIf(!hasPreCommit)("the pre-commit test skips with a note when the npm registry is unreachable", () => {
  // Port 9 (discard) on localhost: nothing answers, so `npm ping` fails at once.
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "vitest", "vitest.mjs"), "run", "test/precommit/precommit.test.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, npm_config_registry: "http://127.0.0.1:9/", npm_config_offline: "false" },
    timeout: 120_000,
  });
  const out = r.stdout + r.stderr;
  expect(r.status, out).toBe(0);
  expect(out).toContain("end-to-end test skipped, the npm registry is unreachable");
}, 150_000);
