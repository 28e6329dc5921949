// `openclaw-qwen-lint catalog [--plan coding|standard|token] [--format json]`: what each plan serves,
// straight from the shipped catalog.
import { defaultCatalog } from "../catalog/index.js";
import { availabilityText, formatNumber } from "../catalog/describe.js";
import type { ChatModel, Endpoint, Plan, PlanId } from "../catalog/types.js";
import { nearest } from "./args.js";
import { UsageError } from "./errors.js";
import type { CliIO } from "./io.js";

const num = formatNumber;

interface ModelRow {
  ref: string;
  input: string[];
  contextWindow: number;
  maxTokens: number;
  reasoning: boolean;
  availability: "available" | "lagging" | "unavailable";
  note?: string;
}

type Catalog = ReturnType<typeof defaultCatalog>;

export function catalogCommand(planArg: string | undefined, format: "text" | "json", io: CliIO): number {
  const catalog = defaultCatalog();
  const ids = catalog.plans.map((p) => p.id);
  if (planArg !== undefined && !(ids as string[]).includes(planArg)) {
    const near = nearest(planArg, ids);
    throw new UsageError(`--plan must be ${ids.join(", ").replace(/, ([^,]*)$/, " or $1")}, not "${planArg}"${near ? `; did you mean "${near}"?` : ""}`);
  }
  const data = catalog.plans.filter((p) => planArg === undefined || p.id === planArg).map((plan) => planData(catalog, plan));
  if (format === "json") io.stdout(JSON.stringify({ catalogVersion: catalog.version, catalogUpdated: catalog.updated, plans: data }, null, 2) + "\n");
  else io.stdout(`Qwen catalog from plugin ${catalog.version} (reviewed ${catalog.updated})\n` + data.map(planText).join(""));
  return 0;
}

type PlanData = ReturnType<typeof planData>;

/** What one plan serves: endpoints, chat models (and those it does not serve), media and video. */
function planData(catalog: Catalog, plan: Plan) {
  const { rows, notServed } = modelsOf(catalog, plan);
  return {
    plan: plan.id,
    name: plan.name,
    billing: plan.billing,
    provider: plan.provider,
    key: plan.keyDescription,
    capabilities: [...plan.capabilities],
    ...(plan.interactiveOnly ? { interactiveOnly: plan.interactiveOnlyReason ?? true } : {}),
    endpoints: catalog.endpointsForPlan(plan.id).map((e) => endpointRow(catalog, e)),
    models: rows,
    notServed,
    ...(plan.capabilities.includes("media-understanding") && catalog.mediaUnderstanding.plans.includes(plan.id)
      ? { mediaUnderstanding: { ref: `${catalog.mediaUnderstanding.provider}/${catalog.mediaUnderstanding.model}`, capabilities: [...catalog.mediaUnderstanding.capabilities] } }
      : {}),
    ...(plan.capabilities.includes("video-generation")
      ? {
          videoGeneration: catalog.video.models.map((v) => ({
            ref: `${catalog.video.providers[0]}/${v.id}`,
            modes: [...v.modes],
            durations: `${v.durations[0]}-${v.durations[v.durations.length - 1]} s`,
            default: v.id === catalog.video.defaultModel,
          })),
        }
      : {}),
  };
}

function modelsOf(catalog: Catalog, plan: Plan) {
  const cp = catalog.chat.find((c) => c.provider === plan.provider);
  const rows: ModelRow[] = [];
  const notServed: { ref: string; reason: string }[] = [];
  for (const m of cp?.models ?? []) {
    const a = m.availability[plan.id as PlanId];
    const status = availabilityText(a);
    const ref = `${plan.provider}/${m.id}`;
    if (status === "unavailable") {
      if (a !== undefined && a !== "available") notServed.push({ ref, reason: a.reason });
      continue;
    }
    rows.push({ ref, input: [...m.input], contextWindow: m.contextWindow, maxTokens: m.maxTokens, reasoning: m.reasoning, availability: status, note: noteFor(m, plan, cp!.defaultModel) });
  }
  return { rows, notServed };
}

function noteFor(m: ChatModel, plan: Plan, defaultModel: string) {
  const a = m.availability[plan.id as PlanId];
  const parts = [
    m.id === defaultModel ? "default" : undefined,
    m.deprecated ? `deprecated: use ${plan.provider}/${m.deprecated.replacedBy}` : undefined,
    m.hidden ? "hidden from the model picker" : undefined,
    a !== undefined && a !== "available" ? `${a.status}: ${a.reason}` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : undefined;
}

const endpointRow = (catalog: Catalog, e: Endpoint) => ({
  id: e.id,
  region: catalog.regionName(e.region) + (e.regionDetail ? `, ${e.regionDetail}` : ""),
  baseUrl: e.baseUrl,
  authChoice: e.authChoice,
  legacyAuthChoice: e.legacyAuthChoice,
  cliFlag: e.cliFlag,
});

/** One plan as aligned text tables. */
function planText(p: PlanData): string {
  let out = `\n== ${p.name} · ${p.billing} · provider ${p.provider} · ${p.key}\n`;
  if (p.interactiveOnly) out += `   Interactive use only: ${p.interactiveOnly}.\n`;
  out += `\nEndpoints\n`;
  const ew = Math.max(...p.endpoints.map((e) => e.region.length));
  const bw = Math.max(...p.endpoints.map((e) => e.baseUrl.length));
  const aw = Math.max(...p.endpoints.map((e) => e.authChoice.length));
  const fw = Math.max(...p.endpoints.map((e) => e.cliFlag.length));
  for (const e of p.endpoints)
    out += `  ${e.region.padEnd(ew)}  ${e.baseUrl.padEnd(bw)}  --auth-choice ${e.authChoice.padEnd(aw)}  ${e.cliFlag.padEnd(fw)}${e.legacyAuthChoice ? `  (legacy: ${e.legacyAuthChoice})` : ""}`.trimEnd() + "\n";
  out += `\nChat models\n`;
  const head = ["MODEL", "INPUT", "CONTEXT", "MAX OUTPUT", "NOTE"];
  const cells = p.models.map((m) => [m.ref, m.input.join("+"), num(m.contextWindow), num(m.maxTokens), m.note ?? ""]);
  const w = head.slice(0, -1).map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  for (const c of [head, ...cells]) out += "  " + c.map((x, i) => (i < w.length ? (i === 2 || i === 3 ? x.padStart(w[i]) : x.padEnd(w[i])) : x)).join("  ").trimEnd() + "\n";
  if (p.notServed.length) {
    const reasons = [...new Set(p.notServed.map((n) => n.reason))];
    out += `\nNot served on this plan: ${p.notServed.map((n) => n.ref).join(", ")}${reasons.length === 1 ? ` (${reasons[0]})` : ""}\n`;
  }
  if (p.mediaUnderstanding) out += `\nMedia understanding: ${p.mediaUnderstanding.ref} (${p.mediaUnderstanding.capabilities.join(", ")})\n`;
  if (p.videoGeneration) {
    out += `\nVideo generation\n`;
    const vw = Math.max(...p.videoGeneration.map((v) => v.ref.length));
    for (const v of p.videoGeneration) out += `  ${v.ref.padEnd(vw)}  ${v.modes.join(", ")}; ${v.durations}${v.default ? "; default" : ""}\n`;
  }
  return out;
}
