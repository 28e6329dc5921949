// `openclaw-qwen-lint` with no file, or --state-dir: the built command on real onboarded state dirs. Keys
// read from the database and the .env files are canaries: no byte of them may reach any output format.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../../src/formatters/index.js";
import { cli, ensureBuilt } from "../cli/run-cli.js";
import { FIXTURES } from "../helpers.js";

const DIR = join(FIXTURES, "install");
// The database key of wal-pending (sk-sp-000…0007) and two .env canaries.
const DB_KEY_TAIL = "0000000007";
const STATE_CANARY = "sk-CANARYstate0123456789abcdefABCDEF";
const WORK_CANARY = "sk-sp-CANARYwork0123456789abcdefABCD";
const leaks = (s: string) => [DB_KEY_TAIL, "CANARY", "sk-sp-0000", "sk-0000"].filter((c) => s.includes(c));

function home(fixture: string) {
  const h = mkdtempSync(join(tmpdir(), "oql-cli-inst-"));
  cpSync(join(DIR, fixture), join(h, ".openclaw"), { recursive: true });
  mkdirSync(join(h, "work"));
  return h;
}

beforeAll(() => ensureBuilt(), 120_000);

describe("openclaw-qwen-lint with no file lints the installation", () => {
  it("finds the Coding Plan key in the database against the Standard host, and the working-directory .env trap", () => {
    const h = home("wal-pending");
    writeFileSync(join(h, "work/.env"), `QWEN_API_KEY=${WORK_CANARY}\n`);
    const r = cli(["-f", "json"], { cwd: join(h, "work"), env: { HOME: h } });
    expect(r.stderr).toBe("");
    const d = JSON.parse(r.stdout).results[0].diagnostics as { ruleId: string; filePath: string; range: { start: { line: number } } }[];
    expect(d.filter((x) => x.ruleId === "api-key-plan-mismatch").map((x) => [x.filePath, x.range.start.line])).toEqual([[join(h, ".openclaw/openclaw.json"), 107]]);
    expect(d.filter((x) => x.ruleId === "workspace-dotenv-credential").map((x) => [x.filePath, x.range.start.line])).toEqual([[join(h, "work/.env"), 1]]);
  });

  it("--state-dir names the installation; a file argument alone does not read it", () => {
    const h = home("wal-pending");
    const withDir = cli(["-f", "compact", "--state-dir", join(h, ".openclaw")], { env: { HOME: "/nonexistent" } });
    expect(withDir.stdout).toContain("api-key-plan-mismatch");
    const fileOnly = cli(["-f", "compact", join(h, ".openclaw/openclaw.json")], { env: { HOME: h } });
    expect(fileOnly.stdout).not.toContain("api-key-plan-mismatch");
    // The same file checked against the installation's keys.
    const both = cli(["-f", "compact", "--state-dir", join(h, ".openclaw"), join(h, ".openclaw/openclaw.json")], { env: { HOME: "/nonexistent" } });
    expect(both.stdout).toContain("api-key-plan-mismatch");
  });

  it("a damaged database: a note on stderr, the config is still linted", () => {
    const h = home("qwen-api-key");
    writeFileSync(join(h, ".openclaw/state/openclaw.sqlite"), "SQLite format 3\0" + "\u00ff".repeat(300));
    const r = cli(["-f", "json", "--state-dir", join(h, ".openclaw")], { env: { HOME: h } });
    expect(r.stderr).toMatch(/^openclaw-qwen-lint: note: ~\/\.openclaw\/state\/openclaw\.sqlite is not a readable SQLite database .*the config was linted without it\.\n$/);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.map((x: { filePath: string }) => x.filePath)).toEqual([join(h, ".openclaw/openclaw.json")]);
  });
});

describe("no secret read from the installation reaches any output", () => {
  const h = home("wal-pending");
  writeFileSync(join(h, ".openclaw/.env"), `DASHSCOPE_API_KEY=${STATE_CANARY}\n`);
  writeFileSync(join(h, "work/.env"), `QWEN_API_KEY=${WORK_CANARY}\nOTHER_TOKEN=${WORK_CANARY}\n`);
  for (const format of FORMAT_NAMES)
    it(format, () => {
      const r = cli(["-f", format, "--color"], { cwd: join(h, "work"), env: { HOME: h } });
      expect(r.stdout).toContain("workspace-dotenv-credential");
      expect(leaks(r.stdout + r.stderr)).toEqual([]);
    });
  it("the report file and the summary (-o)", () => {
    const out = join(h, "report.sarif");
    const r = cli(["-f", "sarif", "-o", out], { cwd: join(h, "work"), env: { HOME: h } });
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
    expect(leaks(readFileSync(out, "utf8"))).toEqual([]);
  });
});
