// More of OpenClaw's runtime checks (zod superRefine/refine in dist/zod-schema*.mjs of 2026.9.6) that its
// JSON Schema export cannot express: tool policies, model-map entries, decision models, heartbeat
// hours, talk providers and http(s) URLs. Each one refuses the config; runtimeIssues (refinements.ts)
// collects them.
import { isObject as isObj, urlOf } from "../engine/json.js";
import { joinPointer } from "../engine/pointer.js";
import { LEGACY_WEB_SEARCH_KEYS, REFINEMENT_FACTS, WEB_SEARCH_PROVIDERS } from "../generated/openclaw.js";
import { unparsedUrl } from "./mcp-refinements.js";
import type { RuntimeIssue } from "./refinements.js";

type Obj = Record<string, unknown>;
const dotted = (path: string[]) => path.join(".");

/** OpenClaw's parseProviderModelRef: "provider/model", both parts non-empty after trimming. */
export function isProviderModelRef(value: string): boolean {
  const t = value.trim();
  const slash = t.indexOf("/");
  return slash > 0 && slash < t.length - 1 && t.slice(0, slash).trim() !== "" && t.slice(slash + 1).trim() !== "";
}

/** The agent scopes: agents.defaults, then every agents.entries.<id>. */
function agentScopes(config: Obj): { path: string[]; agent: Obj; isDefaults: boolean }[] {
  const agents = config.agents;
  if (!isObj(agents)) return [];
  const out: { path: string[]; agent: Obj; isDefaults: boolean }[] = [];
  if (isObj(agents.defaults)) out.push({ path: ["agents", "defaults"], agent: agents.defaults, isDefaults: true });
  if (isObj(agents.entries)) for (const [id, a] of Object.entries(agents.entries)) if (isObj(a)) out.push({ path: ["agents", "entries", id], agent: a, isDefaults: false });
  return out;
}

export function policyIssues(config: Obj): RuntimeIssue[] {
  return [...toolPolicyIssues(config), ...agentModelIssues(config), ...sandboxIssues(config), ...talkIssues(config), ...httpUrlIssues(config), ...gatewayHooksBrowserIssues(config), ...webSearchIssues(config)];
}

/** Web search provider settings moved to the provider's plugin: tools.web.search.apiKey or .<provider>: { ... } is refused. */
function webSearchIssues(config: Obj): RuntimeIssue[] {
  const tools = isObj(config.tools) ? config.tools : undefined;
  const search = tools && isObj(tools.web) && isObj(tools.web.search) ? tools.web.search : undefined;
  if (!search) return [];
  const legacy = new Set<string>(LEGACY_WEB_SEARCH_KEYS);
  const out: RuntimeIssue[] = [...webSearchProviderIssues(config, search.provider)];
  for (const [key, value] of Object.entries(search)) {
    if (key !== "apiKey" && !(legacy.has(key) && isObj(value))) continue;
    const provider = key === "apiKey" ? (typeof search.provider === "string" && search.provider.trim() ? search.provider.trim() : "<provider>") : key;
    out.push({
      pointer: joinPointer("/tools/web/search", key),
      target: "key",
      message: `tools.web.search.${key} is web search provider config from before it moved to the provider's plugin, and OpenClaw refuses the config: move it to plugins.entries.${provider}.config.webSearch (openclaw doctor --fix does it).`,
    });
  }
  return out;
}

/**
 * tools.web.search.provider must be served: by a bundled plugin, or by the plugin the provider needs.
 * A config that names that plugin (or the provider) in plugins.allow/entries/installs, or restricts
 * plugins at all, is left alone: whether the plugin is there is not in the file. OpenClaw checks this
 * against its plugin registry, after its schema passed.
 */
