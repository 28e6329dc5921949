// The key a Qwen provider uses: a literal in the config (models.providers.<id>.apiKey, env.vars), else,
// when an installation is linted, the one facts.keySources found there (a state database row, a .env
// line). An installed key is described only by whether it has a plan prefix: nothing of a key read from
// outside the config is ever shown.
import { joinPointer } from "../../engine/pointer.js";
import { isLiteralSecret, redact } from "../../engine/secrets.js";
import type { RuleContext } from "../../engine/rule.js";
import { isObject } from "./secrets.js";
import { literalKeyOf, type LiteralKey } from "./endpoints.js";

export interface UsedKey extends LiteralKey {
  /** How messages show the key: redact() for a config literal; for an installed key only its plan prefix (or that it has none). */
  shown: string;
  /** Read from the installation, not the config; `path` then names that place (`~/.openclaw/.env:3`). */
  installed: boolean;
}

export function usedKeyOf(ctx: RuleContext, providerId: string): UsedKey | undefined {
  const literal = literalKeyOf(ctx, providerId);
  if (literal) return { ...literal, shown: redact(literal.value), installed: false };
  const first = ctx.facts.keySources(providerId)[0];
  if (first?.kind !== "file" && first?.kind !== "database") return undefined;
  // A key in a .env file matters only for a provider the config uses; a stored auth profile always does.
  if (first.kind === "file" && !inUse(ctx, providerId)) return undefined;
  const value = first.secret.reveal();
  if (!isLiteralSecret(value)) return undefined;
  const prefixes = [...new Set(ctx.catalog.plans.map((p) => p.keyPrefix).filter((k): k is string => !!k))];
  const prefix = prefixes.find((k) => value.trim().startsWith(k));
  const shown = prefix ? `starts with ${prefix}` : `no ${prefixes.join(" or ")} prefix`;
  return { pointer: configPlace(ctx, providerId, first.kind === "database" ? first.profile : undefined), path: first.display, value, shown, installed: true };
}

function inUse(ctx: RuleContext, providerId: string): boolean {
  const id = ctx.catalog.canonicalProvider(providerId)?.id;
  const mine = (p: string) => ctx.catalog.canonicalProvider(p)?.id === id;
  return ctx.facts.providers.some((p) => mine(p.id)) || ctx.facts.refs.some((r) => r.ref && r.slot.selects && mine(r.ref.providerId));
}

/** The config line a finding about an installed key sits on: the provider's baseUrl, else its auth profile, else its entry. */
function configPlace(ctx: RuleContext, providerId: string, profile: string | undefined): string {
  const site = ctx.facts.providerSite(providerId) ?? ctx.facts.providerSite(ctx.catalog.canonicalProvider(providerId)?.id ?? providerId);
  if (site?.baseUrl !== undefined) return joinPointer(site.pointer, "baseUrl");
  const root = isObject(ctx.config) ? ctx.config : {};
  const profiles = isObject(root.auth) && isObject(root.auth.profiles) ? root.auth.profiles : {};
  if (profile && profile in profiles) return joinPointer("/auth/profiles", profile);
  return site?.pointer ?? "";
}
