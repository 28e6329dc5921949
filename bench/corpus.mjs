// Varied, realistic OpenClaw configs for the benchmark: a seeded generator, so every run lints the same
// corpus, but no two configs are alike (a linter that lints one file 200 times measures its caches, not
// its work). Model ids, hosts and plans come from the generated catalog (catalog.yaml / endpoints.yaml):
// most configs are what onboarding writes plus hand edits; some carry the usual mistakes.
import { CHAT_CATALOG, ENDPOINTS, VIDEO_CATALOG } from "../dist/generated/catalog.js";
import { rng } from "./rng.mjs";


const qwen = CHAT_CATALOG.find((p) => p.provider === "qwen");
const tokenPlan = CHAT_CATALOG.find((p) => p.provider !== "qwen");
const WORDS = ["research", "ops", "support", "writer", "coder", "triage", "sales", "home", "family", "news", "review", "planner", "docs", "infra", "qa"];
const CHANNELS = ["telegram", "discord", "slack", "whatsapp", "signal", "imessage"];
const OTHER = [
  { id: "openai", model: "gpt-5.5" },
  { id: "anthropic", model: "claude-sonnet-4-6" },
  { id: "zai", model: "glm-5" },
  { id: "openrouter", model: "meta-llama/llama-4-maverick" },
];

const q = (s) => JSON.stringify(s);
const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : q(k));
const hex = (r, n) => Array.from({ length: n }, () => "0123456789abcdef"[r.int(16)]).join("");