function webSearchProviderIssues(config: Obj, provider: unknown): RuntimeIssue[] {
  if (typeof provider !== "string") return [];
  const id = provider.trim();
  const pointer = "/tools/web/search/provider";
  const choices = `${WEB_SEARCH_PROVIDERS.active.join(", ")} (bundled), or ${Object.keys(WEB_SEARCH_PROVIDERS.install).join(", ")} with their plugin`;
  if (!id) return [{ pointer, target: "value", stage: "plugins", message: `tools.web.search.provider must not be blank; OpenClaw refuses the config. Use ${choices}, or remove it.` }];
  if ((WEB_SEARCH_PROVIDERS.active as readonly string[]).includes(id)) return [];
  const plugins = isObj(config.plugins) ? config.plugins : {};
  if (plugins.enabled === false || Array.isArray(plugins.deny) || isObj(plugins.slots)) return [];
  const plugin = (WEB_SEARCH_PROVIDERS.install as Record<string, string>)[id];
  const named = new Set(
    [...(Array.isArray(plugins.allow) ? plugins.allow : []), ...Object.keys(isObj(plugins.entries) ? plugins.entries : {}), ...Object.keys(isObj(plugins.installs) ? plugins.installs : {})]
      .filter((x): x is string => typeof x === "string")
      .map((x) => x.trim().toLowerCase()),
  );
  if (named.has(id.toLowerCase()) || (plugin && named.has(plugin.toLowerCase()))) return [];
  if (plugin)
    return [
      {
        pointer,
        target: "value",
        stage: "plugins",
        message: `tools.web.search.provider "${id}" needs the "${plugin}" plugin, which this config does not install or enable, so OpenClaw refuses it: install or enable the "${plugin}" plugin (then run openclaw doctor --fix), or use ${WEB_SEARCH_PROVIDERS.active.join(", ")}, which are bundled.`,
      },
    ];
  return [{ pointer, target: "value", stage: "plugins", message: `tools.web.search.provider "${id}" is not a web search provider OpenClaw knows; it refuses the config. Use ${choices}.` }];
}

/** gateway.roles.default names a definition; persistent hook mappings have a session key; browser profiles can connect. */
function gatewayHooksBrowserIssues(config: Obj): RuntimeIssue[] {
  const out: RuntimeIssue[] = [];
  const roles = isObj(config.gateway) && isObj(config.gateway.roles) ? config.gateway.roles : undefined;
  if (roles && isObj(roles.definitions) && typeof roles.default === "string" && !Object.hasOwn(roles.definitions, roles.default))
    out.push({
      pointer: "/gateway/roles/default",
      target: "value",
      message: `gateway.roles.default "${roles.default}" is not one of gateway.roles.definitions (${Object.keys(roles.definitions).join(", ") || "none"}); OpenClaw refuses the config.`,
    });

  const hooks = isObj(config.hooks) ? config.hooks : undefined;
  const defaultKey = typeof hooks?.defaultSessionKey === "string" && hooks.defaultSessionKey.trim() !== "";
  if (hooks && Array.isArray(hooks.mappings) && !defaultKey)
    hooks.mappings.forEach((m, i) => {
      if (!isObj(m) || (m.action ?? "agent") !== "agent" || m.sessionMode !== "persistent" || m.transform) return;
      if (typeof m.sessionKey === "string" && m.sessionKey.trim() !== "") return;
      out.push({
        pointer: joinPointer("/hooks/mappings", i, "sessionKey"),
        fallback: joinPointer("/hooks/mappings", i),
        target: "key",
        message: `hooks.mappings[${i}] keeps a persistent session but names none; OpenClaw refuses the config. Add sessionKey to the mapping, hooks.defaultSessionKey, or a transform.`,
      });
    });

  const profiles = isObj(config.browser) && isObj(config.browser.profiles) ? config.browser.profiles : {};
  for (const [name, p] of Object.entries(profiles)) {
    if (!isObj(p)) continue;
    const at = joinPointer("/browser/profiles", name);
    const attaches = p.driver === "existing-session" || p.driver === "extension";
    if (!attaches && !p.cdpPort && !p.cdpUrl)
      out.push({ pointer: at, target: "key", message: `browser.profiles.${name} has no cdpPort or cdpUrl, so OpenClaw cannot reach its browser and refuses the config: set one, or use driver "existing-session" or "extension".` });
    if (p.driver !== "existing-session" && p.userDataDir)
      out.push({ pointer: joinPointer(at, "userDataDir"), target: "key", message: `browser.profiles.${name}.userDataDir works only with driver "existing-session"; OpenClaw refuses the config.` });
    if (p.driver === "extension" && p.cdpUrl)
      out.push({ pointer: joinPointer(at, "cdpUrl"), target: "key", message: `browser.profiles.${name}.cdpUrl cannot be used with driver "extension" (the relay owns the endpoint); OpenClaw refuses the config.` });
  }
  return out;
}

