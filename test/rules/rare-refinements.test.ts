// The rarer OpenClaw runtime checks (src/schema/{mcp,gateway,rare}-refinements.ts): the edges where
// OpenClaw accepts, next to what it refuses. Every verdict here was checked with openclaw config
// validate 2026.9.6; test/fixtures/err/invalid-value-{mcp,gateway-portals,bindings-broadcast,
// cloud-workers,proto-keys}.json5 hold the refusals with OpenClaw's issue counts.
import { describe, expect, it } from "vitest";
import { expectRule, lint, span } from "../helpers.js";

/** `rule@pointer` of every error, the way OpenClaw's verdict is compared. */
const errors = (text: string) =>
  lint(text)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => `${d.ruleId}@${d.pointer}`);

describe("OpenClaw's rarer runtime checks", () => {
  it('drops "__proto__" keys while reading, except as an MCP server name', () => {
    expect(errors(`{ "gateway": { "__proto__": { "port": "x" } }, "agents": { "entries": { "main": { "__proto__": 1 } } } }`)).toEqual([]);
    expect(errors(`{ "bindings": [{ "__proto__": {}, "agentId": "main", "match": { "channel": "telegram" } }] }`)).toEqual([]);
    expect(errors(`{ "nodeHost": { "mcp": { "servers": { "__proto__": [] } } } }`)).toEqual(["invalid-value@/nodeHost/mcp/servers/__proto__"]);
    // The other blocked keys are refused in tools.web.search, which otherwise takes any key.
    expect(errors(`{ "tools": { "web": { "search": { "prototype": 1, "anything": 2 } } } }`)).toEqual(["unknown-key@/tools/web/search/prototype"]);
  });

  it("MCP servers: untrimmed names only on a node host, whose settings are then not checked", () => {
    expect(errors(`{ mcp: { servers: { " a": { command: "x" } } } }`)).toEqual([]);
    expect(errors(`{ nodeHost: { mcp: { servers: { " a": { command: "x", timeout: 1 } } } } }`)).toEqual(["invalid-value@/nodeHost/mcp/servers/ a"]);
    expect(errors(`{ mcp: { servers: { a: { command: "x", connectTimeout: 1 } } } }`)).toEqual(["unknown-key@/mcp/servers/a/connectTimeout"]);
  });

  it("per-requester OAuth: each missing piece is its own refusal", () => {
    const ok = `{ mcp: { servers: { a: { url: "https://x.example.com/mcp", auth: "oauth", oauth: { identity: "per-requester" } } } } }`;
    expect(errors(ok)).toEqual([]);
    expect(errors(`{ mcp: { servers: { a: { command: "x", oauth: { identity: "per-requester" } } } } }`)).toEqual([
      "invalid-value@/mcp/servers/a/oauth/identity",
      "invalid-value@/mcp/servers/a/oauth/identity",
      "invalid-value@/mcp/servers/a/oauth/identity",
    ]);
    expect(errors(`{ mcp: { servers: { a: { url: "https://x.example.com", oauth: { clientMetadataUrl: "https://x.example.com" } } } } }`)).toEqual([
      "invalid-value@/mcp/servers/a/oauth/clientMetadataUrl",
    ]);
  });

  it("portal ingress: a bare domain apart from the Gateway's origins, on another port (the default counts)", () => {
    expect(errors(`{ gateway: { portals: { ingress: { domain: "p.example.com", port: 8443 } } } }`)).toEqual([]);
    expect(errors(`{ gateway: { port: 9000, portals: { ingress: { domain: "p.example.com", port: 18789 } } } }`)).toEqual([]);
    expect(errors(`{ gateway: { portals: { ingress: { domain: "p.example.com", port: 18789 } } } }`)).toEqual(["invalid-value@/gateway/portals/ingress/port"]);
    expect(errors(`{ gateway: { portals: { ingress: { domain: "10.0.0.1", port: 8443 } } } }`)).toEqual(["invalid-value@/gateway/portals/ingress/domain"]);
    expect(errors(`{ gateway: { publicOrigin: "http://localhost:18789" } }`)).toEqual([]);
    expect(errors(`{ gateway: { publicOrigin: "http://gw.example.com" } }`)).toEqual(["invalid-value@/gateway/publicOrigin"]);
  });

  it("broadcast agent ids match agents.entries exactly; with no entries only main exists", () => {
    expect(errors(`{ broadcast: { "telegram:1": ["main"], "12345": ["main"] } }`)).toEqual([]);
    expect(errors(`{ broadcast: { "telegram:1": ["ops"] } }`)).toEqual(["invalid-value@/broadcast/telegram:1/0"]);
    expect(errors(`{ agents: { entries: { Main: {} } }, broadcast: { "telegram:1": ["main"] } }`)).toEqual(["invalid-value@/broadcast/telegram:1/0"]);
    expect(errors(`{ broadcast: { "telegram:1": ${JSON.stringify(Array(16).fill("main"))} } }`)).toEqual([]);
  });

  it("cloud workers: suspendAfter of at least a minute with a unit; project keys as OpenClaw normalizes them", () => {
    const suspend = (v: string) => errors(`{ cloudWorkers: { profiles: { a: { provider: "x", suspendAfter: ${JSON.stringify(v)} } } } }`);
    for (const v of ["1m", "60000ms", "2H", "1h30m", " 5m"]) expect(suspend(v), v).toEqual([]);
    for (const v of ["59s", "90", "1 h", "5m "]) expect(suspend(v), v).toEqual(["invalid-value@/cloudWorkers/profiles/a/suspendAfter"]);
    const key = (k: string) => errors(`{ cloudWorkers: { projectProfiles: { ${JSON.stringify(k)}: "a" } } }`);
    for (const k of ["github.com/me/repo", "gitlab/me/repo", "localhost/me/repo", "git.example.com/group/sub/repo"]) expect(key(k), k).toEqual([]);
    for (const k of ["github.com/me", "GitHub.com/me/repo", "github.com/me/repo/", "git.example.com:8080/me/repo"]) expect(key(k), k).toHaveLength(1);
  });

  it("cloud worker settings: secret-named keys (and their ...Ref forms) take only SecretRefs; the first one is reported", () => {
    const ref = `{ source: "env", provider: "default", id: "X_KEY" }`;
    const settings = (s: string) => errors(`{ cloudWorkers: { profiles: { a: { provider: "x", settings: ${s} } } } }`);
    expect(settings(`{ maxTokens: 5, passwordFile: "/x", sshKeyRef: ${ref}, apiKey: ${ref}, nested: { token: ${ref} }, region: "us" }`)).toEqual([]);
    expect(settings(`{ apiKey: "a", password: "b" }`)).toEqual(["invalid-value@/cloudWorkers/profiles/a/settings/apiKey"]);
    expect(settings(`{ list: [{ secretName: "y" }] }`)).toEqual(["invalid-value@/cloudWorkers/profiles/a/settings/list/0/secretName"]);
    expect(settings(`{ tokenRef: "abc" }`)).toEqual(["invalid-value@/cloudWorkers/profiles/a/settings/tokenRef"]);
  });

  it("secret commands: unsafe and relative are two refusals; role agent ids and reserved picker runtimes", () => {
    const cmd = (c: string) => errors(`{ secrets: { providers: { v: { source: "exec", command: ${JSON.stringify(c)} } } } }`);
    expect(cmd("-vault")).toEqual(["invalid-value@/secrets/providers/v/command", "invalid-value@/secrets/providers/v/command"]);
    expect(cmd("/usr/bin/vault;rm")).toEqual(["invalid-value@/secrets/providers/v/command"]);
    const role = (ids: string) => errors(`{ gateway: { roles: { default: "a", definitions: { a: { sessions: { others: "view" }, agents: ${ids}, scopes: [] } } } } }`);
    expect(role(`["Ops", " main "]`)).toEqual([]);
    expect(role(`["_ops"]`)).toEqual(["invalid-value@/gateway/roles/definitions/a/agents/0"]);
    const picker = (ids: string) => errors(`{ agents: { defaults: { models: { "qwen/qwen3.5-plus": { pickerRuntimes: ${ids} } } } } }`);
    expect(picker(`["codex"]`)).toEqual([]);
    expect(picker(`["default"]`)).toEqual(["invalid-value@/agents/defaults/models/qwen~1qwen3.5-plus/pickerRuntimes/0"]);
  });

  it("a pattern OpenClaw explains (the Cloudflare Access issuer) is reported in OpenClaw's words", () => {
    const oidc = (issuer: string) => `{ gateway: { auth: { mode: "trusted-proxy", trustedProxy: { userHeader: "x", cloudflareAccessOidc: { issuer: "${issuer}", providerId: "a", githubAccountIdClaim: "b" } } } } }`;
    expect(errors(oidc("https://team.cloudflareaccess.com"))).toEqual([]);
    const text = oidc("https://team.cloudflareaccess.com/");
    expectRule("invalid-value", text, [
      `${span(text, '"https://team.cloudflareaccess.com/"')} error invalid-value: gateway.auth.trustedProxy.cloudflareAccessOidc.issuer: Expected a Cloudflare Access HTTPS issuer origin without a trailing slash; "https://team.cloudflareaccess.com/" is not (it must match ^https:\\/\\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\\.cloudflareaccess\\.com$), and OpenClaw refuses the config.`,
    ]);
  });

  it("plugin registry checks (web search provider, heartbeat target) speak only once the schema passes, as OpenClaw's do", () => {
    const ws = (p: string, extra = "") => errors(`{ ${extra} tools: { web: { search: { provider: ${JSON.stringify(p)} } } } }`);
    for (const p of ["gemini", "grok", "minimax", "ollama"]) expect(ws(p), p).toEqual([]);
    for (const p of ["", "brave", "kimi", "bogus"]) expect(ws(p), p).toEqual(["invalid-value@/tools/web/search/provider"]);
    expect(ws("kimi", `plugins: { entries: { moonshot: { enabled: true } } },`)).toEqual([]);
    expect(ws("brave", `plugins: { allow: ["qwen"] },`)).toEqual(["invalid-value@/tools/web/search/provider"]);
    expect(ws("brave", `worktreeRoot: "rel",`)).toEqual(["invalid-value@/worktreeRoot"]);
    const hb = (t: string) => errors(`{ agents: { defaults: { heartbeat: { target: ${JSON.stringify(t)} } } } }`);
    for (const t of ["telegram", "LAST", "Owner", "gchat", "Teams", "a2a", "slack "]) expect(hb(t), t).toEqual([]);
    for (const t of ["", " ", "bogus", "webhooks"]) expect(hb(t), t).toEqual(["invalid-value@/agents/defaults/heartbeat/target"]);
  });

  it("models a bundled plugin has withdrawn are refused wherever OpenClaw reads refs, in any case; current and bare ids are not", () => {
    const model = (m: string) => errors(`{ agents: { defaults: { model: ${JSON.stringify(m)} } } }`);
    expect(model("Google/Gemini-1.5-Flash")).toEqual(["invalid-value@/agents/defaults/model"]);
    for (const m of ["google/gemini-2.5-flash", "gemini-1.5-flash", "qwen/qwen3.5-plus"]) expect(model(m), m).toEqual([]);
    const g = `"google/gemini-2.0-flash"`;
    expect(errors(`{ tools: { media: { image: { preferredModel: ${g} } } }, channels: { modelByChannel: { telegram: { "123": ${g} } } }, tts: { summaryModel: ${g} } }`)).toEqual([
      "invalid-value@/tools/media/image/preferredModel",
      "invalid-value@/channels/modelByChannel/telegram/123",
      "invalid-value@/tts/summaryModel",
    ]);
  });

  it("paths and hosts: worktreeRoot under ~, relative hook modules, exact egress hosts", () => {
    expect(errors(`{ worktreeRoot: "~" }`)).toEqual([]);
    expect(errors(`{ hooks: { mappings: [{ transform: { module: "a/b.js" } }] } }`)).toEqual([]);
    expect(errors(`{ hooks: { mappings: [{ transform: { module: "~/b.js" } }] } }`)).toEqual(["invalid-value@/hooks/mappings/0/transform/module"]);
    expect(errors(`{ secrets: { egressProxy: { bypassHosts: ["Example.COM.", "[::1]", "10.1.2.3"] } } }`)).toEqual([]);
    expect(errors(`{ secrets: { egressProxy: { bypassHosts: ["example.com:443", "-bad.example.com"] } } }`)).toEqual([
      "invalid-value@/secrets/egressProxy/bypassHosts/0",
      "invalid-value@/secrets/egressProxy/bypassHosts/1",
    ]);
  });
});
