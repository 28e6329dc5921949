#!/usr/bin/env node
// What changed for Qwen across published OpenClaw versions, read from the npm tarballs themselves
// (`npm pack openclaw@X`, `npm pack @openclaw/qwen-provider@X`), not typed by hand:
//   - where the Qwen provider lives: a core extension (dist/extensions/<modelstudio|qwen>) or the external
//     @openclaw/qwen-provider plugin;
//   - the provider ids it declares, and whether the Token Plan provider (qwen-token-plan) exists;
//   - whether qwen3.6-plus is in its catalog and whether the Coding Plan filters it
//     (isQwen36PlusSupportedBaseUrl: `return true` means no filter);
//   - the Standard-only model ids (QWEN_STANDARD_ONLY_MODEL_IDS);
//   - which of agents.defaults.videoGenerationModel (retired) and agents.defaults.mediaModels (its
//     successor) the config schema accepts: a key of the zod object schema in dist/zod-schema*.js
//     (`videoGenerationModel: AgentToolModelSchema.optional()`); doctor's migration code still names the
//     retired key long after the schema dropped it, so a mention elsewhere in the dist proves nothing.
//
//   node scripts/version-history.mjs [--versions 2026.4.29,2026.9.6] [--plugin 2026.9.4,...]
//
// Tarballs are cached in ~/.cache/oql-upstream/packs (45 MB each). Writes scripts/data/openclaw-version-history.json;
// `npm run generate` is not needed: src/generated/version-history.ts is written here too.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1].split(",") : def;
};
const versions = opt("--versions", ["2026.1.29", "2026.2.26", "2026.3.31", "2026.4.1", "2026.4.29", "2026.5.28", "2026.6.11", "2026.6.35", "2026.7.35", "2026.8.2", "2026.9.1", "2026.9.6"]);
const plugins = opt("--plugin", ["2026.8.1-beta.2", "2026.8.1-beta.3", "2026.9.4"]);
const cache = join(homedir(), ".cache/oql-upstream/packs");
mkdirSync(cache, { recursive: true });

function pack(spec, file) {
  const p = join(cache, file);
  if (!existsSync(p)) execFileSync("npm", ["pack", spec, "--silent", "--pack-destination", cache], { stdio: ["ignore", "ignore", "inherit"] });
  return p;
}

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.(m?js|json)$/.test(e.name) && statSync(p).size < 8e6) out.push(p);
  }
  return out;
}

/** Facts about the Qwen code in `dir` (a core extension or the plugin package). */
function qwenFacts(dir) {
  // The extension's files and the shared chunks they import from the dist root (../../models-*.js).
  const own = walk(dir).map((f) => [f, readFileSync(f, "utf8")]);
  const chunks = new Set(own.flatMap(([f, t]) => [...t.matchAll(/from "(\.\.?\/[^"]+\.js)"/g)].map((m) => resolve(dirname(f), m[1]))).filter((p) => !p.startsWith(dir) && existsSync(p)));
  const text = [...own.map(([, t]) => t), ...[...chunks].map((p) => readFileSync(p, "utf8"))].join("\n");
  const manifest = existsSync(join(dir, "openclaw.plugin.json")) ? JSON.parse(readFileSync(join(dir, "openclaw.plugin.json"), "utf8")) : {};
  const consts = Object.fromEntries([...text.matchAll(/const (\w+) = "([^"]+)";/g)].map((m) => [m[1], m[2]]));
  const fn = /function isQwen36PlusSupportedBaseUrl\((\w*)\)\s*\{([\s\S]*?)\n\}/.exec(text);
  const set = /QWEN_STANDARD_ONLY_MODEL_IDS = (?:\/\* @__PURE__ \*\/ )?new Set\(\[([\s\S]*?)\]\)/.exec(text);
  const standardOnly = set
    ? set[1]
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
        .flatMap((s) => (s.startsWith('"') ? [JSON.parse(s)] : s.startsWith("...") ? [...(/new Set\(\[([^\]]*)\]\)/.exec(text.slice(text.indexOf(`const ${s.slice(3)} =`)))?.[1] ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]) : consts[s] ? [consts[s]] : []))
    : undefined;
  return {
    pluginId: manifest.id,
    providers: manifest.providers ?? [],
    tokenPlan: text.includes('"qwen-token-plan"'),
    // Model ids the plugin drops from the catalog on Coding Plan hosts. Spring 2026:
    // `if (!isQwenCodingPlanBaseUrl(baseUrl)) return; models.filter((m) => m.id !== QWEN_36_PLUS_MODEL_ID)`;
    // 2026.9.x: isQwen36PlusSupportedBaseUrl(), which returns true (no filter).
    codingPlanRemoves: [
      ...new Set([
        ...[...text.matchAll(/isQwenCodingPlanBaseUrl\([^)]*\)\)\s*return;[\s\S]{0,200}?\.filter\(\(?(\w+)\)? => \1\.id !== (\w+)\)/g)].map((m) => consts[m[2]] ?? m[2]),
        ...(fn && !/^\s*return true;?\s*$/.test(fn[2]) && consts.QWEN_36_PLUS_MODEL_ID ? [consts.QWEN_36_PLUS_MODEL_ID] : []),
      ]),
    ],
    standardOnly,
  };
}

