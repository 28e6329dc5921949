// OpenClaw's isNonSecretApiKeyMarker (dist/model-auth-markers, data in src/generated/auth-markers.ts): apiKey values
// that are markers, not keys. An env var name there (QWEN_API_KEY, DASHSCOPE_API_KEY) makes OpenClaw read that
// variable; `ollama-local`, `oauth:<provider>`, `secretref-managed` and the like stand for credentials kept elsewhere.
import { AWS_SDK_MARKERS, ENV_NAME_MARKERS, NON_SECRET_EXACT, NON_SECRET_PREFIXES } from "../../generated/auth-markers.js";

export type MarkerKind = "env-name" | "marker";

/** What kind of non-secret marker `value` is, or undefined when it is not one (as OpenClaw decides). */
export function nonSecretMarker(value: string): MarkerKind | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (NON_SECRET_EXACT.has(v) || AWS_SDK_MARKERS.has(v) || NON_SECRET_PREFIXES.some((p) => v.startsWith(p))) return "marker";
  return ENV_NAME_MARKERS.has(v) ? "env-name" : undefined;
}
