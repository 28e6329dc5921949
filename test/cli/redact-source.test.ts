// What counts as a secret in shown source text, per file type.
import { describe, expect, it } from "vitest";
import { redactSource, secretRedactions } from "../../src/cli/redact-source.js";

describe("JSON5 configs (parse tree)", () => {
  it("secret-bearing keys, headers, env.vars and flat env", () => {
    const text = `{
  models: { providers: { qwen: {
    apiKey: "sk-abcdefghijklmnopqrstu",
    headers: { Authorization: "Bearer abcdefghijklmnop", "X-Trace": "trace-1234567890", "x-dashscope-key": 'k3y-abcdefghijkl' },
    request: { auth: { mode: "header", headerName: "X-Api-Key", value: "val-abcdefghijkl" }, tls: { key: "pem-abcdefghijkl", passphrase: "pass-abcdefghij", serverName: "example.com" } },
  } } },
  env: { vars: { QWEN_API_KEY: "sk-0123456789abcdefghij", OTHER: "plain-value-123" }, QWEN_TOKEN_PLAN_API_KEY: "sk-sp-0123456789abcdef" },
  gateway: { auth: { mode: "token", token: "000000000000000000000000" } },
  agents: { defaults: { model: "qwen/qwen3.5-plus" } },
}`;
    expect(redactSource(text, "openclaw.json5")).toBe(`{
  models: { providers: { qwen: {
    apiKey: "sk-ab...rstu",
    headers: { Authorization: "Be...mnop", "X-Trace": "trace-1234567890", "x-dashscope-key": 'k3...ijkl' },
    request: { auth: { mode: "header", headerName: "X-Api-Key", value: "va...ijkl" }, tls: { key: "pe...ijkl", passphrase: "pa...ghij", serverName: "example.com" } },
  } } },
  env: { vars: { QWEN_API_KEY: "sk-01...ghij", OTHER: "pl...-123" }, QWEN_TOKEN_PLAN_API_KEY: "sk-sp-01...cdef" },
  gateway: { auth: { mode: "token", token: "00...0000" } },
  agents: { defaults: { model: "qwen/qwen3.5-plus" } },
}`);
  });

  it("keeps ${VAR} placeholders and empty values", () => {
    const text = `{ models: { providers: { qwen: { apiKey: "\${QWEN_API_KEY}", headers: { Authorization: "" } } } } }`;
    expect(secretRedactions(text, "a.json5")).toEqual([]);
  });

  it("short secrets become stars", () => {
    expect(redactSource(`{ token: "abc123" }`, "a.json5")).toBe(`{ token: "******" }`);
  });

  it("a file that does not parse: key: \"value\" patterns line by line", () => {
    const text = `{\n  apiKey: "sk-abcdefghijklmnopqrstu",,\n  "token": 'zzzzzzzzzzzzzzzzzz'\n  model: "qwen/qwen3.5-plus"\n`;
    expect(redactSource(text, "broken.json5")).toBe(`{\n  apiKey: "sk-ab...rstu",,\n  "token": 'zz...zzzz'\n  model: "qwen/qwen3.5-plus"\n`);
  });

  it("DashScope-shaped keys anywhere, even under harmless keys", () => {
    expect(redactSource(`{ notes: "old key sk-sp-abcdef0123456789 was revoked" }`, "a.json5")).toBe(`{ notes: "old key sk-sp-ab...6789 was revoked" }`);
  });
});

describe("scripts", () => {
  it("onboarding flags, env assignments, bearer tokens", () => {
    const text = [
      "export QWEN_API_KEY=sk-abcdefghijklmnopqrstu",
      'openclaw onboard --auth-choice qwen-api-key --modelstudio-api-key "sk-sp-abcdefghijklmnop" --qwen-token-plan-api-key=plan-abcdefghijkl',
      'openclaw onboard --modelstudio-api-key "$QWEN_API_KEY"',
      "ENV DASHSCOPE_API_KEY abcdefghijklmnopqrs",
      'curl -H "Authorization: Bearer abcdefghijklmnopqr" https://x',
    ].join("\n");
    expect(redactSource(text, "setup.sh")).toBe(
      [
        "export QWEN_API_KEY=sk-ab...rstu",
        'openclaw onboard --auth-choice qwen-api-key --modelstudio-api-key "sk-sp-ab...mnop" --qwen-token-plan-api-key=pl...ijkl',
        'openclaw onboard --modelstudio-api-key "$QWEN_API_KEY"',
        "ENV DASHSCOPE_API_KEY ab...pqrs",
        'curl -H "Authorization: Bearer ab...opqr" https://x',
      ].join("\n"),
    );
    expect(redactSource("RUN openclaw onboard --modelstudio-api-key sk-abcdefghijklmnopqrstu", "Dockerfile")).toBe("RUN openclaw onboard --modelstudio-api-key sk-ab...rstu");
  });
});
