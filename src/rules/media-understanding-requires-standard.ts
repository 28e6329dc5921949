import type { EndpointResolution } from "../engine/facts.js";
import { resolveBaseUrl } from "../engine/facts.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { dottedPath, qwenEndpointProvider, siblings } from "./util/endpoints.js";

export default defineRule({
  meta: {
    id: "media-understanding-requires-standard",
    severity: "warning",
    category: "endpoints",
    description: "Qwen image/video understanding while the Qwen provider is not on a Standard endpoint.",
    fixable: false,
    messages: {
      notOnStandard: `{{path}} asks Qwen (provider "{{provider}}") for media understanding, but {{source}} the {{endpoint}}, and Qwen image/video understanding ({{model}}) works on {{plans}} endpoints only. Use {{use}} with {{key}}, or pick another media-understanding provider for this entry.`,
      notOnStandardOtherProvider: `{{path}} asks Qwen (provider "{{provider}}") for media understanding, but {{source}} the {{endpoint}}, and Qwen image/video understanding ({{model}}) works on {{plans}} endpoints only. Use {{use}} and provider "{{muProvider}}" (the only Qwen media-understanding provider) with {{key}}, or pick another media-understanding provider for this entry.`,
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const mu = catalog.mediaUnderstanding;
    const capable = catalog.plans.filter((p) => p.capabilities.includes("media-understanding"));
    const capableIds = capable.map((p) => p.id);
    const names = capable.map((p) => p.name).join(" or ");
    for (const tool of facts.mediaTools) {
      const canonical = qwenEndpointProvider(ctx, tool.provider);
      if (!canonical) continue;
      // Where the request goes: the entry's own baseUrl, then the provider entry's, then Qwen's media default.
      let r: EndpointResolution;
      let pointer: string;
      let source: string;
      if (typeof tool.entry.baseUrl === "string") {
        r = resolveBaseUrl(tool.entry.baseUrl, catalog, tool.provider);
        pointer = joinPointer(tool.pointer, "baseUrl");
        source = "its baseUrl is";
      } else {
        const own = facts.providerSite(tool.provider);
        const served = canonical.id === mu.provider;
        r = own?.baseUrl !== undefined ? own.endpoint : served ? facts.mediaEndpoint("media-understanding") : facts.chatEndpointFor(tool.provider);
        pointer = joinPointer(tool.pointer, "provider");
        const site = own?.baseUrl !== undefined ? own.id : served ? mu.provider : tool.provider;
        source = r.kind === "default" ? `without models.providers.${site}.baseUrl it uses` : `models.providers.${site}.baseUrl is`;
      }
      if (r.kind !== "known" && r.kind !== "default") continue;
      if (capableIds.includes(r.endpoint.plan)) continue;
      const standard = siblings(catalog, r.endpoint.region, capableIds)[0];
      const data = {
        path: dottedPath(tool.pointer),
        provider: tool.provider,
        source,
        endpoint: catalog.endpointLabel(r.endpoint),
        model: mu.model,
        plans: names,
        use: standard ? `${standard.baseUrl} (${catalog.planName(standard.plan)} ${catalog.regionName(standard.region)})` : `a ${names} endpoint`,
        muProvider: mu.provider,
        key: capable[0]?.keyDescription ?? `a ${names} key`,
      };
      ctx.report({ pointer, messageId: canonical.id === mu.provider ? "notOnStandard" : "notOnStandardOtherProvider", data });
    }
  },
});
