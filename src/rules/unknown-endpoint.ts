import type { Endpoint } from "../catalog/index.js";
import { didYouMean, editDistance } from "../engine/did-you-mean.js";
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

/** Edits that still make a host a typo of a listed one. */
const MAX_HOST_TYPO = 2;

export default defineRule({
  meta: {
    id: "unknown-endpoint",
    severity: "warning",
    category: "endpoints",
    description: "A Qwen provider whose baseUrl host is not one of the six Qwen endpoints.",
    fixable: false,
    defers: {
      "qwen-portal-removed": "portal.qwen.ai and other removed hosts",
      "plan-provider-mismatch": "a host of another plan (token-plan.<region>.maas.aliyuncs.com under qwen)",
    },
    messages: {
      unknownHost:
        '{{path}}: host "{{host}}" is not a Qwen Cloud endpoint.{{didYouMean}} The {{provider}} provider serves {{endpoints}}. For a self-hosted or other OpenAI-compatible backend, declare it under a custom provider id instead of "{{id}}".',
      notUrl:
        '{{path}}: "{{raw}}" is not a valid URL.{{didYouMean}} The {{provider}} provider serves {{endpoints}}. For a self-hosted or other OpenAI-compatible backend, declare it under a custom provider id instead of "{{id}}".',
    },
  },
  check(ctx) {
    const { catalog } = ctx;
    for (const { site, canonical } of qwenProviders(ctx)) {
      const r = site.endpoint;
      // A host of this provider's plan beyond the six listed endpoints (a Token Plan region, a Model Studio
      // workspace host) is a Qwen Cloud endpoint: the plan checks apply to it, and nothing is unknown.
      if (r.kind !== "unknown" || (r.plan && canonical.plans?.includes(r.plan))) continue;
      // A host of another plan is a Qwen Cloud endpoint too, just not this id's: plan-provider-mismatch says what happens there.
      if (r.plan && ctx.defersTo("plan-provider-mismatch")) continue;
      // A URL written without its scheme, e.g. "dashscope.aliyuncs.com/compatible-mode/v1".
      const schemeless = r.url ? undefined : parseUrl(`https://${r.raw.trim()}`);
      if (isRemovedHost(catalog, r.url ?? schemeless) && ctx.defersTo("qwen-portal-removed")) continue;
      const plans = canonical.plans ?? [];
      const mine = catalog.endpoints.filter((e) => plans.includes(e.plan));
      const byHost = (host: string) => mine.find((e) => new URL(e.baseUrl).hostname === host.toLowerCase());
      let hint: Endpoint | undefined;
      if (r.url) {
        // A typo is an edit or two (".co", "aliyun.com"); a host further off, such as a region's own
        // host ("dashscope-us"), is not one of the listed hosts misspelt, and naming another region's
        // endpoint would send the key and data elsewhere.
        const close = didYouMean(r.url.hostname, mine.map((e) => new URL(e.baseUrl).hostname), 1)[0];
        hint = close && editDistance(r.url.hostname.toLowerCase(), close) <= MAX_HOST_TYPO ? byHost(close) : undefined;
      } else {
        hint = schemeless ? byHost(schemeless.hostname) : undefined;
      }
      const data = {
        path: `models.providers.${site.id}.baseUrl`,
        host: r.url?.host,
        raw: r.raw,
        didYouMean: hint ? ` Did you mean ${hint.baseUrl}?` : "",
        provider: canonical.id,
        endpoints: endpointList(catalog, plans),
        id: site.id,
      };
      ctx.report({ pointer: joinPointer(site.pointer, "baseUrl"), messageId: r.url ? "unknownHost" : "notUrl", data });
    }
  },
});
