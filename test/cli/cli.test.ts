// The built `openclaw-qwen-lint` command end to end: exit codes, formats, inputs (files, globs,
// stdin, the default config path), flags, project configs, subcommands, and no secrets in output.
// Assertions use the rules that are settled (model-not-on-plan, legacy-provider-alias) and the
// structure of the output, not the full list of findings, which grows as rules land.
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Ajv } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/report.js";
import { rules } from "../../src/index.js";
import { cli, CLI_FIXTURES, emptyHome, ensureBuilt, ROOT, type Run } from "./run-cli.js";

const fx = (...p: string[]) => relative(ROOT, join(CLI_FIXTURES, ...p));
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, "schema", "report.schema.json"), "utf8")));

/** Parse a JSON report and check it against schema/report.schema.json. */
function report(run: Run): Report {
  const r = JSON.parse(run.stdout) as Report;
  if (!validate(r)) throw new Error(`report does not match schema/report.schema.json: ${JSON.stringify(validate.errors)}`);
  return r;
}
const json = (args: string[], opts?: Parameters<typeof cli>[1]) => {
  const run = cli(["-f", "json", ...args], opts);
  return { run, report: report(run) };
};
const ids = (r: Report) => r.results.flatMap((x) => x.diagnostics.map((d) => d.ruleId));
const noStack = (run: Run) => expect(run.stderr + run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
const MODEL_NOT_ON_PLAN = "qwen3.8-max is not served on the Coding Plan endpoint (coding-intl.dashscope.aliyuncs.com).";

beforeAll(() => ensureBuilt(), 120_000);

describe("exit codes", () => {
  it("0 for a clean config, with no output", () => {
    const r = cli([fx("clean.json5")]);
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("1 for an error finding", () => {
    expect(cli([fx("plan-error.json5")]).code).toBe(1);
  });

  it("0 when there are only warnings (default --fail-on error)", () => {
    const { run, report: r } = json([fx("alias-warning.json5")]);
    expect(run.code).toBe(0);
    expect(r.results[0].errorCount).toBe(0);
    expect(r.results[0].warningCount).toBeGreaterThan(0);
  });

  it("1 for a JSON5 syntax error (parse-error)", () => {
    const { run, report: r } = json([fx("broken.json5")]);
    expect(run.code).toBe(1);
    expect(r.results[0].diagnostics).toMatchObject([{ ruleId: "parse-error", severity: "error", range: { start: { line: 2, column: 52 } } }]);
  });

  it("2 for an unreadable file, without a stack trace", () => {
    const missing = cli([fx("does-not-exist.json5")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`openclaw-qwen-lint: cannot read ${fx("does-not-exist.json5")}: no such file\n`);
    const dir = cli([fx("project")]);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toMatch(/is a directory; pass a file/);
    noStack(missing);
    noStack(dir);
  });

  it("2 for a file that cannot be read even when others can: nothing is reported", () => {
    const r = cli([fx("plan-error.json5"), fx("nope.json5")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
});

describe("bad command lines exit 2 with the usage hint", () => {
  const cases: [string[], RegExp][] = [
    [["--bogus"], /unknown option --bogus/],
    [["--formt", "json"], /unknown option --formt; did you mean --format\?/],
    [["--format"], /option --format needs a value/],
    [["-f", "jsn", "x.json5"], /--format must be "stylish", "compact", .*"json".*, not "jsn"; did you mean "json"\?/],
    [["--fail-on", "warn", "x.json5"], /--fail-on must be "error", "warning" or "info", not "warn"; did you mean "warning"\?/],
    [["--max-warnings", "-2", "x.json5"], /--max-warnings needs a whole number of 0 or more \(or -1 for no limit\), not "-2"/],
    [["--output-fil", "r.txt", "x.json5"], /unknown option --output-fil; did you mean --output-file\?/],
    [["--stdin", "x.json5"], /--stdin reads the text from stdin: give no paths/],
    [["-o", "a", "--output-file", "b", "x.json5"], /--output and --output-file exclude each other/],
    [["--max-warnings", "lots", "x.json5"], /--max-warnings needs a whole number/],
    [["--quiet=yes"], /option --quiet does not take a value/],
    [["--plan", "coding", "x.json5"], /option --plan does not apply to linting/],
    [["rules", "--quiet"], /option --quiet does not apply to the rules command/],
    [["explain"], /explain needs a rule id/],
    [["--stdin-filename", "a.json5", "b.json5"], /--stdin-filename names the text read from stdin/],
  ];
  it.each(cases)("%j", (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Run `openclaw-qwen-lint --help` for usage\.\n$/);
    expect(r.stdout).toBe("");
    noStack(r);
  });
});

describe("formats", () => {
  it("stylish: file, location, severity, message, rule id, code frame with ^~~~, summary", () => {
    const r = cli([fx("plan-error.json5")]);
    expect(r.stdout).toBe(
      [
        fx("plan-error.json5"),
        `  3:43  error  ${MODEL_NOT_ON_PLAN} Use the Standard endpoint https://dashscope-intl.aliyuncs.com/compatible-mode/v1 with a Standard pay-as-you-go Model Studio key (sk-..., not sk-sp-) or the Token Plan as qwen-token-plan/qwen3.8-max with a Token Plan key (starts with sk-sp-), or pick a Coding Plan model such as qwen3.7-plus.  model-not-on-plan`,
        `    3 |   agents: { defaults: { model: { primary: "qwen/qwen3.8-max" } } },`,
        `      |                                           ^~~~~~~~~~~~~~~~~~`,
        ``,
        `✖ 1 problem (1 error, 0 warnings, 0 infos)`,
        ``,
      ].join("\n"),
    );
  });

  it("stylish: the fixable count", () => {
    const { report: r } = json([fx("alias-warning.json5")]);
    const fixable = r.results[0].fixableCount;
    const out = cli([fx("alias-warning.json5")]).stdout;
    if (fixable) expect(out).toContain(`  ${fixable} fixable with --fix\n`);
    else expect(out).not.toContain("fixable");
  });

  it("stylish: a finding in an $include'd file names that file and frames its line", () => {
    const r = cli([fx("include", "openclaw.json5")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`  ${fx("include", "agents.json5")}:4:25  error  ${MODEL_NOT_ON_PLAN}`);
    expect(r.stdout).toContain(`    4 |       model: { primary: "qwen/qwen3.8-max" },\n      |                         ^~~~~~~~~~~~~~~~~~\n`);
  });

  it("compact: path:line:col: severity: message [rule-id], one per line, no banner", () => {
    const r = cli(["-f", "compact", fx("plan-error.json5"), fx("alias-warning.json5")]);
    const lines = r.stdout.trimEnd().split("\n");
    for (const l of lines) expect(l).toMatch(/^[^:]+:\d+:\d+: (error|warning|info): .+ \[[a-z-]+\]$/);
    expect(lines).toContain(`${fx("plan-error.json5")}:3:43: error: ${MODEL_NOT_ON_PLAN} Use the Standard endpoint https://dashscope-intl.aliyuncs.com/compatible-mode/v1 with a Standard pay-as-you-go Model Studio key (sk-..., not sk-sp-) or the Token Plan as qwen-token-plan/qwen3.8-max with a Token Plan key (starts with sk-sp-), or pick a Coding Plan model such as qwen3.7-plus. [model-not-on-plan]`);
    expect(lines.some((l) => l.startsWith(`${fx("alias-warning.json5")}:5:58: warning: "modelstudio/qwen3.6-plus" uses the compatibility alias`) && l.endsWith("[legacy-provider-alias]"))).toBe(true);
    expect(r.stdout).not.toContain("✖");
  });

  it("json: exactly the Report type (validated against schema/report.schema.json)", () => {
    const { run, report: r } = json([fx("plan-error.json5"), fx("clean.json5")]);
    expect(run.code).toBe(1);
    expect(r.version).toBe(1);
    expect(r.tool.name).toBe("openclaw-qwen-lint");
    expect(r.tool.version).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    expect(r.tool.catalogUpdated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.results.map((x) => x.filePath)).toEqual([fx("plan-error.json5"), fx("clean.json5")]);
    expect(r.results[0].diagnostics.find((d) => d.ruleId === "model-not-on-plan")).toMatchObject({
      severity: "error",
      filePath: fx("plan-error.json5"),
      pointer: "/agents/defaults/model/primary",
      range: { start: { line: 3, column: 43 }, end: { line: 3, column: 61 } },
    });
    expect(r.results[1]).toEqual({ filePath: fx("clean.json5"), diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 });
  });

  it("colour only on request when stdout is not a terminal; --no-color wins when last", () => {
    expect(cli([fx("plan-error.json5")]).stdout).not.toContain("\u001b[");
    expect(cli(["--color", fx("plan-error.json5")]).stdout).toContain("\u001b[31merror\u001b[39m");
    expect(cli(["--color", fx("plan-error.json5")], { env: { NO_COLOR: "1" } }).stdout).toContain("\u001b[");
    expect(cli(["--color", "--no-color", fx("plan-error.json5")]).stdout).not.toContain("\u001b[");
  });
});

describe("inputs", () => {
  it("several files and a glob: expanded, sorted, de-duplicated", () => {
    const { report: r } = json([fx("clean.json5"), `${fx("")}/*.json5`, `./${fx("clean.json5")}`]);
    const paths = r.results.map((x) => x.filePath);
    expect(paths[0]).toBe(fx("clean.json5"));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.slice(1)).toEqual([...paths.slice(1)].sort());
    expect(paths).toEqual(expect.arrayContaining([fx("plan-error.json5"), fx("alias-warning.json5"), fx("broken.json5")]));
    // The glob does not descend into directories and skips dotfiles (project configs).
    expect(paths.some((p) => p.includes("/include/") || p.includes(".openclaw-qwen-lint"))).toBe(false);
  });

  it("a file named several ways (a symlink to it, a symlinked directory, a hard link is another file) is linted once", () => {
    const dir = mkdtempSync(join(tmpdir(), "oql-same-"));
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real", "a.json5"), readFileSync(fx("plan-error.json5")));
    symlinkSync(join(dir, "real", "a.json5"), join(dir, "real", "b.json5"));
    symlinkSync(join(dir, "real"), join(dir, "link"));
    linkSync(join(dir, "real", "a.json5"), join(dir, "real", "hard.json5"));
    const { report: r } = json(["real/a.json5", "real/b.json5", "link/a.json5", "link/*.json5", "real/hard.json5"], { cwd: dir });
    expect(r.results.map((x) => x.filePath)).toEqual(["real/a.json5", "link/hard.json5"]);
  });

  it("a glob that matches nothing is an error", () => {
    const r = cli([`${fx("")}/*.nothing`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`openclaw-qwen-lint: no files match ${fx("")}/*.nothing\n`);
  });

  it("- reads stdin; --stdin-filename names it and is the base for $include", () => {
    const text = readFileSync(join(CLI_FIXTURES, "include", "openclaw.json5"), "utf8");
    const named = json(["-", "--stdin-filename", fx("include", "openclaw.json5")], { input: text });
    expect(named.run.code).toBe(1);
    expect(named.report.results[0].filePath).toBe(fx("include", "openclaw.json5"));
    expect(named.report.results[0].diagnostics.find((d) => d.ruleId === "model-not-on-plan")?.filePath).toBe(fx("include", "agents.json5"));
    // The frame of the main file comes from stdin, not from the file on disk with that name.
    const plan = readFileSync(join(CLI_FIXTURES, "plan-error.json5"), "utf8");
    const shown = cli(["-", "--stdin-filename", fx("clean.json5")], { input: plan });
    expect(shown.stdout).toContain(`${fx("clean.json5")}\n  3:43  error`);
    expect(shown.stdout).toContain(`    3 |   agents: { defaults: { model: { primary: "qwen/qwen3.8-max" } } },`);
  });

  it("stdin without a name is <stdin>; --stdin-filename alone implies -", () => {
    const plan = readFileSync(join(CLI_FIXTURES, "plan-error.json5"), "utf8");
    expect(json(["-"], { input: plan }).report.results[0].filePath).toBe("<stdin>");
    expect(json(["--stdin-filename", "x/openclaw.json5"], { input: plan }).report.results[0].filePath).toBe("x/openclaw.json5");
  });

  it("--stdin-filename picks the file type: a .sh name is linted as a script, not as JSON5", () => {
    const sh = readFileSync(join(CLI_FIXTURES, "setup.sh"), "utf8");
    const asScript = json(["-", "--stdin-filename", "setup.sh"], { input: sh });
    expect(ids(asScript.report)).not.toContain("parse-error");
    expect(ids(json(["-", "--stdin-filename", "setup.json5"], { input: sh }).report)).toContain("parse-error");
    expect(ids(json([fx("setup.sh")]).report)).not.toContain("parse-error");
  });

  describe("no path: the active OpenClaw config", () => {
    it("OPENCLAW_CONFIG_PATH", () => {
      const { run, report: r } = json([], { env: { OPENCLAW_CONFIG_PATH: join(CLI_FIXTURES, "plan-error.json5") } });
      expect(run.code).toBe(1);
      expect(r.results[0].filePath).toBe(join(CLI_FIXTURES, "plan-error.json5"));
    });

    it("OPENCLAW_CONFIG_PATH pointing nowhere", () => {
      const r = cli([], { env: { OPENCLAW_CONFIG_PATH: "/nonexistent/openclaw.json" } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^openclaw-qwen-lint: OPENCLAW_CONFIG_PATH points to \/nonexistent\/openclaw\.json, which does not exist\.\nPass the config to lint/);
    });

    it("a HOME without a config: a clear message, exit 2", () => {
      const home = emptyHome();
      const r = cli([], { env: { HOME: home } });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `openclaw-qwen-lint: no OpenClaw config found at ${join(home, ".openclaw", "openclaw.json")}.\nPass the config to lint, e.g. \`openclaw-qwen-lint path/to/openclaw.json\`, or set OPENCLAW_CONFIG_PATH.\n`,
      );
      noStack(r);
    });

    it("~/.openclaw/openclaw.json, $OPENCLAW_HOME/.openclaw/openclaw.json, $OPENCLAW_STATE_DIR/openclaw.json", () => {
      const home = emptyHome();
      mkdirSync(join(home, ".openclaw"));
      copyFileSync(join(CLI_FIXTURES, "plan-error.json5"), join(home, ".openclaw", "openclaw.json"));
      expect(json([], { env: { HOME: home } }).report.results[0].filePath).toBe(join(home, ".openclaw", "openclaw.json"));
      expect(json([], { env: { HOME: emptyHome(), OPENCLAW_HOME: home } }).report.results[0].filePath).toBe(join(home, ".openclaw", "openclaw.json"));
      const state = mkdtempSync(join(tmpdir(), "oql-state-"));
      copyFileSync(join(CLI_FIXTURES, "clean.json5"), join(state, "openclaw.json"));
      const viaState = json([], { env: { HOME: home, OPENCLAW_STATE_DIR: state } });
      expect(viaState.run.code).toBe(0);
      expect(viaState.report.results[0].filePath).toBe(join(state, "openclaw.json"));
      // Blank and "undefined" count as unset, as in OpenClaw.
      expect(json([], { env: { HOME: home, OPENCLAW_CONFIG_PATH: "  ", OPENCLAW_STATE_DIR: "undefined" } }).report.results[0].filePath).toBe(join(home, ".openclaw", "openclaw.json"));
    });
  });
});

describe("flags", () => {
  it("--fail-on warning / info", () => {
    expect(cli(["--fail-on", "warning", fx("alias-warning.json5")]).code).toBe(1);
    expect(cli(["--fail-on", "warning", fx("clean.json5")]).code).toBe(0);
    // qwen3.6-plus on the Coding Plan is advice (info); what onboarding writes gets no finding at all.
    const advice = relative(ROOT, join(ROOT, "test", "fixtures", "err", "prefer-standard-endpoint.json5"));
    expect(json([advice]).report.results[0].infoCount).toBeGreaterThan(0);
    expect(json([advice]).report.results[0].warningCount).toBe(0);
    expect(cli([advice]).code).toBe(0);
    expect(cli(["--fail-on", "info", advice]).code).toBe(1);
    const onboard = relative(ROOT, join(ROOT, "test", "fixtures", "onboard", "qwen-api-key.json5"));
    expect(cli(["--fail-on", "info", onboard]).code).toBe(0);
  });

  it("--max-warnings N: exit 1 only when there are more than N warnings", () => {
    const n = json([fx("alias-warning.json5")]).report.results[0].warningCount;
    expect(cli(["--max-warnings", String(n), fx("alias-warning.json5")]).code).toBe(0);
    expect(cli(["--max-warnings", String(n - 1), fx("alias-warning.json5")]).code).toBe(1);
  });

  it("--rule id=level (repeatable) overrides the default severity", () => {
    const up = json(["--rule", "legacy-provider-alias=error", fx("alias-warning.json5")]);
    expect(up.run.code).toBe(1);
    expect(up.report.results[0].diagnostics.filter((d) => d.ruleId === "legacy-provider-alias").map((d) => d.severity)).toEqual(["error"]);
    const off = json(["--rule", "legacy-provider-alias=off", "--rule", "model-not-on-plan=info", fx("alias-warning.json5"), fx("plan-error.json5")]);
    expect(ids(off.report)).not.toContain("legacy-provider-alias");
    expect(off.report.results[1].diagnostics.find((d) => d.ruleId === "model-not-on-plan")?.severity).toBe("info");
  });

  it("--rule with an unknown id or level: exit 2 with did-you-mean", () => {
    const id = cli(["--rule", "legacy-provider-alais=off", fx("clean.json5")]);
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/^openclaw-qwen-lint: --rule: unknown rule "legacy-provider-alais"; did you mean "legacy-provider-alias"\?\n/);
    const level = cli(["--rule", "legacy-provider-alias=warn", fx("clean.json5")]);
    expect(level.code).toBe(2);
    expect(level.stderr).toMatch(/level must be off, info, warning or error, not "warn"; did you mean "warning"\?/);
    expect(cli(["--rule", "legacy-provider-alias", fx("clean.json5")]).stderr).toMatch(/--rule needs <rule-id>=<level>/);
  });

  it("--quiet shows errors only (and only they decide the exit code)", () => {
    const q = json(["--quiet", fx("plan-error.json5"), fx("alias-warning.json5")]);
    expect(q.run.code).toBe(1);
    const all = q.report.results.flatMap((r) => r.diagnostics);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((d) => d.severity === "error")).toBe(true);
    expect(q.report.results[1]).toMatchObject({ warningCount: 0, infoCount: 0 });
    expect(cli(["--quiet", "--fail-on", "warning", fx("alias-warning.json5")])).toMatchObject({ code: 0, stdout: "" });
  });

  it("-o writes the report to a file (atomically); the summary still goes to the terminal", () => {
    const dir = mkdtempSync(join(tmpdir(), "oql-out-"));
    const out = join(dir, "report.json");
    const r = cli(["-f", "json", "-o", out, fx("plan-error.json5")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("✖ 1 problem (1 error, 0 warnings, 0 infos)\n");
    expect(report({ code: 1, stdout: readFileSync(out, "utf8"), stderr: "" }).results[0].filePath).toBe(fx("plan-error.json5"));
    expect(readdirSync(dir)).toEqual(["report.json"]);
    // Stylish into a file: no colour codes even with --color.
    const s = cli(["--color", "--output", join(dir, "report.txt"), fx("plan-error.json5")]);
    expect(readFileSync(join(dir, "report.txt"), "utf8")).toContain("    3 |   agents:");
    expect(readFileSync(join(dir, "report.txt"), "utf8")).not.toContain("\u001b[");
    expect(s.stdout).toContain("\u001b[");
    const bad = cli(["-o", join(dir, "missing", "r.txt"), fx("plan-error.json5")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^openclaw-qwen-lint: cannot write .*r\.txt: no such directory\n$/);
  });

  it("--fix and --fix-dry-run together are one flag too many", () => {
    const r = cli(["--fix", "--fix-dry-run", fx("alias-warning.json5")]);
    expect(r.code).toBe(2);
    expect(readFileSync(fx("alias-warning.json5"), "utf8")).toContain('"modelstudio/qwen3.6-plus"');
  });

  it("--version and --help", () => {
    const v = cli(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^openclaw-qwen-lint \d+\.\d+\.\d+\S* \(OpenClaw config schema: openclaw \d+\.\d+\.\d+\S*; Qwen catalog: plugin \d+\.\d+\.\d+\S*, reviewed \d{4}-\d{2}-\d{2}\)\n$/);
    expect(v.stdout).toContain(`openclaw ${JSON.parse(readFileSync(join(ROOT, "scripts/data/openclaw/upstream.json"), "utf8")).openclaw};`);
    const h = cli(["--help"]);
    expect(h.code).toBe(0);
    for (const flag of ["--format", "--output", "--config", "--rule", "--fail-on", "--max-warnings", "--quiet", "--stdin-filename", "--color", "--fix", "--fix-dry-run", "--version", "rules", "explain", "catalog", "lsp"])
      expect(h.stdout).toContain(flag);
    expect(cli(["catalog", "--help"]).stdout).toMatch(/^Usage: openclaw-qwen-lint catalog/);
  });
});

describe("project config", () => {
  it("found upward from the linted file's directory: levels apply", () => {
    const { run, report: r } = json([fx("project", "sub", "openclaw.json5")]);
    expect(ids(r)).not.toContain("legacy-provider-alias");
    expect(r.results[0].diagnostics.find((d) => d.ruleId === "model-not-on-plan")?.severity).toBe("warning");
    expect(run.code).toBe(0);
    // --rule beats the project config.
    const flag = json(["--rule", "model-not-on-plan=error", fx("project", "sub", "openclaw.json5")]);
    expect(flag.report.results[0].diagnostics.find((d) => d.ruleId === "model-not-on-plan")?.severity).toBe("error");
  });

  it("found upward for stdin from --stdin-filename's directory", () => {
    const text = readFileSync(join(CLI_FIXTURES, "project", "sub", "openclaw.json5"), "utf8");
    const r = json(["-", "--stdin-filename", fx("project", "sub", "other.json5")], { input: text }).report;
    expect(ids(r)).not.toContain("legacy-provider-alias");
  });

  it("--config applies a config from anywhere", () => {
    const r = json(["--config", fx("project", ".openclaw-qwen-lint.json5"), fx("plan-error.json5")]);
    expect(r.report.results[0].diagnostics.find((d) => d.ruleId === "model-not-on-plan")?.severity).toBe("warning");
    const missing = cli(["--config", fx("nope.json5"), fx("plan-error.json5")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`openclaw-qwen-lint: invalid project config ${fx("nope.json5")}:\n${fx("nope.json5")}:1:1: cannot read the project config: no such file\n`);
  });

  it("catalog additions reach the rules", () => {
    const r = json([fx("catalog-ext", "openclaw.json5")]);
    expect(r.run.code).toBe(1);
    expect(r.report.results[0].diagnostics.find((d) => d.ruleId === "model-not-on-plan")?.message).toMatch(/^qwen9-preview is not served on the Coding Plan endpoint/);
  });

  it("invalid: every problem with file:line:col, exit 2, nothing linted", () => {
    const r = cli([fx("bad-project", "openclaw.json5")]);
    const cfg = fx("bad-project", ".openclaw-qwen-lint.json5");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      [
        `openclaw-qwen-lint: invalid project config ${cfg}:`,
        `${cfg}:3:5: unknown rule "model-not-on-pln"; did you mean "model-not-on-plan"?`,
        `${cfg}:4:30: rules["legacy-provider-alias"] must be "off", "info", "warning" or "error", not "warn"; did you mean "warning"?`,
        `${cfg}:7:84: catalog.models[0].contextWindow must be a whole number above 0, not -1`,
        `${cfg}:9:3: unknown key "extends" in the project config; allowed: $schema, rules, catalog`,
        ``,
      ].join("\n"),
    );
  });
});

describe("secrets never reach the output", () => {
  const SECRETS = ["sk-sp-4f9a1c2b3d4e5f60718293a4b5c6d7e8", "tok-1a2b3c4d5e6f7a8b9c0d", "sk-0123456789abcdef0123456789abcdef", "9c1d7e3f5a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b"];
  const leaks = (s: string) => SECRETS.filter((x) => s.includes(x) || s.includes(x.slice(4, 20)));

  it.each(["stylish", "compact", "json"])("%s", (format) => {
    const r = cli(["-f", format, "--rule", "model-not-on-plan=error", fx("secrets.json5")]);
    expect(r.code).toBe(1);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  });

  it("code frames show the redacted form on secret-bearing lines", () => {
    const out = cli([fx("secrets.json5")]).stdout;
    // Line 10 carries env.vars.QWEN_API_KEY and gateway.auth.token next to each other.
    const frame = out.split("\n").find((l) => /^\s+10 \| /.test(l));
    expect(frame).toBe(`    10 |   env: { vars: { QWEN_API_KEY: "sk-01...cdef" } }, gateway: { auth: { mode: "token", token: "9c...4a6b" } },`);
  });
});

describe("subcommands", () => {
  it("rules: every rule with severity, category, fixable, description", () => {
    const text = cli(["rules"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^RULE\s+SEVERITY\s+CATEGORY\s+FIXABLE\s+DESCRIPTION\n/);
    expect(text.stdout).toMatch(/\nmodel-not-on-plan\s+error\s+catalog\s+no\s+A model the provider's plan does not serve/);
    const asJson = JSON.parse(cli(["rules", "--format", "json"]).stdout) as { id: string; severity: string; category: string; fixable: boolean; description: string }[];
    expect(asJson.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    expect(asJson.find((r) => r.id === "legacy-provider-alias")).toMatchObject({ severity: "warning", category: "legacy", fixable: true });
  });

  it("explain: the rule's docs page; unknown id -> exit 2 with did-you-mean", () => {
    const r = cli(["explain", "model-not-on-plan"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "docs", "rules", "model-not-on-plan.md"), "utf8"));
    const bad = cli(["explain", "model-not-on-plna"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^openclaw-qwen-lint: unknown rule "model-not-on-plna"; did you mean "model-not-on-plan"\?/);
  });

  it("catalog: plans with endpoints, auth choices and models", () => {
    const r = cli(["catalog"]);
    expect(r.code).toBe(0);
    for (const s of ["== Coding Plan", "== Standard", "== Token Plan", "https://coding-intl.dashscope.aliyuncs.com/v1", "--auth-choice qwen-standard-api-key", "qwen-token-plan/qwen3.8-max"]) expect(r.stdout).toContain(s);
    const coding = JSON.parse(cli(["catalog", "--plan", "coding", "--format", "json"]).stdout);
    expect(coding.plans).toHaveLength(1);
    const plan = coding.plans[0];
    expect(plan).toMatchObject({ plan: "coding", provider: "qwen" });
    expect(plan.endpoints.map((e: { baseUrl: string }) => e.baseUrl)).toContain("https://coding-intl.dashscope.aliyuncs.com/v1");
    expect(plan.models.map((m: { ref: string }) => m.ref)).toContain("qwen/qwen3.7-plus");
    expect(plan.models.map((m: { ref: string }) => m.ref)).not.toContain("qwen/qwen3.8-max");
    expect(plan.notServed.map((m: { ref: string }) => m.ref)).toContain("qwen/qwen3.8-max");
    expect(plan.models.find((m: { ref: string }) => m.ref === "qwen/qwen3.7-plus")).toMatchObject({ input: expect.any(Array), contextWindow: expect.any(Number), maxTokens: expect.any(Number) });
    const bad = cli(["catalog", "--plan", "cod"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--plan must be coding, standard or token, not "cod"; did you mean "coding"\?/);
  });

  it("lsp: starts the language server over stdio", async () => {
    if (!existsSync(join(ROOT, "dist", "lsp", "server.js"))) return;
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, [join(ROOT, "bin", "openclaw-qwen-lint.cjs"), "lsp", "--stdio"], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const reply = await new Promise<string>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`no initialize reply; got ${out}`)), 15_000);
      child.stdout.on("data", (c: Buffer) => {
        out += c.toString();
        if (out.includes('"capabilities"')) {
          clearTimeout(timer);
          resolve(out);
        }
      });
    });
    child.kill();
    expect(reply).toMatch(/"id":1/);
  });
});

describe("write a scratch fixture", () => {
  it("a file whose name looks like a glob still lints as a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "oql-glob-"));
    const weird = join(dir, "config[1].json5");
    writeFileSync(weird, readFileSync(join(CLI_FIXTURES, "plan-error.json5"), "utf8"));
    const r = json([weird]);
    expect(r.report.results[0].filePath).toBe(weird);
    expect(r.run.code).toBe(1);
  });
});
