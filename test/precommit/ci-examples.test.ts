// The CI recipes in examples/ci/ and docs/ci.md: valid YAML/JSON, the same hook settings as
// .pre-commit-hooks.yaml, the pinned version is this package's, and every openclaw-qwen-lint command
// they contain parses and, run with the built CLI in a small project, does what the recipe expects.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCommandLine } from "../../src/cli/args.js";
import { FORMAT_NAMES } from "../../src/formatters/index.js";
import { cli, ensureBuilt, ROOT } from "../cli/run-cli.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Yaml = any;

const EXAMPLES = join(ROOT, "examples", "ci");
const DOC = readFileSync(join(ROOT, "docs", "ci.md"), "utf8");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const list = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? list(join(dir, f)) : [join(dir, f)]));
const files = list(EXAMPLES).map((f) => relative(EXAMPLES, f)).sort();
const text = (f: string) => readFileSync(join(EXAMPLES, f), "utf8");

function yaml(source: string, where: string): Yaml {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length || doc.warnings.length) throw new Error(`${where}: ${[...doc.errors, ...doc.warnings].map((e) => e.message).join("; ")}`);
  return doc.toJS();
}

/** Words of a shell command line: double and single quotes group, nothing else is interpreted. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** The arguments of every `npx --yes openclaw-qwen-lint@<version> ...`, `npx --yes github:…/openclaw-qwen-lint#<rev> ...` and hook `entry:` in a text. */
function commands(source: string): string[][] {
  const out: string[][] = [];
  for (const line of source.split("\n")) {
    const m = /(?:npx --yes (?:openclaw-qwen-lint@|github:\S+\/openclaw-qwen-lint#)\S+|entry: openclaw-qwen-lint)(.*)$/.exec(line.replace(/^\s*(?:#|- run:)\s*/, ""));
    if (m) out.push(words(m[1].replace(/\s#.*$/, "")));
  }
  return out;
}

const hooks = yaml(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8"), ".pre-commit-hooks.yaml");

describe("examples/ci", () => {
  it("has the recipes docs/ci.md links to", () => {
    expect(files).toEqual(["github-actions-annotations.yml", "github-actions-sarif.yml", "gitlab-ci.yml", "husky/pre-commit", "lintstagedrc.json", "pre-commit-config.yaml"]);
    for (const f of files) expect(DOC, f).toContain(`examples/ci/${f.startsWith("husky/") ? "" : f}`);
  });

  it("are valid YAML and JSON", () => {
    for (const f of files.filter((f) => /\.ya?ml$/.test(f))) expect(yaml(text(f), f)).toBeTypeOf("object");
    expect(JSON.parse(text("lintstagedrc.json"))).toEqual({ "{openclaw*.{json,json5},.openclaw-qwen-lint.json5}": "openclaw-qwen-lint" });
    expect(text("husky/pre-commit")).toBe("npx lint-staged\n");
    for (const block of DOC.matchAll(/```(yaml|json)\n([\s\S]*?)```/g)) {
      if (block[1] === "json") JSON.parse(block[2]);
      else yaml(block[2], `docs/ci.md yaml block`);
    }
  });

  it("pin this package's version", () => {
    const pins = [...files.map(text), DOC, README].flatMap((t) => [...t.matchAll(/openclaw-qwen-lint(?:@|#v)(\d[\w.-]*\w)/g)].map((m) => m[1]));
    expect(pins.length).toBeGreaterThan(5);
    expect(new Set(pins)).toEqual(new Set([VERSION]));
  });

  it("use the hook manifest's file filter in the pre-commit recipe", () => {
    const config = yaml(text("pre-commit-config.yaml"), "pre-commit-config.yaml");
    const [hook] = config.repos[0].hooks;
    expect(hook).toMatchObject({ id: hooks[0].id, entry: hooks[0].entry, language: "node", types_or: hooks[0].types_or, files: hooks[0].files });
    expect(hook.additional_dependencies).toEqual([`openclaw-qwen-lint@${VERSION}`]);
    const commented = text("pre-commit-config.yaml").match(/^ *# - id: openclaw-qwen-lint-fix[\s\S]*$/m)![0].replace(/^( *)# ?/gm, "$1");
    expect(yaml(commented, "commented fix hook")[0]).toMatchObject({ id: hooks[1].id, entry: hooks[1].entry, files: hooks[1].files, types_or: hooks[1].types_or });
  });

  it("upload the file the SARIF step writes, with the permission upload-sarif needs", () => {
    const wf = yaml(text("github-actions-sarif.yml"), "github-actions-sarif.yml");
    const steps = wf.jobs.lint.steps;
    const lint = words(steps.find((s: Yaml) => String(s.run ?? "").includes("openclaw-qwen-lint")).run);
    const upload = steps.find((s: Yaml) => String(s.uses ?? "").startsWith("github/codeql-action/upload-sarif@"));
    expect(lint[lint.indexOf("--format") + 1]).toBe("sarif");
    expect(upload.with.sarif_file).toBe(lint[lint.indexOf("--output") + 1]);
    expect(upload.if).toBe("success() || failure()");
    expect(wf.jobs.lint.permissions["security-events"]).toBe("write");
    const gitlab = yaml(text("gitlab-ci.yml"), "gitlab-ci.yml")["openclaw-qwen-lint"];
    const junit = words(gitlab.script[0]);
    expect(gitlab.artifacts.reports.junit).toBe(junit[junit.indexOf("--output") + 1]);
  });
});

describe("recipes that work today lead", () => {
  it("README and docs/ci.md: every registry install is marked for after publishing, and comes after a git URL one", () => {
    for (const [name, doc] of [["README.md", README], ["docs/ci.md", DOC]] as const) {
      const firstGit = doc.search(/github:<owner>\/openclaw-qwen-lint#|repo: https:\/\/github\.com\/<owner>\/openclaw-qwen-lint/);
      const firstRegistry = doc.search(/openclaw-qwen-lint@\d/);
      expect(firstGit, name).toBeGreaterThan(0);
      expect(firstRegistry, name).toBeGreaterThan(firstGit);
      expect(doc.slice(Math.max(0, firstRegistry - 600), firstRegistry), name).toMatch(/after (the package is )?publish/i);
    }
    for (const f of files.filter((f) => f.startsWith("github-") || f.startsWith("gitlab"))) expect(text(f).replace(/^\s*#.*$/gm, ""), f).not.toMatch(/npx --yes openclaw-qwen-lint@/);
  });
  it("the README has one section for editors, pre-commit and CI", () => {
    expect(README.match(/^## .*(pre-commit|CI)/gim)).toEqual(["## Editors, pre-commit and CI"]);
  });
});

describe("CI globs and the pre-commit hook check the same files", () => {
  // Paths of a dotfiles repository: OpenClaw's own folder is a top-level dot folder.
  const tree = [".openclaw/openclaw.json", "openclaw.json", "openclaw.json5", "deploy/openclaw.prod.json5", "a/.openclaw/openclaw.json5", "openclaw-staging.json",
    ".openclaw-qwen-lint.json5", "sub/.openclaw-qwen-lint.json5", ".openclaw-qwen-lint.json", "x.openclaw-qwen-lint.json5", "package.json", "myopenclaw.json",
    "openclaw.json5.bak", "openclaw/settings.json", "openclaw.jsonc", ".config/openclaw.json"];
  it.each([...new Set([...files.map(text), DOC, README].flatMap(commands).flatMap((a) => a.filter((w) => w.includes("*"))))])("%s", (glob) => {
    const dir = mkdtempSync(join(tmpdir(), "oql-ci-globs-"));
    for (const f of tree) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), f.includes("openclaw-qwen-lint") ? "{}\n" : '{ agents: { defaults: { model: "qwen/qwen3.8-max" } } }\n');
    }
    const re = new RegExp(hooks[0].files);
    const expected = tree.filter((f) => re.test(f) && /\.json5?$/.test(f)).sort();
    const run = cli(["-f", "json", glob], { cwd: dir });
    expect(JSON.parse(run.stdout).results.map((r: Yaml) => r.filePath).sort()).toEqual(expected);
    expect(expected).toContain(".openclaw/openclaw.json");
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("the commands in the recipes", () => {
  const all = [...files.map(text), DOC, README].flatMap(commands);
  let dir: string;

  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), "oql-ci-examples-"));
    const write = (rel: string, s: string) => {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), s);
    };
    const codingPlan = (model: string) =>
      `{\n  agents: { defaults: { model: { primary: "qwen/${model}" } } },\n  plugins: { entries: { qwen: { enabled: true } } },\n  auth: { profiles: { "qwen:default": { provider: "qwen", mode: "api_key" } } },\n  models: { providers: { qwen: { baseUrl: "https://coding-intl.dashscope.aliyuncs.com/v1", api: "openai-completions", models: [] } } },\n}\n`;
    write("deploy/openclaw.json5", codingPlan("qwen3.8-max"));
    write("openclaw.json", codingPlan("qwen3.7-plus"));
    write("node_modules/some-package/openclaw.json", "not JSON5 at all");
    write(".openclaw-qwen-lint.json5", '{ rules: { "daemon-env": "off" } }\n');
    write("settings.json", "{}\n");
  }, 180_000);

  it("are found: the workflows, the GitLab job and the docs", () => {
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.map((a) => a[a.indexOf("--format") + 1]).filter(Boolean)).toEqual(expect.arrayContaining(["sarif", "github", "junit"]));
  });

  it("use only options the CLI accepts and formats it has", () => {
    for (const args of all) {
      const parsed = parseCommandLine(args);
      expect(parsed.kind, args.join(" ")).toBe("lint");
      if (parsed.kind === "lint") expect(FORMAT_NAMES).toContain(parsed.args.format);
    }
  });

  it("lint every OpenClaw config of the project and fail on the error", () => {
    for (const args of all.filter((a) => a.some((w) => w.includes("*")))) {
      const output = args.includes("--output") ? args[args.indexOf("--output") + 1] : undefined;
      const run = cli(args, { cwd: dir });
      expect(run.code, `${args.join(" ")}\n${run.stderr}`).toBe(1);
      const report = output ? readFileSync(join(dir, output), "utf8") : run.stdout;
      expect(report, args.join(" ")).toContain("model-not-on-plan");
      expect(report).toContain("deploy/openclaw.json5");
      expect(report).not.toContain("node_modules");
      if (output) expect(existsSync(join(dir, output))).toBe(true);
    }
    const json = JSON.parse(cli(["-f", "json", "**/{openclaw*.{json,json5},.openclaw-qwen-lint.json5}"], { cwd: dir }).stdout);
    expect(json.results.map((r: Yaml) => r.filePath)).toEqual([".openclaw-qwen-lint.json5", "deploy/openclaw.json5", "openclaw.json"]);
  });
});
