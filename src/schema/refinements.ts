// OpenClaw's runtime checks that its exported JSON Schema cannot express (the superRefine/refine calls
// of its zod schema, dist/zod-schema*.mjs of OpenClaw 2026.9.6). Each one refuses the config.
import { didYouMean } from "../engine/did-you-mean.js";
import { joinPointer } from "../engine/pointer.js";
import { CHANNEL_KEYS, HEARTBEAT_TARGETS } from "../generated/openclaw.js";
import { gatewayIssues } from "./gateway-refinements.js";
import { mcpIssues } from "./mcp-refinements.js";
import { policyIssues } from "./policy-refinements.js";
import { rareIssues } from "./rare-refinements.js";
import { parseByteSize, parseDurationMs, stringified } from "./units.js";

export interface RuntimeIssue {
  pointer: string;
  /** Where to point when `pointer` is not in the file (a key that is missing). */
  fallback?: string;
  target: "key" | "value";
  message: string;
  /** The rule that reports it; invalid-value unless the issue is a key OpenClaw does not know. */
  rule?: "unknown-key";
  /**
   * "plugins": a check OpenClaw makes against its plugin registry after its schema passed (web search
   * provider, heartbeat target); it says nothing of them while the schema refuses anything else.
   * "channels": one OpenClaw makes in that same pass (an unknown channel id), reported always here but
   * hiding none of the "plugins" ones, as OpenClaw reports them together.
   */
  stage?: "plugins" | "channels";
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** OpenClaw's normalizeAgentId for valid ids: trimmed and lower-cased. */
const agentKey = (id: string) => id.trim().toLowerCase();

/** path.isAbsolute on POSIX or Windows, as OpenClaw's isAbsolutePath. */
const isAbsolute = (p: string) => p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p) || /^\\\\[^\\]+\\[^\\]+/.test(p);

/**
 * The config as OpenClaw validates it: it drops every "__proto__" key while reading (checked with
 * `openclaw config validate` in agents, gateway, hooks, channels, tools, bindings and the root), so
 * nothing under one may count as refused. The same object when there is none, which is the rule.
 */
export function withoutProto<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  let view = stripped.get(value);
  if (view === undefined) stripped.set(value, (view = hasProto(value) ? strip(value) : value));
  return view as T;
}

/** One walk per config: the schema rules and the runtime checks both ask. */
const stripped = new WeakMap<object, unknown>();

const PROTO = "__proto__";
const hasProto = (v: unknown): boolean =>
  Array.isArray(v) ? v.some(hasProto) : typeof v === "object" && v !== null && (Object.hasOwn(v, PROTO) || Object.values(v).some(hasProto));

function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip);
  if (typeof v !== "object" || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (k !== PROTO) out[k] = strip(x);
  return out;
}

export function runtimeIssues(raw: Record<string, unknown>): RuntimeIssue[] {
  // MCP server maps are the one place OpenClaw sees a "__proto__" key: it refuses it as a server name.
  const out: RuntimeIssue[] = [...mcpIssues(raw)];
  const config = withoutProto(raw);
  if (isObj(config.agents)) rosterIssues(config.agents, out);
  agentRefIssues(config, out);
  const pw = dig(config, "desktop", "host", "passwordFile");
  // A blank one is not absolute either: OpenClaw reports both (rareIssues says it is blank).
  if (typeof pw === "string" && !isAbsolute(pw.trim()))
    out.push({ pointer: "/desktop/host/passwordFile", target: "value", message: "desktop.host.passwordFile must be an absolute path; OpenClaw refuses the config." });
  catalogRefreshIssues(config, out);
  execSecretIssues(config, out);
  out.push(...unitIssues(config), ...channelIssues(config), ...policyIssues(config), ...gatewayIssues(config), ...rareIssues(config));
  return out;
}

const dig = (config: unknown, ...path: string[]) => path.reduce<unknown>((n, k) => (isObj(n) ? n[k] : undefined), config);

