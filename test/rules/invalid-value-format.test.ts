// URL fields ("format": "uri" in OpenClaw's schema): OpenClaw (zod's url() in core, TypeBox's "uri" in
// plugin schemas, both the WHATWG URL parser) refuses a value without a scheme; checked with OpenClaw
// 2026.9.6. Where its own schema refines the URL further (http(s) only), that refinement complains too.
import { describe, it } from "vitest";
import { expectRule, span } from "../helpers.js";

const ID = "invalid-value";

describe("URL fields (invalid-value)", () => {
  it("a value without a scheme is refused, in core and in a bundled channel's schema", () => {
    const text = `{ nodeHost: { mcp: { servers: { x: { url: "example.com/x" } } } }, channels: { clickclack: { baseUrl: "not a url" } } }`;
    expectRule(ID, text, [
      `${span(text, '"example.com/x"')} error ${ID}: nodeHost.mcp.servers.x.url must be a URL with a scheme, e.g. "https://example.com/path"; "example.com/x" has none. OpenClaw refuses the config.`,
      `${span(text, '"example.com/x"')} error ${ID}: nodeHost.mcp.servers.x.url must be an http:// or https:// URL; OpenClaw refuses the config.`,
      `${span(text, '"not a url"')} error ${ID}: channels.clickclack.baseUrl must be a URL with a scheme, e.g. "https://example.com/path"; "not a url" has none. OpenClaw refuses the config.`,
    ]);
  });

  it("any scheme passes (both validators accept localhost:8080), and ${VAR} is substituted before OpenClaw validates", () => {
    expectRule(ID, `{ channels: { clickclack: { baseUrl: "localhost:8080" } } }`, []);
    expectRule(ID, `{ nodeHost: { mcp: { servers: { x: { url: "\${MCP_URL}" } } } } }`, []);
  });
});
