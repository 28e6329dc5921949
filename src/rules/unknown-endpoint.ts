import type { Endpoint } from "../catalog/index.js";
import { didYouMean } from "../engine/did-you-mean.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import { endpointList } from "../catalog/describe.js";
import { isRemovedHost, qwenProviders } from "./util/endpoints.js";

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

export default defineRule({
  meta: {
    id: "unknown-endpoint",
    severity: "warning",
    category: "endpoints",
    description: "A Qwen provider whose baseUrl host is not one of the six Qwen endpoints.",
    fixable: false,
    defers: {
      "qwen-portal-removed": "portal.qwen.ai and other removed hosts",
    },
  },
  check(ctx) {
    const { catalog } = ctx;
    for (const { site, canonical } of qwenProviders(ctx)) {
      const r = site.endpoint;
      if (r.kind !== "unknown") continue;
      // A URL written without its scheme, e.g. "dashscope.aliyuncs.com/compatible-mode/v1".
      const schemeless = r.url ? undefined : parseUrl(`https://${r.raw.trim()}`);
      if (isRemovedHost(catalog, r.url ?? schemeless) && ctx.defersTo("qwen-portal-removed")) continue;
      const plans = canonical.plans ?? [];
      const mine = catalog.endpoints.filter((e) => plans.includes(e.plan));
      const byHost = (host: string) => mine.find((e) => new URL(e.baseUrl).hostname === host.toLowerCase());
      let what: string;
      let hint: Endpoint | undefined;
      if (r.url) {
        what = `host "${r.url.host}" is not a Qwen Cloud endpoint`;
        const close = didYouMean(r.url.hostname, mine.map((e) => new URL(e.baseUrl).hostname), 1)[0];
        hint = close ? byHost(close) : undefined;
      } else {
        what = `"${r.raw}" is not a valid URL`;
        hint = schemeless ? byHost(schemeless.hostname) : undefined;
      }
      const typo = hint ? ` Did you mean ${hint.baseUrl}?` : "";
      ctx.report({
        pointer: joinPointer(site.pointer, "baseUrl"),
        message:
          `models.providers.${site.id}.baseUrl: ${what}.${typo} The ${canonical.id} provider serves ${endpointList(catalog, plans)}. ` +
          `For a self-hosted or other OpenAI-compatible backend, declare it under a custom provider id instead of "${site.id}".`,
      });
    }
  },
});
