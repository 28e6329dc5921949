// The rarer runtime checks of OpenClaw's zod schema (dist/zod-schema*.mjs of OpenClaw 2026.9.6) that its
// JSON Schema export cannot express: ACP bindings, broadcast groups, blocked object keys, cloud
// workers, paths that must be absolute or relative, and egress proxy hosts. Each one refuses the
// config; runtimeIssues (refinements.ts) collects them.
import { domainToASCII } from "node:url";
import { didYouMean } from "../engine/did-you-mean.js";
import { isObject as isObj } from "../engine/json.js";
import { isIP } from "../engine/node-lazy.js";
import { joinPointer } from "../engine/pointer.js";
import { CHANNEL_KEYS, HEARTBEAT_TARGETS, REFINEMENT_FACTS, RETIRED_MODELS } from "../generated/openclaw.js";
import { asValidSecretRef } from "../rules/util/secrets.js";
import type { RuntimeIssue } from "./refinements.js";
import { parseDurationMs } from "./units.js";

type Obj = Record<string, unknown>;
const at = (...path: (string | number)[]) => joinPointer("", ...path);

export function rareIssues(config: Obj): RuntimeIssue[] {
  return [...retiredModelIssues(config), ...heartbeatTargetIssues(config), ...acpBindingIssues(config), ...broadcastIssues(config), ...webSearchBlockedKeys(config), ...cloudWorkerIssues(config), ...pathIssues(config), ...egressHostIssues(config)];
}

/** A model ref where OpenClaw looks for one: the pointer, whether it is a key, and the text. */
type ModelRefAt = { path: (string | number)[]; key: boolean; value: unknown };

/**
 * The model refs OpenClaw checks against retired models (its collectConfiguredModelRefs, the common
 * places): agents' model keys, media models, heartbeat/subagent/compaction models and model-map keys,
 * the exec reviewer, media preferred models, per-channel models, hook models, the TTS summary model and
 * Discord's voice models.
 * Only the refs `wanted` picks are returned: their paths are built for those alone (every lint walks
 * every slot, and almost no ref is retired).
 */
function configuredModelRefs(config: Obj, wanted: (ref: string) => boolean): ModelRefAt[] {
  const out: ModelRefAt[] = [];
  // Key paths are constants (SLOTS below) and a path is copied only for a ref `wanted` picks: this runs
  // for every config, over every agent, and almost never finds one.
  const selector = (value: unknown, base: Path, tail: Path) => {
    if (typeof value === "string") {
      if (wanted(value)) out.push({ path: [...base, ...tail], key: false, value });
    } else if (isObj(value)) {
      if (typeof value.primary === "string" && wanted(value.primary)) out.push({ path: [...base, ...tail, "primary"], key: false, value: value.primary });
      if (Array.isArray(value.fallbacks))
        value.fallbacks.forEach((f, i) => {
          if (typeof f === "string" && wanted(f)) out.push({ path: [...base, ...tail, "fallbacks", i], key: false, value: f });
        });
    }
  };
  const agent = (a: unknown, path: string[], entry: boolean) => {
    if (!isObj(a)) return;
    for (const key of AGENT_MODEL_KEYS) selector(a[key[0]], path, key);
    for (const keys of AGENT_SLOTS) selector(sub(a, keys), path, keys);
    if (isObj(a.models)) for (const ref of Object.keys(a.models)) if (wanted(ref)) out.push({ path: [...path, "models", ref], key: true, value: ref });
    if (entry) for (const keys of ENTRY_SLOTS) selector(sub(a, keys), path, keys);
  };
  for (const keys of ROOT_SLOTS) selector(sub(config, keys), [], keys);
  const agents = isObj(config.agents) ? config.agents : {};
  agent(agents.defaults, ["agents", "defaults"], false);
  if (Object.hasOwn(agents, "entries")) for (const [id, a] of Object.entries(isObj(agents.entries) ? agents.entries : {})) agent(a, ["agents", "entries", id], true);
  else if (Array.isArray(agents.list)) agents.list.forEach((a, i) => agent(a, ["agents", "list", String(i)], true));
  const byChannel = sub(config, ["channels", "modelByChannel"]);
  if (isObj(byChannel)) for (const [ch, map] of Object.entries(byChannel)) if (isObj(map)) for (const [t, ref] of Object.entries(map)) selector(ref, [], ["channels", "modelByChannel", ch, t]);
  const mappings = sub(config, ["hooks", "mappings"]);
  if (Array.isArray(mappings)) mappings.forEach((m, i) => selector(sub(m, ["model"]), [], ["hooks", "mappings", i, "model"]));
  for (const keys of LAST_ROOT_SLOTS) selector(sub(config, keys), [], keys);
  // Discord's voice model and its TTS summary model, at the top and per account (strings only there).
  const discord = sub(config, ["channels", "discord"]);
  if (isObj(discord)) {
    const voice = (v: unknown, base: Path) => {
      if (!isObj(v)) return;
      if (typeof v.model === "string" && wanted(v.model)) out.push({ path: [...base, "model"], key: false, value: v.model });
      const summary = sub(v, ["tts", "summaryModel"]);
      if (typeof summary === "string" && wanted(summary)) out.push({ path: [...base, "tts", "summaryModel"], key: false, value: summary });
    };
    voice(discord.voice, ["channels", "discord", "voice"]);
    if (isObj(discord.accounts)) for (const [id, a] of Object.entries(discord.accounts)) voice(sub(a, ["voice"]), ["channels", "discord", "accounts", id, "voice"]);
  }
  return out;
}

