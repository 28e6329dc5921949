import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectRule, FIXTURES, lint, span } from "../helpers.js";

const ID = "daemon-env";
const ADVICE = (name: string) =>
  `A launchd/systemd Gateway does not see variables exported in your shell: put ${name}=<your key> in ~/.openclaw/.env or ~/.config/openclaw/gateway.env, or set env.shellEnv.enabled: true (or OPENCLAW_LOAD_SHELL_ENV=1).`;


describe(ID, () => {
  it("reports ${QWEN_API_KEY} in apiKey when nothing brings it to the daemon (R52)", () => {
    const text = `{\n  models: { providers: { qwen: { apiKey: "\${QWEN_API_KEY}" } } },\n  agents: { defaults: { model: "qwen/qwen3.5-plus" } },\n}`;
    expectRule(ID, text, [
      `${span(text, `"\${QWEN_API_KEY}"`)} info ${ID}: models.providers.qwen.apiKey reads QWEN_API_KEY from the Gateway's environment. ${ADVICE("QWEN_API_KEY")}`,
    ]);
  });

  it("reports an env SecretRef on its id", () => {
    const text = `{\n  models: { providers: { "qwen-token-plan": { apiKey: { source: "env", provider: "default", id: "QWEN_TOKEN_PLAN_API_KEY" } } } },\n}`;
    expectRule(ID, text, [
      `${span(text, `"QWEN_TOKEN_PLAN_API_KEY"`)} info ${ID}: models.providers.qwen-token-plan.apiKey is an env SecretRef to QWEN_TOKEN_PLAN_API_KEY, read from the Gateway's environment. ${ADVICE("QWEN_TOKEN_PLAN_API_KEY")}`,
    ]);
  });

  it("is quiet when the config cannot show where the key comes from (no apiKey, with or without an auth profile)", () => {
    // The auth store, ~/.openclaw/.env or the service unit may hold it: a reminder on every such config is noise.
    expectRule(ID, `{\n  agents: { defaults: { model: { primary: "qwen/qwen3.5-plus", fallbacks: ["modelstudio/glm-5"] } } },\n}`, []);
    expectRule(ID, `{ tools: { media: { models: [{ provider: "qwen", model: "qwen3.6-plus", capabilities: ["image"] }] } } }`, []);
    expectRule(ID, `{ agents: { defaults: { model: "qwen/qwen3.5-plus" } }, auth: { profiles: { "qwen:default": { provider: "qwen", mode: "api_key" } } } }`, []);
  });

  it("reports an env var name written as the apiKey (OpenClaw reads that variable)", () => {
    const text = `{ models: { providers: { modelstudio: { apiKey: "DASHSCOPE_API_KEY" } } }, agents: { defaults: { model: "modelstudio/qwen3.5-plus" } } }`;
    expectRule(ID, text, [
      `${span(text, `"DASHSCOPE_API_KEY"`)} info ${ID}: models.providers.modelstudio.apiKey names DASHSCOPE_API_KEY, which OpenClaw reads from the Gateway's environment. ${ADVICE("DASHSCOPE_API_KEY")}`,
    ]);
  });

  it("is quiet for every onboarding output", () => {
    const dir = join(FIXTURES, "onboard");
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".json5")))
      expect(lint(readFileSync(join(dir, f), "utf8")).diagnostics.filter((d) => d.ruleId === ID), f).toEqual([]);
  });

  it("is quiet when env.vars has the variable or env.shellEnv.enabled is true", () => {
    const base = `models: { providers: { qwen: { apiKey: "\${QWEN_API_KEY}" } } }, agents: { defaults: { model: "qwen/qwen3.5-plus" } }`;
    expectRule(ID, `{ ${base}, env: { vars: { QWEN_API_KEY: "\${QWEN_KEY_FROM_VAULT}" } } }`, []);
    expectRule(ID, `{ ${base}, env: { shellEnv: { enabled: true } } }`, []);
    expect(lint(`{ ${base}, env: { shellEnv: { enabled: false } } }`).diagnostics.filter((d) => d.ruleId === ID)).toHaveLength(1);
  });

  it("reports each variable once", () => {
    const text = `{ models: { providers: { qwen: { apiKey: "\${QWEN_API_KEY}" }, modelstudio: { apiKey: "\${QWEN_API_KEY}" } } }, tools: { media: { models: [{ provider: "qwen" }] } } }`;
    expect(lint(text).diagnostics.filter((d) => d.ruleId === ID)).toHaveLength(1);
  });

  it("ignores literal keys, file and exec refs, listing keys and non-Qwen providers", () => {
    expectRule(ID, `{ models: { providers: { qwen: { apiKey: "sk-9f3a1b2c3d4e5f60718293a4b5c67d6c" } } }, agents: { defaults: { model: "qwen/qwen3.5-plus" } } }`, []);
    expectRule(ID, `{ models: { providers: { qwen: { apiKey: { source: "file", provider: "keys", id: "/qwen" } } } }, secrets: { providers: { keys: { source: "file", path: "/k" } } } }`, []);
    expectRule(ID, `{ agents: { defaults: { models: { "qwen/qwen3.5-plus": {}, "modelstudio/qwen3.5-plus": {} } } } }`, []);
    expectRule(ID, `{ models: { providers: { openai: { apiKey: "\${OPENAI_API_KEY}" } } }, agents: { defaults: { model: "openai/gpt-5" } } }`, []);
  });
});

describe(`${ID} reads facts.keySources`, () => {
  // Before, any Qwen entry's apiKey silenced every ref of its canonical provider. OpenClaw reads the entry
  // of a ref's own id: a dashscope block with its own key and base URL does not serve qwen/ refs
  // (`openclaw models status` reports qwen/ refs without a key next to it).
  it("is quiet for qwen/ refs when only an alias entry that routes elsewhere has a key (nothing shows where qwen's key comes from)", () => {
    const text = `{\n  models: { providers: { dashscope: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", apiKey: "sk-abcdefghijkl" } } },\n  agents: { defaults: { model: { primary: "dashscope/qwen3.5-plus", fallbacks: ["qwen/qwen3.5-plus"] } } },\n}`;
    expect(lint(text).diagnostics.filter((d) => d.ruleId === ID).map((d) => d.pointer)).toEqual([]);
  });
  it("counts models.providers.qwen.apiKey for alias refs without an entry of their own", () => {
    expectRule(ID, `{ models: { providers: { qwen: { apiKey: "sk-abcdefghijkl" } } }, agents: { defaults: { model: "qwencloud/qwen3.5-plus" } } }`, []);
  });
});
