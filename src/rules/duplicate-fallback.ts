import type { RefSite } from "../engine/facts.js";
import { defineRule, type RuleContext } from "../engine/rule.js";
import { sameEndpoint } from "./util/endpoints.js";
import { slotField } from "./util/slots.js";

/**
 * What OpenClaw would call for a ref: provider lower-cased (as it compares), a compatibility alias
 * folded into its canonical provider when both reach the same endpoint, the model exactly, and the
 * auth profile (another profile is a real alternative).
 */
function identity(ctx: RuleContext, site: RefSite): string | undefined {
  if (site.bare) return `bare:${site.raw}`;
  if (!site.ref) return undefined;
  let provider = site.ref.providerId;
  const info = ctx.catalog.provider(provider);
  if (info?.status === "alias" && info.aliasOf && ctx.facts.owner(provider).by === "plugin" && sameEndpoint(ctx.facts.chatEndpointFor(provider), ctx.facts.chatEndpointFor(info.aliasOf)))
    provider = info.aliasOf;
  return JSON.stringify([provider, site.ref.model, site.ref.profile ?? ""]);
}

export default defineRule({
  meta: {
    id: "duplicate-fallback",
    severity: "warning",
    category: "catalog",
    description: "A fallback that repeats the primary or an earlier fallback.",
    fixable: false,
    messages: {
      repeatsAlias:
        '"{{raw}}" repeats {{earlier}}{{earlierRaw}}; {{aliases}} {{aliasVerb}} of {{canonical}} on the same endpoint, so it retries the same request. Remove it or pick a different model.',
      repeats: '"{{raw}}" repeats {{earlier}}{{earlierRaw}}; OpenClaw skips a model it has already tried, so this fallback does nothing. Remove it or pick a different model.',
    },
  },
  check(ctx) {
    // Sites of one slot object share the pointer up to /primary or /fallbacks/<i>; the facts list
    // the primary first, then the fallbacks in order.
    const slots = new Map<string, RefSite[]>();
    for (const site of ctx.facts.refs) {
      if (site.slot.role !== "primary" && site.slot.role !== "fallback") continue;
      const owner = slotOwner(site.pointer);
      // Appended in place: copying the list for each ref made a long fallback list quadratic.
      const sites = slots.get(owner);
      if (sites) sites.push(site);
      else slots.set(owner, [site]);
    }
    for (const sites of slots.values()) {
      const seen = new Map<string, RefSite>();
      for (const site of sites) {
        const id = identity(ctx, site);
        if (id === undefined) continue;
        const first = seen.get(id);
        if (!first) {
          seen.set(id, site);
          continue;
        }
        if (site.slot.role !== "fallback") continue;
        const field = slotField(site.slot);
        const which = first.slot.role === "primary" ? `the primary of ${field}` : `the earlier fallback ${field}.fallbacks[${first.pointer.slice(first.pointer.lastIndexOf("/") + 1)}]`;
        const a = site.ref?.providerId;
        const b = first.ref?.providerId;
        // Provider spellings that differ only in case are the same to OpenClaw, which skips repeats;
        // an alias is a different key to it, so the same request runs again.
        const aliases = [...new Set([a, b])].filter((p): p is string => !!p && ctx.catalog.provider(p)?.status === "alias");
        const canonical = a ? ctx.catalog.canonicalProvider(a)?.id : undefined;
        const data = { raw: site.raw, earlier: which, earlierRaw: first.raw === site.raw ? "" : ` ("${first.raw}")` };
        if (a && b && a !== b && canonical)
          ctx.report({
            pointer: site.pointer,
            messageId: "repeatsAlias",
            data: { ...data, aliases: aliases.join(" and "), aliasVerb: aliases.length > 1 ? "are aliases" : "is an alias", canonical },
          });
        else ctx.report({ pointer: site.pointer, messageId: "repeats", data });
      }
    }
  },
});

/** The model slot of a primary or fallback ref: its pointer without `/primary` or `/fallbacks/<n>`. */
function slotOwner(pointer: string): string {
  if (pointer.endsWith("/primary")) return pointer.slice(0, -"/primary".length);
  const at = pointer.lastIndexOf("/fallbacks/");
  const n = at < 0 ? "" : pointer.slice(at + "/fallbacks/".length);
  return n !== "" && isDigits(n) ? pointer.slice(0, at) : pointer;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
  return true;
}
