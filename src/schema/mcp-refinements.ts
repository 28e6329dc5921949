// OpenClaw's checks of MCP servers (zod-schema.mcp-server.ts and the server-name schemas of
// dist/zod-schema-*.mjs, OpenClaw 2026.9.6) that its JSON Schema export cannot express: reserved and
// untrimmed server names, retired keys, per-requester OAuth, stdio without a command, and the https
// client metadata URL. Each one refuses the config; runtimeIssues (refinements.ts) collects them.
import { hasPlaceholder, isObject as isObj, urlOf } from "../engine/json.js";
import { joinPointer } from "../engine/pointer.js";
import { REFINEMENT_FACTS } from "../generated/openclaw.js";
import type { RuntimeIssue } from "./refinements.js";

type Obj = Record<string, unknown>;
const at = (...path: (string | number)[]) => joinPointer("", ...path);
const dotted = (path: string[]) => path.join(".");

export function mcpIssues(config: Obj): RuntimeIssue[] {
  const out: RuntimeIssue[] = [];
  // Top-level servers may have any name but the reserved one; a node host's must also be trimmed.
  servers(config.mcp, ["mcp", "servers"], false, out);
  if (isObj(config.nodeHost)) servers(config.nodeHost.mcp, ["nodeHost", "mcp", "servers"], true, out);
  const apps = isObj(config.mcp) && isObj(config.mcp.apps) ? config.mcp.apps : undefined;
  const origin = urlOf(apps?.sandboxOrigin);
  if (unparsedUrl(apps?.sandboxOrigin))
    out.push({ pointer: "/mcp/apps/sandboxOrigin", target: "value", message: "mcp.apps.sandboxOrigin must be a bare http(s) origin, without a path, query or credentials; OpenClaw refuses the config." });
  else if (origin && !isBareOrigin(origin))
    out.push({
      pointer: "/mcp/apps/sandboxOrigin",
      target: "value",
      message: `mcp.apps.sandboxOrigin must be a bare http(s) origin, without a path, query or credentials; OpenClaw refuses the config. Use "${origin.protocol}//${origin.host}".`,
    });
  return out;
}

/**
 * Text (no ${VAR}) that zod's url() refuses ("Invalid URL"; the validator's "uri" finding). OpenClaw then
 * runs the field's own refinement too, which fails on it as well: a second issue, reported here.
 */
export function unparsedUrl(value: unknown): boolean {
  return typeof value === "string" && !hasPlaceholder(value) && !URL.canParse(value.trim());
}

/** OpenClaw's validateHttpOrigin: scheme, host and port only. */
export function isBareOrigin(u: URL): boolean {
  return (u.protocol === "http:" || u.protocol === "https:") && u.pathname === "/" && !u.search && !u.hash && !u.username && !u.password;
}

function servers(mcp: unknown, path: string[], trimmedNames: boolean, out: RuntimeIssue[]): void {
  const list = isObj(mcp) && isObj(mcp.servers) ? mcp.servers : undefined;
  if (!list) return;
  // OpenClaw refuses the whole map at the reserved name and checks nothing else in it.
  if (Object.hasOwn(list, REFINEMENT_FACTS.reservedMcpServerName)) {
    out.push({
      pointer: at(...path, REFINEMENT_FACTS.reservedMcpServerName),
      target: "key",
      message: `MCP server name "${REFINEMENT_FACTS.reservedMcpServerName}" is reserved, and OpenClaw refuses the config: rename the server.`,
    });
    return;
  }
  for (const [name, server] of Object.entries(list)) {
    if (trimmedNames && (name === "" || name !== name.trim())) {
      out.push({
        pointer: at(...path, name),
        target: "key",
        message: `${dotted(path)} names a server ${JSON.stringify(name)}: a node host's MCP server names must be non-empty, without surrounding spaces; OpenClaw refuses the config.${name.trim() ? ` Rename it "${name.trim()}".` : ""}`,
      });
      continue; // OpenClaw does not check the settings under a name it refused
    }
    if (isObj(server)) serverIssues(server, [...path, name], out);
  }
}

function serverIssues(s: Obj, path: string[], out: RuntimeIssue[]): void {
  const where = dotted(path);
  for (const key of REFINEMENT_FACTS.mcpLegacyServerKeys) {
    if (!Object.hasOwn(s, key)) continue;
    const camel = key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    const hint = camel !== key && !(REFINEMENT_FACTS.mcpLegacyServerKeys as readonly string[]).includes(camel) ? ` Rename it ${camel}.` : " Remove it.";
    out.push({ pointer: at(...path, key), target: "key", rule: "unknown-key", message: `${where}.${key} is not a key OpenClaw knows for an MCP server, and it refuses the config.${hint}` });
  }
  if (Object.hasOwn(s, "disabled")) {
    const use = typeof s.disabled === "boolean" ? `enabled: ${!s.disabled} instead (openclaw doctor --fix migrates it)` : "the enabled boolean instead";
    out.push({ pointer: at(...path, "disabled"), target: "key", rule: "unknown-key", message: `${where}.disabled is not supported, and OpenClaw refuses the config: use ${use}.` });
  }
  oauthIssues(s, path, out);
  if (s.transport === "stdio" && (typeof s.command !== "string" || s.command.trim() === ""))
    out.push({
      pointer: at(...path, "transport"),
      target: "value",
      message: `${where} uses the "stdio" transport without a command to start, and OpenClaw refuses the config: set command, or use a url with "streamable-http" or "sse".`,
    });
}

/** Per-requester OAuth needs OpenClaw's own OAuth over HTTP; the client metadata document must be https with a path. */
function oauthIssues(s: Obj, path: string[], out: RuntimeIssue[]): void {
  const oauth = isObj(s.oauth) ? s.oauth : undefined;
  if (!oauth) return;
  const where = `${dotted(path)}.oauth`;
  const identity = at(...path, "oauth", "identity");
  if (oauth.identity === "per-requester") {
    if (s.auth !== "oauth")
      out.push({ pointer: identity, target: "value", message: `${where}.identity "per-requester" needs auth: "oauth" on the server, and OpenClaw refuses the config without it: add auth: "oauth".` });
    if (oauth.authProfileId)
      out.push({
        pointer: at(...path, "oauth", "authProfileId"),
        target: "key",
        message: `${where}.authProfileId cannot be used with identity "per-requester" (each requester signs in with their own account); OpenClaw refuses the config. Remove authProfileId, or use identity "shared".`,
      });
    if (!s.url)
      out.push({ pointer: identity, target: "value", message: `${where}.identity "per-requester" needs an HTTP server (a url), and OpenClaw refuses the config: set url, or use identity "shared".` });
    if (s.command !== undefined || s.transport === "stdio")
      out.push({
        pointer: identity,
        target: "value",
        message: `${where}.identity "per-requester" cannot be combined with a command or the "stdio" transport, and OpenClaw refuses the config: connect to the server by url.`,
      });
  }
  const meta = urlOf(oauth.clientMetadataUrl);
  if (meta && (meta.protocol !== "https:" || meta.pathname === "/"))
    out.push({
      pointer: at(...path, "oauth", "clientMetadataUrl"),
      target: "value",
      message: `${where}.clientMetadataUrl must be an https:// URL with a path to the metadata document (e.g. "https://example.com/oauth/client.json"); OpenClaw refuses the config.`,
    });
}