type Path = readonly (string | number)[];
/** The value at a path of keys, when every step is an object. */
const sub = (o: unknown, keys: Path): unknown => {
  for (const k of keys) o = isObj(o) ? o[k] : undefined;
  return o;
};
/** configuredModelRefs' slots, as key paths: the root's, then every agent's, then only per-agent entries'. */
const ROOT_SLOTS: Path[] = [["tools", "exec", "reviewer", "model"], ...["image", "audio", "video"].map((kind) => ["tools", "media", kind, "preferredModel"])];
const AGENT_MODEL_KEYS: Path[] = RETIRED_MODELS.agentModelKeys.map((key) => [key]);
const AGENT_SLOTS: Path[] = [
  ...["image", "video", "music"].map((kind) => ["mediaModels", kind]),
  ["heartbeat", "model"],
  ["subagents", "model"],
  ["compaction", "model"],
  ["compaction", "memoryFlush", "model"],
];
const ENTRY_SLOTS: Path[] = [
  ["tools", "exec", "reviewer", "model"],
  ["tts", "summaryModel"],
];
const LAST_ROOT_SLOTS: Path[] = [
  ["hooks", "gmail", "model"],
  ["tts", "summaryModel"],
];

/** Models a bundled plugin has withdrawn for good (its catalog suppresses them under every condition). */
function retiredModelIssues(config: Obj): RuntimeIssue[] {
  const retired = RETIRED_MODELS.models as Readonly<Record<string, string>>;
  const norm = (value: string) => value.trim().toLowerCase();
  const isRetired = (value: string) => {
    const ref = norm(value);
    const slash = ref.indexOf("/");
    return slash > 0 && slash < ref.length - 1 && Object.hasOwn(retired, ref);
  };
  const out: RuntimeIssue[] = [];
  for (const { path, key, value } of configuredModelRefs(config, isRetired)) {
    if (typeof value !== "string") continue;
    const ref = norm(value);
    out.push({
      pointer: at(...path),
      target: key ? "key" : "value",
      stage: "plugins",
      message: `${path.join(".")} names ${ref}, a model its plugin has withdrawn, and OpenClaw refuses the config ("Unknown model"): ${retired[ref] || "choose a current model."}`,
    });
  }
  return out;
}

