// What a config means for Qwen, computed once per lint and shared by every rule: where model refs sit
// and what each slot does, who serves every provider id, which endpoint every provider talks to, and the
// Qwen plugin's state. Rules read these facts; they never decide them again.
import type { Catalog, ProviderInfo } from "../catalog/index.js";
import type { Endpoint, PlanId } from "../catalog/types.js";
import { chatEndpoint, mediaEndpoint, qwenTarget, resolveBaseUrl } from "./facts/endpoints.js";
import { keySources } from "./facts/keys.js";
import { decideOwner } from "./facts/ownership.js";
import { pluginState } from "./facts/plugin.js";
import { collectRefs } from "./facts/refs.js";
import { isObject, type JsonObject } from "./json.js";
import type { ModelRef, RefProblem } from "./model-ref.js";
import { joinPointer } from "./pointer.js";

export { resolveBaseUrl } from "./facts/endpoints.js";
export { servedChat } from "./facts/ownership.js";
export { SLOT_FIELDS } from "./facts/refs.js";

/** Slots of agents.defaults that OpenClaw's schema types by kind (the editor schema offers refs per kind). */
export type ModelSlotKind = "chat" | "image" | "pdf" | "voice" | "video" | "image-generation" | "music";

/**
 * What a slot does with the model it names.
 * chat | image | pdf | voice | video | image-generation | music: agents.defaults slots of that name;
 * utility, decision: the string-only helper slots; listing: agents.defaults.models keys (lists a model,
 * selects nothing).
 */
export type SlotKind = ModelSlotKind | "utility" | "decision" | "listing";

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

/**
 * The endpoint behind a provider entry or a ref.
 * default: no baseUrl, the Qwen plugin's default endpoint; known: a catalog endpoint's host (for ANY
 * provider id, custom ones included: the host decides the plan); dynamic: `${VAR}` inside, decided at
 * run time; unknown: a host the catalog does not know (or not a URL); none: a non-Qwen id without baseUrl.
 */
export type EndpointResolution =
  | { kind: "default"; endpoint: Endpoint }
  | { kind: "known"; endpoint: Endpoint; raw: string; url: URL }
  | { kind: "dynamic"; raw: string }
  | { kind: "unknown"; raw: string; url?: URL; plan?: PlanId }
  | { kind: "none" };

/**
 * The Qwen catalog and plan behind a provider id's requests (ConfigFacts.qwenTarget).
 * plugin: the Qwen plugin serves the id (canonical or alias): its catalog, and its own checks and
 * refusals (Coding Plan suppressions, video policy) apply. host: any other id whose models.providers
 * entry has a baseUrl on a DashScope host (`bailian`, `aliyun`, a taken-over alias, the legacy
 * `bailian-token-plan`): the host decides the plan, the plugin enforces nothing, and the endpoint itself
 * answers requests its plan does not serve with an HTTP error.
 */
export interface QwenTarget {
  by: "plugin" | "host";
  /** The id as OpenClaw compares it (trimmed, lower-cased). */
  provider: string;
  /** The Qwen chat provider whose catalog the endpoint serves (qwen for Coding Plan and Standard, qwen-token-plan for the Token Plan). */
  chat: ProviderInfo;
  plan: PlanId;
  /** The catalog endpoint, when the host is one (a token-plan.<other region> host has a plan but no listed endpoint). */
  endpoint?: Endpoint;
  resolution: EndpointResolution;
  /** models.providers.<id> (always set for "host"). */
  entry?: ProviderSite;
}

export interface ProviderSite {
  /** Key as written in models.providers. */
  id: string;
  pointer: string;
  entry: JsonObject;
  baseUrl?: string;
  endpoint: EndpointResolution;
}

/** A models.providers.<id>.models[] row. */
export interface RowSite {
  provider: ProviderSite;
  index: number;
  /** Pointer of the row object. */
  pointer: string;
  row: JsonObject;
  /** The row's id, when it is a string. */
  id?: string;
  /** Pointer of the row's `id` value. */
  idPointer: string;
}

export interface MediaToolSite {
  pointer: string;
  entry: JsonObject;
  provider: string;
  model?: string;
  capabilities: string[];
}

/**
 * Who serves `<id>/...` refs (and a models.providers.<id> entry, and a tools.media entry's provider).
 * plugin: the Qwen plugin (or the catalog's video plugin) through the canonical id, a compatibility alias
 * or the legacy Token Plan id; custom: a models.providers entry of an id the plugin does not serve, or one
 * that took an alias over with another api; removed: Qwen Portal ids; other: an id nobody here knows.
 */
