// Emits src/generated/openclaw.ts: OpenClaw's own config facts (not Qwen's) that both the schema
// builder and the rules need, so rules never copy them.
import {
  AGENT_ID_PATTERN,
  API_ADAPTERS,
  RETIRED_MEDIA_KEYS,
  ROOT_KEYS,
  SECRET_PROVIDER_PATTERN,
  SECRET_SOURCES,
  THINKING_LEVELS,
} from "../../src/schema/openclaw-config.js";
import { GENERATED_HEADER } from "./emit-catalog.js";

const lit = (v: unknown) => JSON.stringify(v, null, 2);

export function emitOpenClawModule(): string {
  return [
    GENERATED_HEADER("src/schema/openclaw-config.ts (OpenClaw 2026.9.6 config facts)"),
    `/** Values OpenClaw accepts for models.providers.<id>.api and models[].api. */`,
    `export const API_ADAPTERS = ${lit(API_ADAPTERS)} as const;\n`,
    `/** Thinking levels OpenClaw accepts (agents.defaults.thinkingDefault). */`,
    `export const THINKING_LEVELS = ${lit(THINKING_LEVELS)} as const;\n`,
    `/** agents.entries keys must match this. */`,
    `export const AGENT_ID_PATTERN = ${lit(AGENT_ID_PATTERN)};\n`,
    `/** SecretRef sources and the provider-alias pattern. */`,
    `export const SECRET_SOURCES = ${lit(SECRET_SOURCES)} as const;`,
    `export const SECRET_PROVIDER_PATTERN = ${lit(SECRET_PROVIDER_PATTERN)};\n`,
    `/** Retired agents.defaults keys -> agents.defaults.mediaModels.<kind>. */`,
    `export const RETIRED_MEDIA_KEYS = ${lit(RETIRED_MEDIA_KEYS)} as const;\n`,
    `/** Top-level config sections OpenClaw allows. */`,
    `export const ROOT_KEYS = ${lit(ROOT_KEYS)} as const;\n`,
  ].join("\n");
}