/** Every heartbeat target OpenClaw knows without a plugin of the config's own, lower case. */
const HEARTBEAT_KNOWN = new Set<string>([
  ...HEARTBEAT_TARGETS.keywords,
  ...Object.keys(HEARTBEAT_TARGETS.channelAliases),
  ...HEARTBEAT_TARGETS.pluginChannels,
  ...CHANNEL_KEYS.filter((k) => k !== "defaults" && k !== "modelByChannel" && !(HEARTBEAT_TARGETS.notTargets as readonly string[]).includes(k.toLowerCase())).map((k) => k.toLowerCase()),
]);

/**
 * heartbeat.target names where heartbeats go: a keyword, a bundled channel (or its alias), or the
 * channel of an installed plugin. A config that names a plugin of its own (plugins.allow, entries,
 * installs) may get channels from it, so then only a blank target is judged. OpenClaw checks this
 * against its plugin registry, after its schema passed.
 */
function heartbeatTargetIssues(config: Obj): RuntimeIssue[] {
  const agents = isObj(config.agents) ? config.agents : undefined;
  if (!agents) return [];
  const plugins = isObj(config.plugins) ? config.plugins : {};
  const namesPlugins = (Array.isArray(plugins.allow) && plugins.allow.length > 0) || (isObj(plugins.entries) && Object.keys(plugins.entries).length > 0) || (isObj(plugins.installs) && Object.keys(plugins.installs).length > 0);
  const out: RuntimeIssue[] = [];
  const check = (agent: unknown, path: string[]) => {
    const target = isObj(agent) && isObj(agent.heartbeat) ? agent.heartbeat.target : undefined;
    if (typeof target !== "string") return;
    const where = `${path.join(".")}.heartbeat.target`;
    const pointer = at(...path, "heartbeat", "target");
    if (target.trim() === "") out.push({ pointer, target: "value", stage: "plugins", message: `${where} must not be blank; OpenClaw refuses the config. Name a channel, or "${HEARTBEAT_TARGETS.keywords.join('", "')}".` });
    else if (!namesPlugins && !HEARTBEAT_KNOWN.has(target.trim().toLowerCase()))
      out.push({
        pointer,
        target: "value",
        stage: "plugins",
        message: `${where} "${target}" is not a channel OpenClaw knows (nor "${HEARTBEAT_TARGETS.keywords.join('", "')}"), so it refuses the config unless a channel plugin provides it: ${
          didYouMean(target.trim().toLowerCase(), HEARTBEAT_KNOWN, 1).map((t) => `did you mean "${t}"?`)[0] ?? 'name a channel, e.g. "telegram".'
        }`,
      });
  };
  if (isObj(agents.defaults)) check(agents.defaults, ["agents", "defaults"]);
  if (isObj(agents.entries)) for (const [id, a] of Object.entries(agents.entries)) check(a, ["agents", "entries", id]);
  return out;
}

/** An ACP binding starts a session in one conversation, so it must name the peer. */
function acpBindingIssues(config: Obj): RuntimeIssue[] {
  if (!Array.isArray(config.bindings)) return [];
  const out: RuntimeIssue[] = [];
  config.bindings.forEach((b, i) => {
    if (!isObj(b) || b.type !== "acp" || !isObj(b.match)) return;
    const peer = isObj(b.match.peer) ? b.match.peer : undefined;
    if (peer && typeof peer.id !== "string" && peer.id !== undefined) return; // the schema reports the type
    if (typeof peer?.id === "string" && peer.id.trim() !== "") return;
    out.push({
      pointer: peer?.id !== undefined ? at("bindings", i, "match", "peer", "id") : at("bindings", i, "match", "peer"),
      fallback: at("bindings", i, "match"),
      target: peer?.id !== undefined ? "value" : "key",
      message: `bindings[${i}] is an ACP binding without match.peer.id, and OpenClaw refuses the config: an ACP binding targets one conversation, so name it, e.g. peer: { kind: "direct", id: "<chat id>" }.`,
    });
  });
  return out;
}

/**
 * broadcast: group options (an object) only under a channel-qualified key, at most 16 agents in a
 * group thread (a list), and every agent named must be in agents.entries (by its exact id; with no
 * entries only the implied "main").
 */
