// What a given OpenClaw version (and Qwen plugin version) refuses, from the history that
// scripts/version-history.mjs extracted from the published npm tarballs (src/generated/version-history.ts).
// The history is sampled: a version between two samples behaves like the sample before it.
import type { PlanId } from "../../catalog/types.js";
import { VERSION_HISTORY } from "../../generated/version-history.js";

type QwenFacts = { providers?: readonly string[]; codingPlanRemoves?: readonly string[] };
type OpenClawEntry = QwenFacts & { version: string; qwen: string; acceptsVideoGenerationModel?: boolean; acceptsMediaModels?: boolean };

/** Numeric compare of OpenClaw's YYYY.M.D versions (pre-release tags sort before the release). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const t = v.trim();
    const [core, pre] = (t.startsWith("v") ? t.slice(1) : t).split("-", 2);
    return { nums: core.split(".").map((n) => Number(n) || 0), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.nums.length, y.nums.length); i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d) return d;
  }
  return x.pre === y.pre ? 0 : x.pre === undefined ? 1 : y.pre === undefined ? -1 : x.pre < y.pre ? -1 : 1;
}

const openclaw = VERSION_HISTORY.openclaw as readonly OpenClawEntry[];
const plugin = VERSION_HISTORY.plugin as readonly (QwenFacts & { version: string })[];

/** The sampled OpenClaw entry a version behaves like, or undefined before the first sample. */
function sampleFor(version: string): OpenClawEntry | undefined {
  let hit: OpenClawEntry | undefined;
  for (const e of openclaw) if (compareVersions(e.version, version) <= 0) hit = e;
  return hit;
}

/** The Qwen code a version runs: its core extension, or the external plugin (the given version, else the newest). */
function qwenCode(version: string, pluginVersion?: string): QwenFacts | undefined {
  const e = sampleFor(version);
  if (!e || e.qwen === "absent") return undefined;
  if (e.qwen === "core") return e;
  const p = pluginVersion ? [...plugin].reverse().find((x) => compareVersions(x.version, pluginVersion) <= 0) : plugin[plugin.length - 1];
  return p ?? plugin[plugin.length - 1];
}

export interface Refusal {
  /** "OpenClaw refuses qwen/qwen3.6-plus on the Coding Plan" as a sentence start. */
  what(raw: string): string;
  symptom: string;
  fix: string;
  /** Newest sampled OpenClaw version that refuses it (with its own Qwen code or the newest plugin). */
  lastRefusing?: string;
  refusedBy(openclawVersion: string, pluginVersion?: string): boolean;
}

const newestWhere = (pred: (e: OpenClawEntry) => boolean) => [...openclaw].reverse().find(pred)?.version;
const firstWhere = (pred: (e: OpenClawEntry) => boolean) => openclaw.find(pred)?.version;

/** What some published version refuses about `<provider>/<model>` on `plan`. */
export function refusals(provider: string, model: string, plan: PlanId | undefined): Refusal[] {
  const out: Refusal[] = [];
  if (plan === "coding" && openclaw.some((e) => e.codingPlanRemoves?.includes(model))) {
    const removes = (f: QwenFacts | undefined) => !!f?.codingPlanRemoves?.includes(model);
    const fixedIn = firstWhere((e) => compareVersions(e.version, newestWhere((x) => removes(x)) ?? "0") > 0 && !removes(qwenCode(e.version)));
    out.push({
      what: () => `The Qwen plugin drops ${model} from the Coding Plan catalog`,
      symptom: `${model} fails with "Unknown model" (or falls back to another model)`,
      fix: `Upgrade OpenClaw${fixedIn ? ` to ${fixedIn} or newer` : ""} with the Qwen plugin ${plugin[plugin.length - 1]?.version ?? ""}, or pick a model that version serves on the Coding Plan`,
      lastRefusing: newestWhere((e) => removes(e)),
      refusedBy: (v, p) => removes(qwenCode(v, p)),
    });
  }
  const hasProvider = (f: QwenFacts | undefined) => !f?.providers?.length || f.providers.includes(provider);
  if (openclaw.some((e) => e.qwen !== "absent" && !hasProvider(qwenCode(e.version)))) {
    const since = firstWhere((e) => e.qwen !== "absent" && hasProvider(qwenCode(e.version)) && !!qwenCode(e.version)?.providers?.includes(provider));
    out.push({
      what: () => `The ${provider} provider does not exist`,
      symptom: `"${provider}/${model}" is an unknown provider there`,
      fix: `Upgrade OpenClaw${since ? ` to ${since} or newer` : ""}`,
      lastRefusing: newestWhere((e) => e.qwen !== "absent" && !hasProvider(qwenCode(e.version))),
      refusedBy: (v, p) => {
        const code = qwenCode(v, p);
        return !!code && !hasProvider(code);
      },
    });
  }
  return out;
}

/**
 * agents.defaults.videoGenerationModel across versions: which config schemas took it and which took its
 * successor agents.defaults.mediaModels (scripts/version-history.mjs reads both from the zod schema chunks).
 */
export function videoGenerationModelHistory() {
  const lastAccepted = newestWhere((e) => !!e.acceptsVideoGenerationModel);
  const rejectedSince = lastAccepted ? firstWhere((e) => compareVersions(e.version, lastAccepted) > 0 && !e.acceptsVideoGenerationModel) : undefined;
  return {
    lastAccepted,
    rejectedSince,
    acceptedBy: (v: string) => !!sampleFor(v)?.acceptsVideoGenerationModel,
    mediaModelsBy: (v: string) => !!sampleFor(v)?.acceptsMediaModels,
  };
}
