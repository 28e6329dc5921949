// Why the Qwen plugin refuses Wan video for a chat provider, decided once for every rule that asks
// (video-requires-standard for the config's video slots, cron-video-rejected for stored cron jobs):
// the plugin's credential policy checks the configured host first, then the key it resolves.
import type { Catalog } from "../../catalog/index.js";
import { secret } from "../../engine/message.js";
import type { RuleContext } from "../../engine/rule.js";
import { siblings } from "./endpoints.js";
import { usedKeyOf } from "./used-key.js";

export type RefusalCause = "hostNotVideoPlan" | "hostOnPlan" | "keyNotVideoPlan" | "keyAndHostNotVideoPlan";

export interface VideoRefusal {
  cause: RefusalCause;
  /** Placeholders of the cause's messages: plans, key, provider, and endpoint/host/key details. */
  data: Record<string, unknown>;
}

/** The reason `providerId`'s Wan video requests are refused with this config (and installation), if any. */
export function videoRefusal(ctx: RuleContext, providerId: string): VideoRefusal | undefined {
  const { catalog, facts } = ctx;
  const videoPlans = catalog.plans.filter((p) => p.capabilities.includes("video-generation"));
  const videoPlanIds = videoPlans.map((p) => p.id);
  const plans = videoPlans.map((p) => p.name).join(" or ");
  const common = { provider: providerId, plans, key: videoPlans[0]?.keyDescription ?? `a ${plans} key` };
  const r = facts.mediaEndpoint("video");
  // A host of a subscription plan that is not one of the listed endpoints (token-plan.<other region>.maas...).
  const hostPlan = r.kind === "unknown" && r.url ? catalog.planForHost(r.url.hostname) : undefined;
  if ((r.kind === "known" || r.kind === "default") && !videoPlanIds.includes(r.endpoint.plan)) {
    const standard = siblings(catalog, r.endpoint.region, videoPlanIds)[0];
    return { cause: "hostNotVideoPlan", data: { ...common, endpoint: catalog.endpointLabel(r.endpoint), baseUrl: standard?.baseUrl ?? `a ${plans} endpoint` } };
  }
  if (hostPlan && !videoPlanIds.includes(hostPlan)) {
    const baseUrls = videoPlanIds.flatMap((p) => catalog.endpointsForPlan(p).map((e) => e.baseUrl)).join(" or ");
    return { cause: "hostOnPlan", data: { ...common, hostPlan: catalog.planName(hostPlan), host: r.kind === "unknown" ? r.url!.hostname : "", baseUrls } };
  }
  const subscription = catalog.plans.filter((p) => p.keyPrefix && !videoPlanIds.includes(p.id));
  const key = usedKeyOf(ctx, providerId);
  if (!key || !subscription.some((p) => key.value.trim().startsWith(p.keyPrefix!))) return undefined;
  // The key alone is the problem only when chat already runs on a video plan; otherwise both change.
  const chat = facts.chatEndpointFor(providerId);
  const chatOk = (chat.kind === "known" || chat.kind === "default") && videoPlanIds.includes(chat.endpoint.plan);
  const standard = chat.kind === "known" || chat.kind === "default" ? siblings(catalog, chat.endpoint.region, videoPlanIds)[0] : undefined;
  return {
    cause: chatOk ? "keyNotVideoPlan" : "keyAndHostNotVideoPlan",
    data: {
      ...common,
      path: key.path,
      shown: key.installed ? key.shown : secret(key.value),
      keyPlans: subscription.map((p) => p.name).join(" or "),
      baseUrl: standard?.baseUrl ?? `a ${plans} endpoint`,
    },
  };
}

/** ", or use alibaba/<model> with MODELSTUDIO_API_KEY set to a Standard key, ...": the video-only provider, when there is one. */
export function videoOnlyAlternative(catalog: Catalog, model: string, plans: string, chatProvider: string): string {
  const videoOnly = catalog.video.providers.map((id) => catalog.provider(id)).find((p) => p?.role === "video");
  return videoOnly
    ? `, or use ${videoOnly.id}/${model}${videoOnly.env?.length ? ` with ${videoOnly.env[0]} set to a ${plans} key` : ""}, which leaves the ${chatProvider} chat setup as it is`
    : "";
}