function broadcastIssues(config: Obj): RuntimeIssue[] {
  const broadcast = config.broadcast;
  if (!isObj(broadcast)) return [];
  const agents = isObj(config.agents) ? config.agents : {};
  // A legacy agents.list roster is read differently; leave its ids alone.
  const checkIds = agents.list === undefined && (agents.entries === undefined || isObj(agents.entries));
  const entries = isObj(agents.entries) ? Object.keys(agents.entries) : [];
  const ids = new Set(entries.length ? entries : ["main"]);
  const out: RuntimeIssue[] = [];
  for (const [peer, entry] of Object.entries(broadcast)) {
    if (peer === "strategy" || typeof entry !== "object" || entry === null) continue;
    const qualified = REFINEMENT_FACTS.broadcastQualifiedKey.test(peer);
    if (!Array.isArray(entry) && !qualified)
      out.push({
        pointer: at("broadcast", peer),
        target: "key",
        message: `broadcast["${peer}"] holds group options, which need a channel-qualified key (<channel>:<peerId>, e.g. "telegram:${peer}"); OpenClaw refuses the config.`,
      });
    else if (Array.isArray(entry) && qualified && entry.length > REFINEMENT_FACTS.broadcastMaxAgents)
      out.push({
        pointer: at("broadcast", peer),
        target: "key",
        message: `broadcast["${peer}"] lists ${entry.length} agents, and a group thread supports at most ${REFINEMENT_FACTS.broadcastMaxAgents}; OpenClaw refuses the config.`,
      });
    const group = entry as Obj;
    const list: unknown[] = Array.isArray(entry) ? entry : Array.isArray(group.agents) ? group.agents : [];
    if (checkIds)
      list.forEach((id, i) => {
        if (typeof id === "string" && !ids.has(id))
          out.push({
            pointer: Array.isArray(entry) ? at("broadcast", peer, i) : at("broadcast", peer, "agents", i),
            target: "value",
            message: `broadcast["${peer}"] names agent "${id}", which is not in agents.entries (ids match exactly here); OpenClaw refuses the config. Use one of: ${[...ids].join(", ")}.`,
          });
      });
  }
  return out;
}

/** tools.web.search takes any key, but not one that could reach an object's prototype. */
function webSearchBlockedKeys(config: Obj): RuntimeIssue[] {
  const tools = isObj(config.tools) ? config.tools : undefined;
  const search = tools && isObj(tools.web) && isObj(tools.web.search) ? tools.web.search : undefined;
  if (!search) return [];
  return (REFINEMENT_FACTS.blockedObjectKeys as readonly string[])
    .filter((k) => Object.hasOwn(search, k))
    .map((k) => ({ pointer: at("tools", "web", "search", k), target: "key" as const, rule: "unknown-key" as const, message: `tools.web.search.${k} is a blocked object key, and OpenClaw refuses the config: remove it.` }));
}

/**
 * cloudWorkers: profile ids without outer spaces, project keys in the lower-case host/owner/repo form
 * OpenClaw normalizes origins to, and a suspendAfter of at least a minute with a unit.
 */