/** OpenClaw's stripWindowsNamespacePrefix: `\\?\C:\x` and `//?/C:/x` are the paths after the prefix. */
function withoutNamespace(p: string): string {
  for (const [prefix, unc, sep] of [
    ["\\\\?\\", "UNC\\", "\\\\"],
    ["//?/", "UNC/", "//"],
  ] as const)
    if (p.startsWith(prefix)) {
      const rest = p.slice(4);
      return rest.toUpperCase().startsWith(unc) ? sep + rest.slice(4) : rest;
    }
  return p;
}

/** The host side of a Docker bind ("host:container[:options]", a drive letter's colon skipped) is absolute. */
function bindSourceAbsolute(bind: string): boolean {
  const sep = bind.indexOf(":", /^[A-Za-z]:[\\/]/.test(bind) ? 2 : 0);
  const source = withoutNamespace(sep === -1 ? bind : bind.slice(0, sep));
  return source.startsWith("/") || /^[A-Za-z]:[\\/]/.test(source);
}

/** Sandbox security: bind sources absolute, no host or container:* networking, no unconfined profiles. */
function sandboxIssues(config: Obj): RuntimeIssue[] {
  const out: RuntimeIssue[] = [];
  const bad = (path: string[], message: string) => out.push({ pointer: joinPointer("", ...path), target: "value", message: `${dotted(path)}: ${message}; OpenClaw refuses the config.` });
  const lower = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : "");
  const binds = (list: unknown, path: string[]) => {
    if (!Array.isArray(list)) return;
    list.forEach((b, i) => {
      if (typeof b !== "string") return;
      if (!b.trim()) bad([...path, "binds", String(i)], "a bind mount entry must not be empty");
      else if (!bindSourceAbsolute(b)) bad([...path, "binds", String(i)], `the bind mount ${JSON.stringify(b)} has a relative source; sandbox binds need an absolute host path (/…, or C:\\… on Windows)`);
    });
  };
  for (const { path, agent } of agentScopes(config)) {
    const sandbox = agent.sandbox;
    if (!isObj(sandbox)) continue;
    const at = [...path, "sandbox"];
    const docker = isObj(sandbox.docker) ? sandbox.docker : undefined;
    const joinAllowed = docker?.dangerouslyAllowContainerNamespaceJoin === true;
    if (docker) {
      binds(docker.binds, [...at, "docker"]);
      const net = lower(docker.network);
      if (net === "host") bad([...at, "docker", "network"], 'network mode "host" is blocked; use "bridge" or "none"');
      else if (net.startsWith("container:") && !joinAllowed)
        bad([...at, "docker", "network"], 'network mode "container:*" is blocked unless docker.dangerouslyAllowContainerNamespaceJoin is true; use a custom bridge network');
      for (const [key, what] of [
        ["seccompProfile", "seccomp"],
        ["apparmorProfile", "AppArmor"],
      ] as const)
        if (lower(docker[key]) === "unconfined") bad([...at, "docker", key], `the ${what} profile "unconfined" is blocked; name a profile or leave it out`);
    }
    const browser = isObj(sandbox.browser) ? sandbox.browser : undefined;
    if (browser) {
      binds(browser.binds, [...at, "browser"]);
      const net = lower(browser.network);
      if (net === "host") bad([...at, "browser", "network"], 'browser network mode "host" is blocked; use "bridge" or a custom bridge network');
      else if (net.startsWith("container:") && !joinAllowed)
        bad([...at, "browser", "network"], 'browser network mode "container:*" is blocked unless sandbox.docker.dangerouslyAllowContainerNamespaceJoin is true');
    }
  }
  return out;
}

