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
      openclawSilentlyDrops: "{{message}} OpenClaw silently drops this row.",
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
      const parts = [`${modelId} is not served on ${where}.`];
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
      if (target)
        parts.push(`Use the ${catalog.planName(target.plan)} endpoint ${target.baseUrl} with ${catalog.plan(target.plan)?.keyDescription ?? "a matching key"}${other}${alternative ? `, or pick a ${catalog.planName(ep.plan)} model such as ${alternative.id}` : ""}.`);
      else if (alternative) parts.push(`Pick a ${catalog.planName(ep.plan)} model such as ${alternative.id}.`);
      return parts.join(" ");
    };
    for (const site of facts.refs) {
      if (!site.ref || site.slot.kind === "video" || site.slot.kind === "image-generation" || site.slot.kind === "music") continue;
      const message = problem(site.ref.providerId, site.ref.model);
      if (message) ctx.report({ pointer: site.pointer, target: site.target, message, cap: site.slot.selects ? undefined : "info" });
    }
    // Declared rows: the plugin silently drops them on a plan that does not serve them.
    for (const p of facts.providers) {
      if (!Array.isArray(p.entry.models)) continue;
      p.entry.models.forEach((row, i) => {
        if (typeof row !== "object" || row === null || typeof (row as { id?: unknown }).id !== "string") return;
        const message = problem(p.id, (row as { id: string }).id);
        if (message) ctx.report({ pointer: `${p.pointer}/models/${i}/id`, messageId: "openclawSilentlyDrops", data: { message } });
      });
    }
  },
});
