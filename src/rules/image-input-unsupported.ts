import { fix, quoteLike, replaceStringValue, replaceValueText } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { inputList } from "../catalog/describe.js";
import { imageCapableModel, MEDIA_CAPABILITIES, qwenChatProvider, selectedQwenRefs } from "./util/catalog.js";
import { knownEndpoint } from "./util/endpoints.js";
import { refWithModel, suggest } from "./util/rewrite.js";
import { withoutSuffix } from "./util/slots.js";

export default defineRule({
  meta: {
    id: "image-input-unsupported",
    severity: "error",
    category: "catalog",
    description: "A text-only model in imageModel, pdfModel or an image/video media-understanding entry, or a Qwen media entry asking for audio.",
    fixable: false,
    messages: {
      textOnlyImageSlot: '"{{raw}}" is text-only (catalog input: {{input}}), so it cannot read the images OpenClaw sends to {{field}}.{{use}}',
      textOnlyPdfSlot:
        '"{{raw}}" is text-only (catalog input: {{input}}); {{field}} gets PDF pages as images when a PDF has little extractable text (scans, slides), and this model cannot read them.{{use}}',
      textOnlyMediaEntry: "{{model}} is text-only (catalog input: {{input}}), so this {{provider}} media-understanding entry cannot describe images or video.{{use}}",
      capabilityElsewhere:
        "Qwen media understanding handles {{inputs}} only, not {{capability}}, so this entry never handles {{capability}}. Set capabilities: {{kept}} and give {{capability}} its own tools.media.models entry with a provider that supports it.",
      capabilityUnsupported:
        "Qwen media understanding handles {{inputs}} only, not {{capability}}, so this entry never handles {{capability}}. Use a provider that supports {{capability}} for this entry (Qwen entries are for {{inputs}}).",
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const mu = catalog.mediaUnderstanding;
    const muCaps: readonly string[] = mu.capabilities;

    for (const site of selectedQwenRefs(facts)) {
      if (site.slot.kind !== "image" && site.slot.kind !== "pdf") continue;
      const model = catalog.chatModel(site.ref.providerId, site.ref.model);
      if (!model || model.input.includes("image")) continue;
      const plan = knownEndpoint(facts.chatEndpointFor(site.ref.providerId))?.plan;
      const alt = imageCapableModel(catalog, site.ref.providerId, plan);
      const altRef = alt && refWithModel(catalog, site.ref, alt.id);
      const isMu = alt?.id === mu.model && catalog.canonicalProvider(site.ref.providerId)?.id === mu.provider;
      const path = site.slot.path.startsWith("agents.defaults.") ? site.slot.path.slice("agents.defaults.".length) : site.slot.path;
      const field = withoutSuffix(path, ".primary", ".fallbacks");
      const use = altRef ? ` Use "${altRef}"${isMu ? " (Qwen's media-understanding model)" : ""} or another model that accepts images.` : " Use a model that accepts images.";
      const at = ctx.locate(site.pointer);
      const pdf = site.slot.kind === "pdf";
      ctx.report({
        pointer: site.pointer,
        messageId: pdf ? "textOnlyPdfSlot" : "textOnlyImageSlot",
        data: { raw: site.raw, input: inputList(model.input), field, use },
        // Text PDFs still work through text extraction, so a text-only pdfModel is only half broken.
        severity: site.slot.kind === "pdf" ? "warning" : undefined,
        suggestions: altRef && at ? suggest(fix(`Replace "${site.raw}" with "${altRef}"`, replaceStringValue(at, altRef))) : undefined,
      });
    }

    for (const tool of facts.mediaTools) {
      const provider = qwenChatProvider(facts, tool.provider);
      if (!provider) continue;
      const isMuProvider = provider.id === mu.provider;
      // Without capabilities the entry serves whatever the provider offers.
      const asked = tool.capabilities.length > 0 ? tool.capabilities : muCaps;
      const model = tool.model === undefined ? undefined : catalog.chatModel(tool.provider, tool.model);
      if (model && !model.input.includes("image") && asked.some((c) => muCaps.includes(c))) {
        // Media understanding only runs on the plans listed for it; suggest from one of those.
        const mediaPlan = knownEndpoint(facts.mediaEndpoint("media-understanding"))?.plan;
        const alt = imageCapableModel(catalog, tool.provider, mediaPlan && mu.plans.includes(mediaPlan) ? mediaPlan : mu.plans[0]);
        const pointer = joinPointer(tool.pointer, "model");
        const at = ctx.locate(pointer);
        const use = alt
          ? ` Use model "${alt.id}"${isMuProvider && alt.id === mu.model ? ", the default Qwen media-understanding model (or drop model to get it)" : ""}.`
          : "";
        ctx.report({
          pointer,
          messageId: "textOnlyMediaEntry",
          data: { model: tool.model, input: inputList(model.input), provider: provider.id, use },
          suggestions: alt && at ? suggest(fix(`Replace "${tool.model}" with "${alt.id}"`, replaceStringValue(at, alt.id))) : undefined,
        });
      }
      // Capabilities the Qwen media provider does not have (audio): the entry never serves them.
      const listPointer = joinPointer(tool.pointer, "capabilities");
      const kept = tool.capabilities.filter((c) => muCaps.includes(c));
      tool.capabilities.forEach((c, i) => {
        if (muCaps.includes(c) || !MEDIA_CAPABILITIES.includes(c)) return;
        const pointer = joinPointer(listPointer, i);
        const item = ctx.locate(pointer);
        const list = ctx.locate(listPointer);
        const quote = item ? item.source.text.slice(item.loc.value.start.offset, item.loc.value.end.offset) : '"';
        const text = `[${kept.map((k) => quoteLike(quote, k)).join(", ")}]`;
        ctx.report({
          pointer,
          messageId: kept.length ? "capabilityElsewhere" : "capabilityUnsupported",
          data: { inputs: inputList(muCaps), capability: c, kept: text },
          suggestions: kept.length && list ? suggest(fix(`Set capabilities to ${text}`, replaceValueText(list, text))) : undefined,
        });
      });
    }
  },
});