/** agents.entries and agents.ownership: a roster OpenClaw can assign, ids unique but for case. */
function rosterIssues(agents: Record<string, unknown>, out: RuntimeIssue[]): void {
  const entries = isObj(agents.entries) ? Object.entries(agents.entries) : [];
  // Without ownership, OpenClaw fills in the implicit "main" agent before checking; with explicit
  // ownership nothing is implied.
  if (agents.ownership === "explicit" && (agents.entries === undefined || (isObj(agents.entries) && entries.length === 0)))
    out.push({
      pointer: "/agents/entries",
      fallback: "/agents",
      target: "key",
      message: 'With agents.ownership "explicit", agents.entries must hold at least one agent, or OpenClaw refuses the config: add one, e.g. entries: { main: {} }.',
    });
  const first = new Map<string, string>();
  for (const [key] of entries) {
    const id = agentKey(key);
    const seen = first.get(id);
    if (seen === undefined) first.set(id, key);
    else
      out.push({
        pointer: joinPointer("/agents/entries", key),
        target: "key",
        message: `Agents "${seen}" and "${key}" are the same agent to OpenClaw (ids ignore case), so it refuses the config: rename one or merge them.`,
      });
  }
  const marked = entries.filter(([, e]) => isObj(e) && e.default === true).map(([k]) => k);
  if (marked.length > 1)
    out.push({
      pointer: "/agents/entries",
      target: "key",
      message: `Only one agent may carry default: true, and ${marked.length} do (${marked.join(", ")}); OpenClaw refuses the config. Keep one marker, or drop them all and set agents.ownership: "explicit".`,
    });
  if (agents.ownership === "explicit" && marked.length > 0)
    out.push({
      pointer: "/agents/ownership",
      target: "value",
      message: `agents.ownership "explicit" cannot be combined with a legacy default: true marker (on ${marked.join(", ")}); OpenClaw refuses the config. Remove the default marker.`,
    });
  if (entries.length > 1 && marked.length === 0 && agents.ownership !== "explicit")
    out.push({
      pointer: "/agents/ownership",
      // The key that is missing belongs on agents: point there, as for every missing key.
      fallback: "/agents",
      target: agents.ownership === undefined ? "key" : "value",
      message: `A roster of ${entries.length} agents needs agents.ownership: "explicit" (or one legacy default: true marker); OpenClaw refuses the config. Add ownership: "explicit" to agents (openclaw doctor does it too).`,
    });
}

/** Agent ids named elsewhere must exist (OpenClaw's root check); with no entries only "main" exists. */
function agentRefIssues(config: Record<string, unknown>, out: RuntimeIssue[]): void {
  const agents = config.agents;
  const ids = new Set(isObj(agents) && isObj(agents.entries) && Object.keys(agents.entries).length ? Object.keys(agents.entries).map(agentKey) : ["main"]);
  const refs: [string[], unknown][] = [
    [["agents", "defaults", "heartbeat", "agentId"], dig(config, "agents", "defaults", "heartbeat", "agentId")],
    [["agents", "defaults", "systemAgent", "agentId"], dig(config, "agents", "defaults", "systemAgent", "agentId")],
    [["talk", "agentId"], dig(config, "talk", "agentId")],
  ];
  if (Array.isArray(config.bindings) && isObj(agents) && isObj(agents.entries) && Object.keys(agents.entries).length)
    config.bindings.forEach((b, i) => {
      if (isObj(b) && b.agentId !== "main") refs.push([["bindings", String(i), "agentId"], b.agentId]);
    });
  for (const [path, id] of refs)
    if (typeof id === "string" && !ids.has(agentKey(id)))
      out.push({ pointer: joinPointer("", ...path), target: "value", message: `${path.join(".").replace(/\.(\d+)\./, "[$1].")} names agent "${id}", which is not in agents.entries; OpenClaw refuses the config. Use one of: ${[...ids].join(", ")}.` });
}

