// Rewriting refs and ids in fixes and suggestions, and did-you-mean over catalog ids.
import type { Catalog } from "../../catalog/index.js";
import { editDistance, MAX_COMPARED_LENGTH, squash } from "../../engine/did-you-mean.js";
import { fix, renameKey, replaceStringValue } from "../../engine/edits.js";
import type { RefSite } from "../../engine/facts.js";
import type { ModelRef } from "../../engine/model-ref.js";
import type { RuleContext } from "../../engine/rule.js";
import type { Fix } from "../../report.js";

/** The ref with another model, keeping the provider as written and any `@profile`. */
export const withModel = (ref: ModelRef, model: string): string => `${ref.provider}/${model}${ref.profile ? `@${ref.profile}` : ""}`;

/** The ref with another provider, keeping everything after the first slash. */
export const withProvider = (ref: ModelRef, provider: string): string => `${provider}/${ref.raw.slice(ref.provider.length + 1)}`;

/** The same ref with another model id: canonical provider id, auth profile kept. */
export function refWithModel(catalog: Catalog, ref: ModelRef, modelId: string): string {
  const provider = catalog.canonicalProvider(ref.providerId)?.id ?? ref.provider;
  return `${provider}/${modelId}${ref.profile ? `@${ref.profile}` : ""}`;
}

/** An edit that replaces a ref site's string (value) or renames it (listing key). */
export function replaceRef(ctx: RuleContext, site: Pick<RefSite, "pointer" | "target" | "raw">, text: string): Fix | undefined {
  const at = ctx.locate(site.pointer);
  if (!at) return undefined;
  return fix(`Replace "${site.raw}" with "${text}"`, site.target === "key" ? renameKey(at, text) : replaceStringValue(at, text));
}

/** Replace the string at a pointer. */
export function replaceAt(ctx: RuleContext, pointer: string, old: string, text: string): Fix | undefined {
  const at = ctx.locate(pointer);
  return at ? fix(`Replace "${old}" with "${text}"`, replaceStringValue(at, text)) : undefined;
}

/** A suggestion list from an optional fix. */
export const suggest = (f: Fix | undefined): Fix[] | undefined => (f ? [f] : undefined);


const words = (id: string) => id.toLowerCase().split(/[^a-z]+/).filter(Boolean);

const dotted = (id: string) => /\d\.\d/.test(id);

/** Every word of `part` occurs in `whole`, repeats counted. */
function containsAll(whole: string[], part: string[]): boolean {
  const left = [...whole];
  return part.every((x) => {
    const i = left.indexOf(x);
    return i >= 0 && left.splice(i, 1).length === 1;
  });
}

/**
 * Catalog ids close to `input`, best first. Case and punctuation slips (`QWEN3.5-PLUS`,
 * `qwen3.5plus`) win outright; then the nearest typos (ties kept, so `qwen3.9-plus` offers each
 * sibling); then ids sharing all name words, which catch dropped versions (`qwen-max` ->
 * `qwen3-max-2026-01-23`, `wan9-t2v` -> `wan2.6-t2v`). Among word matches, an id without a dotted
 * version (a line's snapshot) comes before versioned siblings: an unversioned name means the line.
 */
export function suggestIds(input: string, candidates: readonly string[], max = 3): string[] {
  // Only short strings get suggestions: a pasted blob or a 1 MB ref is nobody's typo.
  if (input.length > MAX_COMPARED_LENGTH) return [];
  const others = [...new Set(candidates)].filter((c) => c !== input);
  const exactish = others.filter((c) => squash(c) === squash(input));
  if (exactish.length) return exactish.slice(0, max);
  const lower = input.toLowerCase();
  const limit = Math.max(1, Math.floor(input.length / 5));
  const scored = others.map((c) => ({ c, d: editDistance(lower, c.toLowerCase()) })).filter((x) => x.d <= limit);
  const best = Math.min(...scored.map((x) => x.d));
  const out = scored.filter((x) => x.d === best).map((x) => x.c);
  const mine = words(input);
  if (mine.length >= 2) {
    const byWords = others
      .map((c, order) => ({ c, order, w: words(c) }))
      .filter(({ w }) => containsAll(w, mine))
      .sort(
        (a, b) =>
          Number(b.w.join() === mine.join()) - Number(a.w.join() === mine.join()) ||
          Number(dotted(a.c)) - Number(dotted(b.c)) ||
          editDistance(lower, a.c.toLowerCase()) - editDistance(lower, b.c.toLowerCase()) ||
          a.order - b.order,
      );
    for (const { c } of byWords) if (!out.includes(c)) out.push(c);
  }
  return out.slice(0, max);
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"` */
export function orList(items: readonly string[]): string {
  const q = items.map((i) => `"${i}"`);
  return q.length <= 1 ? (q[0] ?? "") : `${q.slice(0, -1).join(", ")} or ${q[q.length - 1]}`;
}
