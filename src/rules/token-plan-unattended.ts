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
    messages: {
      useStandard: "{{path}} runs without a person, but \"{{raw}}\" is a {{plan}} model and the {{plan}} is for interactive use only: {{reason}}. Use a {{payg}} model for background work.",
      useStandardModel: "{{path}} runs without a person, but \"{{raw}}\" is a {{plan}} model and the {{plan}} is for interactive use only: {{reason}}. For background work use a {{payg}} model{{example}}.",
      useStandardModelSetUp:
        "{{path}} runs without a person, but \"{{raw}}\" is a {{plan}} model and the {{plan}} is for interactive use only: {{reason}}. For background work use a {{payg}} model{{example}}, with models.providers.{{provider}}.baseUrl set to {{baseUrl}} and {{key}}.",
    },
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
      const at = { pointer: s.pointer, target: s.target };
      const data = { path: dottedPath(s.pointer), raw: s.raw, plan: plan.name, reason: plan.interactiveOnlyReason ?? "unattended use breaks its terms", payg: catalog.planName(payg) };
      if (!paygProvider) {
        ctx.report({ ...at, messageId: "useStandard", data });
        continue;
      }
      const same = catalog.chatModel(paygProvider.id, s.ref.model);
      const model = same && same.availability[payg] === "available" ? same.id : catalog.chatCatalogFor(paygProvider.id)?.defaultModel;
      const example = model ? ` such as "${paygProvider.id}/${model}"` : "";
      // Say how to set the provider up unless it already is on that plan.
      const current = facts.chatEndpointFor(paygProvider.id);
      const ready = current.kind === "known" && current.endpoint.plan === payg;
      if (standard && !ready)
        ctx.report({
          ...at,
          messageId: "useStandardModelSetUp",
          data: { ...data, example, provider: paygProvider.id, baseUrl: standard.baseUrl, key: catalog.plan(payg)?.keyDescription ?? "a pay-as-you-go key" },
        });
      else ctx.report({ ...at, messageId: "useStandardModel", data: { ...data, example } });
    }
  },
});