/** Whether the config schema chunks (dist/zod-schema*.js) declare each key as an object member. */
function schemaKeys(dist, keys) {
  const text = readdirSync(dist)
    .filter((f) => /^zod-schema.*\.m?js$/.test(f))
    .map((f) => readFileSync(join(dist, f), "utf8"))
    .join("\n");
  return Object.fromEntries(keys.map((k) => [`accepts${k[0].toUpperCase()}${k.slice(1)}`, new RegExp(`\\b${k}: *[A-Za-z_$]`).test(text)]));
}

const history = { generatedBy: "scripts/version-history.mjs", openclaw: [], plugin: [] };
for (const v of versions) {
  const tgz = pack(`openclaw@${v}`, `openclaw-${v}.tgz`);
  const tmp = mkdtempSync(join(tmpdir(), "oql-vh-"));
  execFileSync("tar", ["xzf", tgz, "-C", tmp, "package/dist", "package/package.json"]);
  const dist = join(tmp, "package/dist");
  const exts = existsSync(join(dist, "extensions")) ? readdirSync(join(dist, "extensions")) : [];
  const core = ["qwen", "modelstudio"].find((e) => exts.includes(e));
  const all = readdirSync(dist).filter((f) => /\.m?js$/.test(f)).map((f) => readFileSync(join(dist, f), "utf8")).join("\n");
  history.openclaw.push({
    version: v,
    qwen: core ? "core" : all.includes("@openclaw/qwen-provider") ? "external" : "absent",
    coreExtension: core,
    ...(core ? qwenFacts(join(dist, "extensions", core)) : {}),
    ...schemaKeys(dist, ["videoGenerationModel", "mediaModels"]),
  });
  rmSync(tmp, { recursive: true, force: true });
  console.log(JSON.stringify(history.openclaw.at(-1)));
}
for (const v of plugins) {
  const tgz = pack(`@openclaw/qwen-provider@${v}`, `openclaw-qwen-provider-${v}.tgz`);
  const tmp = mkdtempSync(join(tmpdir(), "oql-vh-"));
  execFileSync("tar", ["xzf", tgz, "-C", tmp]);
  history.plugin.push({ version: v, ...qwenFacts(join(tmp, "package")) });
  rmSync(tmp, { recursive: true, force: true });
  console.log(JSON.stringify(history.plugin.at(-1)));
}
const json = JSON.stringify(history, null, 2) + "\n";
writeFileSync(join(root, "scripts/data/openclaw-version-history.json"), json);
writeFileSync(
  join(root, "src/generated/version-history.ts"),
  `// Generated by scripts/version-history.mjs from the published npm tarballs. Do not edit.\nexport const VERSION_HISTORY = ${json.trimEnd()} as const;\n`,
);
