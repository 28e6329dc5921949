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
  },
  check(ctx) {
    const { catalog } = ctx;
    for (const { site } of qwenProviders(ctx)) {
      if (!("region" in site.entry)) continue;
      const raw = site.entry.region;
      const said = typeof raw === "string" ? regionFromText(catalog, raw) : undefined;
      const base = `models.providers.${site.id}.region is ignored: the Qwen plugin never reads it, the baseUrl host alone picks the region.`;
      const r = site.endpoint;
      let message: string;
      if ((r.kind === "known" || r.kind === "default") && said !== undefined && said !== r.endpoint.region) {
        const ep = r.endpoint;
        const meant = siblings(catalog, said, [ep.plan])[0];
        const goes =
          r.kind === "default"
            ? `without a baseUrl OpenClaw sends requests to the ${catalog.endpointLabel(ep)}`
            : `the baseUrl is the ${catalog.endpointLabel(ep)}, so requests go to ${catalog.regionName(ep.region)}`;
        message =
          `models.providers.${site.id}.region "${raw}" means ${catalog.regionName(said)}, but ${goes}: the Qwen plugin never reads region, only the baseUrl host picks the region. ` +
          (meant
            ? `If ${catalog.regionName(said)} was meant, set baseUrl to ${meant.baseUrl} with a ${catalog.regionName(said)} key (keys are region-locked) and remove region; otherwise just remove region.`
            : `Remove region.`);
      } else if (r.kind === "known" || r.kind === "default") {
        message = `${base} Remove it; requests go to the ${catalog.endpointLabel(r.endpoint)}${r.kind === "default" ? " (the default without a baseUrl)" : ""}.`;
      } else {
        message = `${base} Remove it.`;
      }
      ctx.report({ pointer: joinPointer(site.pointer, "region"), target: "key", message });
    }
  },
});
