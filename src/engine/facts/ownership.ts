// Who serves `<id>/...` refs, decided once for every provider id (see ConfigFacts.owner).
//
// What OpenClaw 2026.9.6 and @openclaw/qwen-provider 2026.9.4 do, checked in their dist and with
// `openclaw models list/status`:
// - A ref reads the models.providers entry of its OWN id (trimmed, lower-cased; resolveMergedModelProviderEntry
//   has no alias fallback): that entry's baseUrl, apiKey, api and models rows serve the ref.
// - The plugin registers `qwen` with runtime aliases (index.js `aliases`), `qwen-token-plan` and the legacy
//   `bailian-token-plan` id (stream wrapper only, no auth or catalog); other ids in its manifest (`dashscope`)
//   and the removed Qwen Portal ids are data in endpoints.yaml.
// - An alias entry whose api is not the plugin's transport is a custom provider: `models list` serves
//   `qwencloud/claude-x` from a qwencloud block on anthropic-messages.
// - An alias entry with its own baseUrl or apiKey keeps the plugin's wrapper but sends the alias's refs to
//   that endpoint with that key (`models status` reports the entry's key for modelstudio/ refs and none for
//   qwen/ refs): renaming those refs to the canonical id changes where they go.
import type { Catalog, ProviderInfo } from "../../catalog/index.js";
import { hasPlaceholder } from "../json.js";
import type { Ownership, ProviderSite } from "../facts.js";

/** The entry fields that decide where requests go and which key they carry. */
const ROUTING_FIELDS = ["baseUrl", "apiKey", "auth", "headers", "request"] as const;

/**
 * `ownProfile`: auth.profiles has a profile whose provider is this very id. OpenClaw matches profiles by
 * the auth provider id (dist order-*.mjs listProfilesForProvider through resolveProviderIdForAuth), and the
 * Qwen plugin declares no auth alias from modelstudio or qwencloud to qwen (its manifest's auth aliases are
 * only deprecated onboarding choice ids), so a `modelstudio:default` profile is not known to serve qwen/
 * refs: renaming the alias's refs could lose their key.
 */
export function decideOwner(catalog: Catalog, id: string, entry: ProviderSite | undefined, ownProfile = false): Ownership {
  const norm = id.trim().toLowerCase();
  const info = catalog.provider(norm);
  // Each outcome is one object literal with the same keys in the same order ({ id, info, entry, pinned,
  // foreignApi, by, ... }): spreading a shared base and overriding two of its keys went through V8's
  // slow path, 17% of the time of a lint of an empty config.
  if (!info) return { id: norm, info, entry, pinned: false, foreignApi: false, by: entry ? "custom" : "other" };
  const canonical = catalog.canonicalProvider(norm);
  if (info.status === "removed") return { id: norm, info, entry, pinned: false, foreignApi: false, by: "removed", canonical };
  const api = entry?.entry.api;
  const transport = canonical?.api;
  // A `${VAR}` api is not known to be the plugin's transport, but takes nothing over either.
  const foreignApi = typeof api === "string" && transport !== undefined && api !== transport;
  const pinned = ownProfile || (!!entry && (typeof api === "string" || ROUTING_FIELDS.some((f) => entry.entry[f] !== undefined)));
  const via = info.status === "canonical" ? "canonical" : info.status === "alias" ? "alias" : "legacy";
  if (via === "alias" && foreignApi && !hasPlaceholder(api as string) && info.customEntryOwnsRefs) return { id: norm, info, entry, pinned: true, foreignApi, by: "custom", canonical };
  return { id: norm, info, entry, pinned: via !== "canonical" && pinned, foreignApi, by: "plugin", canonical, plugin: canonical?.plugin, via };
}

/** The Qwen chat provider (qwen, qwen-token-plan) an ownership stands for, when the plugin serves it. */
export function servedChat(o: Ownership, opts: { legacy?: boolean } = {}): ProviderInfo | undefined {
  if (o.by !== "plugin" || o.canonical?.role !== "chat") return undefined;
  return o.via === "legacy" && !opts.legacy ? undefined : o.canonical;
}
