// Model refs under the cursor: which slot a position sits in (from the engine's facts, across
// $include files), hover text from the catalog with the file's own endpoint, and endpoint-aware
// completion items. Pure functions over text; the server supplies files and the catalog.
import { resolve } from "node:path";
import { formatNumber } from "../catalog/describe.js";
import type { Catalog } from "../catalog/index.js";
import { availabilityText, describeChatModel, describeVideoModel } from "../catalog/describe.js";
import type { Availability, ChatModel, PlanId, VideoModel } from "../catalog/types.js";
import { analyze, type ConfigFacts, type EndpointResolution, type RefSite, type SlotKind } from "../engine/facts.js";
import { resolveIncludes, type FileHost } from "../engine/include.js";
import { isParseFailure, parseJson5 } from "../engine/parse.js";
import type { Span } from "../engine/source.js";

/** The merged config of a root file and the facts the rules see. */
export interface ConfigView {
  /** The evaluated config after $include merging. */
  config: unknown;
  facts: ConfigFacts;
  /** Where each logical pointer is written. */
  locs: ReturnType<typeof resolveIncludes>["locs"];
}

export function buildView(rootPath: string, host: FileHost, catalog: Catalog, env: Record<string, string | undefined>): ConfigView | undefined {
  let text: string;
  try {
    text = host.readFile(rootPath);
  } catch {
    return undefined;
  }
  const parsed = parseJson5(text, rootPath);
  if (isParseFailure(parsed)) return undefined;
  const resolved = resolveIncludes(parsed, { host, env });
  return { config: resolved.value, facts: analyze(resolved.value, catalog), locs: resolved.locs };
}

export interface SiteHit {
  site: RefSite;
  /** The written string (key or value), quotes included. */
  span: Span;
}

/** The ref site whose written string (quotes included) contains `offset` in `file`. */
export function siteAt(view: ConfigView, file: string, offset: number): SiteHit | undefined {
  const target = resolve(file);
  for (const site of view.facts.refs) {
    const loc = view.locs.get(site.pointer);
    if (!loc || resolve(loc.file) !== target) continue;
    const span = site.target === "key" ? loc.key : loc.value;
    if (!span) continue;
    if (offset >= span.start.offset && offset < span.end.offset) return { site, span };
  }
  return undefined;
}

// ---- the endpoint a ref is judged against -----------------------------------------------------------

type Served = "served" | "lagging" | "not-served" | "unknown";

interface Verdict {
  served: Served;
  /** e.g. "Coding Plan", when the endpoint is known. */
  planName?: string;
  /** One markdown line about the endpoint. */
  line: string;
  /** Short text for completion lists. */
  short: string;
}

const host = (url: string) => new URL(url).host;

function endpointWords(catalog: Catalog, r: Extract<EndpointResolution, { kind: "default" | "known" }>, providerId: string): string {
  return r.kind === "default"
    ? `the ${catalog.endpointLabel(r.endpoint)}, which OpenClaw uses because \`models.providers.${providerId}.baseUrl\` is not set`
    : `the ${catalog.endpointLabel(r.endpoint)}`;
}

function chatVerdict(catalog: Catalog, facts: ConfigFacts, providerId: string, model: ChatModel): Verdict {
  const r = facts.chatEndpointFor(providerId);
  if (r.kind === "dynamic") return { served: "unknown", line: `Endpoint \`${r.raw}\` is decided at run time, so plan availability is not checked.`, short: "endpoint set at run time" };
  // Only the host of an unknown URL: the rest could carry credentials.
  if (r.kind === "none") return { served: "unknown", line: "No endpoint is configured, so plan availability is not checked.", short: "no endpoint" };
  if (r.kind === "unknown") return { served: "unknown", line: `Endpoint \`${r.url?.host ?? "(not a URL)"}\` is not a known Qwen endpoint, so plan availability is not checked.`, short: "unknown endpoint" };
  const plan = r.endpoint.plan;
  const planName = catalog.planName(plan);
  const a: Availability | undefined = model.availability[plan];
  const where = endpointWords(catalog, r, providerId);
  switch (availabilityText(a)) {
    case "available":
      return { served: "served", planName, line: `**Served** by ${where}.`, short: planName };
    case "lagging":
      return { served: "lagging", planName, line: `**Works** on ${where}, but: ${(a as { reason: string }).reason}.`, short: `${planName} (${reasonShort(catalog, model, plan)})` };
    default:
      return {
        served: "not-served",
        planName,
        line: `**Not served** by ${where}${a && a !== "available" ? ` (catalog: ${a.reason})` : ""}.${servingHint(catalog, model, r)}`,
        short: `not on ${planName}`,
      };
  }
}

function reasonShort(catalog: Catalog, model: ChatModel, plan: PlanId): string {
  const better = Object.entries(model.availability).find(([p, a]) => p !== plan && a === "available");
  return better ? `${catalog.planName(better[0])} advised` : "may lag";
}

