// A realistic large OpenClaw config: an onboarding output grown with custom providers, model rows,
// agents and listing keys, the way big real configs grow. Deterministic for a seed; used by the size
// tests and `npm run fuzz -- --size`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rng } from "../../bench/rng.mjs";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");


const QWEN_IDS = ["qwen3.5-plus", "qwen3.6-plus", "qwen3.7-plus", "qwen3-max-2026-01-23", "qwen3-coder-plus", "qwen3-coder-next"];

/** JSON5 text of at least `bytes` bytes, formatted as onboarding writes it (2-space JSON with comments). */
export function bigConfig(bytes: number, seed = 1): string {
  const r = rng(seed);
  const base = JSON.parse(readFileSync(join(FIXTURES, "onboard", "qwen-api-key.json5"), "utf8")) as Record<string, any>;
  base.models ??= {};
  base.models.providers ??= {};
  base.agents.entries ??= {};
  let size = JSON.stringify(base, null, 2).length;
  for (let p = 0; size < bytes; p++) {
    const id = `corp-${p}`;
    const rows = Array.from({ length: 8 + Math.floor(r() * 16) }, (_, i) => ({
      id: `model-${p}-${i}`,
      name: `Model ${p}.${i}`,
      reasoning: r() < 0.5,
      input: r() < 0.5 ? ["text"] : ["text", "image"],
      cost: { input: Math.round(r() * 100) / 100, output: Math.round(r() * 400) / 100, cacheRead: 0, cacheWrite: 0 },
      contextWindow: 32768 * (1 + Math.floor(r() * 8)),
      maxTokens: 8192 * (1 + Math.floor(r() * 4)),
    }));
    const provider = { baseUrl: `https://llm-${p}.corp.example/v1`, apiKey: `\${CORP_${p}_API_KEY}`, api: "openai-completions", models: rows };
    base.models.providers[id] = provider;
    for (const row of rows.slice(0, 4)) base.agents.defaults.models[`${id}/${row.id}`] = r() < 0.3 ? { alias: row.name } : {};
    const agent = {
      name: `agent ${p}`,
      workspace: `/srv/openclaw/agents/${p}/workspace`,
      agentDir: `/srv/openclaw/agents/${p}/agent`,
      model: { primary: `${id}/${rows[0].id}`, fallbacks: [`qwen/${QWEN_IDS[p % QWEN_IDS.length]}`] },
      identity: { name: `Agent ${p}` },
    };
    base.agents.entries[`agent-${p}`] = agent;
    // Nested three and four levels deep, the text is about 1.4 times the compact estimate.
    size += 1.4 * (JSON.stringify(provider, null, 2).length + JSON.stringify(agent, null, 2).length) + 120;
  }
  if (Object.keys(base.agents.entries).length > 1) base.agents.ownership = "explicit";
  const text = JSON.stringify(base, null, 2);
  // A comment every so often, as people annotate big configs.
  return "// generated config\n" + text.replace(/\n(\s+)"corp-(\d+)": \{/g, (m, ind, n) => (Number(n) % 5 === 0 ? `\n${ind}// provider ${n}${m}` : m));
}
