import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectRule, FIXTURES, lint, span } from "../helpers.js";

const ID = "secret-ref-unresolved";


const cfg = (ref: string, secrets = "") => `{\n  models: { providers: { qwen: { apiKey: ${ref} } } },${secrets ? `\n  secrets: ${secrets},` : ""}\n}`;

describe(ID, () => {
  it("reports a file ref to an undefined alias, with did-you-mean (facts §1.4, E:25)", () => {
    const text = cfg(`{ source: "file", provider: "filemian", id: "/qwen/apiKey" }`, `{ providers: { filemain: { source: "file", path: "~/.openclaw/secrets.json" } } }`);
    expectRule(ID, text, [
      `${span(text, `"filemian"`)} warning ${ID}: SecretRef provider "filemian" is not defined in secrets.providers, so OpenClaw cannot resolve models.providers.qwen.apiKey when it starts (Secret provider "filemian" is not configured); config validate accepts it. Did you mean "filemain"? Define secrets.providers.filemian: { source: "file", path: "<path to the secrets file>" }.`,
    ]);
  });

  it("reports an exec ref to an undefined alias", () => {
    const text = cfg(`{ source: "exec", provider: "vault", id: "qwen/api-key" }`);
    expectRule(ID, text, [
      `${span(text, `"vault"`)} warning ${ID}: SecretRef provider "vault" is not defined in secrets.providers, so OpenClaw cannot resolve models.providers.qwen.apiKey when it starts (Secret provider "vault" is not configured); config validate accepts it. Define secrets.providers.vault: { source: "exec", command: "<absolute path of the resolver>" }.`,
    ]);
  });

  it("reports an env ref through an undefined non-default alias (E:29)", () => {
    const text = cfg(`{ source: "env", provider: "myenv", id: "QWEN_API_KEY" }`);
    expectRule(ID, text, [
      `${span(text, `"myenv"`)} warning ${ID}: SecretRef provider "myenv" is not defined in secrets.providers, so OpenClaw cannot resolve models.providers.qwen.apiKey when it starts (Secret provider "myenv" is not configured); config validate accepts it. Use provider: "default" (the built-in env provider), or define secrets.providers.myenv: { source: "env" }.`,
    ]);
  });

  it("treats secrets.defaults.env as the built-in env alias, and then not default", () => {
    expectRule(ID, cfg(`{ source: "env", provider: "sysenv", id: "QWEN_API_KEY" }`, `{ defaults: { env: "sysenv" } }`), []);
    const text = cfg(`{ source: "env", provider: "default", id: "QWEN_API_KEY" }`, `{ defaults: { env: "sysenv" } }`);
    expect(lint(text).diagnostics.filter((d) => d.ruleId === ID).map((d) => d.message)).toEqual([
      `SecretRef provider "default" is not defined in secrets.providers, so OpenClaw cannot resolve models.providers.qwen.apiKey when it starts (Secret provider "default" is not configured); config validate accepts it. Use provider: "sysenv" (the built-in env provider), or define secrets.providers.default: { source: "env" }.`,
    ]);
  });

  it("reports a file ref through the default alias: default is only built in for env and store", () => {
    const text = cfg(`{ source: "file", provider: "default", id: "/qwen/apiKey" }`);
    expect(lint(text).diagnostics.filter((d) => d.ruleId === ID)).toHaveLength(1);
  });

  it("reports an env id missing from the provider's allowlist", () => {
    const text = cfg(`{ source: "env", provider: "scoped", id: "QWEN_API_KEY" }`, `{ providers: { scoped: { source: "env", allowlist: ["OPENAI_API_KEY"] } } }`);
    expectRule(ID, text, [
      `${span(text, `"QWEN_API_KEY"`)} warning ${ID}: QWEN_API_KEY is not in secrets.providers.scoped.allowlist, so OpenClaw refuses to read it (Environment variable "QWEN_API_KEY" is not allowlisted). Add "QWEN_API_KEY" to the allowlist.`,
    ]);
    expectRule(ID, cfg(`{ source: "env", provider: "scoped", id: "QWEN_API_KEY" }`, `{ providers: { scoped: { source: "env", allowlist: ["QWEN_API_KEY"] } } }`), []);
  });

  it("checks headers and request auth too", () => {
    const text = `{ models: { providers: { qwen: { headers: { "X-A": { source: "file", provider: "nope", id: "/a" } }, request: { auth: { token: { source: "exec", provider: "nope2", id: "a" } } } } } } }`;
    expect(lint(text).diagnostics.filter((d) => d.ruleId === ID).map((d) => d.pointer)).toEqual([
      "/models/providers/qwen/headers/X-A/provider",
      "/models/providers/qwen/request/auth/token/provider",
    ]);
  });

  it("leaves malformed refs and source mismatches to secret-ref-invalid", () => {
    expectRule(ID, cfg(`{ source: "file", provider: "Nope", id: "/a" }`), []);
    expectRule(ID, cfg(`{ source: "file", id: "/a" }`), []);
    expectRule(ID, cfg(`{ source: "file", provider: "main", id: "/a" }`, `{ providers: { main: { source: "env" } } }`), []);
  });

  it("accepts the built-in default provider and defined aliases of every source", () => {
    const text = `{
  models: { providers: {
    qwen: { apiKey: { source: "env", provider: "default", id: "QWEN_API_KEY" } },
    a: { apiKey: { source: "store", provider: "default", id: "A_KEY" } },
    b: { apiKey: { source: "file", provider: "keys", id: "/b" } },
    c: { apiKey: { source: "exec", provider: "vault", id: "c/key" } },
    d: { apiKey: { source: "env", provider: "envp", id: "D_KEY" } },
  } },
  secrets: { providers: { keys: { source: "file", path: "/k.json" }, vault: { source: "exec", command: "/bin/v" }, envp: { source: "env" } } },
}`;
    expectRule(ID, text, []);
  });

  it("understands the secrets.providers variants of OpenClaw's schema (scripts/data/openclaw/config.schema.json)", () => {
    const schema = JSON.parse(readFileSync(join(FIXTURES, "..", "..", "scripts", "data", "openclaw", "config.schema.json"), "utf8"));
    type Node = { anyOf?: Node[]; properties?: { source?: { const?: string }; provider?: { pattern?: string } } };
    const leaves = (n: Node): Node[] => (n.anyOf ? n.anyOf.flatMap(leaves) : [n]);
    const sources = [...new Set(leaves(schema.properties.secrets.properties.providers.additionalProperties).map((v) => v.properties?.source?.const))].sort();
    expect(sources).toEqual(["env", "exec", "file", "store"]);
    const ref = leaves(schema.properties.models.properties.providers.additionalProperties.properties.apiKey).find((b: Node & { oneOf?: Node[] }) => b.oneOf) as { oneOf: Node[] };
    expect(ref.oneOf.map((b) => b.properties?.provider?.pattern)).toEqual(Array(4).fill("^[a-z][a-z0-9_-]{0,63}$"));
    // A store provider entry makes its alias resolvable like the others.
    expectRule(ID, cfg(`{ source: "store", provider: "vaultstore", id: "QWEN_API_KEY" }`, `{ providers: { vaultstore: { source: "store" } } }`), []);
  });
});
