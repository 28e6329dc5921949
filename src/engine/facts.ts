// What a config means for Qwen, computed once per lint and shared by every rule: where model refs sit
// and what each slot does, which endpoint every Qwen provider talks to, and the Qwen plugin's state.
import type { Catalog } from "../catalog/index.js";
import type { Endpoint, PlanId } from "../catalog/types.js";
import { parseModelRef, type ModelRef, type RefProblem } from "./model-ref.js";
import { joinPointer } from "./pointer.js";

/**
 * What a slot does with the model it names.
 * chat | image | pdf | voice | video | image-generation | music: agents.defaults slots of that name;
 * utility, decision: the string-only helper slots; listing: agents.defaults.models keys (lists a model,
 * selects nothing).
 */
export type SlotKind = "chat" | "image" | "pdf" | "voice" | "video" | "image-generation" | "music" | "utility" | "decision" | "listing";

export interface Slot {
  /** Dotted path with `<id>` for agent ids, e.g. `agents.defaults.imageModel.fallbacks`. */
  path: string;
  kind: SlotKind;
  /** False for listing keys: onboarding writes them and they select nothing, so findings are info at most. */
  selects: boolean;
  /** Runs without a person: heartbeat, hooks, memory flush. */
  unattended: boolean;
  role: "primary" | "fallback" | "single" | "key";
  /** A retired key (e.g. agents.defaults.videoGenerationModel); legacy-config-key reports the key. */
  legacy?: boolean;
  agentId?: string;
}

export interface RefSite {
  /** Pointer of the string (or of the listing key, target "key"). */
  pointer: string;
  target: "key" | "value";
  raw: string;
  ref?: ModelRef;
  bare?: true;
  problem?: RefProblem;
  slot: Slot;
}

export type EndpointResolution =
  | { kind: "default"; endpoint: Endpoint }
  | { kind: "known"; endpoint: Endpoint; raw: string; url: URL }
  /** `${VAR}` inside: decided at run time, not checkable. */
  | { kind: "dynamic"; raw: string }
  | { kind: "unknown"; raw: string; url?: URL };

export interface ProviderSite {
  /** Key as written in models.providers. */
  id: string;
  pointer: string;
  entry: Record<string, unknown>;
  baseUrl?: string;
  endpoint: EndpointResolution;
}

export interface MediaToolSite {
  pointer: string;
  entry: Record<string, unknown>;
  provider: string;
  model?: string;
  capabilities: string[];
}

export interface PluginState {
  /** Why Qwen refs will not resolve, or undefined when the plugin may load. */
  blocked?: { pointer: string; reason: string; fix: string };
}

