import { secret } from "../engine/message.js";
import { defineRule } from "../engine/rule.js";
import { endpointName, wherePhrase } from "../catalog/describe.js";
import { keyFitsPlan, keyShaped, providerForPlan, qwenProviders, siblings } from "./util/endpoints.js";

/** A guide's placeholder shaped like a key ("sk-xxxxxxxx", "sk-your-key-here") says nothing about a plan. */
// \u66ff\u6362 替换 "replace", \u4f60\u7684 你的 "your" (escaped: the bundled CLI is ASCII, scripts/build.mjs).
const PLACEHOLDER = /x{4,}|\*{3,}|your|example|here|\u66ff\u6362|\u4f60\u7684/i;
import { usedKeyOf } from "./util/used-key.js";

export default defineRule({
  meta: {
    id: "api-key-plan-mismatch",
    severity: "warning",
    category: "endpoints",
    description: "An API key (in the config, or where the installation keeps it) whose shape contradicts the endpoint's plan (sk-sp- vs pay-as-you-go keys), for Qwen ids and custom ids on DashScope hosts.",
    fixable: false,
    messages: {
      literalKeyWrongPlan:
        "The literal key in {{path}} ({{key}}) {{shape}}, but {{provider}} requests go to {{where}}, which needs {{needed}}; keys of different plans are not interchangeable (401 InvalidApiKey). Replace the key{{keep}}{{owner}}.",
      installedKeyWrongPlan:
        "The key in {{path}} {{shape}}, but {{provider}} requests go to {{where}}, which needs {{needed}}; keys of different plans are not interchangeable (401 InvalidApiKey). Replace the key{{keep}}{{owner}}.",
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const ids = new Map<string, string>();
    for (const { site } of qwenProviders(ctx)) ids.set(site.id.toLowerCase(), site.id);
    // Canonical providers without an entry can still get a key from env.vars.
    for (const p of catalog.providers) if (p.status === "canonical" && p.role === "chat" && !ids.has(p.id)) ids.set(p.id, p.id);
    for (const id of ids.values()) {
      const r = facts.chatEndpointFor(id);
      if (r.kind !== "known" && r.kind !== "default") continue;
      const plan = catalog.plan(r.endpoint.plan);
      const canonical = catalog.canonicalProvider(id);
      const key = usedKeyOf(ctx, id);
      if (!plan || !canonical || !key || keyFitsPlan(catalog, key.value, plan)) continue;
      const fits = catalog.plans.filter((p) => keyFitsPlan(catalog, key.value, p));
      const prefixes = [...new Set(fits.map((p) => p.keyPrefix).filter(Boolean))];
      const shape = fits.length
        ? `looks like a ${fits.map((p) => p.name).join(" or ")} key (${prefixes.length ? `starts with ${prefixes.join(", ")}` : `no ${plan.keyPrefix} prefix`})`
        : `does not look like ${plan.keyDescription}`;
      // Keep the key: the same-region endpoint of a plan this provider serves and the key fits.
      const own = siblings(catalog, r.endpoint.region, (canonical.plans ?? []).filter((p) => fits.some((f) => f.id === p)));
      const keep = own.length ? ` or set models.providers.${id}.baseUrl to ${own.map((e) => `${e.baseUrl} (${endpointName(catalog, e)})`).join(" or ")} to keep it` : "";
      const owner = own.length ? undefined : fits.map((f) => providerForPlan(catalog, f.id)).find((o) => o && o.id !== canonical.id);
      const elsewhere = owner ? ` (a key like this belongs to the ${owner.id} provider)` : "";
      const data = { path: key.path, key: secret(key.value), shape, provider: id, where: wherePhrase(catalog, r, id), needed: plan.keyDescription, keep, owner: elsewhere };
      ctx.report({ pointer: key.pointer, messageId: key.installed ? "installedKeyWrongPlan" : "literalKeyWrongPlan", data });
    }
    // Custom ids on DashScope hosts (bailian, aliyun, ...): their own literal apiKey meets the host's plan.
    for (const site of facts.providers) {
      const t = facts.qwenTarget(site.id);
      const plan = t?.by === "host" ? catalog.plan(t.plan) : undefined;
      const src = plan ? facts.keySources(site.id)[0] : undefined;
      if (!t || !plan || src?.kind !== "literal" || !keyShaped(src.value) || PLACEHOLDER.test(src.value) || keyFitsPlan(catalog, src.value, plan)) continue;
      const fits = catalog.plans.filter((p) => keyFitsPlan(catalog, src.value, p));
      const prefixes = [...new Set(fits.map((p) => p.keyPrefix).filter(Boolean))];
      const shape = fits.length
        ? `looks like a ${fits.map((p) => p.name).join(" or ")} key (${prefixes.length ? `starts with ${prefixes.join(", ")}` : `no ${plan.keyPrefix} prefix`})`
        : `does not look like ${plan.keyDescription}`;
      // Keep the key: point the entry at the same-region endpoint of a plan the key fits.
      const own = t.endpoint ? siblings(catalog, t.endpoint.region, fits.map((f) => f.id)) : [];
      const keep = own.length ? ` or set models.providers.${site.id}.baseUrl to ${own.map((e) => `${e.baseUrl} (${endpointName(catalog, e)})`).join(" or ")} to keep it` : "";
      const where = t.endpoint ? `the ${catalog.endpointLabel(t.endpoint)}` : `a ${catalog.planName(t.plan)} host (${t.resolution.kind === "unknown" && t.resolution.url ? t.resolution.url.host : site.baseUrl})`;
      ctx.report({
        pointer: src.pointer,
        messageId: "literalKeyWrongPlan",
        data: { path: src.path, key: secret(src.value), shape, provider: site.id, where, needed: plan.keyDescription, keep, owner: "" },
      });
    }
  },
});
