// OpenClaw's runtime checks that are not in its JSON Schema (zod refinements), reported by invalid-value.
import { describe, it } from "vitest";
import { expectRule, span } from "../helpers.js";

const ID = "invalid-value";

describe("OpenClaw's runtime checks (invalid-value)", () => {
  it("a roster of several agents needs ownership explicit or one default marker", () => {
    const text = `{ agents: { entries: { main: {}, ops: {} } } }`;
    expectRule(ID, text, [
      `${span(text, "agents")} error ${ID}: A roster of 2 agents needs agents.ownership: "explicit" (or one legacy default: true marker); OpenClaw refuses the config. Add ownership: "explicit" to agents (openclaw doctor does it too).`,
    ]);
    expectRule(ID, `{ agents: { ownership: "explicit", entries: { main: {}, ops: {} } } }`, []);
    expectRule(ID, `{ agents: { entries: { main: { default: true }, ops: {} } } }`, []);
  });

  it("two default markers, and explicit ownership with a marker", () => {
    const two = `{ agents: { entries: { main: { default: true }, ops: { default: true } } } }`;
    expectRule(ID, two, [
      `${span(two, "entries")} error ${ID}: Only one agent may carry default: true, and 2 do (main, ops); OpenClaw refuses the config. Keep one marker, or drop them all and set agents.ownership: "explicit".`,
    ]);
    const both = `{ agents: { ownership: "explicit", entries: { main: { default: true } } } }`;
    expectRule(ID, both, [
      `${span(both, '"explicit"')} error ${ID}: agents.ownership "explicit" cannot be combined with a legacy default: true marker (on main); OpenClaw refuses the config. Remove the default marker.`,
    ]);
  });

  it("with explicit ownership, agents.entries must hold at least one agent (without, OpenClaw implies main)", () => {
    const msg = `error ${ID}: With agents.ownership "explicit", agents.entries must hold at least one agent, or OpenClaw refuses the config: add one, e.g. entries: { main: {} }.`;
    const empty = `{ agents: { ownership: "explicit", entries: {} } }`;
    expectRule(ID, empty, [`${span(empty, "entries")} ${msg}`]);
    const none = `{ agents: { ownership: "explicit", defaults: {} } }`;
    expectRule(ID, none, [`${span(none, "agents")} ${msg}`]);
    expectRule(ID, `{ agents: { entries: {} } }`, []);
    expectRule(ID, `{ agents: { defaults: {} } }`, []);
  });

  it("ids that differ only in case are one agent; upper case alone is fine", () => {
    const text = `{ agents: { ownership: "explicit", entries: { ops: {}, Ops: {} } } }`;
    expectRule(ID, text, [`${span(text, "Ops")} error ${ID}: Agents "ops" and "Ops" are the same agent to OpenClaw (ids ignore case), so it refuses the config: rename one or merge them.`]);
    expectRule(ID, `{ agents: { entries: { Ops: {} } } }`, []);
  });

  it("catalogRefresh.url must be https, or http on localhost", () => {
    const text = `{ models: { catalogRefresh: { url: "http://mirror.example.com/catalog.json" } } }`;
    expectRule(ID, text, [
      `${span(text, '"http://mirror.example.com/catalog.json"')} error ${ID}: models.catalogRefresh.url must be an https URL (http only on localhost, 127.0.0.1 or [::1]); OpenClaw refuses the config.`,
    ]);
    expectRule(ID, `{ models: { catalogRefresh: { url: "http://localhost:8080/c.json" } } }`, []);
    expectRule(ID, `{ models: { catalogRefresh: { url: "https://mirror.example.com/c.json" } } }`, []);
  });

  it("exec secret commands and trusted dirs are absolute paths", () => {
    const text = `{ secrets: { providers: { vault: { source: "exec", command: "vault", trustedDirs: ["bin"] } } } }`;
    expectRule(ID, text, [
      `${span(text, '"vault"')} error ${ID}: secrets.providers.vault.command must be an absolute path (OpenClaw does not search PATH for secret commands); OpenClaw refuses the config. Write the full path, e.g. from \`command -v vault\`.`,
      `${span(text, '"bin"')} error ${ID}: secrets.providers.vault.trustedDirs entries must be absolute paths; OpenClaw refuses the config.`,
    ]);
    expectRule(ID, `{ secrets: { providers: { vault: { source: "exec", command: "/usr/bin/vault" } } } }`, []);
  });

  it("agent ids named in talk, heartbeat, systemAgent and bindings must exist", () => {
    const text = `{ talk: { agentId: "x" }, agents: { defaults: { heartbeat: { agentId: "Main" } } } }`;
    expectRule(ID, text, [`${span(text, '"x"')} error ${ID}: talk.agentId names agent "x", which is not in agents.entries; OpenClaw refuses the config. Use one of: main.`]);
    const b = `{ agents: { entries: { ops: {} } }, bindings: [{ agentId: "sales", match: { channel: "x" } }] }`;
    expectRule(ID, b, [`${span(b, '"sales"')} error ${ID}: bindings[0].agentId names agent "sales", which is not in agents.entries; OpenClaw refuses the config. Use one of: ops.`]);
  });

  it("desktop.host.passwordFile is an absolute path", () => {
    const text = `{ desktop: { host: { enabled: true, passwordFile: "vnc.pass" } } }`;
    expectRule(ID, text, [`${span(text, '"vnc.pass"')} error ${ID}: desktop.host.passwordFile must be an absolute path; OpenClaw refuses the config.`]);
  });
});
