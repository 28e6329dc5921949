// The README's sample output is the real output: every code frame it shows appears in the CLI's output
// for the example, the count of the findings it leaves out is right, and the summary line is exact.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { cli, ensureBuilt, ROOT } from "./cli/run-cli.js";

beforeAll(() => ensureBuilt(), 120_000);

it("README's sample output matches `openclaw-qwen-lint examples/openclaw.json5`", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const sample = /<!-- example-output:start -->[\s\S]*?```text\n\$ node bin\/openclaw-qwen-lint\.cjs examples\/openclaw\.json5\n([\s\S]*?)```/.exec(readme)![1];
  const run = cli(["examples/openclaw.json5"], { env: { NO_COLOR: "1" } });
  expect(run.code).toBe(1);
  const [shown, rest] = sample.split(/\n {2}… /);
  // Every finding shown (header line + frame) is in the output, in that order, at the start.
  expect(run.stdout.startsWith(shown.trimEnd())).toBe(true);
  const more = Number(/^(\d+) more findings/.exec(rest)![1]);
  const shownCount = (shown.match(/^ {2}\d+:\d+ /gm) ?? []).length;
  expect((run.stdout.match(/^ {2}\d+:\d+ /gm) ?? []).length).toBe(shownCount + more);
  const summary = /^✖ .*$/m.exec(sample)![0];
  expect(run.stdout).toContain(`\n${summary}\n`);
});
