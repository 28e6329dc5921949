import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { qwenProviders, regionFromText, siblings } from "./util/endpoints.js";

export default defineRule({
  meta: {
    id: "region-ignored",
    severity: "warning",
    category: "endpoints",
    description: "A region field on a Qwen provider: the plugin never reads it, the host decides.",
    fixable: false,
    messages: {
      otherRegionMeant:
        'models.providers.{{id}}.region "{{raw}}" means {{region}}, but {{goes}}: the Qwen plugin never reads region, only the baseUrl host picks the region. If {{region}} was meant, set baseUrl to {{baseUrl}} with a {{region}} key (keys are region-locked) and remove region; otherwise just remove region.',
      otherRegion:
        'models.providers.{{id}}.region "{{raw}}" means {{region}}, but {{goes}}: the Qwen plugin never reads region, only the baseUrl host picks the region. Remove region.',
      ignoredGoesTo:
        "models.providers.{{id}}.region is ignored: the Qwen plugin never reads it, the baseUrl host alone picks the region. Remove it; requests go to the {{endpoint}}.",
      ignoredGoesToDefault:
        "models.providers.{{id}}.region is ignored: the Qwen plugin never reads it, the baseUrl host alone picks the region. Remove it; requests go to the {{endpoint}} (the default without a baseUrl).",
      ignored: "models.providers.{{id}}.region is ignored: the Qwen plugin never reads it, the baseUrl host alone picks the region. Remove it.",
    },
  },
  check(ctx) {
    const { catalog } = ctx;
    for (const { site } of qwenProviders(ctx)) {
      if (!("region" in site.entry)) continue;
      const raw = site.entry.region;
      const said = typeof raw === "string" ? regionFromText(catalog, raw) : undefined;
      const r = site.endpoint;
      const at = { pointer: joinPointer(site.pointer, "region"), target: "key" as const };
      if ((r.kind === "known" || r.kind === "default") && said !== undefined && said !== r.endpoint.region) {
        const ep = r.endpoint;
        const meant = siblings(catalog, said, [ep.plan])[0];
        const goes =
          r.kind === "default"
            ? `without a baseUrl OpenClaw sends requests to the ${catalog.endpointLabel(ep)}`
            : `the baseUrl is the ${catalog.endpointLabel(ep)}, so requests go to ${catalog.regionName(ep.region)}`;
        const data = { id: site.id, raw, region: catalog.regionName(said), goes, baseUrl: meant?.baseUrl };
        ctx.report({ ...at, messageId: meant ? "otherRegionMeant" : "otherRegion", data });
      } else if (r.kind === "known" || r.kind === "default") {
        const byDefault = r.kind === "default";
        ctx.report({ ...at, messageId: byDefault ? "ignoredGoesToDefault" : "ignoredGoesTo", data: { id: site.id, endpoint: catalog.endpointLabel(r.endpoint) } });
      } else {
        ctx.report({ ...at, messageId: "ignored", data: { id: site.id } });
      }
    }
  },
});