function servingHint(catalog: Catalog, model: ChatModel, r: Extract<EndpointResolution, { kind: "default" | "known" }>): string {
  const plans = Object.entries(model.availability).filter(([, a]) => availabilityText(a) !== "unavailable").map(([p]) => p as PlanId);
  const target = plans.map((p) => catalog.sibling(r.endpoint, p)).find(Boolean);
  return target ? ` The ${catalog.endpointLabel(target)} serves it: \`${target.baseUrl}\`.` : "";
}

function videoVerdict(catalog: Catalog, facts: ConfigFacts, providerId: string): Verdict {
  const canonical = catalog.canonicalProvider(providerId)?.id ?? providerId;
  // The Qwen plugin sends Wan jobs to its own provider's host; a separate provider (alibaba) uses its own.
  const viaMediaProvider = canonical === catalog.mediaUnderstanding.provider;
  const own = viaMediaProvider ? undefined : facts.providerSite(providerId);
  const info = catalog.provider(canonical);
  const r: EndpointResolution =
    viaMediaProvider
      ? facts.mediaEndpoint("video")
      : own?.baseUrl !== undefined
        ? own.endpoint
        : info?.defaultBaseUrl && catalog.endpointForHost(host(info.defaultBaseUrl))
          ? { kind: "default", endpoint: catalog.endpointForHost(host(info.defaultBaseUrl))! }
          : { kind: "unknown", raw: "" };
  const videoPlans = catalog.plans.filter((p) => p.capabilities.includes("video-generation"));
  const needs = videoPlans.map((p) => p.name).join(" or ");
  if (r.kind === "dynamic" || r.kind === "unknown" || r.kind === "none") return { served: "unknown", line: `The video endpoint is ${r.kind === "dynamic" ? "decided at run time" : "not a known Qwen endpoint"}, so it is not checked.`, short: "endpoint not checked" };
  const plan = catalog.plan(r.endpoint.plan);
  const planName = plan?.name ?? r.endpoint.plan;
  const where = r.kind === "default" ? `the ${catalog.endpointLabel(r.endpoint)} (default)` : `the ${catalog.endpointLabel(r.endpoint)}`;
  if (plan?.capabilities.includes("video-generation")) return { served: "served", planName, line: `**Served** by ${where}.`, short: planName };
  const sibling = videoPlans.map((p) => catalog.sibling(r.endpoint, p.id)).find(Boolean);
  return {
    served: "not-served",
    planName,
    line: `**Not served** by ${where}: Wan video needs a ${needs} endpoint and key${sibling ? `, e.g. \`${sibling.baseUrl}\`` : ""}.`,
    short: `needs ${needs}`,
  };
}

// ---- hover ------------------------------------------------------------------------------------------

const SLOT_WORDS: Record<SlotKind, string> = {
  chat: "chat model",
  image: "image model",
  pdf: "PDF model",
  voice: "voice model",
  video: "video-generation model",
  "image-generation": "image-generation model",
  music: "music-generation model",
  utility: "utility model",
  decision: "decision model",
  listing: "model listing key (lists the model in the picker; selects nothing)",
};

/** Markdown for a ref site, or undefined when the ref is not a Qwen one. */
export function hoverMarkdown(site: RefSite, facts: ConfigFacts, catalog: Catalog): string | undefined {
  const ref = site.ref;
  if (!ref) return undefined;
  const info = catalog.provider(ref.providerId);
  const canonical = catalog.canonicalProvider(ref.providerId);
  if (!info) return undefined;
  const lines: string[] = [];
  const aliasNote =
    info.status === "alias" && info.aliasOf
      ? `\`${ref.provider}\` is a compatibility alias of \`${info.aliasOf}\`; \`${info.aliasOf}/${ref.model}\` is the canonical ref.`
      : info.status === "legacy" && info.aliasOf
        ? `\`${ref.provider}\` is a legacy id of \`${info.aliasOf}\`.`
        : undefined;
  const retired = catalog.retiredModel(ref.providerId, ref.model);
  const chat = catalog.chatModel(ref.providerId, ref.model);
  const video = catalog.isVideoProvider(ref.providerId) ? catalog.videoModel(ref.model) : undefined;
  const planName = (p: string) => catalog.planName(p);

  if (info.status === "removed") {
    lines.push(`**${ref.raw}**: the \`${info.id}\` provider was removed${info.note ? ` (${info.note})` : ""}. Use \`${info.replacedBy}/...\`.`);
  } else if (retired) {
    lines.push(`**${ref.raw}** was retired: ${retired.reason}. Use \`${retired.replacedBy}\`.`);
  } else if (video && (site.slot.kind === "video" || !chat)) {
    lines.push(describeVideoModel(ref.provider, video, catalog.video.defaultModel));
    if (site.slot.selects) lines.push(videoVerdict(catalog, facts, ref.providerId).line);
  } else if (chat) {
    lines.push(describeChatModel(ref.provider, chat, planName));
    if (canonical) lines.push(chatVerdict(catalog, facts, ref.providerId, chat).line);
  } else if (canonical && catalog.chatCatalogFor(ref.providerId)) {
    const cp = catalog.chatCatalogFor(ref.providerId)!;
    const fb = cp.fallbackDefinition;
    lines.push(
      `**${ref.raw}** is not in the catalog (Qwen plugin ${catalog.version}).` +
        (fb ? ` OpenClaw assumes ${fb.input.join(" + ")}, ${formatNumber(fb.contextWindow)} context, ${formatNumber(fb.maxTokens)} max output unless a models row says otherwise.` : ""),
    );
  } else return undefined;
  if (aliasNote) lines.push(aliasNote);
  if (ref.profile) lines.push(`Auth profile: \`${ref.profile}\`.`);
  lines.push(`_${site.slot.path}_: ${SLOT_WORDS[site.slot.kind]}${site.slot.unattended ? ", runs unattended" : ""}.`);
  return lines.join("\n\n");
}

