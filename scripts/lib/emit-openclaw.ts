// Emits src/generated/openclaw.ts: OpenClaw's own config facts (not Qwen's), read from its schema as
// recorded by `npm run upstream`, so rules never copy them.
import { openClawFacts, RETIRED_API_ADAPTERS, RETIRED_MEDIA_KEYS, type RefinementFacts, type RegexSource, type Upstream } from "../../src/schema/openclaw-config.js";
import { GENERATED_HEADER } from "./emit-catalog.js";

const lit = (v: unknown) => JSON.stringify(v, null, 2);

/** The facts as a TypeScript literal, patterns as regex literals so nothing compiles a regex from text at lint time. */
function refinementLiteral(r: RefinementFacts): string {
  const isRegex = (v: unknown): v is RegexSource => typeof v === "object" && v !== null && !Array.isArray(v) && "source" in v && "flags" in v;
  const value = (v: unknown): string => (isRegex(v) ? String(new RegExp(v.source, v.flags)) : Array.isArray(v) && v.some(isRegex) ? `[${v.map(value).join(", ")}]` : JSON.stringify(v));
  const patterns: Record<string, string> = { edgeAuthHeaderPattern: "u", broadcastQualifiedKey: "i" };
  const names: Record<string, string> = { edgeAuthHeaderPattern: "edgeAuthHeaderName", broadcastQualifiedKey: "broadcastQualifiedKey" };
  const lines = Object.entries(r).map(([k, v]) => (k in patterns ? `  ${names[k]}: ${new RegExp(v as string, patterns[k])}` : `  ${k}: ${value(v)}`));
  return `{\n${lines.join(",\n")},\n}`;
}

export function emitOpenClawModule(up: Upstream): string {
  const f = openClawFacts(up);
  return [
    GENERATED_HEADER(`scripts/data/openclaw/ (${f.build}, @openclaw/qwen-provider ${f.qwenProvider})`),
    `/** The OpenClaw release the schema data comes from (\`npm run upstream\`). */`,
    `export const OPENCLAW_VERSION = ${lit(f.version)};`,
    `export const OPENCLAW_BUILD = ${lit(f.build)};`,
    `export const QWEN_PROVIDER_VERSION = ${lit(f.qwenProvider)};\n`,
    `/** Values OpenClaw accepts for models.providers.<id>.api and models[].api. */`,
    `export const API_ADAPTERS = ${lit(f.apiAdapters)} as const;\n`,
    `/** Thinking levels OpenClaw accepts (agents.defaults.thinkingDefault). */`,
    `export const THINKING_LEVELS = ${lit(f.thinkingLevels)} as const;\n`,
    `/** agents.entries keys must match this (OpenClaw's runtime regex is case-insensitive; this is its flagless form). */`,
    `export const AGENT_ID_PATTERN = ${lit(f.agentIdPattern)};\n`,
    `/** SecretRef sources and the provider-alias pattern. */`,
    `export const SECRET_SOURCES = ${lit(f.secretSources)} as const;`,
    `export const SECRET_PROVIDER_PATTERN = ${lit(f.secretProviderPattern)};\n`,
    `/** Retired agents.defaults keys -> agents.defaults.mediaModels.<kind>. */`,
    `export const RETIRED_MEDIA_KEYS = ${lit(RETIRED_MEDIA_KEYS)} as const;\n`,
    `/** Retired models.providers.<id>.api values -> what OpenClaw's doctor rewrites them to. */`,
    `export const RETIRED_API_ADAPTERS = ${lit(RETIRED_API_ADAPTERS)} as const;\n`,
    `/** Top-level config sections OpenClaw allows. */`,
    `export const ROOT_KEYS = ${lit(f.rootKeys)} as const;\n`,
    "/** Provider ids an entry of models.providers may overlay without baseUrl and models (OpenClaw's built-in overlays). */",
    `export const PROVIDER_OVERLAY_IDS = ${lit(f.providerOverlayIds)} as const;\n`,
    "/** tools.web.search keys whose object value OpenClaw refuses: provider config now under plugins.entries.<plugin>.config.webSearch. */",
    `export const LEGACY_WEB_SEARCH_KEYS = ${lit(f.legacyWebSearchKeys)} as const;\n`,
    "/** Lists and limits of OpenClaw's rarer zod refinements (src/schema/*-refinements.ts); its regexes keep their flags. */",
    `export const REFINEMENT_FACTS = ${refinementLiteral(f.refinementFacts)} as const;\n`,
    "/** OpenClaw's own message for a pattern of its schema, by the pattern's source in the lint schema. */",
    `export const PATTERN_MESSAGES: Readonly<Record<string, string>> = ${lit(f.patternMessages)};\n`,
    "/** What heartbeat.target may name besides a bundled channel: keywords, channel aliases, bundled plugins' channels. */",
    `export const HEARTBEAT_TARGETS = ${lit(f.heartbeatTargets)} as const;\n`,
    "/** tools.web.search.provider ids: served by bundled plugins (active), or needing the named plugin (install). */",
    `export const WEB_SEARCH_PROVIDERS = ${lit(f.webSearchProviders)} as const;\n`,
    "/** Models OpenClaw refuses wherever they are named (\"provider/model\", lower case -> its reason), and the agent keys it reads refs from. */",
    `export const RETIRED_MODELS = ${lit(f.retiredModels)} as const;\n`,
    "/** Keys of `channels` OpenClaw knows without a channel plugin installed: its bundled channels. */",
    `export const CHANNEL_KEYS = ${lit(f.channelKeys)} as const;\n`,
  ].join("\n");
}