/** A tool policy may widen an allowlist (alsoAllow) or replace it (allow), not both in one scope. */
function toolPolicyIssues(config: Obj): RuntimeIssue[] {
  const out: RuntimeIssue[] = [];
  const check = (policy: unknown, path: string[]) => {
    if (!isObj(policy)) return;
    const nonEmpty = (v: unknown) => Array.isArray(v) && v.length > 0;
    if (nonEmpty(policy.allow) && nonEmpty(policy.alsoAllow))
      out.push({
        pointer: joinPointer("", ...path, "alsoAllow"),
        target: "key",
        message: `${dotted(path)} sets both allow and alsoAllow, and OpenClaw refuses the config: allow replaces the inherited tool list while alsoAllow adds to it. Merge alsoAllow into allow, or remove allow and use a profile with alsoAllow.`,
      });
  };
  // An exec policy is either a mode or the legacy security/ask pair (openclaw doctor migrates the pair).
  const exec = (node: unknown, path: string[]) => {
    if (!isObj(node) || node.mode === undefined) return;
    const legacy = (["security", "ask"] as const).filter((k) => node[k] !== undefined).join(" and ");
    if (legacy)
      out.push({
        pointer: joinPointer("", ...path, "mode"),
        target: "key",
        message: `${dotted(path)} sets mode together with ${legacy}, and OpenClaw refuses the config: mode replaces the legacy security/ask policy. Keep mode and remove ${legacy} (openclaw doctor --fix migrates a security/ask pair to its mode).`,
      });
  };
  const scope = (tools: unknown, path: string[]) => {
    if (!isObj(tools)) return;
    check(tools, path);
    exec(tools.exec, [...path, "exec"]);
    for (const key of ["byProvider", "toolsBySender"])
      if (isObj(tools[key])) for (const [k, p] of Object.entries(tools[key] as Obj)) check(p, [...path, key, k]);
    for (const key of ["subagents", "sandbox"]) if (isObj(tools[key])) check((tools[key] as Obj).tools, [...path, key, "tools"]);
  };
  scope(config.tools, ["tools"]);
  const entries = isObj(config.agents) && isObj(config.agents.entries) ? config.agents.entries : {};
  for (const [id, a] of Object.entries(entries)) if (isObj(a)) scope(a.tools, ["agents", "entries", id, "tools"]);
  return out;
}

/** decisionModel, model-map entries with codeMode/pickerRuntimes, and heartbeat active hours. */
function agentModelIssues(config: Obj): RuntimeIssue[] {
  const out: RuntimeIssue[] = [];
  for (const { path, agent } of agentScopes(config)) {
    const dm = agent.decisionModel;
    // An empty string is how a user turns decision models off; anything else must be provider/model.
    if (typeof dm === "string" && dm.trim() !== "" && !isProviderModelRef(dm))
      out.push({
        pointer: joinPointer("", ...path, "decisionModel"),
        target: "value",
        message: `${dotted(path)}.decisionModel needs a provider/model ref (or "" to turn decision models off), and OpenClaw refuses ${JSON.stringify(dm)}: write it with its provider, e.g. "qwen/${dm.trim()}".`,
      });
    if (isObj(agent.models))
      for (const [ref, entry] of Object.entries(agent.models)) {
        if (isObj(entry) && Array.isArray(entry.pickerRuntimes))
          entry.pickerRuntimes.forEach((id, i) => {
            if (typeof id === "string" && (REFINEMENT_FACTS.pickerRuntimesReserved as readonly string[]).includes(id.trim()))
              out.push({
                pointer: joinPointer("", ...path, "models", ref, "pickerRuntimes", i),
                target: "value",
                message: `pickerRuntimes cannot list "${id.trim()}" (${REFINEMENT_FACTS.pickerRuntimesReserved.map((r) => `"${r}"`).join(" and ")} are reserved); OpenClaw refuses the config. Name the runtimes themselves, or leave pickerRuntimes out.`,
              });
          });
        if (!isObj(entry) || (!ref.includes("*") && isProviderModelRef(ref))) continue;
        for (const [key, what] of [
          ["codeMode", "Code Mode"],
          ["pickerRuntimes", "Picker runtimes"],
        ] as const)
          if (entry[key] !== undefined)
            out.push({
              pointer: joinPointer("", ...path, "models", ref, key),
              target: "key",
              message: `${key} (${what}) works only on an exact provider/model key, and ${JSON.stringify(ref)} is ${ref.includes("*") ? "a wildcard" : "a bare model id"}; OpenClaw refuses the config. Set ${key} on each model's own entry, e.g. "qwen/qwen3.5-plus".`,
            });
      }
    const hours = isObj(agent.heartbeat) && isObj(agent.heartbeat.activeHours) ? agent.heartbeat.activeHours : undefined;
    if (hours)
      for (const [key, allow24] of [
        ["start", false],
        ["end", true],
      ] as const) {
        const raw = hours[key];
        if (typeof raw !== "string" || raw === "") continue;
        const m = /^([01]\d|2[0-3]|24):([0-5]\d)$/.exec(raw);
        const why = !m ? 'use "HH:MM", 24-hour, e.g. "08:00"' : m[1] === "24" && m[2] !== "00" ? "24:00 is the only 24:xx time" : m[1] === "24" && !allow24 ? "a start cannot be 24:00; use 00:00" : undefined;
        if (why) out.push({ pointer: joinPointer("", ...path, "heartbeat", "activeHours", key), target: "value", message: `${dotted(path)}.heartbeat.activeHours.${key}: ${JSON.stringify(raw)} is not a valid time (${why}); OpenClaw refuses the config.` });
      }
  }
  return out;
}

