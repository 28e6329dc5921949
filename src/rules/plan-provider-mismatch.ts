import type { PlanId, ProviderInfo } from "../catalog/index.js";
import { endpointList } from "../catalog/describe.js";
import type { ProviderSite } from "../engine/facts.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule, type RuleContext } from "../engine/rule.js";
import { providerForPlan, qwenProviders, siblings } from "./util/endpoints.js";

export default defineRule({
  meta: {
    id: "plan-provider-mismatch",
    severity: "error",
    category: "endpoints",
    description: "qwen-token-plan on a non-Token-Plan host, or qwen on a Token Plan host (any region's).",
    fixable: false,
    messages: {
      wrongPlanHost:
        'models.providers.{{id}}.baseUrl is the {{endpoint}}, but "{{id}}" is a {{plans}} provider id; keys and model catalogs are not interchangeable between plans. Use {{endpoints}}.',
      // A host of another plan beyond the listed endpoints (token-plan.<any region>.maas...): what the plugin does with it.
      planHost:
        'models.providers.{{id}}.baseUrl is a {{hostPlan}} host ({{host}}), but "{{id}}" is a {{plans}} provider id: the Qwen plugin sends {{id}}/<model> requests there with the key {{id}} resolves ({{keySources}}), offers the {{id}} catalog instead of the {{hostPlan}}\'s, and refuses Wan video on it; keys are not interchangeable between plans. {{move}}Otherwise use {{endpoints}}.',
      wrongPlanHostMove:
        'models.providers.{{id}}.baseUrl is the {{endpoint}}, but "{{id}}" is a {{plans}} provider id; keys and model catalogs are not interchangeable between plans. Use {{endpoints}}, or, for a {{hostPlan}} key, move this entry to models.providers.{{owner}} and use {{owner}}/<model> refs{{keyVar}}.',
    },
  },
  check(ctx) {
    const { catalog } = ctx;
    for (const { site, canonical } of qwenProviders(ctx)) {
      const r = site.endpoint;
      if (r.kind === "unknown" && r.plan && r.url && !(canonical.plans ?? []).includes(r.plan)) {
        planHost(ctx, site, canonical, r.plan, r.url);
        continue;
      }
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

/** A host that only a pattern ties to another plan: no region is known, so every endpoint of the id's own plans is offered. */
function planHost(ctx: RuleContext, site: ProviderSite, canonical: ProviderInfo, plan: PlanId, url: URL): void {
  const { catalog } = ctx;
  const plans = canonical.plans ?? [];
  const owner = providerForPlan(catalog, plan);
  const hostPlan = catalog.planName(plan);
  ctx.report({
    pointer: joinPointer(site.pointer, "baseUrl"),
    messageId: "planHost",
    data: {
      id: site.id,
      host: url.hostname,
      hostPlan,
      plans: plans.map((p) => catalog.planName(p)).join(" and "),
      keySources: ["its apiKey", "an auth profile", ...(canonical.env ?? [])].join(", "),
      move: owner && owner.id !== canonical.id ? `For a ${hostPlan} key, move this entry to models.providers.${owner.id} and use ${owner.id}/<model> refs${owner.env?.length ? ` with the key in ${owner.env[0]}` : ""}. ` : "",
      endpoints: endpointList(catalog, plans),
    },
  });
}
