// Runs under OpenClaw's own Node 24 from its install dir: where OpenClaw sends each model ref of many
// configs, in one process. For every ref it asks the embedded runner's own model resolution
// (dist/model-*.mjs resolveModelAsync, what an agent turn calls before it sends a request) and prints the
// provider, api and base URL it resolved, or OpenClaw's error. No keys are in the environment, so only
// configured providers and static catalogs answer (no live discovery, no network).
//   node route-many.mjs <openclaw dir> <config path>
//   stdin: one {"config": {...}, "refs": [{"ref": "provider/model", "agent"?: "<id>"}, ...]} per line
//   stdout: one {"<agent>|<ref>": route} per line (the agent a per-agent slot belongs to; a roster of
//   several agents resolves only with one)
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, configPath] = process.argv.slice(2);
const dist = join(dir, "dist");
/** The chunk that exports resolveModelAsync (its name carries a content hash). */
const modelChunk = readdirSync(dist).find((n) => /^model-[A-Za-z0-9_-]+\.mjs$/.test(n) && readFileSync(join(dist, n), "utf8").includes("async function resolveModelAsync("));
if (!modelChunk) throw new Error(`no dist/model-*.mjs with resolveModelAsync in ${dist}`);
const exported = /export \{[^}]*\bresolveModelAsync as (\w+)/.exec(readFileSync(join(dist, modelChunk), "utf8"))?.[1];
const resolveModelAsync = (await import(pathToFileURL(join(dist, modelChunk)).href))[exported];
const config = await import(pathToFileURL(join(dist, "config", "config.js")).href);

const rl = createInterface({ input: process.stdin });
for await (const line of rl) {
  if (!line.trim()) continue;
  const { config: cfgIn, refs } = JSON.parse(line);
  writeFileSync(configPath, JSON.stringify(cfgIn));
  config.clearConfigCache?.();
  config.resetConfigRuntimeState?.();
  const out = {};
  try {
    const { snapshot } = await config.readConfigFileSnapshotWithPluginMetadata({ observe: false });
    const cfg = snapshot.runtimeConfig ?? snapshot.config;
    // A fresh agent dir per config: the prepared model runtime is cached by agent dir.
    const agentDir = mkdtempSync(join(tmpdir(), "oql-route-agent-"));
    for (const { ref, agent } of refs) {
      const i = ref.indexOf("/");
      const key = `${agent ?? ""}|${ref}`;
      try {
        const r = await resolveModelAsync(ref.slice(0, i), ref.slice(i + 1), agentDir, cfg, { allowBundledStaticCatalogFallback: true, ...(agent ? { agentId: agent } : {}) });
        out[key] = r.model ? { provider: r.model.provider, api: r.model.api, baseUrl: r.model.baseUrl } : { error: String(r.error ?? "unresolved").slice(0, 200) };
      } catch (e) {
        out[key] = { error: String(e?.message ?? e).slice(0, 200) };
      }
    }
  } catch (e) {
    for (const { ref, agent } of refs) out[`${agent ?? ""}|${ref}`] ??= { error: `config: ${String(e?.message ?? e).slice(0, 160)}` };
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}
