import { defineRule } from "../engine/rule.js";
import { videoOnlyAlternative, videoRefusal } from "./util/video-refusal.js";

export default defineRule({
  meta: {
    id: "video-requires-standard",
    severity: "error",
    category: "endpoints",
    description: "Wan video generation while the Qwen provider uses a Coding Plan or Token Plan host or key.",
    fixable: false,
    messages: {
      hostNotVideoPlan: `{{ref}} needs Qwen Wan video generation, which the Qwen plugin refuses because models.providers.{{provider}}.baseUrl is the {{endpoint}}: it requires a {{plans}} DashScope endpoint and a same-region {{plans}} API key. Set models.providers.{{provider}}.baseUrl to {{baseUrl}} with {{key}}{{alternative}}.`,
      hostOnPlan: `{{ref}} needs Qwen Wan video generation, which the Qwen plugin refuses because models.providers.{{provider}}.baseUrl is on a {{hostPlan}} host ({{host}}): it requires a {{plans}} DashScope endpoint and a same-region {{plans}} API key. Set models.providers.{{provider}}.baseUrl to a {{plans}} endpoint of your region ({{baseUrls}}) with {{key}}{{alternative}}.`,
      keyNotVideoPlan: `{{ref}} needs Qwen Wan video generation, which the Qwen plugin refuses because the key in {{path}} ({{shown}}) is a {{keyPlans}} key: it requires a {{plans}} DashScope endpoint and a same-region {{plans}} API key. Put {{key}} of the same region in {{path}}{{alternative}}.`,
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
