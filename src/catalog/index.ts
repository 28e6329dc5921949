// Runtime view of the generated catalog: typed lookups for rules, optionally extended by the project
// config (models or endpoints Alibaba shipped before we did). No YAML, no schema work here.
import {
  CATALOG_UPDATED,
  CATALOG_VERSION,
  CHAT_CATALOG,
  DAEMON_ENV,
  ENDPOINT_DEFAULTS,
  HOST_PLANS,
  ENDPOINTS,
  ENV_VARS,
  IGNORED_ENV_FILES,
  MEDIA_UNDERSTANDING,
  PLANS,
  PROVIDERS,
  REGIONS,
  REMOVED_HOSTS,
  RETIRED_MODELS,
  VIDEO_CATALOG,
} from "../generated/catalog.js";
import type {
  Availability,
  ChatModel,
  ChatProviderCatalog,
  Endpoint,
  EndpointDefaults,
  EnvVarInfo,
  MediaUnderstanding,
  Plan,
  PlanId,
  ProviderInfo,
  Region,
  RetiredModel,
  VideoCatalog,
  VideoModel,
} from "./types.js";

export type * from "./types.js";

/** Catalog additions from `.openclaw-qwen-lint.json5` (`catalog.models`, `catalog.videoModels`, `catalog.endpoints`). */
export interface CatalogExtension {
  models?: readonly (ChatModel & { provider: string })[];
  /** Wan models Alibaba shipped after this catalog; served like the shipped ones (Standard endpoints). */
  videoModels?: readonly VideoModel[];
  endpoints?: readonly Endpoint[];
}

export class Catalog {
  readonly version = CATALOG_VERSION;
  readonly updated = CATALOG_UPDATED;
  readonly chat: readonly ChatProviderCatalog[];
  readonly video: VideoCatalog;
  readonly mediaUnderstanding: MediaUnderstanding = MEDIA_UNDERSTANDING;
  readonly retired: readonly RetiredModel[] = RETIRED_MODELS;
  readonly plans: readonly Plan[] = PLANS;
  readonly regions: readonly Region[] = REGIONS;
  readonly endpoints: readonly Endpoint[];
  readonly defaults: EndpointDefaults = ENDPOINT_DEFAULTS;
  /** Hosts of a plan beyond the listed endpoints (endpoints.yaml hostPlans), patterns compiled once at load. */
  private readonly hostPlans = HOST_PLANS.map((h) => ({ re: new RegExp(h.hostPattern, "i"), plan: h.plan as PlanId, source: h.source }));
  readonly providers: readonly ProviderInfo[] = PROVIDERS;
  readonly removedHosts = REMOVED_HOSTS;
  readonly envVars: readonly EnvVarInfo[] = ENV_VARS;
  readonly ignoredEnvFiles = IGNORED_ENV_FILES;
  readonly daemonEnv = DAEMON_ENV;
  private readonly providerById: Map<string, ProviderInfo>;
  private readonly endpointByHost: Map<string, Endpoint>;

  constructor(extension: CatalogExtension = {}) {
    const chat = CHAT_CATALOG.map((cp) => ({ ...cp, models: [...cp.models] as ChatModel[] }));
    for (const m of extension.models ?? []) {
      const { provider, ...model } = m;
      const cp = chat.find((c) => c.provider === provider);
      if (!cp) continue;
      const i = cp.models.findIndex((x) => x.id === model.id);
      if (i >= 0) cp.models[i] = model;
      else cp.models.push(model);
    }
    this.chat = chat;
    const extraVideo = (extension.videoModels ?? []).filter((v) => !VIDEO_CATALOG.models.some((m) => m.id === v.id));
    this.video = extraVideo.length ? { ...VIDEO_CATALOG, models: [...VIDEO_CATALOG.models, ...extraVideo] } : VIDEO_CATALOG;
    this.endpoints = [...ENDPOINTS, ...(extension.endpoints ?? [])];
    this.providerById = new Map(PROVIDERS.map((p) => [p.id, p]));
    this.endpointByHost = new Map(this.endpoints.map((e) => [new URL(e.baseUrl).host, e]));
  }

  /** Provider facts by id (compared lower-cased, as OpenClaw does). */
  provider(id: string): ProviderInfo | undefined {
    return this.providerById.get(id.toLowerCase());
  }

