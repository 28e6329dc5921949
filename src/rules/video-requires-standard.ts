import { secret } from "../engine/message.js";
import type { RuleContext } from "../engine/rule.js";
import { defineRule } from "../engine/rule.js";
import { siblings } from "./util/endpoints.js";
import { usedKeyOf } from "./util/used-key.js";

export default defineRule({
  meta: {
    id: "video-requires-standard",
    severity: "error",
    category: "endpoints",
    description: "Wan video generation while the Qwen provider uses a Coding Plan or Token Plan host or key, or under a custom provider id on a DashScope host.",
    fixable: false,
    messages: {
      hostNotVideoPlan: `{{ref}} needs Qwen Wan video generation, which the Qwen plugin refuses because models.providers.{{provider}}.baseUrl is the {{endpoint}}: it requires a {{plans}} DashScope endpoint and a same-region {{plans}} API key. Set models.providers.{{provider}}.baseUrl to {{baseUrl}} with {{key}}{{alternative}}.`,
      hostOnPlan: `{{ref}} needs Qwen Wan video generation, which the Qwen plugin refuses because models.providers.{{provider}}.baseUrl is on a {{hostPlan}} host ({{host}}): it requires a {{plans}} DashScope endpoint and a same-region {{plans}} API key. Set models.providers.{{provider}}.baseUrl to a {{plans}} endpoint of your region ({{baseUrls}}) with {{key}}{{alternative}}.`,
      keyNotVideoPlan: `{{ref}} needs Qwen Wan video generation, which the Qwen plugin refuses because the key in {{path}} ({{shown}}) is a {{keyPlans}} key: it requires a {{plans}} DashScope endpoint and a same-region {{plans}} API key. Put {{key}} of the same region in {{path}}{{alternative}}.`,
      customVideo: `{{ref}} names a Wan video model under the custom provider id "{{provider}}", but OpenClaw generates Wan video only through the provider ids of the video plugins ({{videoIds}}); "{{provider}}" has no video generation{{hostNote}}. Use {{qwen}}/{{model}} with models.providers.{{qwen}}.baseUrl on a {{plans}} endpoint and {{key}}, or {{alibaba}}/{{model}}.`,
      keyAndHostNotVideoPlan: `{{ref}} needs Qwen Wan video generation, which the Qwen plugin refuses because the key in {{path}} ({{shown}}) is a {{keyPlans}} key: it requires a {{plans}} DashScope endpoint and a same-region {{plans}} API key. Set models.providers.{{provider}}.baseUrl to {{baseUrl}} and put {{key}} of the same region in {{path}}{{alternative}}.`,
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const sites = facts.refs.filter((s) => {
      if (!s.ref || s.slot.kind !== "video" || !s.slot.selects) return false;
      const c = catalog.canonicalProvider(s.ref.providerId);
      // The video-only provider (alibaba/...) has its own Standard-only setup.
      return !!c && c.role === "chat" && catalog.provider(s.ref.providerId)?.status !== "removed" && catalog.isVideoProvider(c.id);
    });
    const videoPlans = catalog.plans.filter((p) => p.capabilities.includes("video-generation"));
    const videoPlanIds = videoPlans.map((p) => p.id);
    const videoPlanNames = videoPlans.map((p) => p.name).join(" or ");
    const keyWanted = videoPlans[0]?.keyDescription ?? `a ${videoPlanNames} key`;
    customVideo(ctx, videoPlanIds, videoPlanNames, keyWanted);
    if (sites.length === 0) return;
    const provider = catalog.canonicalProvider(sites[0].ref!.providerId)!;

    // The plugin checks the configured host first, then the resolved key.
    const r = facts.mediaEndpoint("video");
    const common = { provider: provider.id, plans: videoPlanNames, key: keyWanted };
    let cause: { messageId: string; data: Record<string, unknown> };
    // A host of a subscription plan that is not one of the listed endpoints (token-plan.<other region>.maas...).
    const hostPlan = r.kind === "unknown" && r.url ? catalog.planForHost(r.url.hostname) : undefined;
    if ((r.kind === "known" || r.kind === "default") && !videoPlanIds.includes(r.endpoint.plan)) {
      const standard = siblings(catalog, r.endpoint.region, videoPlanIds)[0];
      cause = { messageId: "hostNotVideoPlan", data: { endpoint: catalog.endpointLabel(r.endpoint), baseUrl: standard?.baseUrl ?? `a ${videoPlanNames} endpoint` } };
    } else if (hostPlan && !videoPlanIds.includes(hostPlan)) {
      const baseUrls = videoPlanIds.flatMap((p) => catalog.endpointsForPlan(p).map((e) => e.baseUrl)).join(" or ");
      cause = { messageId: "hostOnPlan", data: { hostPlan: catalog.planName(hostPlan), host: r.kind === "unknown" ? r.url!.hostname : "", baseUrls } };
    } else {
      const subscription = catalog.plans.filter((p) => p.keyPrefix && !videoPlanIds.includes(p.id));
      const key = usedKeyOf(ctx, provider.id);
      if (!key || !subscription.some((p) => key.value.trim().startsWith(p.keyPrefix!))) return;
      // The key alone is the problem only when chat already runs on a video plan; otherwise both change.
      const chat = facts.chatEndpointFor(provider.id);
      const chatOk = (chat.kind === "known" || chat.kind === "default") && videoPlanIds.includes(chat.endpoint.plan);
      const standard = chat.kind === "known" || chat.kind === "default" ? siblings(catalog, chat.endpoint.region, videoPlanIds)[0] : undefined;
      const data = {
        path: key.path,
        shown: key.installed ? key.shown : secret(key.value),
        keyPlans: subscription.map((p) => p.name).join(" or "),
        baseUrl: standard?.baseUrl ?? `a ${videoPlanNames} endpoint`,
      };
      cause = { messageId: chatOk ? "keyNotVideoPlan" : "keyAndHostNotVideoPlan", data };
    }
    const videoOnly = catalog.video.providers.map((id) => catalog.provider(id)).find((p) => p?.role === "video");
    for (const s of sites) {
      const alternative = videoOnly
        ? `, or use ${videoOnly.id}/${s.ref!.model}${videoOnly.env?.length ? ` with ${videoOnly.env[0]} set to a ${videoPlanNames} key` : ""}, which leaves the ${provider.id} chat setup as it is`
        : "";
      ctx.report({ pointer: s.pointer, target: s.target, messageId: cause.messageId, data: { ...common, ...cause.data, ref: s.raw, alternative } });
    }
  },
});

/**
 * Wan refs under a custom id on a DashScope host (`bailian/wan2.6-t2v`): no video plugin serves that id, and a
 * subscription host does not serve Wan video either. A warning: the config loads, the video tool fails.
 */
function customVideo(ctx: RuleContext, videoPlanIds: readonly string[], plans: string, key: string): void {
  const { catalog, facts } = ctx;
  const qwen = catalog.video.providers.find((id) => catalog.provider(id)?.role === "chat");
  const alibaba = catalog.video.providers.find((id) => catalog.provider(id)?.role === "video");
  if (!qwen || !alibaba) return;
  for (const s of facts.refs) {
    if (!s.ref || s.slot.kind !== "video" || !s.slot.selects || !catalog.videoModel(s.ref.model)) continue;
    const t = facts.qwenTarget(s.ref.providerId);
    if (t?.by !== "host") continue;
    const host = t.endpoint ? new URL(t.endpoint.baseUrl).host : t.resolution.kind === "unknown" && t.resolution.url ? t.resolution.url.host : "";
    const hostNote = videoPlanIds.includes(t.plan) ? "" : `, and its ${catalog.planName(t.plan)} host (${host}) does not serve Wan video either`;
    ctx.report({
      pointer: s.pointer,
      target: s.target,
      severity: "warning",
      messageId: "customVideo",
      data: { ref: s.raw, provider: s.ref.provider, videoIds: catalog.video.providers.join(", "), hostNote, qwen, model: s.ref.model, plans, key, alibaba },
    });
  }
}