export interface ConfigFacts {
  refs: RefSite[];
  providers: ProviderSite[];
  mediaTools: MediaToolSite[];
  plugin: PluginState;
  /** The models.providers entry for an id (compared lower-cased; first match wins, as in the plugin). */
  providerSite(id: string): ProviderSite | undefined;
  /** Endpoint a ref's chat request goes to: its own entry's baseUrl, else the provider's shared one (baseUrlFrom), else the default. */
  chatEndpointFor(providerId: string): EndpointResolution;
  /** Endpoint Qwen media understanding and Wan video use (models.providers.qwen.baseUrl, else Standard Global). */
  mediaEndpoint(kind: "video" | "media-understanding"): EndpointResolution;
  /** Plan of a resolution, when known. */
  planOf(r: EndpointResolution): PlanId | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export const SLOT_FIELDS: { field: string; kind: SlotKind; shape: "slot" | "string"; unattended?: boolean }[] = [
  { field: "model", kind: "chat", shape: "slot" },
  { field: "imageModel", kind: "image", shape: "slot" },
  { field: "pdfModel", kind: "pdf", shape: "slot" },
  { field: "voiceModel", kind: "voice", shape: "slot" },
  { field: "utilityModel", kind: "utility", shape: "string" },
  { field: "decisionModel", kind: "decision", shape: "string" },
];

export function analyze(config: unknown, catalog: Catalog): ConfigFacts {
  const root = isObject(config) ? config : {};
  const refs: RefSite[] = [];

  const addRef = (pointer: string, raw: unknown, slot: Slot, target: "key" | "value" = "value") => {
    if (typeof raw !== "string") return;
    const parsed = parseModelRef(raw);
    refs.push({ pointer, target, raw, ...parsed, slot });
  };
  /** string | { primary, fallbacks } */
  const addSlot = (pointer: string, value: unknown, base: Omit<Slot, "role">) => {
    if (typeof value === "string") addRef(pointer, value, { ...base, role: "single" });
    else if (isObject(value)) {
      if ("primary" in value) addRef(joinPointer(pointer, "primary"), value.primary, { ...base, path: base.path + ".primary", role: "primary" });
      if (Array.isArray(value.fallbacks))
        value.fallbacks.forEach((f, i) => addRef(joinPointer(pointer, "fallbacks", i), f, { ...base, path: base.path + ".fallbacks", role: "fallback" }));
    }
  };
  const agentScope = (scope: Record<string, unknown>, pointer: string, path: string, agentId?: string) => {
    const common = { selects: true, unattended: false, agentId };
    const fields = agentId === undefined ? SLOT_FIELDS : SLOT_FIELDS.filter((f) => !["imageModel", "pdfModel", "voiceModel"].includes(f.field));
    for (const f of fields)
      if (f.field in scope) {
        const p = joinPointer(pointer, f.field);
        if (f.shape === "slot") addSlot(p, scope[f.field], { path: `${path}.${f.field}`, kind: f.kind, ...common });
        else addRef(p, scope[f.field], { path: `${path}.${f.field}`, kind: f.kind, ...common, role: "single" });
      }
    if (agentId === undefined && isObject(scope.mediaModels)) {
      const kinds = { image: "image-generation", video: "video", music: "music" } as const;
      for (const [k, kind] of Object.entries(kinds))
        if (k in scope.mediaModels) addSlot(joinPointer(pointer, "mediaModels", k), scope.mediaModels[k], { path: `${path}.mediaModels.${k}`, kind, ...common });
    }
    if (agentId === undefined) {
      const legacy = { videoGenerationModel: "video", imageGenerationModel: "image-generation", musicGenerationModel: "music" } as const;
      for (const [k, kind] of Object.entries(legacy))
        if (k in scope) addSlot(joinPointer(pointer, k), scope[k], { path: `${path}.${k}`, kind, ...common, legacy: true });
    }
    if (isObject(scope.models))
      for (const key of Object.keys(scope.models))
        addRef(joinPointer(pointer, "models", key), key, { path: `${path}.models`, kind: "listing", selects: false, unattended: false, role: "key", agentId }, "key");
    if (isObject(scope.heartbeat) && "model" in scope.heartbeat)
      addRef(joinPointer(pointer, "heartbeat", "model"), scope.heartbeat.model, { path: `${path}.heartbeat.model`, kind: "chat", selects: true, unattended: true, role: "single", agentId });
    if (isObject(scope.subagents) && "model" in scope.subagents)
      addSlot(joinPointer(pointer, "subagents", "model"), scope.subagents.model, { path: `${path}.subagents.model`, kind: "chat", ...common });
    if (isObject(scope.compaction)) {
      if ("model" in scope.compaction)
        addRef(joinPointer(pointer, "compaction", "model"), scope.compaction.model, { path: `${path}.compaction.model`, kind: "chat", ...common, role: "single" });
      const mf = scope.compaction.memoryFlush;
      if (isObject(mf) && "model" in mf)
        addRef(joinPointer(pointer, "compaction", "memoryFlush", "model"), mf.model, { path: `${path}.compaction.memoryFlush.model`, kind: "chat", selects: true, unattended: true, role: "single", agentId });
    }
    const cyber = isObject(scope.embeddedAgent) && isObject(scope.embeddedAgent.cyberFailover) ? scope.embeddedAgent.cyberFailover : undefined;
    if (cyber && "model" in cyber)
      addRef(joinPointer(pointer, "embeddedAgent", "cyberFailover", "model"), cyber.model, { path: `${path}.embeddedAgent.cyberFailover.model`, kind: "chat", ...common, role: "single" });
    if (isObject(scope.tts) && "summaryModel" in scope.tts)
      addRef(joinPointer(pointer, "tts", "summaryModel"), scope.tts.summaryModel, { path: `${path}.tts.summaryModel`, kind: "chat", ...common, role: "single" });
    const reviewer = isObject(scope.tools) && isObject(scope.tools.exec) && isObject(scope.tools.exec.reviewer) ? scope.tools.exec.reviewer : undefined;
    if (reviewer && "model" in reviewer)
      addRef(joinPointer(pointer, "tools", "exec", "reviewer", "model"), reviewer.model, { path: `${path}.tools.exec.reviewer.model`, kind: "chat", ...common, role: "single" });
  };

  const agents = isObject(root.agents) ? root.agents : undefined;
  if (agents && isObject(agents.defaults)) agentScope(agents.defaults, "/agents/defaults", "agents.defaults");
  if (agents && isObject(agents.entries))
    for (const [id, entry] of Object.entries(agents.entries))
      if (isObject(entry)) agentScope(entry, joinPointer("/agents/entries", id), "agents.entries.<id>", id);
  // tools.exec.reviewer.model and tts.summaryModel at the root are the same kinds of slot.
  agentScope({ tools: root.tools, tts: root.tts }, "", "");
  if (isObject(root.hooks)) {
    if (Array.isArray(root.hooks.mappings))
      root.hooks.mappings.forEach((m, i) => {
        if (isObject(m) && "model" in m)
          addRef(joinPointer("/hooks/mappings", i, "model"), m.model, { path: "hooks.mappings.model", kind: "chat", selects: true, unattended: true, role: "single" });
      });
    if (isObject(root.hooks.gmail) && "model" in root.hooks.gmail)
      addRef("/hooks/gmail/model", root.hooks.gmail.model, { path: "hooks.gmail.model", kind: "chat", selects: true, unattended: true, role: "single" });
  }
  for (const r of refs) if (r.slot.path.startsWith(".")) r.slot.path = r.slot.path.slice(1);

  // Providers and endpoints.
  const providers: ProviderSite[] = [];
  const models = isObject(root.models) ? root.models : undefined;
  if (models && isObject(models.providers))
    for (const [id, entry] of Object.entries(models.providers)) {
      if (!isObject(entry)) continue;
      const baseUrl = typeof entry.baseUrl === "string" ? entry.baseUrl : undefined;
      providers.push({ id, pointer: joinPointer("/models/providers", id), entry, baseUrl, endpoint: resolveBaseUrl(baseUrl, catalog, id) });
    }
  const providerSite = (id: string) => providers.find((p) => p.id.toLowerCase() === id.toLowerCase());

  /** The plugin's configured base URL: the first models.providers entry (in file order) among `ids` that has one. */
  const configuredBaseUrl = (ids: readonly string[]) => {
    const wanted = new Set(ids.map((i) => i.toLowerCase()));
    return providers.find((p) => wanted.has(p.id.toLowerCase()) && p.baseUrl !== undefined);
  };
  const chatEndpointFor = (providerId: string): EndpointResolution => {
    const own = providerSite(providerId);
    if (own?.baseUrl !== undefined) return own.endpoint;
    const info = catalog.canonicalProvider(providerId);
    const shared = info?.baseUrlFrom ? configuredBaseUrl(info.baseUrlFrom) : undefined;
    if (shared) return shared.endpoint;
    const fallback = info?.plans?.includes("token") ? catalog.defaults.tokenPlanChat : catalog.defaults.chat;
    return { kind: "default", endpoint: catalog.endpoint(fallback)! };
  };
  const mediaEndpoint = (kind: "video" | "media-understanding"): EndpointResolution => {
    // The plugin's media paths read models.providers[<media provider>] by its exact id.
    const id = catalog.mediaUnderstanding.provider;
    const q = providers.find((p) => p.id === id);
    if (q?.baseUrl !== undefined) return q.endpoint;
    return { kind: "default", endpoint: catalog.endpoint(kind === "video" ? catalog.defaults.videoGeneration : catalog.defaults.mediaUnderstanding)! };
  };

  // tools.media.models[] (media understanding).
  const mediaTools: MediaToolSite[] = [];
  const media = isObject(root.tools) && isObject(root.tools.media) ? root.tools.media : undefined;
  if (media && Array.isArray(media.models))
    media.models.forEach((m, i) => {
      if (!isObject(m) || typeof m.provider !== "string") return;
      mediaTools.push({
        pointer: joinPointer("/tools/media/models", i),
        entry: m,
        provider: m.provider,
        model: typeof m.model === "string" ? m.model : undefined,
        capabilities: Array.isArray(m.capabilities) ? m.capabilities.filter((c): c is string => typeof c === "string") : [],
      });
    });

  return {
    refs,
    providers,
    mediaTools,
    plugin: pluginState(root, catalog.provider(catalog.mediaUnderstanding.provider)?.plugin ?? catalog.mediaUnderstanding.provider),
    providerSite,
    chatEndpointFor,
    mediaEndpoint,
    planOf: (r) => (r.kind === "default" || r.kind === "known" ? r.endpoint.plan : undefined),
  };
}

export function resolveBaseUrl(baseUrl: string | undefined, catalog: Catalog, providerId: string): EndpointResolution {
  if (baseUrl === undefined) {
    const info = catalog.canonicalProvider(providerId);
    const id = info?.plans?.includes("token") ? catalog.defaults.tokenPlanChat : catalog.defaults.chat;
    return { kind: "default", endpoint: catalog.endpoint(id)! };
  }
  if (/\$\{[A-Z_][A-Z0-9_]*\}/.test(baseUrl)) return { kind: "dynamic", raw: baseUrl };
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return { kind: "unknown", raw: baseUrl };
  }
  const endpoint = catalog.endpointForHost(url.hostname);
  return endpoint ? { kind: "known", endpoint, raw: baseUrl, url } : { kind: "unknown", raw: baseUrl, url };
}

