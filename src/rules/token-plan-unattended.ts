import type { PlanId } from "../catalog/index.js";
import { defineRule } from "../engine/rule.js";
import { dottedPath, providerForPlan, qwenEndpointProvider, siblings } from "./util/endpoints.js";

export default defineRule({
  meta: {
    id: "token-plan-unattended",
    severity: "warning",
    category: "endpoints",
    description: "Token Plan models in unattended slots (heartbeat, hooks, memory flush): the plan is for interactive use only.",
    fixable: false,
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    // Pay-as-you-go is what background work should run on.
    const payg: PlanId = "standard";
    const paygProvider = providerForPlan(catalog, payg);
    for (const s of facts.refs) {
      if (!s.ref || !s.slot.unattended || !s.slot.selects) continue;
      const canonical = qwenEndpointProvider(ctx, s.ref.providerId);
      const plan = canonical?.plans?.map((p) => catalog.plan(p)).find((p) => p?.interactiveOnly);
      if (!canonical || !plan) continue;
      const r = facts.chatEndpointFor(s.ref.providerId);
      const region = r.kind === "known" || r.kind === "default" ? r.endpoint.region : undefined;
      const standard = region ? siblings(catalog, region, [payg])[0] : undefined;
      let suggestion = `Use a ${catalog.planName(payg)} model for background work.`;
      if (paygProvider) {
        const same = catalog.chatModel(paygProvider.id, s.ref.model);
        const model = same && same.availability[payg] === "available" ? same.id : catalog.chatCatalogFor(paygProvider.id)?.defaultModel;
        suggestion = `For background work use a ${catalog.planName(payg)} model${model ? ` such as "${paygProvider.id}/${model}"` : ""}`;
        // Say how to set the provider up unless it already is on that plan.
        const current = facts.chatEndpointFor(paygProvider.id);
        const ready = current.kind === "known" && current.endpoint.plan === payg;
        suggestion +=
          standard && !ready
            ? `, with models.providers.${paygProvider.id}.baseUrl set to ${standard.baseUrl} and ${catalog.plan(payg)?.keyDescription ?? "a pay-as-you-go key"}.`
            : ".";
      }
      ctx.report({
        pointer: s.pointer,
        target: s.target,
        message:
          `${dottedPath(s.pointer)} runs without a person, but "${s.raw}" is a ${plan.name} model and the ${plan.name} is for interactive use only: ${plan.interactiveOnlyReason ?? "unattended use breaks its terms"}. ` +
          suggestion,
      });
    }
  },
});
