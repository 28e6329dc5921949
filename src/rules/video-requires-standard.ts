import { defineRule, type RuleContext } from "../engine/rule.js";
import { videoOnlyAlternative, videoRefusal } from "./util/video-refusal.js";

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
      keyAndHostNotVideoPlan: `{{ref}} needs Qwen Wan video generation, which the Qwen plugin refuses because the key in {{path}} ({{shown}}) is a {{keyPlans}} key: it requires a {{plans}} DashScope endpoint and a same-region {{plans}} API key. Set models.providers.{{provider}}.baseUrl to {{baseUrl}} and put {{key}} of the same region in {{path}}{{alternative}}.`,
      customVideo: `{{ref}} names a Wan video model under the custom provider id "{{provider}}", but OpenClaw generates Wan video only through the provider ids of the video plugins ({{videoIds}}); "{{provider}}" has no video generation{{hostNote}}. Use {{qwen}}/{{model}} with models.providers.{{qwen}}.baseUrl on a {{plans}} endpoint and {{key}}, or {{alibaba}}/{{model}}.`,
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
    customVideo(ctx, videoPlans.map((p) => p.id), videoPlans.map((p) => p.name).join(" or "), videoPlans[0]?.keyDescription ?? "a key of that plan");
    if (sites.length === 0) return;
    const provider = catalog.canonicalProvider(sites[0].ref!.providerId)!;
    const refusal = videoRefusal(ctx, provider.id);
    if (!refusal) return;
    for (const s of sites) {
      const alternative = videoOnlyAlternative(catalog, s.ref!.model, refusal.data.plans as string, provider.id);
      ctx.report({ pointer: s.pointer, target: s.target, messageId: refusal.cause, data: { ...refusal.data, ref: s.raw, alternative } });
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
