import { availabilityText } from "../catalog/describe.js";
import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "model-not-on-plan",
    severity: "error",
    category: "catalog",
    description: "A model the provider's plan does not serve (e.g. qwen3.8-max on the Coding Plan, also when no baseUrl is set).",
    fixable: false,
    messages: {
      notOnPlan: "{{model}} is not served on {{where}}.",
      notOnPlanUse: "{{model}} is not served on {{where}}. Use the {{plan}} endpoint {{baseUrl}} with {{key}}{{otherProviders}}{{alternative}}.",
      notOnPlanPick: "{{model}} is not served on {{where}}. Pick a {{thisPlan}} model such as {{alternative}}.",
      rowNotOnPlan: "{{model}} is not served on {{where}}. OpenClaw silently drops this row.",
      rowNotOnPlanUse: "{{model}} is not served on {{where}}. Use the {{plan}} endpoint {{baseUrl}} with {{key}}{{otherProviders}}{{alternative}}. OpenClaw silently drops this row.",
      rowNotOnPlanPick: "{{model}} is not served on {{where}}. Pick a {{thisPlan}} model such as {{alternative}}. OpenClaw silently drops this row.",
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const problem = (providerId: string, modelId: string) => {
      const model = catalog.chatModel(providerId, modelId);
      if (!model) return undefined;
      const endpointRes = facts.chatEndpointFor(providerId);
      if (endpointRes.kind !== "known" && endpointRes.kind !== "default") return undefined;
      const ep = endpointRes.endpoint;
      const a = model.availability[ep.plan];
      if (availabilityText(a) !== "unavailable") return undefined;
      const host = new URL(ep.baseUrl).host;
      const where = endpointRes.kind === "default" ? `the ${catalog.planName(ep.plan)} endpoint (${host}), which OpenClaw uses when models.providers.${providerId}.baseUrl is not set` : `the ${catalog.planName(ep.plan)} endpoint (${host})`;
      // Which plans do serve it, and one alternative on this plan.
      const servingPlans = Object.entries(model.availability).filter(([, v]) => availabilityText(v) !== "unavailable").map(([p]) => p);
      const target = servingPlans.map((p) => catalog.sibling(ep, p as never)).find(Boolean);
      // Closest alternative on this plan: accepts every input the model does, same reasoning ability.
      const candidates = catalog
        .modelsOnPlan(providerId, ep.plan)
        .filter((m) => m.availability[ep.plan] === "available" && model.input.every((i) => m.input.includes(i)) && !m.deprecated);
      const alternative = candidates.find((m) => m.reasoning === model.reasoning) ?? candidates[0];
      const data = { model: modelId, where, thisPlan: catalog.planName(ep.plan) };
      // The same id on another Qwen provider's plan (qwen3.8-max on the Token Plan): the plugin's own refusal names
      // both ("use a Standard pay-as-you-go or Token Plan endpoint").
      const canonical = catalog.canonicalProvider(providerId)?.id;
      const other = catalog.chat
        .filter((cp) => cp.provider !== canonical && cp.models.some((m) => m.id === modelId))
        .map((cp) => {
          const plan = catalog.plans.find((p) => p.provider === cp.provider);
          return plan ? ` or the ${plan.name} as ${cp.provider}/${modelId} with ${plan.keyDescription}` : "";
        })
        .join("");
      if (target) {
        const key = catalog.plan(target.plan)?.keyDescription ?? "a matching key";
        const or = alternative ? `, or pick a ${catalog.planName(ep.plan)} model such as ${alternative.id}` : "";
        return { advice: "use" as const, data: { ...data, plan: catalog.planName(target.plan), baseUrl: target.baseUrl, key, otherProviders: other, alternative: or } };
      }
      if (alternative) return { advice: "pick" as const, data: { ...data, alternative: alternative.id } };
      return { advice: "none" as const, data };
    };
    const REF = { use: "notOnPlanUse", pick: "notOnPlanPick", none: "notOnPlan" } as const;
    const ROW = { use: "rowNotOnPlanUse", pick: "rowNotOnPlanPick", none: "rowNotOnPlan" } as const;
    for (const site of facts.refs) {
      if (!site.ref || site.slot.kind === "video" || site.slot.kind === "image-generation" || site.slot.kind === "music") continue;
      const found = problem(site.ref.providerId, site.ref.model);
      if (found) ctx.report({ pointer: site.pointer, target: site.target, messageId: REF[found.advice], data: found.data, cap: site.slot.selects ? undefined : "info" });
    }
    // Declared rows: the plugin silently drops them on a plan that does not serve them.
    for (const p of facts.providers) {
      if (!Array.isArray(p.entry.models)) continue;
      p.entry.models.forEach((row, i) => {
        if (typeof row !== "object" || row === null || typeof (row as { id?: unknown }).id !== "string") return;
        const found = problem(p.id, (row as { id: string }).id);
        if (found) ctx.report({ pointer: `${p.pointer}/models/${i}/id`, messageId: ROW[found.advice], data: found.data });
      });
    }
  },
});