// ---- completion -------------------------------------------------------------------------------------

export interface RefCandidate {
  ref: string;
  /** Markdown docs. */
  documentation: string;
  /** Short text next to the label, e.g. "not on Coding Plan". */
  description: string;
  /** One-line detail. */
  detail: string;
  deprecated: boolean;
  /** Lower sorts first. */
  rank: number;
}

/** Providers the config sets up (models.providers or auth.profiles), canonical ids. */
function configuredProviders(config: unknown, facts: ConfigFacts, catalog: Catalog): Set<string> {
  const out = new Set<string>();
  for (const p of facts.providers) {
    const c = catalog.canonicalProvider(p.id);
    if (c) out.add(c.id);
  }
  const profiles = (config as { auth?: { profiles?: Record<string, unknown> } } | undefined)?.auth?.profiles;
  if (profiles && typeof profiles === "object")
    for (const v of Object.values(profiles)) {
      const id = (v as { provider?: unknown } | null)?.provider;
      const c = typeof id === "string" ? catalog.canonicalProvider(id) : undefined;
      if (c) out.add(c.id);
    }
  return out;
}

/**
 * Model refs for a slot, ranked for this config: refs the configured endpoint serves first, then
 * lagging ones, refs of providers the config does not set up, refs the plan does not serve, and
 * deprecated ones last. Empty for slots Qwen has no models for.
 */
export function refCandidates(kind: SlotKind, facts: ConfigFacts, catalog: Catalog, config?: unknown): RefCandidate[] {
  const out: RefCandidate[] = [];
  const planName = (p: string) => catalog.planName(p);
  if (kind === "video") {
    catalog.video.providers.forEach((p, pi) =>
      catalog.video.models.forEach((m: VideoModel, i) => {
        const v = videoVerdict(catalog, facts, p);
        const rank = (v.served === "not-served" ? 4 : v.served === "unknown" ? 2 : 0) * 1000 + pi * 100 + i;
        out.push({ ref: `${p}/${m.id}`, documentation: `${describeVideoModel(p, m, catalog.video.defaultModel)}\n\n${v.line}`, description: v.short, detail: m.name, deprecated: false, rank });
      }),
    );
    return out.sort((a, b) => a.rank - b.rank);
  }
  if (kind === "image-generation" || kind === "music") return [];
  const configured = configuredProviders(config, facts, catalog);
  if (configured.size === 0 && catalog.chat[0]) configured.add(catalog.chat[0].provider);
  catalog.chat.forEach((cp, pi) =>
    cp.models.forEach((m, i) => {
      if ((kind === "image" || kind === "pdf") && !m.input.includes("image")) return;
      const v = chatVerdict(catalog, facts, cp.provider, m);
      const isConfigured = configured.has(cp.provider);
      const tier = m.deprecated ? 5 : v.served === "not-served" ? 4 : !isConfigured ? 3 : v.served === "unknown" ? 2 : v.served === "lagging" ? 1 : 0;
      const description = m.deprecated ? `deprecated: use ${cp.provider}/${m.deprecated.replacedBy}` : !isConfigured && v.served !== "not-served" ? `${cp.provider} not configured` : v.short;
      out.push({
        ref: `${cp.provider}/${m.id}`,
        documentation: `${describeChatModel(cp.provider, m, planName)}\n\n${v.line}`,
        description,
        detail: `${m.name}${v.planName ? ` · ${v.served === "not-served" ? "not on" : "on"} ${v.planName}` : ""}`,
        deprecated: !!m.deprecated,
        rank: tier * 1000 + pi * 100 + i,
      });
    }),
  );
  return out.sort((a, b) => a.rank - b.rank);
}
