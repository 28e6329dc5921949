// Locating and reading an installation: state dir and config path precedence as OpenClaw resolves them,
// keys in the database and in .env files with their places, versions, and secrets that never print.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { parseDotenv } from "../../src/install/dotenv.js";
import { describeLocation, locate, readInstallation } from "../../src/install/installation.js";
import { FIXTURES } from "../helpers.js";

const DIR = join(FIXTURES, "install");
const tmp = () => mkdtempSync(join(tmpdir(), "oql-inst-"));

/** A home with a copy of a fixture state dir as ~/.openclaw. */
function home(fixture: string) {
  const h = tmp();
  cpSync(join(DIR, fixture), join(h, ".openclaw"), { recursive: true });
  return h;
}

describe("locate", () => {
  it("--state-dir, then $OPENCLAW_STATE_DIR, then ~/.openclaw; the config from $OPENCLAW_CONFIG_PATH or DIR/openclaw.json", () => {
    const h = tmp();
    expect(locate({ env: { HOME: h }, cwd: "/w" })).toMatchObject({ stateDir: join(h, ".openclaw"), stateDirFrom: "default", configPath: join(h, ".openclaw/openclaw.json"), dbPath: join(h, ".openclaw/state/openclaw.sqlite"), readsGatewayEnv: true });
    expect(locate({ env: { HOME: h, OPENCLAW_STATE_DIR: "~/oc" }, cwd: "/w" })).toMatchObject({ stateDir: join(h, "oc"), stateDirFrom: "env", configPath: join(h, "oc/openclaw.json"), readsGatewayEnv: false });
    expect(locate({ env: { HOME: h, OPENCLAW_STATE_DIR: "/x", OPENCLAW_CONFIG_PATH: "/c/oc.json5" }, cwd: "/w" })).toMatchObject({ stateDir: "/x", configPath: "/c/oc.json5" });
    // The option names the installation: its own openclaw.json, not $OPENCLAW_CONFIG_PATH.
    expect(locate({ stateDir: "rel", env: { HOME: h, OPENCLAW_STATE_DIR: "/x", OPENCLAW_CONFIG_PATH: "/c/oc.json5" }, cwd: "/w" })).toMatchObject({ stateDir: "/w/rel", stateDirFrom: "option", configPath: "/w/rel/openclaw.json" });
    // OPENCLAW_HOME wins over HOME; the state dir set to the default path still reads gateway.env.
    expect(locate({ env: { HOME: "/h", OPENCLAW_HOME: h, OPENCLAW_STATE_DIR: join(h, ".openclaw") }, cwd: "/w" })).toMatchObject({ home: h, readsGatewayEnv: true });
  });

  it("the legacy ~/.clawdbot when only it exists", () => {
    const h = tmp();
    mkdirSync(join(h, ".clawdbot"));
    expect(locate({ env: { HOME: h } }).stateDir).toBe(join(h, ".clawdbot"));
    mkdirSync(join(h, ".openclaw"));
    expect(locate({ env: { HOME: h } }).stateDir).toBe(join(h, ".openclaw"));
  });
});

