// OpenClaw's checks of the gateway section (zod-schema.gateway.ts and zod-schema.root-support.ts in
// dist/zod-schema-*.mjs, OpenClaw 2026.9.6) that its JSON Schema export cannot express: portal
// ingress, the public origin, role definitions, TLS paths and edge-auth headers. Each one refuses the
// config; runtimeIssues (refinements.ts) collects them.
import { isObject as isObj, urlOf } from "../engine/json.js";
import { isIP } from "../engine/node-lazy.js";
import { joinPointer } from "../engine/pointer.js";
import { REFINEMENT_FACTS } from "../generated/openclaw.js";
import { isBareOrigin, unparsedUrl } from "./mcp-refinements.js";
import type { RuntimeIssue } from "./refinements.js";

type Obj = Record<string, unknown>;

/** Hosts where OpenClaw allows a plain-http public origin. */
const LOOPBACK = new Set<string>(REFINEMENT_FACTS.gatewayLoopbackHosts);
const loopbackList = [...LOOPBACK].join(", ").replace(/, ([^,]*)$/, " or $1");

export function gatewayIssues(config: Obj): RuntimeIssue[] {
  const gw = isObj(config.gateway) ? config.gateway : undefined;
  if (!gw) return [];
  const out: RuntimeIssue[] = [];
  const origin = urlOf(gw.publicOrigin);
  if (unparsedUrl(gw.publicOrigin))
    out.push({ pointer: "/gateway/publicOrigin", target: "value", message: `gateway.publicOrigin must be a bare https origin (scheme and host, no path; http only on ${loopbackList}); OpenClaw refuses the config.` });
  else if (origin && !(isBareOrigin(origin) && (origin.protocol === "https:" || LOOPBACK.has(origin.hostname))))
    out.push({
      pointer: "/gateway/publicOrigin",
      target: "value",
      message: `gateway.publicOrigin must be a bare https origin (scheme and host, no path; http only on ${loopbackList}), and OpenClaw refuses ${JSON.stringify(gw.publicOrigin)}: use "https://${origin.host}".`,
    });
  portalIssues(gw, out);
  const roles = isObj(gw.roles) ? gw.roles : undefined;
  if (roles && isObj(roles.definitions) && Object.keys(roles.definitions).length === 0)
    out.push({ pointer: "/gateway/roles/definitions", target: "value", message: "gateway.roles.definitions must define at least one role, and OpenClaw refuses the config: add one, or remove gateway.roles." });
  if (roles && isObj(roles.definitions))
    for (const [name, def] of Object.entries(roles.definitions)) {
      const agents = isObj(def) && Array.isArray(def.agents) ? def.agents : [];
      agents.forEach((id, i) => {
        if (typeof id === "string" && id.trim() !== "" && !REFINEMENT_FACTS.roleAgentIdPattern.test(id.trim()))
          out.push({
            pointer: joinPointer("/gateway/roles/definitions", name, "agents", i),
            target: "value",
            message: `gateway.roles.definitions.${name}.agents names ${JSON.stringify(id)}, which is not a valid agent id (letters, digits, _ and -, starting with a letter or digit), so OpenClaw refuses the config.`,
          });
      });
    }
  const tls = isObj(gw.tls) ? gw.tls : undefined;
  for (const key of ["certPath", "keyPath"])
    if (tls && typeof tls[key] === "string" && (tls[key] as string).trim() === "")
      out.push({ pointer: joinPointer("/gateway/tls", key), target: "value", message: `gateway.tls.${key} must not be blank; OpenClaw refuses the config. Give the file's path, or remove the key.` });
  const remote = isObj(gw.remote) ? gw.remote : undefined;
  if (remote && isObj(remote.edgeAuth)) edgeAuthIssue(remote.edgeAuth, out);
  return out;
}

/** OpenClaw's isValidPortalIngressDomain: a bare DNS name with a dot, not an IP, no scheme or path. */
function isBareDomain(domain: string): boolean {
  try {
    if (new URL(`https://portal.${domain}`).hostname !== `portal.${domain.toLowerCase()}`) return false;
  } catch {
    return false;
  }
  return domain.length <= 220 && domain.includes(".") && isIP(domain) === 0 && domain.split(".").every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(label));
}

/** The portal namespace is its own domain and port, apart from the Gateway's and the Control UI's. */
function portalIssues(gw: Obj, out: RuntimeIssue[]): void {
  const ingress = isObj(gw.portals) && isObj(gw.portals.ingress) ? gw.portals.ingress : undefined;
  if (!ingress || typeof ingress.domain !== "string") return;
  const domain = ingress.domain;
  if (!isBareDomain(domain))
    out.push({
      pointer: "/gateway/portals/ingress/domain",
      target: "value",
      message: `gateway.portals.ingress.domain must be a bare DNS domain (e.g. "portals.example.com": no scheme, port, path or IP address), and OpenClaw refuses ${JSON.stringify(domain)}.`,
    });
  const origins = [gw.publicOrigin, ...(isObj(gw.controlUi) && Array.isArray(gw.controlUi.allowedOrigins) ? gw.controlUi.allowedOrigins : [])];
  const clash = origins.find((o) => {
    const host = typeof o === "string" && o ? urlOf(o)?.hostname.toLowerCase() : undefined;
    const suffix = domain.toLowerCase();
    return host !== undefined && (host === suffix || host.endsWith(`.${suffix}`));
  });
  if (clash !== undefined)
    out.push({
      pointer: "/gateway/portals/ingress/domain",
      target: "value",
      message: `gateway.portals.ingress.domain "${domain}" contains the Gateway or Control UI origin ${JSON.stringify(clash)}, and OpenClaw refuses the config: give portals a separate domain.`,
    });
  const gatewayPort = gw.port ?? REFINEMENT_FACTS.gatewayDefaultPort;
  if (ingress.port === gatewayPort)
    out.push({
      pointer: "/gateway/portals/ingress/port",
      target: "value",
      message: `gateway.portals.ingress.port ${gatewayPort} is the Gateway's own port${gw.port === undefined ? " (its default)" : ""}, and OpenClaw refuses the config: use another port.`,
    });
}

/** OpenClaw's findEdgeAuthIssue: it reports the first problem only. */
function edgeAuthIssue(headers: Obj, out: RuntimeIssue[]): void {
  const names = Object.keys(headers);
  if (names.length === 0) {
    out.push({ pointer: "/gateway/remote/edgeAuth", target: "value", message: "gateway.remote.edgeAuth must name at least one header, and OpenClaw refuses an empty map: add the header your edge proxy expects, or remove edgeAuth." });
    return;
  }
  const seen = new Map<string, string>();
  for (const name of names) {
    const pointer = joinPointer("/gateway/remote/edgeAuth", name);
    const lower = name.toLowerCase();
    const problem = !REFINEMENT_FACTS.edgeAuthHeaderName.test(name)
      ? `${JSON.stringify(name)} is not a valid HTTP header name`
      : (REFINEMENT_FACTS.edgeAuthTransportHeaders as readonly string[]).includes(lower)
        ? `"${name}" is a header the connection itself sets, which edgeAuth cannot override`
        : seen.has(lower)
          ? `"${seen.get(lower)}" and "${name}" are the same header (names ignore case)`
          : undefined;
    if (problem) {
      out.push({ pointer, target: "key", message: `gateway.remote.edgeAuth: ${problem}; OpenClaw refuses the config.` });
      return;
    }
    seen.set(lower, name);
  }
}