function cloudWorkerIssues(config: Obj): RuntimeIssue[] {
  const cw = isObj(config.cloudWorkers) ? config.cloudWorkers : undefined;
  if (!cw) return [];
  const out: RuntimeIssue[] = [];
  const trimmed = (id: string) => id === id.trim();
  for (const [id, profile] of Object.entries(isObj(cw.profiles) ? cw.profiles : {})) {
    if (id !== "" && !trimmed(id)) {
      out.push({ pointer: at("cloudWorkers", "profiles", id), target: "key", message: `cloudWorkers.profiles: the profile id ${JSON.stringify(id)} has spaces around it, and OpenClaw refuses the config: rename it "${id.trim()}".` });
      continue; // OpenClaw does not check the profile under an id it refused
    }
    const settings = isObj(profile) && isObj(profile.settings) ? profile.settings : undefined;
    const unbounded = settings ? unboundedSettings(settings) : undefined;
    if (unbounded)
      out.push({
        pointer: at("cloudWorkers", "profiles", id, "settings", ...unbounded.path),
        fallback: at("cloudWorkers", "profiles", id, "settings"),
        target: unbounded.key ? "key" : "value",
        message: `cloudWorkers.profiles.${id}.settings${(unbounded.key ? unbounded.path.slice(0, -1) : unbounded.path).map((k) => `.${k}`).join("")} ${unbounded.why}, and OpenClaw refuses settings that are not bounded finite JSON: ${unbounded.fix}.`,
      });
    // OpenClaw looks for plain secrets only in settings within the bounds.
    const secret = settings && !unbounded ? plainSecret(settings) : undefined;
    if (secret)
      out.push({
        pointer: at("cloudWorkers", "profiles", id, "settings", ...secret.path),
        fallback: at("cloudWorkers", "profiles", id, "settings"),
        target: "value",
        message: secret.ref
          ? `cloudWorkers.profiles.${id}.settings.${secret.path.join(".")} is a SecretRef OpenClaw does not accept (a known source, a lower-case provider alias, an id of the form its source takes: an upper-case variable name for env), and it refuses the config: e.g. { source: "env", provider: "default", id: "<ENV_VAR>" }.`
          : `cloudWorkers.profiles.${id}.settings.${secret.path.join(".")} holds a secret, which OpenClaw only takes as a SecretRef and refuses the config otherwise: write { source: "env", provider: "default", id: "<ENV_VAR>" }.`,
      });
    const suspend = isObj(profile) ? profile.suspendAfter : undefined;
    if (typeof suspend === "string" && !suspendOk(suspend))
      out.push({
        pointer: at("cloudWorkers", "profiles", id, "suspendAfter"),
        target: "value",
        message: `cloudWorkers.profiles.${id}.suspendAfter must be a duration with a unit of at least ${REFINEMENT_FACTS.cloudWorkerMinSuspendMs / 60_000}m (e.g. "45m" or "2h"), and OpenClaw refuses ${JSON.stringify(suspend)}.`,
      });
  }
  for (const [key, profile] of Object.entries(isObj(cw.projectProfiles) ? cw.projectProfiles : {})) {
    const why = projectKeyProblem(key);
    if (why) {
      out.push({
        pointer: at("cloudWorkers", "projectProfiles", key),
        target: "key",
        message: `cloudWorkers.projectProfiles: the key ${JSON.stringify(key)} ${why}; OpenClaw refuses the config. Keys are lower-case host/owner/repo, e.g. "github.com/openclaw/openclaw".`,
      });
      continue;
    }
    if (typeof profile === "string" && profile !== "" && !trimmed(profile))
      out.push({ pointer: at("cloudWorkers", "projectProfiles", key), target: "value", message: `cloudWorkers.projectProfiles["${key}"] names the profile ${JSON.stringify(profile)} with spaces around it, and OpenClaw refuses the config: write "${profile.trim()}".` });
  }
  return out;
}

type Unbounded = { path: string[]; key?: boolean; why: string; fix: string };

/**
 * Where cloud worker settings leave the bounds of OpenClaw's isPluginJsonValue (its
 * PLUGIN_JSON_VALUE_LIMITS, visited in the same order: the first node past the depth or node count, an
 * object with too many keys, a key or text too long, a number that is not finite; then the size of the
 * whole as JSON), or undefined when they are within them.
 */