export interface Ownership {
  /** The id as OpenClaw compares it (trimmed, lower-cased). */
  id: string;
  by: "plugin" | "custom" | "removed" | "other";
  /** The catalog's facts for the id. */
  info?: ProviderInfo;
  /** The provider the id stands for: canonical (plugin), taken over (custom), or the replacement (removed). */
  canonical?: ProviderInfo;
  /** The plugin that serves the refs (by "plugin"). */
  plugin?: string;
  via?: "canonical" | "alias" | "legacy";
  /** models.providers.<id>, when the config has it. */
  entry?: ProviderSite;
  /**
   * An alias or legacy id whose own entry decides where its refs go or which key they carry (baseUrl,
   * apiKey, auth, headers, api): renaming the refs to the canonical id would change their routing.
   */
  pinned: boolean;
  /** The entry sets an api other than the plugin's transport (a canonical id keeps its refs; an alias loses them unless the api is a `${VAR}`). */
  foreignApi: boolean;
}

/** One setting that stops the plugin from loading. */
export interface PluginBlock {
  pointer: string;
  setting: "enabled" | "deny" | "entry" | "allow";
  /** "plugins.deny lists "qwen", so the plugin does not load" */
  reason: string;
  /** "Remove "qwen" from plugins.deny" */
  fix: string;
  /** A boolean to flip (true) for a suggestion. */
  flip?: true;
}

export interface PluginState {
  /** The plugin id (from endpoints.yaml). */
  plugin: string;
  /** plugins.entries members whose key normalises to the plugin id, in file order (OpenClaw merges them). */
  entries: { key: string; pointer: string; value: JsonObject }[];
  /** Every setting that stops it, in OpenClaw's order (several may apply at once). */
  causes: PluginBlock[];
  /** The one OpenClaw reports (the first cause), or undefined when the plugin may load. */
  blocked?: PluginBlock;
}

/**
 * Where a provider id's key comes from. Config sources carry the pointer and dotted path they sit at;
 * `file` and `database` name a place outside the config (a state-dir `.env` line, an auth-store row).
 * literal: a string apiKey (any shape: rules judge it); placeholder: `${NAME}` in apiKey; env-name: a known
 * env var name written as apiKey (OpenClaw reads it as a reference); secret-ref: a SecretRef object;
 * auth-profile: auth.profiles names the provider (the key is in the agent's auth store); env-vars:
 * env.vars.<NAME> in the config; environment: nothing in the config, the Gateway's environment must
 * have one of `names`; unknown: nothing decides it (not a Qwen id, or an apiKey of another shape).
 */
/** A key read from the installation (src/install/secret.ts): printing it shows a placeholder. */
export interface InstalledSecret {
  reveal(): string;
}

export type KeySource =
  | { kind: "literal"; pointer: string; path: string; value: string }
  | { kind: "placeholder" | "env-name"; pointer: string; path: string; names: string[] }
  | { kind: "secret-ref"; pointer: string; path: string; ref: { source: string; provider: string; id: string } }
  | { kind: "auth-profile"; pointer: string; path: string; profile: string }
  | { kind: "env-vars"; pointer: string; path: string; name: string; value?: string }
  | { kind: "environment"; names: string[]; via?: string }
  | { kind: "file"; file: string; line: number; name: string; display: string; secret: InstalledSecret }
  | { kind: "database"; file: string; table: string; row: string; display: string; secret: InstalledSecret; profile?: string }
  | { kind: "unknown"; pointer?: string; path?: string };

export interface ConfigFacts {
  refs: RefSite[];
  providers: ProviderSite[];
  /** Every object row of every models.providers entry, in config order. */
  rows: RowSite[];
  mediaTools: MediaToolSite[];
  plugin: PluginState;
  /** The models.providers entry for an id: the exact (trimmed) key first, else the first case-insensitive match, as OpenClaw looks it up. */
  providerSite(id: string): ProviderSite | undefined;
  /** Who serves `<id>/...` refs. */
  owner(id: string): Ownership;
  /** Where the key for `<id>/...` requests may come from, most binding first (the first one present wins). */
  keySources(id: string): KeySource[];
  /** Endpoint a ref's chat request goes to: its own entry's baseUrl, else the provider's shared one (baseUrlFrom), else the default. */
  chatEndpointFor(providerId: string): EndpointResolution;
  /** Endpoint Qwen media understanding and Wan video use (models.providers.qwen.baseUrl, else Standard Global). */
  mediaEndpoint(kind: "video" | "media-understanding"): EndpointResolution;
  /** Plan of a resolution, when known (a hostPlans host gives its plan without an endpoint). */
  planOf(r: EndpointResolution): PlanId | undefined;
  /** The Qwen catalog and plan `<id>/...` requests meet, for the plugin's ids and for custom ids on DashScope hosts. */
  qwenTarget(providerId: string): QwenTarget | undefined;
}

