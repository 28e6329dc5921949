// Where the key for a Qwen provider id's requests comes from, decided once (ConfigFacts.keySources).
// Order, as the rules and OpenClaw's onboarding use it: the ref's own models.providers.<id>.apiKey
// (OpenClaw reads the entry of the ref's own id; an alias without one is served as its canonical
// provider, so that entry's apiKey); else an auth profile for the canonical provider (onboarding keeps
// the key in the agent's auth store and writes only auth.profiles), env.vars.<the provider's env vars,
// in lookup order>, and finally those env vars in the Gateway's environment.
import type { Catalog } from "../../catalog/index.js";
import { hasPlaceholder, isObject, type JsonObject } from "../json.js";
import { joinPointer } from "../pointer.js";
import type { KeySource, Ownership, ProviderSite } from "../facts.js";

/** `${NAME}` names in a string. */
const placeholderNames = (s: string) => [...s.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]);

/** Every source that may supply the key, most binding first; [] when nothing here decides it. */
export function keySources(catalog: Catalog, root: JsonObject, owner: Ownership, siteOf: (id: string) => ProviderSite | undefined): KeySource[] {
  const canonical = owner.by === "plugin" && owner.via !== "legacy" ? owner.canonical : undefined;
  const site = owner.entry && "apiKey" in owner.entry.entry ? owner.entry : !owner.pinned && canonical ? siteOf(canonical.id) : undefined;
  const out: KeySource[] = [];
  if (site && "apiKey" in site.entry) out.push(apiKeySource(catalog, site.entry.apiKey, joinPointer(site.pointer, "apiKey"), `models.providers.${site.id}.apiKey`));
  if (!canonical) return out;
  const profiles = isObject(root.auth) && isObject(root.auth.profiles) ? root.auth.profiles : {};
  for (const [profile, p] of Object.entries(profiles))
    if (isObject(p) && typeof p.provider === "string" && catalog.canonicalProvider(p.provider)?.id === canonical.id)
      out.push({ kind: "auth-profile", pointer: joinPointer("/auth/profiles", profile), path: `auth.profiles.${profile}`, profile });
  const names = canonical.env ?? [];
  const vars = isObject(root.env) && isObject(root.env.vars) ? root.env.vars : {};
  for (const name of names)
    if (name in vars) out.push({ kind: "env-vars", pointer: joinPointer("/env/vars", name), path: `env.vars.${name}`, name, value: typeof vars[name] === "string" ? (vars[name] as string) : undefined });
  if (names.length) out.push({ kind: "environment", names: [...names] });
  return out;
}

/** The env var names the catalog knows, made once per catalog (a catalog does not change). */
const envNames = new WeakMap<Catalog, Set<string>>();
function knownEnvNames(catalog: Catalog): Set<string> {
  let known = envNames.get(catalog);
  if (!known) envNames.set(catalog, (known = new Set([...catalog.envVars.map((e) => e.name), ...catalog.providers.flatMap((p) => p.env ?? [])])));
  return known;
}

function apiKeySource(catalog: Catalog, v: unknown, pointer: string, path: string): KeySource {
  if (typeof v === "string") {
    if (hasPlaceholder(v)) return { kind: "placeholder", pointer, path, names: placeholderNames(v) };
    // OpenClaw reads a known env var name written as apiKey as a reference to that variable.
    if (knownEnvNames(catalog).has(v.trim())) return { kind: "env-name", pointer, path, names: [v.trim()] };
    return { kind: "literal", pointer, path, value: v };
  }
  if (isObject(v) && typeof v.source === "string" && typeof v.provider === "string" && typeof v.id === "string")
    return { kind: "secret-ref", pointer, path, ref: { source: v.source, provider: v.provider, id: v.id } };
  return { kind: "unknown", pointer, path };
}
