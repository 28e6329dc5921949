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
      const owner = canonical.id === mu.provider ? "" : ` and provider "${mu.provider}" (the only Qwen media-understanding provider)`;
      ctx.report({
        pointer,
        message:
          `${dottedPath(tool.pointer)} asks Qwen (provider "${tool.provider}") for media understanding, but ${source} the ${catalog.endpointLabel(r.endpoint)}, and Qwen image/video understanding (${mu.model}) works on ${names} endpoints only. ` +
          `Use ${standard ? `${standard.baseUrl} (${catalog.planName(standard.plan)} ${catalog.regionName(standard.region)})` : `a ${names} endpoint`}${owner} with ${capable[0]?.keyDescription ?? `a ${names} key`}, or pick another media-understanding provider for this entry.`,
      });
    }
  },
});