/** Whether the Qwen plugin (id `plugin`, from endpoints.yaml) may load. */
function pluginState(root: Record<string, unknown>, plugin: string): PluginState {
  const plugins = isObject(root.plugins) ? root.plugins : undefined;
  if (!plugins) return {};
  if (plugins.enabled === false)
    return { blocked: { pointer: "/plugins/enabled", reason: "plugins.enabled is false, so no plugin (Qwen included) loads", fix: "set plugins.enabled to true" } };
  if (Array.isArray(plugins.deny)) {
    const i = plugins.deny.findIndex((d) => typeof d === "string" && d.toLowerCase() === plugin);
    if (i >= 0) return { blocked: { pointer: joinPointer("/plugins/deny", i), reason: `plugins.deny lists "${plugin}"`, fix: `remove "${plugin}" from plugins.deny` } };
  }
  if (Array.isArray(plugins.allow) && plugins.allow.length > 0 && !plugins.allow.some((a) => typeof a === "string" && a.toLowerCase() === plugin))
    return { blocked: { pointer: "/plugins/allow", reason: `plugins.allow is a non-empty allow list without "${plugin}"`, fix: `add "${plugin}" to plugins.allow` } };
  const entry = isObject(plugins.entries) && isObject(plugins.entries[plugin]) ? plugins.entries[plugin] : undefined;
  if (entry && entry.enabled === false)
    return { blocked: { pointer: joinPointer("/plugins/entries", plugin, "enabled"), reason: `plugins.entries.${plugin}.enabled is false`, fix: `set plugins.entries.${plugin}.enabled to true` } };
  return {};
}
