import { availabilityText } from "../catalog/describe.js";
import type { Catalog, ChatModel, Endpoint, PlanId } from "../catalog/index.js";
import type { QwenTarget } from "../engine/facts.js";
import { defineRule } from "../engine/rule.js";
import { qwenChatProvider } from "./util/catalog.js";

/** The plans that do serve a model, one same-region endpoint of them, and one alternative on this plan. */
function remedy(catalog: Catalog, model: ChatModel, chatProvider: string, plan: PlanId, endpoint: Endpoint | undefined) {
  const servingPlans = Object.entries(model.availability).filter(([, v]) => availabilityText(v) !== "unavailable").map(([p]) => p as PlanId);
  const target = endpoint ? servingPlans.map((p) => catalog.sibling(endpoint, p)).find(Boolean) : undefined;
  // Closest alternative on this plan: accepts every input the model does, same reasoning ability.
  const candidates = catalog
    .modelsOnPlan(chatProvider, plan)
    .filter((m) => m.availability[plan] === "available" && model.input.every((i) => m.input.includes(i)) && !m.deprecated);
  const alternative = candidates.find((m) => m.reasoning === model.reasoning) ?? candidates[0];
  // The same id on another Qwen provider's plan (qwen3.8-max on the Token Plan): the plugin's own refusal names
  // both ("use a Standard pay-as-you-go or Token Plan endpoint").
  const other = catalog.chat
    .filter((cp) => cp.provider !== chatProvider && cp.models.some((m) => m.id === model.id))
    .map((cp) => catalog.plans.find((p) => p.provider === cp.provider))
    .filter((p) => p !== undefined);
  return { target, alternative, other };
}