function unboundedSettings(settings: Obj): Unbounded | undefined {
  const lim = REFINEMENT_FACTS.cloudWorkerSettingsLimits;
  let nodes = 0;
  const visit = (v: unknown, path: string[]): Unbounded | undefined => {
    nodes++;
    if (nodes > lim.maxNodes) return { path, why: `holds more than ${lim.maxNodes} values in all`, fix: "keep fewer" };
    if (path.length > lim.maxDepth) return { path, why: `is nested ${path.length} levels deep, more than ${lim.maxDepth}`, fix: "nest it less deeply" };
    if (typeof v === "string") return v.length > lim.maxStringLength ? { path, why: `is ${v.length} characters long, more than ${lim.maxStringLength}`, fix: "shorten it, or keep it in a file the provider reads" } : undefined;
    if (typeof v === "number") return Number.isFinite(v) ? undefined : { path, why: `is ${v}, not a finite number`, fix: "write a finite number" };
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const bad = visit(v[i], [...path, String(i)]);
        if (bad) return bad;
      }
      return undefined;
    }
    if (!isObj(v)) return undefined;
    const entries = Object.entries(v);
    if (entries.length > lim.maxObjectKeys) return { path, why: `has ${entries.length} keys, more than ${lim.maxObjectKeys}`, fix: "split it or keep fewer keys" };
    for (const [k, x] of entries) {
      if (k.length > lim.maxStringLength) return { path: [...path, k], key: true, why: `has a key ${k.length} characters long, more than ${lim.maxStringLength}`, fix: "shorten the key" };
      const bad = visit(x, [...path, k]);
      if (bad) return bad;
    }
    return undefined;
  };
  const bad = visit(settings, []);
  if (bad) return bad;
  const bytes = Buffer.byteLength(JSON.stringify(settings), "utf8");
  return bytes > lim.maxSerializedBytes ? { path: [], why: `are ${bytes} bytes as JSON, more than ${lim.maxSerializedBytes}`, fix: "make them smaller" } : undefined;
}

/** OpenClaw's isSensitiveConfigPath, on one settings key. */
function sensitiveKey(key: string): boolean {
  const lower = key.toLowerCase();
  return lower.includes("localservice.env.") || (!REFINEMENT_FACTS.sensitiveKeyAllowSuffixes.some((s) => lower.endsWith(s)) && REFINEMENT_FACTS.sensitiveKeyPatterns.some((p) => p.test(key)));
}

/**
 * The first settings entry OpenClaw's validateCloudWorkerProfileSettings refuses: a secret-named key
 * (or its ...Ref form) whose value is not a SecretRef OpenClaw accepts (its isSecretRef and
 * isValidSecretRef, the same grammar as asValidSecretRef); `ref` when it was meant as one.
 */
function plainSecret(settings: Obj): { path: string[]; ref?: boolean } | undefined {
  const visit = (node: unknown, path: string[]): { path: string[]; ref?: boolean } | undefined => {
    if (Array.isArray(node)) {
      for (const [i, x] of node.entries()) {
        const hit = visit(x, [...path, String(i)]);
        if (hit) return hit;
      }
      return undefined;
    }
    if (!isObj(node)) return undefined;
    for (const [key, child] of Object.entries(node)) {
      const base = key.replace(/ref$/i, "");
      if (key.toLowerCase() === "keyref" || sensitiveKey(key) || (base !== key && sensitiveKey(base))) {
        // OpenClaw stops at the first secret-named key either way: a ref is not looked into.
        if (asValidSecretRef(child)) continue;
        return { path: [...path, key], ref: isObj(child) && "source" in child };
      }
      const hit = visit(child, [...path, key]);
      if (hit) return hit;
    }
    return undefined;
  };
  return visit(settings, []);
}

/** OpenClaw: the text ends with a unit and parses to at least the minimum. */
function suspendOk(value: string): boolean {
  if (!/(?:ms|s|m|h|d)$/i.test(value)) return false;
  const ms = parseDurationMs(value, "ms");
  return ms !== undefined && ms >= REFINEMENT_FACTS.cloudWorkerMinSuspendMs;
}

/**
 * Why a project key is not what OpenClaw's normalizeCloudRepo(`https://${key}`) gives back, for the
 * cases that are certain (its result is lower case, without .git, a port, or empty segments, and has a
 * host and at least owner and repo); undefined when the key may be fine.
 */