/** talk.provider (and talk.realtime.provider) must name one of its providers, and is needed when there are several. */
function talkIssues(config: Obj): RuntimeIssue[] {
  const out: RuntimeIssue[] = [];
  const check = (node: unknown, path: string[]) => {
    if (!isObj(node)) return;
    const provider = typeof node.provider === "string" ? node.provider.trim().toLowerCase() : "";
    const keys = isObj(node.providers) ? Object.keys(node.providers) : [];
    const at = dotted(path);
    if (provider && keys.length > 0 && !keys.includes(provider))
      out.push({ pointer: joinPointer("", ...path, "provider"), target: "value", message: `${at}.provider "${provider}" is not a key of ${at}.providers (${keys.join(", ")}); OpenClaw refuses the config. Name one of them (lower-case).` });
    if (!provider && keys.length > 1)
      out.push({ pointer: joinPointer("", ...path, "provider"), fallback: joinPointer("", ...path), target: "key", message: `${at}.providers defines ${keys.length} providers, so OpenClaw needs ${at}.provider to pick one and refuses the config without it. Add provider: "${keys[0]}" (or another of ${keys.join(", ")}).` });
  };
  const talk = config.talk;
  check(talk, ["talk"]);
  if (isObj(talk)) check(talk.realtime, ["talk", "realtime"]);
  return out;
}

/**
 * MCP server URLs and the proxy URL must be http(s); one that does not parse is the validator's "uri"
 * finding, and this refinement's too (OpenClaw reports both).
 */
function httpUrlIssues(config: Obj): RuntimeIssue[] {
  const out: RuntimeIssue[] = [];
  const check = (value: unknown, path: string[]) => {
    if (unparsedUrl(value)) out.push({ pointer: joinPointer("", ...path), target: "value", message: `${dotted(path)} must be an http:// or https:// URL; OpenClaw refuses the config.` });
    const protocol = urlOf(value)?.protocol;
    if (protocol === undefined) return;
    if (protocol !== "http:" && protocol !== "https:")
      out.push({ pointer: joinPointer("", ...path), target: "value", message: `${dotted(path)} must be an http:// or https:// URL, not ${protocol}; OpenClaw refuses the config.` });
  };
  for (const root of [["mcp"], ["nodeHost", "mcp"]]) {
    const servers = root.reduce<unknown>((n, k) => (isObj(n) ? n[k] : undefined), config);
    const list = isObj(servers) && isObj(servers.servers) ? servers.servers : {};
    for (const [name, s] of Object.entries(list)) {
      if (!isObj(s)) continue;
      check(s.url, [...root, "servers", name, "url"]);
      if (isObj(s.oauth)) check(s.oauth.redirectUrl, [...root, "servers", name, "oauth", "redirectUrl"]);
    }
  }
  if (isObj(config.proxy)) check(config.proxy.proxyUrl, ["proxy", "proxyUrl"]);
  return out;
}
