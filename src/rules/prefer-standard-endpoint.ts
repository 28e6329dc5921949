import { availabilityText } from "../catalog/describe.js";
import type { PlanId } from "../catalog/index.js";
import { defineRule } from "../engine/rule.js";
import { endpointWhere } from "../catalog/describe.js";
import { selectedQwenRefs } from "./util/catalog.js";
import { knownEndpoint } from "./util/endpoints.js";
import { refusals } from "./util/versions.js";

export default defineRule({
  meta: {
    id: "prefer-standard-endpoint",
    // Advice: the current plugin serves these models on the plan; older OpenClaw versions refused them (the message
    // says which). Severity by installed version is the version-aware layer's job.
    severity: "info",
    category: "catalog",
    description: "A model the Qwen page advises to use on the Standard endpoint (qwen3.6-plus) selected on the Coding Plan.",
    fixable: false,
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    // Listing keys are skipped: onboarding lists these models on the plan, and listing selects nothing.
    for (const site of selectedQwenRefs(facts)) {
      // Generation slots have their own rules (media-slot-mismatch, video-requires-standard).
      if (site.slot.kind === "video" || site.slot.kind === "image-generation" || site.slot.kind === "music") continue;
      const { providerId, model: modelId } = site.ref;
      const model = catalog.chatModel(providerId, modelId);
      if (!model) continue;
      const resolution = facts.chatEndpointFor(providerId);
      const ep = knownEndpoint(resolution);
      if (!ep) continue;
      const a = model.availability[ep.plan];
      if (a === undefined || a === "available" || a.status !== "lagging") continue;
      const advised = (Object.keys(model.availability) as PlanId[])
        .filter((p) => availabilityText(model.availability[p]) === "available")
        .map((p) => catalog.sibling(ep, p))
        .find((e) => e !== undefined);
      const parts = [`${modelId} works on ${endpointWhere(catalog, resolution, providerId)}, but ${a.reason}.`];
      if (a.refusedBy) parts.push(`Older versions refused it there: ${a.refusedBy}.`);
      if (advised)
        parts.push(
          `If you see "unsupported model" errors, switch to the ${catalog.planName(advised.plan)} endpoint ${advised.baseUrl} with ${catalog.plan(advised.plan)?.keyDescription ?? "a matching key"}.`,
        );
      // Severity follows the version in use: an error where it refuses the model (history from the npm tarballs).
      const v = ctx.versions;
      const refused = !!v && refusals(providerId, modelId, ep.plan).some((r) => r.refusedBy(v.openclaw, v.qwenPlugin));
      if (refused) parts.push(`OpenClaw ${v.openclaw} (${v.from}) is one of them: update OpenClaw and the Qwen plugin, or switch now.`);
      ctx.report({ pointer: site.pointer, target: site.target, message: parts.join(" "), severity: refused ? "error" : undefined });
    }
  },
});
