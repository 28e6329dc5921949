// Runs under OpenClaw's own Node 24 from its install dir: validates many configs in one process with the
// exact calls `openclaw config validate --json` makes (dist/config-cli-*.mjs runConfigValidate), so
// the differential test pays OpenClaw's ~1 s start-up once instead of per config.
//   node validate-many.mjs <openclaw dir> <config path>   (stdin: one JSON config per line; stdout: one verdict per line)
import { writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readdirSync } from "node:fs";

const [dir, configPath] = process.argv.slice(2);
const dist = join(dir, "dist");
const find = (prefix) => {
  const f = readdirSync(dist).find((n) => n.startsWith(prefix) && n.endsWith(".mjs"));
  if (!f) throw new Error(`no ${prefix}*.mjs in ${dist}`);
  return pathToFileURL(join(dist, f)).href;
};
const config = await import(pathToFileURL(join(dist, "config", "config.js")).href);
const { finishConfigValidationForCli } = await import(find("config-cli-validation-CsBbEalR"));
const issueFormat = await import(find("issue-format-"));
const normalize = issueFormat.i; // normalizeConfigIssues, as config-cli imports it
const rl = createInterface({ input: process.stdin });
for await (const line of rl) {
  if (!line.trim()) continue;
  writeFileSync(configPath, line);
  config.clearConfigCache?.();
  config.resetConfigRuntimeState?.();
  let out;
  try {
    const snapshot = await finishConfigValidationForCli(await config.readConfigFileSnapshotWithPluginMetadata({ observe: false, prepareValidation: "strict" }));
    out = snapshot.valid ? { valid: true, issues: [] } : { valid: false, issues: normalize(snapshot.issues).map((i) => ({ path: i.path, message: i.message })) };
  } catch (e) {
    out = { valid: false, issues: [{ path: "<oracle>", message: String(e?.message ?? e) }] };
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}