function collectProviders(root: JsonObject, catalog: Catalog): ProviderSite[] {
  const providers: ProviderSite[] = [];
  const entries = isObject(root.models) && isObject(root.models.providers) ? root.models.providers : {};
  for (const [id, entry] of Object.entries(entries)) {
    if (!isObject(entry)) continue;
    const baseUrl = typeof entry.baseUrl === "string" ? entry.baseUrl : undefined;
    providers.push({ id, pointer: joinPointer("/models/providers", id), entry, baseUrl, endpoint: resolveBaseUrl(baseUrl, catalog, id) });
  }
  return providers;
}

function collectRows(providers: readonly ProviderSite[]): RowSite[] {
  const out: RowSite[] = [];
  for (const provider of providers)
    if (Array.isArray(provider.entry.models))
      provider.entry.models.forEach((row, index) => {
        if (!isObject(row)) return;
        const pointer = joinPointer(provider.pointer, "models", index);
        out.push({ provider, index, pointer, row, id: typeof row.id === "string" ? row.id : undefined, idPointer: joinPointer(pointer, "id") });
      });
  return out;
}

/** tools.media.models[] (media understanding). */
function collectMediaTools(root: JsonObject): MediaToolSite[] {
  const media = isObject(root.tools) && isObject(root.tools.media) ? root.tools.media : undefined;
  const out: MediaToolSite[] = [];
  if (media && Array.isArray(media.models))
    media.models.forEach((m, i) => {
      if (!isObject(m) || typeof m.provider !== "string") return;
      out.push({
        pointer: joinPointer("/tools/media/models", i),
        entry: m,
        provider: m.provider,
        model: typeof m.model === "string" ? m.model : undefined,
        capabilities: Array.isArray(m.capabilities) ? m.capabilities.filter((c): c is string => typeof c === "string") : [],
      });
    });
  return out;
}

export function analyze(config: unknown, catalog: Catalog): ConfigFacts {
  const root = isObject(config) ? config : {};
  const providers = collectProviders(root, catalog);
  const providerSite = (id: string) => {
    const want = id.trim();
    return providers.find((p) => p.id.trim() === want) ?? providers.find((p) => p.id.trim().toLowerCase() === want.toLowerCase());
  };
  const owners = new Map<string, Ownership>();
  // Provider ids auth.profiles name (trimmed, lower-cased): an alias with its own profile keeps its refs.
  const profiles = isObject(root.auth) && isObject(root.auth.profiles) ? Object.values(root.auth.profiles) : [];
  const profileProviders = new Set(profiles.filter(isObject).map((p) => p.provider).filter((p): p is string => typeof p === "string").map((p) => p.trim().toLowerCase()));
  const owner = (id: string) => {
    const key = id.trim().toLowerCase();
    let o = owners.get(key);
    if (!o) owners.set(key, (o = decideOwner(catalog, id, providerSite(id), profileProviders.has(key))));
    return o;
  };
  const qwenPlugin = catalog.provider(catalog.mediaUnderstanding.provider)?.plugin ?? catalog.mediaUnderstanding.provider;
  return {
    refs: collectRefs(root),
    providers,
    rows: collectRows(providers),
    mediaTools: collectMediaTools(root),
    plugin: pluginState(root, qwenPlugin),
    providerSite,
    owner,
    keySources: (id) => keySources(catalog, root, owner(id), providerSite),
    chatEndpointFor: (providerId) => chatEndpoint(catalog, providers, providerSite(providerId), providerId),
    mediaEndpoint: (kind) => mediaEndpoint(catalog, providers, kind),
    planOf: (r) => (r.kind === "default" || r.kind === "known" ? r.endpoint.plan : r.kind === "unknown" ? r.plan : undefined),
    qwenTarget: (providerId) => qwenTarget(catalog, owner(providerId), chatEndpoint(catalog, providers, providerSite(providerId), providerId)),
  };
}
