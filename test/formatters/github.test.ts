// `--format github`: workflow-command annotations, escaped like @actions/core, read back the way the
// Actions runner reads them; paths relative to the repository root; the built CLI end to end.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import github, { annotation, escapeData, escapeProperty, pathUnder } from "../../src/formatters/github.js";
import type { Diagnostic } from "../../src/report.js";
import { cli, CLI_FIXTURES, ensureBuilt } from "../cli/run-cli.js";
import { context, diagnostic, FILES, fileResult, makeProject, report, SECRET, SECRET_CORE } from "./ci-fixtures.js";

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));

/** A workflow command as the runner parses it: `::name k=v,k=v::message`. */
function parse(line: string): Command {
  const m = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line.replace(/\n$/, ""));
  if (!m) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? "").split(",").filter(Boolean)) {
    const eq = pair.indexOf("=");
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: m[1], properties, message: unescapeData(m[3]) };
}

describe("escaping", () => {
  it("escapes %, CR and LF in messages, % first", () => {
    expect(escapeData("100% done\r\nnext %0A")).toBe("100%25 done%0D%0Anext %250A");
    expect(escapeData("a: b, c")).toBe("a: b, c");
  });

  it("also escapes : and , in property values", () => {
    expect(escapeProperty("dir,1/a:b%c\r\n.json5")).toBe("dir%2C1/a%3Ab%25c%0D%0A.json5");
  });
});

describe("annotations", () => {
  const cwd = "/repo";
  const one = (d: Partial<Diagnostic>) => annotation(diagnostic(d), cwd);

  it("writes one workflow command per finding, with the rule id as title", () => {
    expect(one({ filePath: "config/openclaw.json5", range: { start: { line: 3, column: 32 }, end: { line: 3, column: 50 } } })).toBe(
      "::warning file=config/openclaw.json5,line=3,endLine=3,col=32,endColumn=50,title=legacy-provider-alias::Use qwen/qwen3.6-plus.\n",
    );
  });

  it("maps error, warning and info to ::error, ::warning and ::notice", () => {
    expect(["error", "warning", "info"].map((severity) => parse(one({ severity: severity as Diagnostic["severity"] })).command)).toEqual(["error", "warning", "notice"]);
  });

  it("round-trips %, :, , CR and LF in the path and the message", () => {
    const filePath = "odd,dir:x/100%\r\n.json5";
    const message = 'Use "qwen/qwen3.6-plus": 100% sure, really.\r\nSecond line %0A, literally.';
    const line = one({ filePath, message, ruleId: "rule:with,odd%chars" });
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\r\n]/);
    expect(parse(line)).toEqual({
      command: "warning",
      properties: { file: filePath, line: "2", endLine: "2", col: "3", endColumn: "9", title: "rule:with,odd%chars" },
      message,
    });
  });

  it("leaves the columns out of a multi-line range (GitHub takes columns only within one line)", () => {
    expect(parse(one({ range: { start: { line: 2, column: 5 }, end: { line: 4, column: 2 } } })).properties).toEqual({
      file: "openclaw.json5",
      line: "2",
      endLine: "4",
      title: "legacy-provider-alias",
    });
  });

  it("makes paths relative to the repository root and leaves stdin unattached", () => {
    expect(parse(one({ filePath: "/repo/a/openclaw.json5" })).properties.file).toBe("a/openclaw.json5");
    expect(parse(one({ filePath: "/elsewhere/openclaw.json5" })).properties.file).toBe("/elsewhere/openclaw.json5");
    expect(parse(one({ filePath: "<stdin>" })).properties).not.toHaveProperty("file");
    expect(pathUnder("/repo", "./x/../y.json5")).toBe("y.json5");
    expect(pathUnder("/repo", "../repo2/y.json5")).toBeUndefined();
  });

  it("ends with a plain summary line, and prints nothing for a clean run", () => {
    const out = github(report([fileResult("a.json5", [diagnostic({ severity: "error" }), diagnostic({ severity: "info" })]), fileResult("b.json5", [])]), context(cwd));
    const lines = out.trimEnd().split("\n");
    expect(lines.slice(0, 2).map((l) => parse(l).command)).toEqual(["error", "notice"]);
    expect(lines.slice(2)).toEqual(["✖ 2 problems (1 error, 0 warnings, 1 info)"]);
    expect(github(report([fileResult("b.json5", [])]), context(cwd))).toBe("");
  });
});

describe("github from the built CLI", () => {
  let dir: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
  beforeAll(() => {
    ensureBuilt();
    dir = makeProject();
    mkdirSync(join(dir, "odd,dir:x"));
    copyFileSync(join(CLI_FIXTURES, "alias-warning.json5"), join(dir, "odd,dir:x", "openclaw.json5"));
  }, 180_000);

  it("annotates findings in the linted file, the $include'd file and oddly named files", () => {
    const run = cli(["-f", "github", FILES.root, FILES.odd, "odd,dir:x/openclaw.json5", FILES.clean], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trimEnd().split("\n");
    const commands = lines.filter((l) => l.startsWith("::")).map(parse);
    const rest = lines.filter((l) => !l.startsWith("::"));
    expect(rest[0]).toMatch(/^✖ \d+ problems \(1 error, \d+ warnings, \d+ infos?\)$/);
    expect(lines.slice(0, commands.length).every((l) => l.startsWith("::"))).toBe(true);
    expect(commands).toContainEqual({
      command: "error",
      properties: { file: "agents.json5", line: "4", endLine: "4", col: "25", endColumn: "43", title: "model-not-on-plan" },
      message: expect.stringMatching(/^qwen3\.8-max is not served on the Coding Plan endpoint/),
    });
    expect(lines).toContain(
      `::warning file=sub dir/openclaw 100%25.json5,line=5,endLine=5,col=58,endColumn=84,title=legacy-provider-alias::"modelstudio/qwen3.6-plus" uses the compatibility alias "modelstudio"; use "qwen/qwen3.6-plus" (the canonical qwen provider id).`,
    );
    expect(lines.some((l) => l.startsWith("::warning file=odd%2Cdir%3Ax/openclaw.json5,line=5,"))).toBe(true);
    expect(commands.every((c) => !c.properties.file.includes("clean"))).toBe(true);
  });

  it("never prints the literal API key", () => {
    const run = cli(["-f", "github", FILES.root], { cwd: dir });
    expect(run.stdout).toContain("title=plaintext-api-key");
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.stdout + run.stderr).not.toContain(SECRET_CORE);
  });
});
