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
    messages: {
      lagging: "{{model}} works on {{where}}, but {{reason}}.{{history}}",
      laggingSwitch: '{{model}} works on {{where}}, but {{reason}}.{{history}} If you see "unsupported model" errors, switch to the {{plan}} endpoint {{baseUrl}} with {{key}}.',
      refusedHere: "{{model}} works on {{where}}, but {{reason}}.{{history}} OpenClaw {{version}} ({{from}}) is one of them: update OpenClaw and the Qwen plugin, or switch now.",
      refusedHereSwitch:
        '{{model}} works on {{where}}, but {{reason}}.{{history}} If you see "unsupported model" errors, switch to the {{plan}} endpoint {{baseUrl}} with {{key}}. OpenClaw {{version}} ({{from}}) is one of them: update OpenClaw and the Qwen plugin, or switch now.',
    },
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
      const data = {
        model: modelId,
        where: endpointWhere(catalog, resolution, providerId),
        reason: a.reason,
        history: a.refusedBy ? ` Older versions refused it there: ${a.refusedBy}.` : "",
        plan: advised && catalog.planName(advised.plan),
        baseUrl: advised?.baseUrl,
        key: advised && (catalog.plan(advised.plan)?.keyDescription ?? "a matching key"),
      };
      // Severity follows the version in use: an error where it refuses the model (history from the npm tarballs).
      const v = ctx.versions;
      const refused = !!v && refusals(providerId, modelId, ep.plan).some((r) => r.refusedBy(v.openclaw, v.qwenPlugin));
      const at = { pointer: site.pointer, target: site.target };
      if (refused) ctx.report({ ...at, severity: "error", messageId: advised ? "refusedHereSwitch" : "refusedHere", data: { ...data, version: v.openclaw, from: v.from } });
      else ctx.report({ ...at, messageId: advised ? "laggingSwitch" : "lagging", data });
    }
  },
});