describe("readInstallation", () => {
  it("the plain-text key, where it sits, the versions", () => {
    const h = home("qwen-api-key");
    const inst = readInstallation({ env: { HOME: h }, cwd: h });
    expect(inst.problems).toEqual([]);
    expect(inst.dbRead && inst.configExists).toBe(true);
    expect(inst.profiles).toHaveLength(1);
    const p = inst.profiles[0];
    expect(p).toMatchObject({ id: "qwen:default", provider: "qwen", type: "api_key" });
    expect(p.key!.value.reveal()).toBe("sk-sp-00000000000000000000000000000001");
    expect(describeLocation(p.key!.at)).toBe("~/.openclaw/state/openclaw.sqlite authProfiles.store qwen:default.key");
    expect(inst.versions.openclaw).toEqual({ version: "2026.9.6", from: "installed-index" });
    expect(inst.versions.plugins.find((x) => x.id === "qwen")).toMatchObject({ version: "2026.9.4", origin: "global", packageName: "@openclaw/qwen-provider" });
    expect(inst.schemaVersion).toBe(18);
  });

  it("ref mode: a keyRef, and the key from ~/.openclaw/.env with its line", () => {
    const h = home("qwen-token-plan-ref");
    writeFileSync(join(h, ".openclaw/.env"), "# keys\nOTHER=1\nQWEN_TOKEN_PLAN_API_KEY=sk-sp-00000000000000000000000000000005\n");
    mkdirSync(join(h, ".config/openclaw"), { recursive: true });
    writeFileSync(join(h, ".config/openclaw/gateway.env"), "QWEN_API_KEY=sk-0000000000000000000000000000000a\n");
    const inst = readInstallation({ env: { HOME: h }, cwd: "/" });
    expect(inst.profiles[0].keyRef).toMatchObject({ source: "env", provider: "default", id: "QWEN_TOKEN_PLAN_API_KEY" });
    expect(inst.profiles[0].key).toBeUndefined();
    const state = inst.envFiles.find((f) => f.role === "state")!;
    expect(state.display).toBe("~/.openclaw/.env");
    const e = state.entries.find((x) => x.name === "QWEN_TOKEN_PLAN_API_KEY")!;
    expect([e.line, e.column, e.endColumn]).toEqual([3, 1, 63]);
    expect(inst.envFiles.find((f) => f.role === "gateway")).toMatchObject({ display: "~/.config/openclaw/gateway.env", loaded: true });
  });

  it("gateway.env is not loaded for another state dir; the working-directory .env is listed", () => {
    const h = tmp();
    const s = join(h, "custom");
    cpSync(join(DIR, "qwen-api-key-ref"), s, { recursive: true });
    mkdirSync(join(h, ".config/openclaw"), { recursive: true });
    writeFileSync(join(h, ".config/openclaw/gateway.env"), "QWEN_API_KEY=x\n");
    const w = join(h, "work");
    mkdirSync(w);
    writeFileSync(join(w, ".env"), "QWEN_API_KEY=sk-0000000000000000000000000000000b\n");
    const inst = readInstallation({ stateDir: s, env: { HOME: h }, cwd: w });
    expect(inst.envFiles.map((f) => [f.role, f.loaded])).toEqual([
      ["gateway", false],
      ["workspace", true],
    ]);
  });

  it("a missing, damaged or non-file database is a problem, not a crash", () => {
    const h = tmp();
    mkdirSync(join(h, ".openclaw"));
    expect(readInstallation({ env: { HOME: h } }).problems.map((p) => p.code)).toEqual(["missing-db"]);
    mkdirSync(join(h, ".openclaw/state"));
    writeFileSync(join(h, ".openclaw/state/openclaw.sqlite"), "SQLite format 3\0" + "x".repeat(200));
    const bad = readInstallation({ env: { HOME: h } });
    expect(bad.problems.map((p) => p.code)).toEqual(["corrupt-db"]);
    expect(bad.problems[0].message).toMatch(/^~\/\.openclaw\/state\/openclaw\.sqlite is not a readable SQLite database .*the config was linted without it\.$/);
    const h2 = tmp();
    mkdirSync(join(h2, ".openclaw/state/openclaw.sqlite"), { recursive: true });
    expect(readInstallation({ env: { HOME: h2 } }).problems.map((p) => p.code)).toEqual(["unreadable-db"]);
  });

  it("an .env that is a directory or a symlink to one is skipped with a note; a symlink to a file is read like OpenClaw does", () => {
    const h = home("qwen-api-key");
    mkdirSync(join(h, ".openclaw/.env"));
    expect(readInstallation({ env: { HOME: h }, cwd: "/" }).problems.map((p) => p.code)).toEqual(["env-file"]);
    const h2 = home("qwen-api-key");
    writeFileSync(join(h2, "real.env"), "QWEN_API_KEY=sk-0000000000000000000000000000000c\n");
    symlinkSync(join(h2, "real.env"), join(h2, ".openclaw/.env"));
    expect(readInstallation({ env: { HOME: h2 }, cwd: "/" }).envFiles[0].entries.map((e) => e.name)).toEqual(["QWEN_API_KEY"]);
  });

  it("a secret never prints: JSON, inspect, template strings", () => {
    const h = home("qwen-api-key");
    writeFileSync(join(h, ".openclaw/.env"), "QWEN_API_KEY=sk-0000000000000000000000000000000d\n");
    const inst = readInstallation({ env: { HOME: h }, cwd: "/" });
    const shown = [JSON.stringify(inst), inspect(inst, { depth: 20 }), `${inst.profiles[0].key!.value}`, String(inst.envFiles[0].entries[0].value)].join("\n");
    expect(shown).not.toMatch(/sk-(sp-)?0{20}/);
    expect(shown).toContain("[secret]");
  });
});

describe("parseDotenv", () => {
  it("dotenv's grammar: export, quotes, comments, colons, later duplicates win", () => {
    const e = parseDotenv("A=1\nexport B = 'two' # c\nC=\"x\\ny\"\nD: d\nA=3\n bad-name=1\n");
    expect(e.map((x) => [x.name, x.value.reveal(), x.line, x.column])).toEqual([
      ["B", "two", 2, 8],
      ["C", "x\ny", 3, 1],
      ["D", "d", 4, 1],
      ["A", "3", 5, 1],
    ]);
  });
});
