import { describe, expect, it } from "vitest";
import { expectRule, lint, span } from "../helpers.js";

const ID = "secret-ref-invalid";


/** A config with one provider field set to `ref` (raw JSON5). */
const withRef = (ref: string, field = "apiKey", provider = "qwen", extra = "") => `{\n  models: { providers: { ${provider}: { ${field}: ${ref} } } },${extra}\n}`;

describe(ID, () => {
  it("reports a missing provider and suggests the built-in default (facts §1.4, E:21)", () => {
    const ref = `{ source: "env", id: "QWEN_API_KEY" }`;
    const text = withRef(ref);
    expectRule(ID, text, [
      `${span(text, ref)} error ${ID}: This SecretRef has no provider; OpenClaw rejects it with a bare "Invalid input". Add provider: "default" (the built-in env provider). A SecretRef has exactly source, provider and id: { source: "env", provider: "default", id: "QWEN_API_KEY" }.`,
    ]);
    const s = lint(text).diagnostics.find((d) => d.ruleId === ID)!.suggestions![0];
    expect(s.edits[0].text).toBe(`{ source: "env", provider: "default", id: "QWEN_API_KEY" }`);
  });

  it("uses secrets.defaults.env as the built-in alias when set", () => {
    const ref = `{ source: "env", id: "QWEN_API_KEY" }`;
    const text = withRef(ref, "apiKey", "qwen", `\n  secrets: { defaults: { env: "sysenv" } },`);
    expect(lint(text).diagnostics.find((d) => d.ruleId === ID)!.message).toContain(`Add provider: "sysenv" (the built-in env provider).`);
  });

  it("builds the ref from shorthand objects and guesses the Token Plan variable for its provider", () => {
    const ref = `{ env: "QWEN_TOKEN_PLAN_API_KEY" }`;
    const text = withRef(ref, "apiKey", `"qwen-token-plan"`);
    expectRule(ID, text, [
      `${span(text, ref)} error ${ID}: This SecretRef has no source, no provider, no id and the unknown key "env"; OpenClaw rejects it with a bare "Invalid input". A SecretRef has exactly source, provider and id: { source: "env", provider: "default", id: "QWEN_TOKEN_PLAN_API_KEY" }.`,
    ]);
    const ref2 = `{ source: "env" }`;
    const text2 = withRef(ref2, "apiKey", `"qwen-token-plan"`);
    expect(lint(text2).diagnostics.find((d) => d.ruleId === ID)!.message).toContain(`{ source: "env", provider: "default", id: "QWEN_TOKEN_PLAN_API_KEY" }`);
  });

  it("asks for a secrets.providers alias when a file ref has no provider", () => {
    const ref = `{ source: "file", id: "/qwen/apiKey" }`;
    expect(lint(withRef(ref)).diagnostics.find((d) => d.ruleId === ID)!.message).toBe(
      `This SecretRef has no provider; OpenClaw rejects it with a bare "Invalid input". Define a secrets.providers entry with source "file" and name its alias as provider. A SecretRef has exactly source, provider and id: { source: "file", provider: "<alias>", id: "/qwen/apiKey" }.`,
    );
    const one = lint(withRef(ref, "apiKey", "qwen", `\n  secrets: { providers: { keys: { source: "file", path: "~/.openclaw/keys.json" } } },`));
    const d = one.diagnostics.find((x) => x.ruleId === ID)!;
    expect(d.message).toContain(`Add provider: "keys" (secrets.providers.keys has source "file").`);
    expect(d.message).toContain(`{ source: "file", provider: "keys", id: "/qwen/apiKey" }`);
  });

  it("reports an unknown source with did-you-mean", () => {
    const text = withRef(`{ source: "environment", provider: "default", id: "QWEN_API_KEY" }`);
    expectRule(ID, text, [`${span(text, `"environment"`)} error ${ID}: Unknown SecretRef source "environment"; use one of env, file, exec, store. Did you mean "env"?`]);
    const text2 = withRef(`{ source: "flie", provider: "keys", id: "/a" }`);
    expectRule(ID, text2, [`${span(text2, `"flie"`)} error ${ID}: Unknown SecretRef source "flie"; use one of env, file, exec, store. Did you mean "file"?`]);
    const d = lint(text2).diagnostics.find((x) => x.ruleId === ID)!;
    expect(d.fix).toBeUndefined();
    expect(d.suggestions![0].edits[0].text).toBe(`"file"`);
    const text3 = withRef(`{ source: "vault", provider: "default", id: "X" }`);
    expectRule(ID, text3, [`${span(text3, `"vault"`)} error ${ID}: Unknown SecretRef source "vault"; use one of env, file, exec, store.`]);
  });

  it("reports a provider alias that breaks the pattern", () => {
    const text = withRef(`{ source: "env", provider: "Default", id: "QWEN_API_KEY" }`);
    expectRule(ID, text, [
      `${span(text, `"Default"`)} error ${ID}: SecretRef provider "Default" must be an alias matching ^[a-z][a-z0-9_-]{0,63}$ (a lower-case letter, then lower-case letters, digits, _ or -). Use "default".`,
    ]);
    const text2 = withRef(`{ source: "env", provider: "my.env", id: "QWEN_API_KEY" }`);
    expectRule(ID, text2, [
      `${span(text2, `"my.env"`)} error ${ID}: SecretRef provider "my.env" must be an alias matching ^[a-z][a-z0-9_-]{0,63}$ (a lower-case letter, then lower-case letters, digits, _ or -). The built-in env provider is "default".`,
    ]);
  });

  it("reports bad ids per source with the rule and a corrected id", () => {
    const text = `{
  models: { providers: { qwen: {
    apiKey: { source: "env", provider: "default", id: "qwen_api_key" },
    headers: {
      A: { source: "env", provider: "default", id: "\${QWEN_API_KEY}" },
      B: { source: "file", provider: "keys", id: "qwen/apiKey" },
      C: { source: "exec", provider: "vault", id: "qwen/../apiKey" },
      D: { source: "store", provider: "default", id: "1KEY" },
      E: { source: "env", provider: "default", id: "" },
    },
  } } },
  secrets: { providers: { keys: { source: "file", path: "~/.openclaw/keys.json" }, vault: { source: "exec", command: "/usr/local/bin/vault-get" } } },
}`;
    expectRule(ID, text, [
      `${span(text, `"qwen_api_key"`)} error ${ID}: Env SecretRef id "qwen_api_key" is invalid: it must be an environment variable name matching ^[A-Z][A-Z0-9_]{0,127}$. Use "QWEN_API_KEY".`,
      `${span(text, `"\${QWEN_API_KEY}"`)} error ${ID}: Env SecretRef id "\${QWEN_API_KEY}" is invalid: it must be an environment variable name matching ^[A-Z][A-Z0-9_]{0,127}$. Use "QWEN_API_KEY".`,
      `${span(text, `"qwen/apiKey"`)} error ${ID}: File SecretRef id "qwen/apiKey" is invalid: it must be an absolute JSON pointer such as "/qwen/apiKey" (or "value" for a singleValue file provider). Use "/qwen/apiKey".`,
      `${span(text, `"qwen/../apiKey"`)} error ${ID}: Exec SecretRef id "qwen/../apiKey" is invalid: it must be an id matching ^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$ without "." or ".." segments (e.g. "vault/qwen/api-key").`,
      `${span(text, `"1KEY"`)} error ${ID}: Store SecretRef id "1KEY" is invalid: it must be a name matching ^[A-Z][A-Z0-9_]{0,127}$.`,
      `${span(text, `""`)} error ${ID}: SecretRef id must be a non-empty string: an environment variable name matching ^[A-Z][A-Z0-9_]{0,127}$.`,
    ]);
  });

  it("never prints a key pasted into the id", () => {
    const key = "sk-9f3a1b2c3d4e5f60718293a4b5c67d6c";
    const text = withRef(`{ source: "env", provider: "default", id: "${key}" }`);
    expectRule(ID, text, [
      `${span(text, `"${key}"`)} error ${ID}: Env SecretRef id "sk-9f...7d6c" is invalid: it must be an environment variable name matching ^[A-Z][A-Z0-9_]{0,127}$. It looks like the secret itself; the id only names where the secret is.`,
    ]);
    expect(JSON.stringify(lint(text))).not.toContain(key);
    const shorthand = withRef(`{ value: "${key}" }`);
    expect(JSON.stringify(lint(shorthand))).not.toContain(key);
  });

  it("reports extra keys on their key", () => {
    const text = withRef(`{ source: "env", provider: "default", id: "QWEN_API_KEY", name: "qwen" }`);
    expectRule(ID, text, [`${span(text, "name")} error ${ID}: "name" is not a SecretRef key; a SecretRef has exactly source, provider and id. Remove it.`]);
    const text2 = withRef(`{ source: "env", provider: "default", id: "QWEN_API_KEY", sources: "env" }`);
    expectRule(ID, text2, [`${span(text2, "sources")} error ${ID}: "sources" is not a SecretRef key; a SecretRef has exactly source, provider and id. Remove it.`]);
  });

  it("reports an alias configured with another source (OpenClaw's own message)", () => {
    const text = withRef(`{ source: "file", provider: "filemain", id: "/qwen/apiKey" }`, "apiKey", "qwen", `\n  secrets: { providers: { filemain: { source: "env" }, keys: { source: "file", path: "/etc/keys.json" } } },`);
    expectRule(ID, text, [
      `${span(text, `"filemain"`)} error ${ID}: secrets.providers.filemain has source "env" but this ref requests "file"; OpenClaw rejects the config (Secret provider "filemain" has source "env" but ref requests "file"). Use source: "env", or provider "keys" for a file secret.`,
    ]);
  });

  it("checks the id against the file provider's mode", () => {
    const extra = `\n  secrets: { providers: { one: { source: "file", path: "/k", mode: "singleValue" }, many: { source: "file", path: "/j" } } },`;
    const t1 = withRef(`{ source: "file", provider: "one", id: "/qwen/apiKey" }`, "apiKey", "qwen", extra);
    expectRule(ID, t1, [
      `${span(t1, `"/qwen/apiKey"`)} error ${ID}: secrets.providers.one is a singleValue file provider, so the ref id must be "value" (OpenClaw fails with: singleValue file provider "one" expects ref id "value"). Use id: "value", or set mode: "json" to read a JSON pointer.`,
    ]);
    const t2 = withRef(`{ source: "file", provider: "many", id: "value" }`, "apiKey", "qwen", extra);
    expectRule(ID, t2, [
      `${span(t2, `"value"`)} error ${ID}: secrets.providers.many reads a JSON file (mode "json", the default), so "value" is looked up as a JSON pointer and not found. Use a pointer such as "/qwen/apiKey", or set mode: "singleValue" on the provider.`,
    ]);
    expectRule(ID, withRef(`{ source: "file", provider: "one", id: "value" }`, "apiKey", "qwen", extra), []);
  });

  it("checks every secret field: headers, request headers, request auth, TLS", () => {
    const bad = `{ source: "env", id: "X_TOKEN" }`;
    const text = `{ models: { providers: { custom: {
  headers: { "X-Key": ${bad} },
  request: { headers: { Authorization: ${bad} }, auth: { mode: "authorization-bearer", token: ${bad} }, tls: { key: ${bad} }, proxy: { tls: { passphrase: ${bad} } } },
} } } }`;
    const r = lint(text).diagnostics.filter((d) => d.ruleId === ID);
    expect(r.map((d) => d.pointer)).toEqual([
      "/models/providers/custom/headers/X-Key",
      "/models/providers/custom/request/headers/Authorization",
      "/models/providers/custom/request/auth/token",
      "/models/providers/custom/request/tls/key",
      "/models/providers/custom/request/proxy/tls/passphrase",
    ]);
  });

  it("accepts valid refs of every source and plain strings", () => {
    const text = `{
  models: { providers: {
    qwen: { apiKey: { source: "env", provider: "default", id: "QWEN_API_KEY" } },
    "qwen-token-plan": { apiKey: "\${QWEN_TOKEN_PLAN_API_KEY}", headers: { "X-A": { source: "file", provider: "keys", id: "/token~1plan/key" } } },
    other: { apiKey: { source: "exec", provider: "vault", id: "vault/openai/api-key" }, request: { auth: { token: { source: "store", provider: "default", id: "OTHER_TOKEN" } } } },
  } },
  secrets: { providers: { keys: { source: "file", path: "~/.openclaw/keys.json" }, vault: { source: "exec", command: "/usr/local/bin/vault-get" } } },
}`;
    expectRule(ID, text, []);
  });
});
