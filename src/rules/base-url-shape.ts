import { fix, replaceStringValue } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { endpointName } from "../catalog/describe.js";
import { API_ADAPTERS } from "../generated/openclaw.js";
import { qwenProviders } from "./util/endpoints.js";

/** A valid OpenClaw api other than the endpoint's transport (invalid values are invalid-value's). */
const otherAdapter = (api: unknown, transport: string | undefined) => typeof api === "string" && api !== transport && (API_ADAPTERS as readonly string[]).includes(api);

export default defineRule({
  meta: {
    id: "base-url-shape",
    severity: "error",
    category: "endpoints",
    description: "A baseUrl on a DashScope host (Qwen ids and custom ids like bailian) with http://, the wrong path for its host (e.g. the native /api/v1), or /chat/completions appended.",
    fixable: true,
    defers: {
      "api-adapter-mismatch": "entries with another api",
      "plan-provider-mismatch": "hosts of another plan (its fix replaces the whole URL)",
    },
    messages: {
      qwenBaseUrlShape: `models.providers.{{id}}.baseUrl {{problems}}. Use "{{baseUrl}}" (the {{endpointName}} endpoint); OpenClaw recognises only that exact URL as the native endpoint.`,
      customBaseUrlShape: `models.providers.{{id}}.baseUrl {{problems}}. Use "{{baseUrl}}" (the {{endpointName}} endpoint): OpenClaw sends requests to <baseUrl>/chat/completions, which this host answers only under that path.`,
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    // The plugin's entries, and custom ids on DashScope hosts (bailian, aliyun, ...): the host decides
    // the endpoint, and OpenClaw sends <baseUrl>/chat/completions for any id.
    const sites = [
      ...qwenProviders(ctx).map(({ site, canonical }) => ({ site, custom: false, plans: canonical.plans ?? [], transport: canonical.api })),
      ...facts.providers.flatMap((site) => {
        const t = facts.qwenTarget(site.id);
        return t?.by === "host" ? [{ site, custom: true, plans: undefined, transport: t.chat.api }] : [];
      }),
    ];
    for (const { site, custom, plans, transport } of sites) {
      const r = site.endpoint;
      // Another valid api (e.g. anthropic-messages on the Anthropic-compatible path) is api-adapter-mismatch's
      // business; an api OpenClaw does not have (invalid-value reports it) still meant the OpenAI-compatible
      // transport, so the path is checked too. A host of another plan is plan-provider-mismatch's, whose fix
      // replaces the whole URL anyway.
      if (r.kind !== "known" || otherAdapter(site.entry.api, transport) || (plans && !plans.includes(r.endpoint.plan))) continue;
      const want = new URL(r.endpoint.baseUrl);
      const url = r.url;
      // OpenClaw strips trailing slashes before appending /chat/completions, so `/v1/` is the same URL.
      const path = url.pathname.replace(/\/+$/, "");
      const problems: string[] = [];
      if (url.protocol !== want.protocol) problems.push(`uses ${url.protocol}//, which would send the API key unencrypted (the endpoint is ${want.protocol}//)`);
      if (url.port && url.port !== want.port) problems.push(`names port ${url.port} (the endpoint uses the default port)`);
      if (path !== want.pathname) {
        const appended = /\/(chat\/)?completions$/i.exec(path);
        if (appended && path.slice(0, appended.index) === want.pathname)
          problems.push(`ends in ${appended[0]}, which OpenClaw appends itself (requests would go to …${appended[0]}/chat/completions)`);
        else if (/^\/api\/v\d+(\/|$)/.test(path))
          problems.push(
            `has the path "${path}", DashScope's native API (its own request format, not OpenAI's), but the ${catalog.planName(r.endpoint.plan)} host serves the OpenAI-compatible API only at "${want.pathname}"`,
          );
        else
          problems.push(
            `has the path "${path || "/"}", but the ${catalog.planName(r.endpoint.plan)} host serves the OpenAI-compatible API only at "${want.pathname}"`,
          );
      }
      if (url.search || url.hash) problems.push(`carries ${url.search ? "a query string" : "a fragment"}`);
      if (problems.length === 0) continue;
      const pointer = joinPointer(site.pointer, "baseUrl");
      const at = ctx.locate(pointer);
      ctx.report({
        pointer,
        messageId: custom ? "customBaseUrlShape" : "qwenBaseUrlShape", data: { id: site.id, problems: problems.join("; it "), baseUrl: r.endpoint.baseUrl, endpointName: endpointName(catalog, r.endpoint) },
        fix: at && fix(`Replace the baseUrl with "${r.endpoint.baseUrl}"`, replaceStringValue(at, r.endpoint.baseUrl)),
      });
    }
  },
});
