import { redact } from "../engine/secrets.js";
import { defineRule } from "../engine/rule.js";
import { siblings } from "./util/endpoints.js";
import { usedKeyOf } from "./util/used-key.js";

export default defineRule({
  meta: {
    id: "video-requires-standard",
    severity: "error",
    category: "endpoints",
    description: "Wan video generation while the Qwen provider uses a Coding Plan or Token Plan host or key.",
    fixable: false,
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const sites = facts.refs.filter((s) => {
      if (!s.ref || s.slot.kind !== "video" || !s.slot.selects) return false;
      const c = catalog.canonicalProvider(s.ref.providerId);
      // The video-only provider (alibaba/...) has its own Standard-only setup.
      return !!c && c.role === "chat" && catalog.provider(s.ref.providerId)?.status !== "removed" && catalog.isVideoProvider(c.id);
    });
    if (sites.length === 0) return;
    const videoPlans = catalog.plans.filter((p) => p.capabilities.includes("video-generation"));
    const videoPlanIds = videoPlans.map((p) => p.id);
    const videoPlanNames = videoPlans.map((p) => p.name).join(" or ");
    const keyWanted = videoPlans[0]?.keyDescription ?? `a ${videoPlanNames} key`;
    const provider = catalog.canonicalProvider(sites[0].ref!.providerId)!;

    // The plugin checks the configured host first, then the resolved key.
    const r = facts.mediaEndpoint("video");
    let cause: string;
    let remedy: string;
    // A host of a subscription plan that is not one of the listed endpoints (token-plan.<other region>.maas...).
    const hostPlan = r.kind === "unknown" && r.url ? catalog.planForHost(r.url.hostname) : undefined;
    if ((r.kind === "known" || r.kind === "default") && !videoPlanIds.includes(r.endpoint.plan)) {
      const standard = siblings(catalog, r.endpoint.region, videoPlanIds)[0];
      cause = `models.providers.${provider.id}.baseUrl is the ${catalog.endpointLabel(r.endpoint)}`;
      remedy = `Set models.providers.${provider.id}.baseUrl to ${standard?.baseUrl ?? `a ${videoPlanNames} endpoint`} with ${keyWanted}`;
    } else if (hostPlan && !videoPlanIds.includes(hostPlan)) {
      cause = `models.providers.${provider.id}.baseUrl is on a ${catalog.planName(hostPlan)} host (${r.kind === "unknown" ? r.url!.hostname : ""})`;
      remedy = `Set models.providers.${provider.id}.baseUrl to a ${videoPlanNames} endpoint of your region (${videoPlanIds.flatMap((p) => catalog.endpointsForPlan(p).map((e) => e.baseUrl)).join(" or ")}) with ${keyWanted}`;
    } else {
      const subscription = catalog.plans.filter((p) => p.keyPrefix && !videoPlanIds.includes(p.id));
      const key = usedKeyOf(ctx, provider.id);
      if (!key || !subscription.some((p) => key.value.trim().startsWith(p.keyPrefix!))) return;
      cause = `the key in ${key.path} (${key.installed ? key.shown : redact(key.value)}) is a ${subscription.map((p) => p.name).join(" or ")} key`;
      // The key alone is the problem only when chat already runs on a video plan; otherwise both change.
      const chat = facts.chatEndpointFor(provider.id);
      const chatOk = (chat.kind === "known" || chat.kind === "default") && videoPlanIds.includes(chat.endpoint.plan);
      const standard = chat.kind === "known" || chat.kind === "default" ? siblings(catalog, chat.endpoint.region, videoPlanIds)[0] : undefined;
      remedy = chatOk
        ? `Put ${keyWanted} of the same region in ${key.path}`
        : `Set models.providers.${provider.id}.baseUrl to ${standard?.baseUrl ?? `a ${videoPlanNames} endpoint`} and put ${keyWanted} of the same region in ${key.path}`;
    }
    const videoOnly = catalog.video.providers.map((id) => catalog.provider(id)).find((p) => p?.role === "video");
    for (const s of sites) {
      const alt = videoOnly
        ? `, or use ${videoOnly.id}/${s.ref!.model}${videoOnly.env?.length ? ` with ${videoOnly.env[0]} set to a ${videoPlanNames} key` : ""}, which leaves the ${provider.id} chat setup as it is`
        : "";
      ctx.report({
        pointer: s.pointer,
        target: s.target,
        message:
          `${s.raw} needs Qwen Wan video generation, which the Qwen plugin refuses because ${cause}: it requires a ${videoPlanNames} DashScope endpoint and a same-region ${videoPlanNames} API key. ` +
          `${remedy}${alt}.`,
      });
    }
  },
});
