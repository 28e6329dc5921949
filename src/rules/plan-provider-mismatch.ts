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
    messages: {
      wrongPlanHost:
        'models.providers.{{id}}.baseUrl is the {{endpoint}}, but "{{id}}" is a {{plans}} provider id; keys and model catalogs are not interchangeable between plans. Use {{endpoints}}.',
      wrongPlanHostMove:
        'models.providers.{{id}}.baseUrl is the {{endpoint}}, but "{{id}}" is a {{plans}} provider id; keys and model catalogs are not interchangeable between plans. Use {{endpoints}}, or, for a {{hostPlan}} key, move this entry to models.providers.{{owner}} and use {{owner}}/<model> refs{{keyVar}}.',
    },
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
      const data = {
        id: site.id,
        endpoint: catalog.endpointLabel(r.endpoint),
        plans: planList,
        endpoints: right.map((e) => `${e.baseUrl} (${catalog.planName(e.plan)} ${catalog.regionName(e.region)})`).join(" or "),
        hostPlan: catalog.planName(r.endpoint.plan),
        owner: owner?.id,
        keyVar: owner?.env?.length ? ` with the key in ${owner.env[0]}` : "",
      };
      ctx.report({ pointer: joinPointer(site.pointer, "baseUrl"), messageId: owner && owner.id !== canonical.id ? "wrongPlanHostMove" : "wrongPlanHost", data });
    }
  },
});