export default defineRule({
  meta: {
    id: "model-not-on-plan",
    severity: "error",
    category: "catalog",
    description: "A model the provider's plan does not serve (e.g. qwen3.8-max on the Coding Plan, also when no baseUrl is set), for the Qwen plugin's ids and for custom ids on DashScope hosts.",
    fixable: false,
    messages: {
      notOnPlan: "{{model}} is not served on {{where}}.",
      notOnPlanUse: "{{model}} is not served on {{where}}. Use the {{plan}} endpoint {{baseUrl}} with {{key}}{{otherProviders}}{{alternative}}.",
      notOnPlanPick: "{{model}} is not served on {{where}}. Pick a {{thisPlan}} model such as {{alternative}}.",
      rowNotOnPlan: "{{model}} is not served on {{where}}. OpenClaw silently drops this row.",
      rowNotOnPlanUse: "{{model}} is not served on {{where}}. Use the {{plan}} endpoint {{baseUrl}} with {{key}}{{otherProviders}}{{alternative}}. OpenClaw silently drops this row.",
      rowNotOnPlanPick: "{{model}} is not served on {{where}}. Pick a {{thisPlan}} model such as {{alternative}}. OpenClaw silently drops this row.",
      hostRefuses:
        'Model "{{model}}" is not served on {{where}}, which models.providers.{{provider}}.baseUrl names. The Qwen plugin checks nothing for the custom provider id "{{provider}}", so OpenClaw sends the requests and the endpoint refuses the model. {{remedy}}',
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    // A big roster names the same few models thousands of times: decide each (provider, model) once.
    const decided = new Map<string, ReturnType<typeof decide>>();
    const problem = (providerId: string, modelId: string) => {
      const key = `${providerId}\u0000${modelId}`;
      if (!decided.has(key)) decided.set(key, decide(providerId, modelId));
      return decided.get(key);
    };
    const decide = (providerId: string, modelId: string) => {
      // Only ids the plugin serves: a custom entry under an alias id (qwencloud on another api) is checked by host below.
      if (!qwenChatProvider(facts, providerId)) return undefined;
      const endpointRes = facts.chatEndpointFor(providerId);
      if (endpointRes.kind !== "known" && endpointRes.kind !== "default") return undefined;
      return answer(catalog, endpointRes.endpoint, endpointRes.kind, providerId, modelId);
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
    // Rows of custom ids on DashScope hosts (bailian, aliyun, ...): the host decides the plan. The plugin's
    // suppressions do not cover these ids, so nothing drops the row: every request reaches the endpoint and
    // fails there. A warning, not an error: OpenClaw itself accepts and serves the row.
    for (const row of facts.rows) {
      const t = row.id === undefined ? undefined : facts.qwenTarget(row.provider.id);
      if (t?.by !== "host") continue;
      const model = catalog.chatModel(t.chat.id, row.id!);
      if (!model || availabilityText(model.availability[t.plan]) !== "unavailable") continue;
      ctx.report({ pointer: row.idPointer, severity: "warning", messageId: "hostRefuses", data: { model: row.id!, provider: row.provider.id, where: hostWhere(catalog, t), remedy: hostRemedy(catalog, model, t) } });
    }
  },
});

type Answer = ReturnType<typeof answerUncached>;

/**
 * decide's answer once the config has named the endpoint: catalog data (the plans, endpoints and models
 * that serve the model), the same for every config with this endpoint, provider id and model id. A run
 * over many configs asks the same few questions thousands of times; remembered per catalog and
 * endpoint (bounded).
 */
const answers = new WeakMap<Catalog, WeakMap<Endpoint, Map<string, Answer>>>();
function answer(catalog: Catalog, ep: Endpoint, kind: "known" | "default", providerId: string, modelId: string): Answer {
  let byEndpoint = answers.get(catalog);
  if (!byEndpoint) answers.set(catalog, (byEndpoint = new WeakMap()));
  let byRef = byEndpoint.get(ep);
  if (!byRef) byEndpoint.set(ep, (byRef = new Map()));
  const key = `${kind}\u0000${providerId}\u0000${modelId}`;
  if (byRef.has(key)) return byRef.get(key);
  const found = answerUncached(catalog, ep, kind, providerId, modelId);
  if (byRef.size >= 256) byRef.clear();
  byRef.set(key, found);
  return found;
}

function answerUncached(catalog: Catalog, ep: Endpoint, kind: "known" | "default", providerId: string, modelId: string) {
  const model = catalog.chatModel(providerId, modelId);
  if (!model) return undefined;
  const a = model.availability[ep.plan];
  if (availabilityText(a) !== "unavailable") return undefined;
  const host = new URL(ep.baseUrl).host;
  const where = kind === "default" ? `the ${catalog.planName(ep.plan)} endpoint (${host}), which OpenClaw uses when models.providers.${providerId}.baseUrl is not set` : `the ${catalog.planName(ep.plan)} endpoint (${host})`;
  const { target, alternative, other } = remedy(catalog, model, catalog.canonicalProvider(providerId)!.id, ep.plan, ep);
  const data = { model: modelId, where, thisPlan: catalog.planName(ep.plan) };
  // The same id on another Qwen provider's plan (qwen3.8-max on the Token Plan): the plugin's own refusal names
  // both ("use a Standard pay-as-you-go or Token Plan endpoint").
  const others = other.map((plan) => ` or the ${plan.name} as ${plan.provider}/${modelId} with ${plan.keyDescription}`).join("");
  if (target) {
    const key = catalog.plan(target.plan)?.keyDescription ?? "a matching key";
    const or = alternative ? `, or pick a ${catalog.planName(ep.plan)} model such as ${alternative.id}` : "";
    return { advice: "use" as const, data: { ...data, plan: catalog.planName(target.plan), baseUrl: target.baseUrl, key, otherProviders: others, alternative: or } };
  }
  if (alternative) return { advice: "pick" as const, data: { ...data, alternative: alternative.id } };
  return { advice: "none" as const, data };
}

/** "the Coding Plan China endpoint (coding.dashscope.aliyuncs.com)", or "a Token Plan host (token-plan.eu-central-1...)". */
function hostWhere(catalog: Catalog, t: QwenTarget): string {
  if (t.endpoint) return `the ${catalog.endpointLabel(t.endpoint)}`;
  const host = t.resolution.kind === "unknown" && t.resolution.url ? t.resolution.url.host : "its host";
  return `a ${catalog.planName(t.plan)} host (${host})`;
}

function hostRemedy(catalog: Catalog, model: ChatModel, t: QwenTarget): string {
  const { target, alternative, other } = remedy(catalog, model, t.chat.id, t.plan, t.endpoint);
  const where = [
    ...(target ? [`the ${catalog.planName(target.plan)} endpoint ${target.baseUrl} with ${catalog.plan(target.plan)?.keyDescription ?? "a matching key"}`] : []),
    ...other.map((plan) => `a ${plan.name} endpoint with ${plan.keyDescription}`),
  ];
  const pick = alternative ? `pick a ${catalog.planName(t.plan)} model such as ${alternative.id}` : "";
  if (!where.length) return pick ? `${pick[0].toUpperCase()}${pick.slice(1)}.` : "";
  return `Serve it from a provider entry on ${where.join(" or ")}${pick ? `, or ${pick}` : ""}.`;
}