/** JSON5 text of a value, indented, with unquoted keys and trailing commas as people write them. */
function json5(v, indent = "") {
  const inner = indent + "  ";
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x !== "object" || x === null) && JSON.stringify(v).length < 80) return `[${v.map((x) => json5(x)).join(", ")}]`;
    return `[\n${v.map((x) => `${inner}${json5(x, inner)},\n`).join("")}${indent}]`;
  }
  if (v && typeof v === "object") {
    const entries = Object.entries(v);
    if (!entries.length) return "{}";
    return `{\n${entries
      .map(([k, x]) => {
        if (k.startsWith("//")) return `${inner}// ${x}\n`;
        return `${inner}${key(k)}: ${json5(x, inner)},\n`;
      })
      .join("")}${indent}}`;
  }
  return q(v);
}

function agentEntry(r, models, i) {
  const e = { "//": `agent ${i}: ${r.pick(WORDS)} tasks`, name: `${r.pick(WORDS)} ${i}` };
  if (r.chance(0.7)) e.model = r.chance(0.5) ? r.pick(models) : { primary: r.pick(models), fallbacks: [r.pick(models)] };
  if (r.chance(0.5)) e.workspace = `~/agents/${r.pick(WORDS)}-${i}`;
  if (r.chance(0.3)) e.identity = { name: `${r.pick(WORDS)}bot`, emoji: "*" };
  if (r.chance(0.3)) e.heartbeat = { every: r.pick(["15m", "30m", "1h"]), model: r.pick(models) };
  if (r.chance(0.25)) e.thinkingDefault = r.pick(["low", "medium", "high"]);
  if (r.chance(0.2)) e.models = { [r.pick(models)]: { alias: r.pick(WORDS) } };
  return e;
}

/**
 * One config. `agents` and `providers` scale it; mistakes are sprinkled in at `mistakes` probability
 * (legacy ids, a wrong region, a model the plan lacks, a plaintext key, a bad fallback).
 */
export function makeConfig(r, { agents = r.int(6), extraProviders = r.int(3), mistakes = 0.3, comments = true } = {}) {
  const ep = r.pick(ENDPOINTS);
  const catalog = ep.plan === "token" ? tokenPlan : qwen;
  const pid = catalog.provider;
  const ids = catalog.models.filter((m) => !m.hidden).map((m) => m.id);
  const models = ids.map((id) => `${pid}/${id}`);
  const c = {};
  if (comments) c["//"] = `${r.pick(WORDS)} gateway, ${ep.plan} plan (${ep.region}), written ${2026}-${1 + r.int(12)}-${1 + r.int(28)}`;
  if (r.chance(0.3)) c.$schema = "https://example.invalid/openclaw-qwen.schema.json";
  const provider = { baseUrl: ep.baseUrl, api: "openai-completions", models: [] };
  if (r.chance(0.6)) provider.apiKey = r.chance(mistakes) ? `sk-${ep.plan === "coding" ? "sp-" : ""}${hex(r, 32)}` : "${QWEN_API_KEY}";
  if (r.chance(0.3)) provider.models = ids.slice(0, 1 + r.int(3)).map((id) => ({ id, name: id.toUpperCase(), contextWindow: 262144, maxTokens: 32768 }));
  if (r.chance(mistakes)) provider.region = ep.region === "cn" ? "global" : "cn";
  const providers = { [r.chance(mistakes * 0.3) ? "modelstudio" : pid]: provider };
  for (let i = 0; i < extraProviders; i++) {
    const o = OTHER[(i + r.int(OTHER.length)) % OTHER.length];
    providers[o.id] = { apiKey: `\${${o.id.toUpperCase()}_API_KEY}`, ...(r.chance(0.5) ? { models: [{ id: o.model, name: o.model }] } : {}) };
  }
  c.models = { mode: "merge", providers };
  const profile = `${pid}:default`;
  c.auth = { profiles: { [profile]: { provider: pid, mode: "api_key" } } };
  const primary = r.chance(mistakes * 0.5) ? `${pid}/${r.pick(["qwen3.9-max", "qwen-max", "qwen3.5plus"])}` : r.pick(models);
  const defaults = { model: r.chance(0.5) ? primary : { primary, fallbacks: [...new Set([r.pick(models), r.pick(models)])] } };
  if (r.chance(0.4)) defaults.imageModel = `qwen/${r.pick(["qwen3.6-plus", "qwen3.5-plus"])}`;
  if (r.chance(0.2)) defaults.videoGenerationModel = { primary: `qwen/${VIDEO_CATALOG.defaultModel}` };
  if (r.chance(0.4)) defaults.heartbeat = { every: r.pick(["30m", "1h", "2h"]) };
  if (r.chance(0.3)) defaults.workspace = "~/.openclaw/workspace";
  if (r.chance(0.3)) defaults.userTimezone = r.pick(["Europe/Berlin", "Asia/Shanghai", "America/New_York", "Asia/Singapore"]);
  if (r.chance(0.3)) defaults.models = Object.fromEntries(models.slice(0, 1 + r.int(4)).map((m) => [m, r.chance(0.5) ? { alias: m.split("/")[1].split("-")[0] } : {}]));
  c.agents = { defaults };
  if (agents) c.agents.entries = Object.fromEntries(Array.from({ length: agents }, (_, i) => [`${r.pick(WORDS)}-${i}`, agentEntry(r, models, i)]));
  if (r.chance(0.6)) {
    const ch = {};
    for (const name of CHANNELS.filter(() => r.chance(0.35))) ch[name] = { enabled: true, token: `\${${name.toUpperCase()}_TOKEN}`, ...(r.chance(0.5) ? { allowFrom: [`user${r.int(1000)}`, `user${r.int(1000)}`] } : {}) };
    c.channels = ch;
  }
  if (r.chance(0.5)) c.gateway = { port: 18789 + r.int(10), bind: r.pick(["loopback", "lan"]), auth: { mode: "token", token: "${OPENCLAW_GATEWAY_TOKEN}" } };
  if (r.chance(0.4)) c.env = { vars: { TZ: "UTC", ...(r.chance(0.3) ? { DASHSCOPE_API_KEY: "${QWEN_API_KEY}" } : {}) } };
  if (r.chance(0.5)) c.plugins = { entries: { qwen: { enabled: true } } };
  if (r.chance(0.2)) c.tools = { media: { models: [{ provider: "qwen", model: r.pick(["qwen3.6-plus", "qwen3.5-plus"]), capabilities: ["image"] }] } };
  if (r.chance(0.2)) c.session = { scope: "per-sender", reset: { mode: "idle", idleMinutes: 60 + r.int(240) } };
  if (r.chance(0.2)) c.logging = { level: r.pick(["info", "debug", "warn"]) };
  return json5(c) + "\n";
}

/** `n` configs of mixed sizes (most small, some with many agents), deterministic for a seed. */
export function corpus(n, seed = 1) {
  const r = rng(seed);
  return Array.from({ length: n }, () => makeConfig(r, { agents: r.chance(0.1) ? 10 + r.int(30) : r.int(6) }));
}

/** A config of about `bytes` (agents and their models repeated with variation). */
export function bigConfig(bytes, seed = 7) {
  const r = rng(seed);
  let agents = 50;
  let text = makeConfig(r, { agents });
  // Grow by the measured bytes per agent; two steps get within a few percent.
  for (let i = 0; i < 2; i++) {
    agents = Math.max(1, Math.round((agents * bytes) / text.length));
    text = makeConfig(rng(seed), { agents, mistakes: 0.1 });
  }
  return text;
}

/** A config of about `lines` lines. */
export function linesConfig(lines, seed = 11) {
  let agents = 50;
  let text = makeConfig(rng(seed), { agents });
  for (let i = 0; i < 2; i++) {
    agents = Math.max(1, Math.round((agents * lines) / text.split("\n").length));
    text = makeConfig(rng(seed), { agents, mistakes: 0.1 });
  }
  return text;
}