function projectKeyProblem(key: string): string | undefined {
  const parts = key.split("/");
  if (key !== key.toLowerCase()) return "has upper-case letters";
  if (key.endsWith(".git")) return "ends with .git";
  if (parts.some((p) => p === "")) return "has an empty path segment (a leading, trailing or double slash)";
  if (parts.length < 3) return "is not host/owner/repo";
  if (/[:?#]/.test(parts[0])) return "has a scheme, port, query or fragment in its host";
  return undefined;
}

/** Paths OpenClaw checks: worktreeRoot absolute (or ~), hook transform modules relative, the VNC password file not blank. */
function pathIssues(config: Obj): RuntimeIssue[] {
  const out: RuntimeIssue[] = [];
  const root = config.worktreeRoot;
  if (typeof root === "string" && root.trim() !== "") {
    const v = root.trim();
    if (!(v.startsWith("/") || v === "~" || v.startsWith("~/")))
      out.push({ pointer: "/worktreeRoot", target: "value", message: `worktreeRoot must be an absolute path or start with ~ (e.g. "~/worktrees"), and OpenClaw refuses ${JSON.stringify(root)}.` });
  }
  const hooks = isObj(config.hooks) ? config.hooks : undefined;
  if (hooks && Array.isArray(hooks.mappings))
    hooks.mappings.forEach((m, i) => {
      const module = isObj(m) && isObj(m.transform) ? m.transform.module : undefined;
      const why = typeof module === "string" ? unsafeModule(module) : undefined;
      if (why)
        out.push({
          pointer: at("hooks", "mappings", i, "transform", "module"),
          target: "value",
          message: `hooks.mappings[${i}].transform.module must be a path relative to the hooks directory, and ${JSON.stringify(module)} ${why}; OpenClaw refuses the config.`,
        });
    });
  const desktop = isObj(config.desktop) && isObj(config.desktop.host) ? config.desktop.host : undefined;
  // "" is the schema's (minLength); only spaces pass it and fail OpenClaw's trim().min(1).
  if (typeof desktop?.passwordFile === "string" && desktop.passwordFile !== "" && desktop.passwordFile.trim() === "")
    out.push({ pointer: "/desktop/host/passwordFile", target: "value", message: "desktop.host.passwordFile is blank, and OpenClaw refuses the config: give the absolute path of the VNC password file, or remove the key." });
  return out;
}

/** OpenClaw's isSafeRelativeModulePath, as the reason it fails. */
function unsafeModule(raw: string): string | undefined {
  const v = raw.trim();
  if (!v) return "is blank";
  if (v.startsWith("/")) return "is absolute";
  if (v.startsWith("~")) return "starts with ~";
  if (v.includes(":")) return "contains a colon";
  if (v.split(/[\\/]+/g).includes("..")) return "climbs out with ..";
  return undefined;
}

/** secrets.egressProxy host lists: one exact hostname or IP each, as OpenClaw's normalizeExactAllowedHost. */
function egressHostIssues(config: Obj): RuntimeIssue[] {
  const proxy = isObj(config.secrets) && isObj(config.secrets.egressProxy) ? config.secrets.egressProxy : undefined;
  if (!proxy) return [];
  const out: RuntimeIssue[] = [];
  for (const key of ["allowedHosts", "bypassHosts"]) {
    const list = proxy[key];
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      if (typeof raw !== "string" || raw.trim() === "") return; // the schema reports non-strings and blanks
      const why = hostProblem(raw);
      if (why) out.push({ pointer: at("secrets", "egressProxy", key, i), target: "value", message: `secrets.egressProxy.${key}[${i}]: ${JSON.stringify(raw)} ${why}; OpenClaw refuses the config.` });
    });
  }
  return out;
}

function hostProblem(raw: string): string | undefined {
  const host = raw.trim().toLowerCase().replace(/\.+$/u, "");
  if (host.includes("*")) return "has a wildcard; list each exact hostname";
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  if (isIP(bare)) return undefined;
  if (!bare || bare.includes(":") || /[\s/?#@]/u.test(bare)) return "must be a bare hostname, without a scheme, path or port";
  const ascii = domainToASCII(bare);
  if (!ascii || ascii.length > 253 || ascii.split(".").some((l) => !l || l.length > 63 || l.startsWith("-") || l.endsWith("-") || !/^[a-z0-9-]+$/u.test(l))) return "is not a valid hostname";
  return undefined;
}
