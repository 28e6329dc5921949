import { defineRule } from "../engine/rule.js";
import { offCatalogEndpoint, rows } from "./util/catalog.js";
import { replaceAt } from "./util/rewrite.js";

export default defineRule({
  meta: {
    id: "model-id-prefixed",
    severity: "warning",
    category: "catalog",
    description: "A models[].id with a provider prefix (ids are provider-local), on Qwen ids and custom ids on DashScope hosts.",
    fixable: true,
    messages: {
      useLocalId: "Model id \"{{id}}\" carries {{whose}} prefix \"{{prefix}}/\"; ids in models.providers.{{provider}}.models[] are provider-local and are sent to the endpoint as written, which knows no model \"{{id}}\". Use id \"{{local}}\" (refs stay \"{{provider}}/{{local}}\").",
      localIdTaken: "Model id \"{{id}}\" carries {{whose}} prefix \"{{prefix}}/\"; ids in models.providers.{{provider}}.models[] are provider-local and are sent to the endpoint as written, which knows no model \"{{id}}\". A row with id \"{{local}}\" already exists: remove this one.",
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    // Prefixes that name a provider: catalog ids and the ones this config declares. Other slashes
    // (a vLLM `Qwen/Qwen3-8B` repo id) are real model names.
    const providerIds = new Set([...catalog.providers.map((p) => p.id), ...facts.providers.map((p) => p.id.toLowerCase())]);
    const all = rows(ctx);
    for (const row of all) {
      // Only the Qwen-related providers: elsewhere (OpenRouter) `qwen/...` is the real model id.
      const info = catalog.provider(row.provider.id);
      // Custom ids on DashScope hosts (bailian, aliyun) send the id to DashScope as written too.
      const dashscope = facts.qwenTarget(row.provider.id)?.by === "host";
      // A Qwen id pointed at a custom host (vLLM serving `Qwen/Qwen3-8B`) names models its own way.
      if (!dashscope && (!info || info.status === "removed" || offCatalogEndpoint(ctx, row.provider.id))) continue;
      const slash = row.id.indexOf("/");
      if (slash <= 0) continue;
      const prefix = row.id.slice(0, slash);
      const local = row.id.slice(slash + 1);
      if (!providerIds.has(prefix.toLowerCase()) || !local.trim()) continue;
      const own = prefix.toLowerCase() === row.provider.id.toLowerCase();
      const clash = all.some((r) => r !== row && r.provider === row.provider && r.id === local);
      const edit = replaceAt(ctx, row.idPointer, row.id, local);
      ctx.report({
        pointer: row.idPointer,
        messageId: clash ? "localIdTaken" : "useLocalId",
        data: { id: row.id, whose: own ? "its provider's" : "a provider", prefix, provider: row.provider.id, local },
        fix: clash ? undefined : edit,
        suggestions: clash && edit ? [edit] : undefined,
      });
    }
  },
});
