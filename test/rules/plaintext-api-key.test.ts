import { describe, expect, it } from "vitest";
import { expectRule, lint, span } from "../helpers.js";

const ID = "plaintext-api-key";
const KEY = "sk-9f3a1b2c3d4e5f60718293a4b5c67d6c";
const SP_KEY = "sk-sp-4c1d2e3f405162738495a6b7c8d9e0f1";


describe(ID, () => {
  it("reports a literal apiKey without printing it, and says what to write instead (R50)", () => {
    const text = `{\n  models: { providers: { qwen: { baseUrl: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", apiKey: "${KEY}" } } },\n}`;
    expectRule(ID, text, [
      `${span(text, `"${KEY}"`)} warning ${ID}: models.providers.qwen.apiKey is a literal key (sk-9f...7d6c) stored in plain text in the config. Write apiKey: { source: "env", provider: "default", id: "QWEN_API_KEY" } (or "\${QWEN_API_KEY}") and put QWEN_API_KEY=<your key> in ~/.openclaw/.env.`,
    ]);
    const d = lint(text).diagnostics.find((x) => x.ruleId === ID)!;
    expect(d.fix).toBeUndefined();
    expect(d.suggestions?.[0].edits[0].text).toBe(`{ source: "env", provider: "default", id: "QWEN_API_KEY" }`);
  });

  it("names the Token Plan variable for qwen-token-plan and <ID>_API_KEY for other providers", () => {
    const text = `{ models: { providers: { "qwen-token-plan": { apiKey: "${SP_KEY}" }, openai: { apiKey: "sk-proj-0a1b2c3d4e5f60718293" } } } }`;
    const ms = lint(text).diagnostics.filter((d) => d.ruleId === ID).map((d) => d.message);
    expect(ms[0]).toContain(`literal key (sk-sp-4c...e0f1)`);
    expect(ms[0]).toContain(`id: "QWEN_TOKEN_PLAN_API_KEY"`);
    expect(ms[1]).toContain(`id: "OPENAI_API_KEY"`);
  });

  it("reports credential headers, request headers and request auth, keeping the scheme", () => {
    const text = `{
  models: { providers: { qwen: {
    headers: { Authorization: "Bearer ${KEY}", "X-Request-Source": "openclaw-gateway-01", "X-Token-Budget": "120000000" },
    request: { headers: { "X-DashScope-Api-Key": "${KEY}" }, auth: { mode: "header", headerName: "X-Key", value: "${SP_KEY}" } },
  } } },
}`;
    expectRule(ID, text, [
      `${span(text, `"Bearer ${KEY}"`)} warning ${ID}: models.providers.qwen.headers.Authorization carries a literal credential (Bearer sk-9f...7d6c) in plain text. Write "Bearer \${QWEN_API_KEY}" and put QWEN_API_KEY=<your key> in ~/.openclaw/.env.`,
      `${span(text, `"${KEY}"`)} warning ${ID}: models.providers.qwen.request.headers.X-DashScope-Api-Key is a literal credential (sk-9f...7d6c) stored in plain text in the config. Write X-DashScope-Api-Key: { source: "env", provider: "default", id: "QWEN_API_KEY" } and put QWEN_API_KEY=<your key> in ~/.openclaw/.env.`,
      `${span(text, `"${SP_KEY}"`)} warning ${ID}: models.providers.qwen.request.auth.value is a literal credential (sk-sp-4c...e0f1) stored in plain text in the config. Write value: { source: "env", provider: "default", id: "QWEN_API_KEY" } and put QWEN_API_KEY=<your key> in ~/.openclaw/.env.`,
    ]);
  });

  it("reports the Qwen key variables in env.vars (and the retired flat env.<NAME>)", () => {
    const text = `{\n  env: { vars: { QWEN_API_KEY: "${KEY}", DASHSCOPE_API_KEY: "${KEY}" }, QWEN_TOKEN_PLAN_API_KEY: "${SP_KEY}" },\n}`;
    const r = lint(text).diagnostics.filter((d) => d.ruleId === ID);
    expect(r.map((d) => `${d.pointer} ${d.message}`)).toEqual([
      `/env/vars/QWEN_API_KEY env.vars.QWEN_API_KEY holds a literal key (sk-9f...7d6c) in plain text in the config. Move QWEN_API_KEY=<your key> to ~/.openclaw/.env (the Gateway reads it at start, also under launchd/systemd) and delete it here.`,
      `/env/vars/DASHSCOPE_API_KEY env.vars.DASHSCOPE_API_KEY holds a literal key (sk-9f...7d6c) in plain text in the config. Move DASHSCOPE_API_KEY=<your key> to ~/.openclaw/.env (the Gateway reads it at start, also under launchd/systemd) and delete it here.`,
      `/env/QWEN_TOKEN_PLAN_API_KEY env.QWEN_TOKEN_PLAN_API_KEY holds a literal key (sk-sp-4c...e0f1) in plain text in the config. Move QWEN_TOKEN_PLAN_API_KEY=<your key> to ~/.openclaw/.env (the Gateway reads it at start, also under launchd/systemd) and delete it here.`,
    ]);
  });

  it("reports other *_API_KEY / *_TOKEN vars only when the value clearly is a key", () => {
    const text = `{ env: { vars: { OPENAI_API_KEY: "sk-proj-0a1b2c3d4e5f60718293", GITHUB_TOKEN: "ghp_0a1b2c3d4e5f60718293a4b5", MY_TOKEN: "not a secret value", SOME_SECRET: "/run/secrets/some", LOG_LEVEL: "sk-0a1b2c3d4e5f6071" } } }`;
    expect(lint(text).diagnostics.filter((d) => d.ruleId === ID).map((d) => d.pointer)).toEqual(["/env/vars/OPENAI_API_KEY", "/env/vars/GITHUB_TOKEN"]);
  });

  it("accepts placeholders, SecretRefs, dummies and keys for servers on this machine", () => {
    const text = `{
  models: { providers: {
    qwen: { apiKey: "\${QWEN_API_KEY}", headers: { Authorization: "Bearer \${QWEN_API_KEY}" } },
    "qwen-token-plan": { apiKey: { source: "env", provider: "default", id: "QWEN_TOKEN_PLAN_API_KEY" } },
    vllm: { baseUrl: "http://127.0.0.1:8000/v1", apiKey: "sk-local-0a1b2c3d4e5f6071" },
    ollama: { baseUrl: "http://localhost:11434/v1", apiKey: "ollama" },
    lmstudio: { apiKey: "not-needed" },
    docs: { apiKey: "sk-xxxxxxxxxxxxxxxxxxxxxxxx" },
  } },
  env: { vars: { QWEN_API_KEY: "\${QWEN_KEY_FROM_VAULT}", MODELSTUDIO_API_KEY: "changeme" } },
}`;
    expectRule(ID, text, []);
  });

  it("never prints any secret field's value anywhere in the result", () => {
    const fields: [string, string][] = [
      ["apiKey", `models: { providers: { qwen: { apiKey: "${KEY}" } } }`],
      ["headers.Authorization", `models: { providers: { qwen: { headers: { Authorization: "Bearer ${KEY}" } } } }`],
      ["headers.X-Api-Key", `models: { providers: { qwen: { headers: { "X-Api-Key": "${KEY}" } } } }`],
      ["request.headers.Authorization", `models: { providers: { qwen: { request: { headers: { Authorization: "Bearer ${KEY}" } } } } }`],
      ["request.auth.token", `models: { providers: { qwen: { request: { auth: { mode: "authorization-bearer", token: "${KEY}" } } } } }`],
      ["request.auth.value", `models: { providers: { qwen: { request: { auth: { mode: "header", headerName: "X-Key", value: "${KEY}" } } } } }`],
      ["env.vars.QWEN_API_KEY", `env: { vars: { QWEN_API_KEY: "${KEY}" } }`],
      ["env.vars.QWEN_TOKEN_PLAN_API_KEY", `env: { vars: { QWEN_TOKEN_PLAN_API_KEY: "${SP_KEY}" } }`],
      ["env.QWEN_API_KEY (flat)", `env: { QWEN_API_KEY: "${KEY}" }`],
      ["env.vars.OPENAI_API_KEY", `env: { vars: { OPENAI_API_KEY: "${KEY}" } }`],
    ];
    for (const [name, body] of fields) {
      const r = lint(`{ ${body}, agents: { defaults: { model: "qwen/qwen3.5-plus" } } }`);
      expect(r.diagnostics.some((d) => d.ruleId === ID), name).toBe(true);
      const json = JSON.stringify(r);
      for (const secret of [KEY, SP_KEY]) {
        expect(json.includes(secret), `${name}: full secret in output`).toBe(false);
        // Nor a long enough piece of it to matter.
        expect(json.includes(secret.slice(6, 26)), `${name}: 20 characters of the secret in output`).toBe(false);
      }
    }
  });

  it("reports literal keys in an included file, in that file", () => {
    const files: Record<string, string> = { "/virtual/models.json5": `{\n  providers: { qwen: { apiKey: "${KEY}" } },\n}` };
    const host = { readFile: (p: string) => files[p], size: (p: string) => files[p].length };
    const r = lint(`{ models: { $include: "./models.json5" } }`, { host });
    const d = r.diagnostics.find((x) => x.ruleId === ID)!;
    expect(d.filePath).toBe("/virtual/models.json5");
    expect(`${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`).toBe(span(files["/virtual/models.json5"], `"${KEY}"`));
    expect(JSON.stringify(r)).not.toContain(KEY);
  });

  it("is quiet for OpenClaw's non-secret markers (env var names, ollama-local, oauth:..., secretref-managed)", () => {
    // isNonSecretApiKeyMarker in OpenClaw's dist (data: src/generated/auth-markers.ts).
    for (const marker of ["QWEN_API_KEY", "DASHSCOPE_API_KEY", "MODELSTUDIO_API_KEY", "ollama-local", "oauth:qwen", "secretref-managed", "secretref-env:QWEN_API_KEY"]) {
      const r = lint(`{ models: { providers: { qwen: { baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1", apiKey: "${marker}" } } }, agents: { defaults: { model: "qwen/qwen3.5-plus" } } }`);
      expect(r.diagnostics.filter((d) => d.ruleId === ID), marker).toEqual([]);
      expect(r.diagnostics.some((d) => /\*{4,}/.test(d.message)), `${marker} masked as a key`).toBe(false);
    }
  });

  it("gives a guide's placeholder with a key prefix an info that it will be refused, without calling it a key", () => {
    const text = `{ models: { providers: { bailian: { baseUrl: "https://coding.dashscope.aliyuncs.com/v1", apiKey: "sk-sp-your-api-key", api: "openai-completions", models: [] } } } }`;
    expectRule(ID, text, [
      `${span(text, `"sk-sp-your-api-key"`)} info ${ID}: models.providers.bailian.apiKey still holds a guide's placeholder, not a key, so requests will be refused (401). Put BAILIAN_API_KEY=<your key> in ~/.openclaw/.env and write apiKey: "\${BAILIAN_API_KEY}".`,
    ]);
  });
});