function catalogRefreshIssues(config: Record<string, unknown>, out: RuntimeIssue[]): void {
  const refresh = isObj(config.models) && isObj(config.models.catalogRefresh) ? config.models.catalogRefresh : undefined;
  if (!refresh || typeof refresh.url !== "string") return;
  let ok = false;
  try {
    const u = new URL(refresh.url);
    ok = u.protocol === "https:" || (u.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname));
  } catch {
    ok = false;
  }
  if (!ok)
    out.push({
      pointer: "/models/catalogRefresh/url",
      target: "value",
      message: "models.catalogRefresh.url must be an https URL (http only on localhost, 127.0.0.1 or [::1]); OpenClaw refuses the config.",
    });
}

/**
 * OpenClaw's isSafeExecutableValue (dist/exec-safety-*.mjs): no shell metacharacters, quotes or line
 * breaks; a bare name must look like one. Paths pass once those are absent.
 */
function safeExecutable(value: string): boolean {
  const v = value.trim();
  if (!v || v.includes("\0") || /[\r\n]/.test(v) || /[;&|`$<>]/.test(v) || /["']/.test(v)) return false;
  if (v.startsWith(".") || v.startsWith("~") || v.includes("/") || v.includes("\\") || /^[A-Za-z]:[\\/]/.test(v)) return true;
  return !v.startsWith("-") && /^[A-Za-z0-9._+-]+$/.test(v);
}

/** exec secret providers: command safe and absolute, trustedDirs absolute. */
function execSecretIssues(config: Record<string, unknown>, out: RuntimeIssue[]): void {
  const providers = isObj(config.secrets) && isObj(config.secrets.providers) ? config.secrets.providers : undefined;
  for (const [alias, p] of Object.entries(providers ?? {})) {
    if (!isObj(p) || p.source !== "exec") continue;
    const at = joinPointer("/secrets/providers", alias);
    if (typeof p.command === "string" && p.command !== "" && !safeExecutable(p.command))
      out.push({
        pointer: joinPointer(at, "command"),
        target: "value",
        message: `secrets.providers.${alias}.command may hold only the program's path, without shell characters, quotes or line breaks (; & | \` $ < > " '), and OpenClaw refuses it; put arguments in args.`,
      });
    // OpenClaw checks both and reports each.
    if (typeof p.command === "string" && p.command !== "" && !isAbsolute(p.command))
      out.push({
        pointer: joinPointer(at, "command"),
        target: "value",
        message: `secrets.providers.${alias}.command must be an absolute path (OpenClaw does not search PATH for secret commands); OpenClaw refuses the config. Write the full path, e.g. from \`command -v ${p.command.split(/\s/)[0]}\`.`,
      });
    if (Array.isArray(p.trustedDirs))
      p.trustedDirs.forEach((d, i) => {
        if (typeof d === "string" && d !== "" && !isAbsolute(d))
          out.push({ pointer: joinPointer(at, "trustedDirs", i), target: "value", message: `secrets.providers.${alias}.trustedDirs entries must be absolute paths; OpenClaw refuses the config.` });
      });
  }
}

