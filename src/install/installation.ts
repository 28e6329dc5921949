// An OpenClaw installation as the Gateway sees it: where the state directory and config are, the keys in
// the state database and in the .env files OpenClaw loads, the OpenClaw and plugin versions installed, and
// the cron jobs. Read-only; nothing here writes, locks or keeps a file open. Paths follow OpenClaw 2026.9.6
// (src/config/paths.ts, src/infra/dotenv*.ts, src/state/openclaw-state-db.paths.ts).
//
// Loaded only when an installation is linted (dynamic import), so a plain config lint does not pay for it.
import { existsSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { readDotenvFile, type EnvEntry } from "./dotenv.js";
import { effectiveHome, expandHome } from "./home.js";
import { Secret } from "./secret.js";
import { readServiceEnv } from "./service-env.js";
import { readDatabase, SqliteError, type Database, type Row } from "./sqlite.js";

export type Env = Record<string, string | undefined>;

export interface LocateOptions {
  /** --state-dir: the state directory (OPENCLAW_STATE_DIR). */
  stateDir?: string;
  env?: Env;
  /** Working directory of the Gateway (default: process.cwd()); its .env is checked for ignored credentials. */
  cwd?: string;
}

export interface Location {
  stateDir: string;
  /** Why this state directory: the option, $OPENCLAW_STATE_DIR, or the default ~/.openclaw. */
  stateDirFrom: "option" | "env" | "default";
  configPath: string;
  dbPath: string;
  home: string;
  cwd: string;
  /** Whether OpenClaw reads ~/.config/openclaw/gateway.env for this state dir (only for the default one). */
  readsGatewayEnv: boolean;
}

export { effectiveHome };

/** Where the installation lives, exactly as OpenClaw resolves it. */
export function locate(opts: LocateOptions = {}): Location {
  const env = opts.env ?? process.env;
  const home = effectiveHome(env);
  const cwd = opts.cwd ?? process.cwd();
  const fromEnv = env.OPENCLAW_STATE_DIR?.trim();
  let stateDir: string;
  let stateDirFrom: Location["stateDirFrom"];
  if (opts.stateDir !== undefined) [stateDir, stateDirFrom] = [expandHome(opts.stateDir, home, cwd), "option"];
  else if (fromEnv) [stateDir, stateDirFrom] = [expandHome(fromEnv, home), "env"];
  else {
    // ~/.openclaw, or the legacy ~/.clawdbot when only that exists.
    const next = join(home, ".openclaw");
    const legacy = join(home, ".clawdbot");
    stateDir = !existsSync(next) && existsSync(legacy) ? legacy : next;
    stateDirFrom = "default";
  }
  const override = opts.stateDir === undefined ? env.OPENCLAW_CONFIG_PATH?.trim() : undefined;
  const configPath = override ? expandHome(override, home) : join(stateDir, "openclaw.json");
  // OpenClaw reads gateway.env only when the state .env is the default ~/.openclaw/.env.
  const readsGatewayEnv = stateDirFrom === "default" || resolve(stateDir, ".env") === resolve(home, ".openclaw", ".env");
  return { stateDir, stateDirFrom, configPath, dbPath: join(stateDir, "state", "openclaw.sqlite"), home, cwd, readsGatewayEnv };
}

/** `~/.openclaw/.env` under the home directory, else relative to the working directory when inside it, else absolute. */
export function displayPath(path: string, home: string, cwd?: string): string {
  if (path.startsWith(home + sep)) return `~/${path.slice(home.length + 1).split(sep).join("/")}`;
  if (cwd && path.startsWith(cwd + sep)) return path.slice(cwd.length + 1).split(sep).join("/");
  return path;
}

// ---- what the installation holds ------------------------------------------------------------------

/** Where a credential sits: a line of a text file, or a JSON path inside a database row. */
export type SourceLocation =
  | { kind: "file"; file: string; display: string; line: number; column: number; endColumn: number }
  | { kind: "database"; file: string; display: string; table: string; row: string; path: string[] };

/** `~/.openclaw/.env:3` or `state/openclaw.sqlite authProfiles.store qwen:default`. */
export function describeLocation(l: SourceLocation): string {
  return l.kind === "file" ? `${l.display}:${l.line}` : `${l.display} ${l.row} ${l.path.join(".")}`;
}

export interface EnvFile {
  path: string;
  display: string;
  /**
   * state: $OPENCLAW_STATE_DIR/.env; gateway: ~/.config/openclaw/gateway.env; workspace: .env in the working
   * directory; service: what OpenClaw's daemon installer wrote for the Gateway service (the systemd unit's
   * Environment= lines and EnvironmentFile, the launchd plist's EnvironmentVariables: service-env.ts).
   */
  role: "state" | "gateway" | "workspace" | "service";
  /** Whether OpenClaw loads it at all for this installation (gateway.env only with the default state dir). */
  loaded: boolean;
  entries: EnvEntry[];
  problem?: string;
}

export interface AuthProfile {
  id: string;
  provider: string;
  type: string;
  /** The key stored in the database (plain-text mode). */
  key?: { value: Secret; at: SourceLocation };
  /** A SecretRef stored instead (--secret-input-mode ref). */
  keyRef?: { source: string; provider: string; id: string; at: SourceLocation };
}

export interface StoreSecret {
  name: string;
  kind: string;
  value: Secret;
  at: SourceLocation;
}

export interface InstalledPlugin {
  id: string;
  version?: string;
  origin?: string;
  enabled?: boolean;
  packageName?: string;
}

export interface CronJob {
  id: string;
  name: string;
  enabled: boolean;
  payloadKind: string;
  job: unknown;
  at: SourceLocation;
}

export interface Versions {
  /** OpenClaw version, and where it was learned. */
  openclaw?: { version: string; from: "installed-index" | "schema-meta" };
  plugins: InstalledPlugin[];
}

export interface InstallationProblem {
  /** missing-db is not a problem for a config-only setup; the others mean the database was not read. */
  code: "missing-db" | "unreadable-db" | "locked-db" | "newer-schema" | "corrupt-db" | "bad-row" | "env-file";
  message: string;
  file: string;
}

export interface Installation extends Location {
  configExists: boolean;
  dbRead: boolean;
  /** schema_meta.schema_version (and PRAGMA user_version). */
  schemaVersion?: number;
  profiles: AuthProfile[];
  secrets: StoreSecret[];
  envFiles: EnvFile[];
  versions: Versions;
  cronJobs: CronJob[];
  problems: InstallationProblem[];
}

/** Newest state schema this reader was checked against (OpenClaw 2026.9.6 writes 18). */
export const KNOWN_SCHEMA_VERSION = 18;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function parseJson(text: unknown): unknown {
  if (typeof text !== "string") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function readInstallation(opts: LocateOptions = {}): Installation {
  const loc = locate(opts);
  const inst: Installation = {
    ...loc,
    configExists: existsSync(loc.configPath),
    dbRead: false,
    profiles: [],
    secrets: [],
    envFiles: [],
    versions: { plugins: [] },
    cronJobs: [],
    problems: [],
  };
  readEnvFiles(inst);
  readServiceFiles(inst, opts.env ?? process.env);
  readStateDb(inst);
  return inst;
}

function readEnvFiles(inst: Installation): void {
  const files: { path: string; role: EnvFile["role"]; loaded: boolean }[] = [
    { path: join(inst.stateDir, ".env"), role: "state", loaded: true },
    { path: join(inst.home, ".config", "openclaw", "gateway.env"), role: "gateway", loaded: inst.readsGatewayEnv },
    { path: join(inst.cwd, ".env"), role: "workspace", loaded: true },
  ];
  const seen = new Set<string>();
  for (const f of files) {
    const r = readDotenvFile(f.path);
    if (!r.ok) {
      if (r.reason !== "missing")
        inst.problems.push({
          code: "env-file",
          file: f.path,
          message: `${displayPath(f.path, inst.home, inst.cwd)} was not read: ${r.reason === "too-large" ? "larger than 1 MiB, which OpenClaw skips too" : r.reason === "not-regular" ? "not a regular file" : `unreadable (${r.detail ?? "error"})`}`,
        });
      continue;
    }
    // The working directory may be the state directory itself: one file, read once, in its first role.
    if (seen.has(r.realPath)) continue;
    seen.add(r.realPath);
    inst.envFiles.push({ path: f.path, display: displayPath(f.path, inst.home, inst.cwd), role: f.role, loaded: f.loaded, entries: r.entries });
  }
}

/** The service's own environment, for the default state dir's service (the one `openclaw gateway install` manages). */
function readServiceFiles(inst: Installation, env: Env): void {
  // OpenClaw installs a service only for the default state dir ("service management skipped: non-default
  // state dir or config path"), so another state dir has none of its own.
  if (!inst.readsGatewayEnv) return;
  for (const f of readServiceEnv(inst.home, env))
    inst.envFiles.push({ path: f.path, display: displayPath(f.path, inst.home, inst.cwd), role: "service", loaded: true, entries: f.entries });
}

function readStateDb(inst: Installation): void {
  const file = inst.dbPath;
  const display = displayPath(file, inst.home, inst.cwd);
  const problem = (code: InstallationProblem["code"], message: string) => inst.problems.push({ code, file, message });
  try {
    readDatabase(file, (db) => {
      // A retry starts over: nothing from an earlier attempt survives.
      inst.profiles = [];
      inst.secrets = [];
      inst.cronJobs = [];
      inst.versions = { plugins: [] };
      readFromDb(inst, db, display);
    });
    inst.dbRead = true;
  } catch (e) {
    if (!(e instanceof SqliteError)) throw e;
    const where = display;
    if (e.code === "missing") problem("missing-db", `${where} does not exist (OpenClaw has not been onboarded here, or the state directory is another one: --state-dir)`);
    else if (e.code === "busy") problem("locked-db", `${where} could not be read consistently: a Gateway kept writing to it; the config was linted without it. Run again.`);
    else if (e.code === "unsupported") problem("newer-schema", `${where} uses a format this linter cannot read (${e.message.replace(file, "the file")}); the config was linted without it.`);
    else if (e.code === "io") problem("unreadable-db", `${where} cannot be read (${e.message.replace(file, "the file")}); the config was linted without it.`);
    else problem("corrupt-db", `${where} is not a readable SQLite database (${e.message.replace(file, "the file")}); the config was linted without it.`);
  }
}

/** Where a row sits and how to say a row was skipped, for the readers below. */
interface DbScope {
  inst: Installation;
  db: Database;
  display: string;
  /** A JSON path inside a config_machine_state row. */
  at(row: string, path: string[]): SourceLocation;
  badRow(row: string): void;
}

function readFromDb(inst: Installation, db: Database, display: string): void {
  const file = inst.dbPath;
  const scope: DbScope = {
    inst,
    db,
    display,
    at: (row, path) => ({ kind: "database", file, display, table: "config_machine_state", row, path }),
    badRow: (row) => inst.problems.push({ code: "bad-row", file, message: `${display} ${row} is not the JSON OpenClaw writes; it was skipped.` }),
  };
  readSchemaMeta(scope);
  const state = new Map<string, Row>((db.rows("config_machine_state") ?? []).map((r) => [String(r.state_key), r]));
  readAuthProfiles(scope, state.get("authProfiles.store"));
  readInstalledIndex(scope, state.get("plugins.installedIndex"));
  readSecretStore(scope);
  readCronJobs(scope);
}

/** The state schema version (newer than this reader knows: a warning) and the OpenClaw version that wrote it. */
function readSchemaMeta({ inst, db, display }: DbScope): void {
  const meta = db.rows("schema_meta");
  const primary = meta?.find((r) => r.meta_key === "primary") ?? meta?.[0];
  const schema = typeof primary?.schema_version === "number" ? primary.schema_version : db.userVersion || undefined;
  inst.schemaVersion = schema;
  if (typeof primary?.app_version === "string") inst.versions.openclaw = { version: primary.app_version, from: "schema-meta" };
  if (schema !== undefined && schema > KNOWN_SCHEMA_VERSION)
    inst.problems.push({
      code: "newer-schema",
      file: inst.dbPath,
      message: `${display} has state schema ${schema}, newer than ${KNOWN_SCHEMA_VERSION} (OpenClaw 2026.9.6) that this linter knows; what it reads from it may be incomplete.`,
    });
}

/** authProfiles.store: each profile's key (plain-text mode) or keyRef (--secret-input-mode ref). */
function readAuthProfiles({ inst, at, badRow }: DbScope, row: Row | undefined): void {
  if (!row) return;
  const v = parseJson(row.value_json);
  if (!isObject(v) || !isObject(v.profiles)) return badRow("authProfiles.store");
  for (const [id, p] of Object.entries(v.profiles)) {
    if (!isObject(p) || typeof p.provider !== "string") continue;
    const profile: AuthProfile = { id, provider: p.provider, type: typeof p.type === "string" ? p.type : "" };
    if (typeof p.key === "string" && p.key !== "") profile.key = { value: new Secret(p.key), at: at("authProfiles.store", [id, "key"]) };
    if (isObject(p.keyRef) && typeof p.keyRef.source === "string" && typeof p.keyRef.id === "string")
      profile.keyRef = { source: p.keyRef.source, provider: typeof p.keyRef.provider === "string" ? p.keyRef.provider : "default", id: p.keyRef.id, at: at("authProfiles.store", [id, "keyRef"]) };
    inst.profiles.push(profile);
  }
}

/** plugins.installedIndex: the OpenClaw version (host contract) and each plugin's version and origin. */
function readInstalledIndex({ inst, badRow }: DbScope, row: Row | undefined): void {
  if (!row) return;
  const v = parseJson(row.value_json);
  const idx = isObject(v) && isObject(v.index) ? v.index : undefined;
  if (!idx) return badRow("plugins.installedIndex");
  if (typeof idx.hostContractVersion === "string") inst.versions.openclaw = { version: idx.hostContractVersion, from: "installed-index" };
  const records = isObject(idx.installRecords) ? idx.installRecords : {};
  const str = (x: unknown) => (typeof x === "string" ? x : undefined);
  for (const p of Array.isArray(idx.plugins) ? idx.plugins : []) {
    if (!isObject(p) || typeof p.pluginId !== "string") continue;
    const rec = isObject(records[p.pluginId]) ? (records[p.pluginId] as Record<string, unknown>) : undefined;
    inst.versions.plugins.push({
      id: p.pluginId,
      version: str(p.packageVersion) ?? str(rec?.version),
      origin: str(p.origin),
      enabled: typeof p.enabled === "boolean" ? p.enabled : undefined,
      packageName: str(p.packageName),
    });
  }
  // An install record without a plugin record (e.g. a disabled plugin): still a version.
  for (const [id, rec] of Object.entries(records))
    if (isObject(rec) && !inst.versions.plugins.some((p) => p.id === id)) inst.versions.plugins.push({ id, version: str(rec.version), origin: str(rec.source) });
}

/** secret_store_entries (ref mode's store), without deleted entries. */
function readSecretStore({ inst, db, display }: DbScope): void {
  for (const r of db.rows("secret_store_entries") ?? []) {
    if (r.deleted_at_ms !== null && r.deleted_at_ms !== undefined) continue;
    if (typeof r.name !== "string" || typeof r.value !== "string") continue;
    inst.secrets.push({
      name: r.name,
      kind: String(r.kind),
      value: new Secret(r.value),
      at: { kind: "database", file: inst.dbPath, display, table: "secret_store_entries", row: `${String(r.scope_kind)}/${String(r.scope_id)}/${r.name}`, path: ["value"] },
    });
  }
}

/** cron_jobs: each job's JSON as OpenClaw stores it. */
function readCronJobs({ inst, db, display }: DbScope): void {
  for (const r of db.rows("cron_jobs") ?? []) {
    const id = String(r.job_id);
    inst.cronJobs.push({
      id,
      name: String(r.name),
      enabled: r.enabled === 1,
      payloadKind: String(r.payload_kind),
      job: parseJson(r.job_json),
      at: { kind: "database", file: inst.dbPath, display, table: "cron_jobs", row: id, path: [] },
    });
  }
}
