import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { providerForPlan, qwenProviders, siblings } from "./util/endpoints.js";

export default defineRule({
  meta: {
    id: "plan-provider-mismatch",
    severity: "error",
    category: "endpoints",
    description: "qwen-token-plan on a non-Token-Plan host, or qwen on a Token Plan host.",
    fixable: false,
  },
  check(ctx) {
    const { catalog } = ctx;
    for (const { site, canonical } of qwenProviders(ctx)) {
      const r = site.endpoint;
      if (r.kind !== "known") continue;
      const plans = canonical.plans ?? [];
      if (plans.includes(r.endpoint.plan)) continue;
      const right = siblings(catalog, r.endpoint.region, plans);
      const owner = providerForPlan(catalog, r.endpoint.plan);
      const planList = plans.map((p) => catalog.planName(p)).join(" and ");
      const parts = [
        `models.providers.${site.id}.baseUrl is the ${catalog.endpointLabel(r.endpoint)}, but "${site.id}" is a ${planList} provider id;`,
        `keys and model catalogs are not interchangeable between plans.`,
        `Use ${right.map((e) => `${e.baseUrl} (${catalog.planName(e.plan)} ${catalog.regionName(e.region)})`).join(" or ")}`,
      ];
      if (owner && owner.id !== canonical.id)
        parts[2] += `, or, for a ${catalog.planName(r.endpoint.plan)} key, move this entry to models.providers.${owner.id} and use ${owner.id}/<model> refs${owner.env?.length ? ` with the key in ${owner.env[0]}` : ""}`;
      parts[2] += ".";
      ctx.report({ pointer: joinPointer(site.pointer, "baseUrl"), message: parts.join(" ") });
    }
  },
});