  /** The canonical provider an id stands for: `modelstudio` -> `qwen`; unknown ids -> undefined. */
  canonicalProvider(id: string): ProviderInfo | undefined {
    const p = this.provider(id);
    if (!p) return undefined;
    if (p.status === "canonical") return p;
    const target = p.aliasOf ?? p.replacedBy;
    return target ? this.provider(target) : undefined;
  }

  /** The chat catalog a provider id reads (aliases included; legacy/removed ids excluded). */
  chatCatalogFor(providerId: string): ChatProviderCatalog | undefined {
    const p = this.provider(providerId);
    if (!p || p.status === "removed" || p.status === "legacy") return undefined;
    const canonical = p.status === "canonical" ? p.id : p.aliasOf;
    return this.chat.find((c) => c.provider === canonical);
  }

  chatModel(providerId: string, modelId: string): ChatModel | undefined {
    return this.chatCatalogFor(providerId)?.models.find((m) => m.id === modelId);
  }

  videoModel(modelId: string): VideoModel | undefined {
    return this.video.models.find((m) => m.id === modelId);
  }

  /** Wan models are served under these providers. */
  isVideoProvider(providerId: string): boolean {
    const c = this.canonicalProvider(providerId);
    return !!c && this.video.providers.includes(c.id);
  }

  retiredModel(providerId: string, modelId: string): RetiredModel | undefined {
    const canonical = this.canonicalProvider(providerId)?.id ?? providerId.toLowerCase();
    return this.retired.find((r) => (r.provider === canonical || r.provider === providerId.toLowerCase()) && r.id === modelId);
  }

  plan(id: string): Plan | undefined {
    return this.plans.find((p) => p.id === id);
  }

  endpoint(id: string): Endpoint | undefined {
    return this.endpoints.find((e) => e.id === id);
  }

  /** The endpoint served at a host (lower-cased, trailing dots stripped, as the plugin compares). */
  /** The plan a host belongs to: a listed endpoint's, else a hostPlans pattern's (token-plan.<any region>.maas...). */
  planForHost(host: string): PlanId | undefined {
    const h = host.toLowerCase().replace(/\.+$/, "");
    return this.endpointForHost(h)?.plan ?? this.hostPlans.find((p) => p.re.test(h))?.plan;
  }

  endpointForHost(host: string): Endpoint | undefined {
    return this.endpointByHost.get(host.toLowerCase().replace(/\.+$/, ""));
  }

  /** Endpoints of one plan, global first. */
  endpointsForPlan(plan: PlanId): Endpoint[] {
    return this.endpoints.filter((e) => e.plan === plan).sort((a, b) => (a.region === "global" ? -1 : 1) - (b.region === "global" ? -1 : 1));
  }

  /** The same-region endpoint of another plan, e.g. the Standard endpoint matching a Coding Plan one. */
  sibling(e: Endpoint, plan: PlanId): Endpoint | undefined {
    return this.endpoints.find((x) => x.plan === plan && x.region === e.region);
  }

  availability(model: ChatModel, plan: PlanId): Availability | undefined {
    return model.availability[plan];
  }

  /** Models of a provider the plan serves (available or lagging), in catalog order. */
  modelsOnPlan(providerId: string, plan: PlanId): ChatModel[] {
    return (this.chatCatalogFor(providerId)?.models ?? []).filter((m) => {
      const a = m.availability[plan];
      return a !== undefined && (a === "available" || a.status === "lagging");
    });
  }

  planName(plan: string): string {
    return this.plan(plan)?.name ?? plan;
  }

  regionName(region: string): string {
    return this.regions.find((r) => r.id === region)?.name ?? region;
  }

  /** "Coding Plan Global endpoint (coding-intl.dashscope.aliyuncs.com)" */
  endpointLabel(e: Endpoint): string {
    return `${this.planName(e.plan)} ${this.regionName(e.region)} endpoint (${new URL(e.baseUrl).host})`;
  }

  envVar(name: string): EnvVarInfo | undefined {
    return this.envVars.find((v) => v.name === name);
  }
}

export const hasAdditions = (extension: CatalogExtension | undefined): extension is CatalogExtension =>
  (extension?.models?.length ?? 0) + (extension?.videoModels?.length ?? 0) + (extension?.endpoints?.length ?? 0) > 0;

/** The catalog for a project config's additions: the shared shipped catalog when there are none. */
export function catalogFor(extension: CatalogExtension | undefined): Catalog {
  return hasAdditions(extension) ? new Catalog(extension) : defaultCatalog();
}

let shared: Catalog | undefined;
/** The shipped catalog, built once. */
export function defaultCatalog(): Catalog {
  return (shared ??= new Catalog());
}