/** Durations and byte sizes that OpenClaw parses while validating (superRefine with parseDurationMs/parseByteSize). */
function unitIssues(config: Record<string, unknown>): RuntimeIssue[] {
  const out: RuntimeIssue[] = [];
  const bad = (path: string[], message: string) => out.push({ pointer: joinPointer("", ...path), target: "value", message: `${path.join(".")}: ${message}; OpenClaw refuses the config.` });
  const duration = (path: string[], unit: "m" | "h" | "d", opts: { positive?: boolean; allow?: unknown[]; units: string; example: string }) => {
    const v = dig(config, ...path);
    if (v === undefined || opts.allow?.includes(v) || (typeof v !== "string" && typeof v !== "number")) return;
    const ms = parseDurationMs(stringified(v), unit);
    if (ms === undefined) bad(path, `${JSON.stringify(v)} is not a duration: write a number with a unit (${opts.units}), e.g. "${opts.example}" or "1h30m"`);
    else if (opts.positive && ms <= 0) bad(path, `the duration must be positive, e.g. "${opts.example}"${opts.allow?.includes(false) ? " (false turns it off)" : ""}`);
  };
  const size = (path: string[]) => {
    const v = dig(config, ...path);
    if (typeof v === "string" && parseByteSize(v) === undefined) bad(path, `${JSON.stringify(v)} is not a byte size (a number of bytes, or with b, kb, mb, gb, tb, e.g. "20mb")`);
  };
  const dhms = "ms, s, m, h, d";
  duration(["cron", "sessionRetention"], "h", { allow: [false], units: dhms, example: "24h" });
  const maintenance = ["session", "maintenance"];
  duration([...maintenance, "pruneAfter"], "d", { positive: true, units: dhms, example: "30d" });
  duration([...maintenance, "archiveDashboardAfter"], "d", { positive: true, allow: [false, 0], units: dhms, example: "30d" });
  duration([...maintenance, "preserveRecent"], "d", { positive: true, allow: [false], units: dhms, example: "30d" });
  duration([...maintenance, "resetArchiveRetention"], "d", { positive: true, allow: [false], units: dhms, example: "30d" });
  if (dig(config, ...maintenance, "maxDiskBytes") !== false) size([...maintenance, "maxDiskBytes"]);
  size([...maintenance, "highWaterBytes"]);
  size(["agents", "defaults", "compaction", "maxActiveTranscriptBytes"]);
  size(["agents", "defaults", "compaction", "memoryFlush", "forceFlushTranscriptBytes"]);
  // Heartbeat intervals: an empty string means the default, as in OpenClaw's `if (val.every)`.
  const every = (path: string[]) => (dig(config, ...path) ? duration(path, "m", { units: "ms, s, m, h", example: "30m" }) : undefined);
  every(["agents", "defaults", "heartbeat", "every"]);
  const entries = dig(config, "agents", "entries");
  if (isObj(entries)) for (const id of Object.keys(entries)) every(["agents", "entries", id, "heartbeat", "every"]);
  return out;
}

/**
 * Channel ids OpenClaw does not know: only its bundled channels are, plus those of installed channel
 * plugins. A plugin named in plugins.allow/entries/installs counts as installed (OpenClaw then only
 * warns about stale config), so such ids are left alone.
 */
function channelIssues(config: Record<string, unknown>): RuntimeIssue[] {
  const channels = config.channels;
  if (!isObj(channels)) return [];
  // Bundled channels OpenClaw does not let a config set up (not configurable, and no bundled plugin
  // declares them; upstream's heartbeat data names them notTargets) are unknown ids to it as well.
  const shut = HEARTBEAT_TARGETS.notTargets as readonly string[];
  const known = new Set<string>(CHANNEL_KEYS.filter((k) => !shut.includes(k)));
  const plugins = isObj(config.plugins) ? config.plugins : {};
  const named = new Set(
    [...(Array.isArray(plugins.allow) ? plugins.allow : []), ...Object.keys(isObj(plugins.entries) ? plugins.entries : {}), ...Object.keys(isObj(plugins.installs) ? plugins.installs : {})]
      .filter((x): x is string => typeof x === "string")
      .map((x) => x.trim().toLowerCase()),
  );
  const out: RuntimeIssue[] = [];
  for (const key of Object.keys(channels)) {
    const id = key.trim();
    if (!id || known.has(id) || named.has(id.toLowerCase())) continue;
    const bundled = CHANNEL_KEYS.filter((k) => k !== "defaults" && k !== "modelByChannel" && !shut.includes(k));
    if (shut.includes(id)) {
      out.push({ pointer: joinPointer("/channels", key), target: "key", rule: "unknown-key", stage: "channels", message: `Unknown channel "${id}": OpenClaw ships it but does not let a config set it up, so it refuses the config unless an installed channel plugin provides it. Remove it.` });
      continue;
    }
    const near = didYouMean(id, bundled)[0];
    out.push({
      pointer: joinPointer("/channels", key),
      target: "key",
      rule: "unknown-key",
      stage: "channels",
      message:
        `Unknown channel "${id}": no bundled channel has this id, so OpenClaw refuses the config unless an installed channel plugin provides it. ` +
        (near ? `Did you mean "${near}"?` : `Bundled channels: ${bundled.join(", ")}.`),
    });
  }
  return out;
}
