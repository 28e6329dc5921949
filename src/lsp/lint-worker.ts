// The language server lints in this worker thread, so a lint that runs too long can be stopped
// (the worker is terminated and replaced) and a rule that throws cannot take the server with it.
// Requests carry the texts of open documents; everything else is read from disk. With a state dir
// (initializationOptions.stateDir or the setting), configs are linted with that OpenClaw installation:
// its reader is loaded only then, and the installation is re-read at most every INSTALL_TTL_MS, so
// typing does not re-read the database on every keystroke but a new key or cron job shows up soon.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { parentPort } from "node:worker_threads";
import { Catalog, catalogFor, defaultCatalog } from "../catalog/index.js";
import { fsHost, type FileHost } from "../engine/include.js";
import { lintText, type ToolConfig } from "../engine/linter.js";
import type { FileResult } from "../report.js";
import type { OpenedInstallation } from "../install/api.js";

export interface LintRequest {
  id: number;
  path: string;
  /** Open documents (absolute path, text, version); the root is one of them. */
  open: [string, string, number][];
  config?: ToolConfig;
  env: Record<string, string | undefined>;
  /** The OpenClaw state directory to lint with (absolute), when the editor named one. */
  stateDir?: string;
}

export type LintReply =
  | { id: number; kind: "started" }
  | { id: number; kind: "done"; result: FileResult; read: string[]; versions: [string, number][]; note?: string }
  | { id: number; kind: "error"; message: string };

const catalogs = new Map<string, Catalog>();
function catalogOf(config: ToolConfig | undefined): { catalog: Catalog; note?: string } {
  const key = JSON.stringify(config?.catalog ?? null);
  const cached = catalogs.get(key);
  if (cached) return { catalog: cached };
  try {
    const catalog = catalogFor(config?.catalog);
    catalogs.set(key, catalog);
    return { catalog };
  } catch (e) {
    return { catalog: defaultCatalog(), note: `catalog additions of the project config ignored: ${(e as Error).message}` };
  }
}

export const INSTALL_TTL_MS = 2000;
let opened: { stateDir: string; at: number; value: OpenedInstallation; problems: string } | undefined;

/** The installation for `stateDir`, re-read when older than INSTALL_TTL_MS; `note` says what could not be read, once per change. */
async function installationFor(stateDir: string, env: LintRequest["env"]): Promise<{ value: OpenedInstallation; note?: string }> {
  if (opened?.stateDir === stateDir && Date.now() - opened.at < INSTALL_TTL_MS) return { value: opened.value };
  const { openInstallation } = await import("../install/api.js");
  // The Gateway's working directory is unknown to an editor: the state dir stands in for it.
  const value = openInstallation({ stateDir, env, cwd: stateDir });
  // A missing database is a config-only setup, said once like any other problem.
  const problems = value.problems.map((p) => p.message).join("; ");
  const changed = opened?.stateDir !== stateDir || opened.problems !== problems;
  opened = { stateDir, at: Date.now(), value, problems };
  return { value, note: changed && problems ? `installation ${stateDir}: ${problems}` : undefined };
}

/** One lint, as the server asks for it; also used in the server's thread when no worker can start. */
export async function runLint(req: LintRequest): Promise<LintReply> {
  const open = new Map(req.open.map(([p, t, v]) => [resolve(p), { text: t, version: v }]));
  const read = new Set<string>();
  const versions: [string, number][] = [];
  const host: FileHost = {
    readFile: (p) => {
      const abs = resolve(p);
      read.add(abs);
      const doc = open.get(abs);
      if (doc) return (versions.push([abs, doc.version]), doc.text);
      return fsHost.readFile(abs);
    },
    size: (p) => {
      const abs = resolve(p);
      read.add(abs);
      const doc = open.get(abs);
      return doc ? Buffer.byteLength(doc.text, "utf8") : statSync(abs).size;
    },
  };
  try {
    const root = open.get(resolve(req.path));
    if (!root) return { id: req.id, kind: "error", message: `${req.path} is not open` };
    const { catalog, note } = catalogOf(req.config);
    const install = req.stateDir ? await installationFor(req.stateDir, req.env) : undefined;
    const result = lintText(root.text, { filePath: req.path, host, config: req.config, catalog, env: req.env, installation: install?.value });
    versions.push([resolve(req.path), root.version]);
    read.delete(resolve(req.path));
    const notes = [note, install?.note].filter(Boolean).join("\n");
    return { id: req.id, kind: "done", result, read: [...read], versions, note: notes || undefined };
  } catch (e) {
    return { id: req.id, kind: "error", message: (e as Error)?.stack ?? String(e) };
  }
}

parentPort?.on("message", async (req: LintRequest) => {
  parentPort!.postMessage({ id: req.id, kind: "started" } satisfies LintReply);
  parentPort!.postMessage(await runLint(req));
});
