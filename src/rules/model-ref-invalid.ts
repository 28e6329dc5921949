import type { RefSite } from "../engine/facts.js";
import { describeRefProblem, parseModelRef } from "../engine/model-ref.js";
import { defineRule, type RuleContext } from "../engine/rule.js";
import type { Fix, Severity } from "../report.js";
import { chatProvidersOf, defaultChatRef, isWan, qwenCatalog, wanProvider } from "./util/catalog.js";
import { replaceRef, suggestIds } from "./util/rewrite.js";
import { slotField } from "./util/slots.js";

/**
 * A well-formed ref a malformed one most likely meant, when that names a Qwen model: OpenClaw trims
 * around the provider and the model, so only the parts are cleaned, never guessed.
 */
function repair(ctx: RuleContext, site: RefSite): string | undefined {
  const { catalog } = ctx;
  const raw = site.raw.trim();
  const slash = raw.indexOf("/");
  const provider = slash < 0 ? "" : raw.slice(0, slash).trim();
  // Repeated and trailing slashes collapse; whitespace inside the model id goes.
  const model = (slash < 0 ? raw : raw.slice(slash + 1)).replace(/\/{2,}/g, "/").replace(/^\/+|\/+$/g, "").replace(/\s+/g, "");
  if (!model) return undefined;
  const video = site.slot.kind === "video";
  if (!provider) {
    const owner = video ? (isWan(catalog, model) ? wanProvider(catalog) : undefined) : chatProvidersOf(catalog, model)[0];
    return owner ? `${owner}/${model}` : undefined;
  }
  const cat = qwenCatalog(ctx, provider);
  if (!cat) return undefined;
  const ids = video ? catalog.video.models.map((m) => m.id) : cat.models.map((m) => m.id);
  const id = ids.includes(model) ? model : suggestIds(model, ids, 1)[0];
  return id ? `${provider}/${id}` : undefined;
}

export default defineRule({
  meta: {
    id: "model-ref-invalid",
    severity: "error",
    category: "catalog",
    description: "An empty or malformed model ref.",
    fixable: true,
    messages: {
      emptyListingKey: "An empty key in {{field}} lists no model; remove it.",
      emptyMainPrimary:
        '{{name}} {{what}}, so OpenClaw treats it as unset and falls back to its built-in default model (not a Qwen one); set a model ref such as "{{example}}".',
      emptyRef: '{{name}} {{what}}, so OpenClaw ignores it; remove it or set a model ref such as "{{example}}".',
      untrimmed: '"{{raw}}" has whitespace around the provider or model; OpenClaw trims it, so it works, but write "{{tidy}}".',
      malformedDidYouMean: '"{{raw}}" {{problem}}, so {{consequence}}; did you mean "{{fixed}}"?',
      malformed: '"{{raw}}" {{problem}}, so {{consequence}}; write provider/model, e.g. "{{example}}".',
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const example = defaultChatRef(catalog, catalog.chat[0].provider)!;

    for (const site of facts.refs) {
      if (!site.problem) continue;
      const field = slotField(site.slot);
      const listing = site.slot.kind === "listing";
      const cap = listing ? ("info" as const) : undefined;
      const trimmed = site.raw.trim();
      const at = { pointer: site.pointer, target: site.target, cap };

      if (trimmed === "") {
        // utilityModel: "" and decisionModel: "" are OpenClaw's documented way to turn those models off.
        if (site.slot.kind === "utility" || site.slot.kind === "decision") continue;
        const what = site.raw === "" ? "is empty" : "is only whitespace";
        if (listing) {
          ctx.report({ ...at, messageId: "emptyListingKey", data: { field } });
          continue;
        }
        // An empty primary of the main model drops OpenClaw back to its own built-in default
        // provider; elsewhere an empty ref just counts as unset.
        const mainPrimary = site.slot.path === "agents.defaults.model" || site.slot.path === "agents.defaults.model.primary";
        const name = site.slot.role === "fallback" ? `A fallback in ${field}.fallbacks` : site.slot.role === "primary" ? `${field}.primary` : field;
        const example2 = site.slot.kind === "video" ? `${wanProvider(catalog)}/${catalog.video.defaultModel}` : example;
        const severity: Severity | undefined = mainPrimary ? undefined : "warning";
        ctx.report({
          ...at,
          severity,
          messageId: mainPrimary ? "emptyMainPrimary" : "emptyRef",
          data: { name, what, example: mainPrimary ? example : example2 },
        });
        continue;
      }

      let problem = site.problem;
      if (problem === "whitespace") {
        // OpenClaw trims the ref and each side of the first slash: only inner whitespace breaks it.
        const slash = trimmed.indexOf("/");
        const tidy = slash < 0 ? trimmed : `${trimmed.slice(0, slash).trim()}/${trimmed.slice(slash + 1).trim()}`;
        if (!/\s/.test(tidy)) {
          const rest = parseModelRef(tidy).problem;
          if (!rest) {
            ctx.report({
              ...at,
              severity: "info",
              messageId: "untrimmed",
              data: { raw: site.raw, tidy },
              fix: listing ? undefined : replaceRef(ctx, site, tidy),
              suggestions: listing ? [replaceRef(ctx, site, tidy)].filter((f): f is Fix => f !== undefined) : undefined,
            });
            continue;
          }
          problem = rest;
        }
      }
      const fixed = repair(ctx, site);
      const what = problem === "whitespace" ? "contains whitespace inside the provider or model id" : describeRefProblem(problem);
      const consequence = problem === "no-provider" || problem === "no-model" ? "OpenClaw cannot resolve it" : "no provider serves that model id";
      ctx.report({
        ...at,
        messageId: fixed ? "malformedDidYouMean" : "malformed",
        data: { raw: site.raw, problem: what, consequence, fixed, example },
        suggestions: fixed ? [replaceRef(ctx, site, fixed)].filter((f): f is Fix => f !== undefined) : undefined,
      });
    }
  },
});
