import { fix, replaceStringValue } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { endpointName } from "../catalog/describe.js";
import { qwenProviders } from "./util/endpoints.js";

export default defineRule({
  meta: {
    id: "base-url-shape",
    severity: "error",
    category: "endpoints",
    description: "A Qwen baseUrl on a Qwen host with http://, the wrong path for its host, or /chat/completions appended.",
    fixable: true,
    defers: {
      "api-adapter-mismatch": "entries with another api",
      "plan-provider-mismatch": "hosts of another plan (its fix replaces the whole URL)",
    },
    messages: {
      modelsProvidersBaseurl: `models.providers.{{id}}.baseUrl {{problems}}. Use "{{baseUrl}}" (the {{endpointName}} endpoint); OpenClaw recognises only that exact URL as the native endpoint.`,
    },
  },
  check(ctx) {
    const { catalog } = ctx;
    for (const { site, canonical, foreignApi } of qwenProviders(ctx)) {
      const r = site.endpoint;
      // Another api (e.g. an Anthropic-compatible path) is api-adapter-mismatch's business; a host of
      // another plan is plan-provider-mismatch's, whose fix replaces the whole URL anyway.
      if (r.kind !== "known" || foreignApi || !canonical.plans?.includes(r.endpoint.plan)) continue;
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
        messageId: "modelsProvidersBaseurl", data: { id: site.id, problems: problems.join("; it "), baseUrl: r.endpoint.baseUrl, endpointName: endpointName(catalog, r.endpoint) },
        fix: at && fix(`Replace the baseUrl with "${r.endpoint.baseUrl}"`, replaceStringValue(at, r.endpoint.baseUrl)),
      });
    }
  },
});
