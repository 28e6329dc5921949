import type { RefSite } from "../engine/facts.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule, type RuleContext } from "../engine/rule.js";
import { chatIdAnywhere, chatProvidersOf, isWan, qwenCatalog, videoProvider, wanProvider } from "./util/catalog.js";
import { withModel } from "./util/rewrite.js";
import { slotField } from "./util/slots.js";

const VIDEO_SLOT = "agents.defaults.mediaModels.video";
const CHAT_SLOT = "agents.defaults.model";

/** A chat ref to offer instead of a Wan model, image-capable where the slot reads images. */
function chatAlternative(ctx: RuleContext, site: RefSite): string | undefined {
  const { catalog } = ctx;
  const own = site.ref ? qwenCatalog(ctx, site.ref.providerId) : undefined;
  const cat = own ?? catalog.chat[0];
  const needsImage = site.slot.kind === "image" || site.slot.kind === "pdf";
  const fits = (id: string) => !needsImage || cat.models.find((m) => m.id === id)?.input.includes("image");
  const id = fits(cat.defaultModel) ? cat.defaultModel : cat.models.find((m) => !m.deprecated && fits(m.id))?.id;
  if (!id) return undefined;
  return own && site.ref ? withModel(site.ref, id) : `${cat.provider}/${id}`;
}

export default defineRule({
  meta: {
    id: "media-slot-mismatch",
    severity: "error",
    category: "catalog",
    description: "A Wan video model in a chat slot, a chat model in mediaModels.video, or a Qwen ref in mediaModels.image or mediaModels.music.",
    fixable: false,
    defers: {
      "model-ref-invalid": "malformed refs",
      "unknown-model": "unknown non-chat ids in video slots",
      "bare-model-ref": "bare Wan ids",
    },
    messages: {
      noVideoOnProvider: '{{provider}} has no video generation, so "{{raw}}" cannot serve {{field}}; Wan video runs on {{videoProviders}} with a {{videoPlans}} key. Use "{{target}}".',
      chatInVideoSlot:
        '"{{raw}}" is a chat model, not a Wan video model, so {{field}} cannot generate video with it; use a Wan model such as "{{target}}". Chat models belong in {{chatSlot}}.',
      noQwenGenerator: 'Qwen has no {{what}} (its plans offer {{offers}}), so "{{raw}}" cannot serve {{field}}. Pick {{article}} {{kind}} model from another provider here, or remove {{field}}.',
      wanInGeneratorSlot:
        'Qwen has no {{what}} (its plans offer {{offers}}), so "{{raw}}" cannot serve {{field}}. "{{raw}}" is a Wan video model: it belongs in {{videoSlot}}. Pick {{article}} {{kind}} model from another provider here, or remove {{field}}.',
      chatInGeneratorSlot:
        'Qwen has no {{what}} (its plans offer {{offers}}), so "{{raw}}" cannot serve {{field}}. "{{raw}}" is a chat model: it belongs in {{chatSlot}}. Pick {{article}} {{kind}} model from another provider here, or remove {{field}}.',
      wanInChatSlot: '"{{raw}}" is a Wan video-generation model, not a chat model, so {{field}} cannot use it: it belongs in {{videoSlot}}{{asRef}}.{{chatAdvice}}',
      wanForUnderstanding:
        '{{model}} is a Wan video-generation model; media understanding describes images and video with a chat model. Use "{{default}}" (the default: omit model to get it), and put "{{wanProvider}}/{{model}}" in {{videoSlot}} to generate video.',
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    // What the Qwen plans offer at all (chat, media understanding, video generation).
    const offers = [...new Set(catalog.plans.flatMap((p) => p.capabilities))].map((c) => c.replaceAll("-", " "));
    const videoPlans = catalog.plans
      .filter((p) => p.capabilities.includes("video-generation"))
      .map((p) => p.name)
      .join(" or ");
    const offerText = offers.length > 1 ? `${offers.slice(0, -1).join(", ")} and ${offers[offers.length - 1]}` : offers.join("");

    for (const site of facts.refs) {
      // Listing keys select nothing; malformed refs are model-ref-invalid's.
      if (site.slot.kind === "listing" || site.problem) continue;
      const ref = site.ref;
      const model = ref?.model ?? site.raw;
      const field = slotField(site.slot);
      const owner = ref ? ctx.facts.owner(ref.providerId) : undefined;
      if (owner && (!owner.info || owner.by === "custom")) continue;
      const qwenChat = ref ? qwenCatalog(ctx, ref.providerId) !== undefined : false;
      const wanRef = (id: string) => (ref && videoProvider(ctx, ref.providerId) ? withModel(ref, id) : `${wanProvider(catalog)}/${id}`);

      if (site.slot.kind === "video") {
        if (ref && videoProvider(ctx, ref.providerId)) {
          // Unknown non-chat ids are unknown-model's (with did-you-mean over the Wan ids).
          if (isWan(catalog, model) || !(chatIdAnywhere(catalog, model) || catalog.retiredModel(ref.providerId, model))) continue;
        } else if (ref && !qwenChat) continue;
        else if (!ref && !chatIdAnywhere(catalog, model)) continue; // bare Wan ids are bare-model-ref's
        const target = wanRef(isWan(catalog, model) ? model : catalog.video.defaultModel);
        const data = { provider: ref?.provider, raw: site.raw, field, videoProviders: catalog.video.providers.join(" or "), videoPlans, target, chatSlot: CHAT_SLOT };
        const noVideo = !!ref && !videoProvider(ctx, ref.providerId);
        ctx.report({ pointer: site.pointer, messageId: noVideo ? "noVideoOnProvider" : "chatInVideoSlot", data });
        continue;
      }

      if (site.slot.kind === "image-generation" || site.slot.kind === "music") {
        // Bare ids may resolve to another provider; only explicit Qwen chat-provider refs are judged.
        if (!ref || !qwenChat) continue;
        const what = site.slot.kind === "music" ? "music generation" : "image generation";
        const wan = isWan(catalog, model);
        const chat = chatProvidersOf(catalog, model).length > 0;
        const data = { what, offers: offerText, raw: site.raw, field, videoSlot: VIDEO_SLOT, chatSlot: CHAT_SLOT, article: site.slot.kind === "music" ? "a" : "an", kind: what.replace(" ", "-") };
        ctx.report({ pointer: site.pointer, messageId: wan ? "wanInGeneratorSlot" : chat ? "chatInGeneratorSlot" : "noQwenGenerator", data });
        continue;
      }

      // Chat slots: a Wan model cannot chat.
      if (!isWan(catalog, model) || (ref && !qwenChat && !videoProvider(ctx, ref.providerId))) continue;
      const alt = chatAlternative(ctx, site);
      ctx.report({
        pointer: site.pointer,
        messageId: "wanInChatSlot",
        data: { raw: site.raw, field, videoSlot: VIDEO_SLOT, asRef: wanRef(model) === site.raw ? "" : ` (as "${wanRef(model)}")`, chatAdvice: alt ? ` Use a chat model here, such as "${alt}".` : "" },
      });
    }

    // tools.media.models[]: media understanding reads images and video with a chat model.
    const mu = catalog.mediaUnderstanding;
    for (const tool of facts.mediaTools) {
      if (tool.model === undefined || !isWan(catalog, tool.model) || qwenCatalog(ctx, tool.provider) === undefined) continue;
      ctx.report({
        pointer: joinPointer(tool.pointer, "model"),
        messageId: "wanForUnderstanding",
        data: { model: tool.model, default: mu.model, wanProvider: wanProvider(catalog), videoSlot: VIDEO_SLOT },
      });
    }
  },
});
