import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";

import { hasPlaceholder, isObject } from "../engine/json.js";
const isDynamic = hasPlaceholder;
/** Whether two values hold the same key; two different placeholders may or may not resolve alike. */
const relation = (a: string, b: string): "same" | "different" | "unknown" => (a === b ? "same" : isDynamic(a) && isDynamic(b) ? "unknown" : "different");

export default defineRule({
  meta: {
    id: "legacy-env-var",
    severity: "info",
    category: "legacy",
    description: "MODELSTUDIO_API_KEY or DASHSCOPE_API_KEY instead of QWEN_API_KEY (warning when they conflict).",
    fixable: false,
    messages: {
      compatibilityName: "{{name}} is a compatibility name for the {{qwen}} key; the {{qwen}} plugin reads {{preferred}} first. Rename it to {{preferred}}.",
      repeatsKey: "{{name}} repeats {{picked}} (a compatibility name for the same key); remove it.",
      videoOwnKey:
        "{{name}} holds a different key than {{picked}}: the {{qwen}} plugin uses {{picked}}, only the {{video}} video plugin ({{video}}/ Wan models) uses {{name}}. Keep it only if {{video}}/ video needs its own key; otherwise remove it.",
      pluginsPickDifferentKeys:
        "{{name}} and {{picked}} hold different keys, and the plugins pick different ones: {{uses}} ({{orders}}). Keep one key as {{preferred}} and remove {{name}}{{videoOwn}}.",
      differentKeyUnread: "{{name}} holds a different key than {{picked}}, but no plugin reads it: {{uses}} ({{orders}}). Keep one key as {{preferred}} and remove {{name}}.",
      onlyVideoReads: "The {{qwen}} plugin uses {{picked}}; only the {{video}} video plugin reads {{name}} ({{orders}}). If both hold the same key, remove {{name}}{{videoOwn}}.",
      unread: "No plugin reads {{name}}: {{uses}} ({{orders}}). Remove it.",
    },
  },
  check(ctx) {
    const { catalog, facts } = ctx;
    const root = isObject(ctx.config) ? ctx.config : {};
    const vars = isObject(root.env) && isObject(root.env.vars) ? root.env.vars : undefined;
    if (!vars) return;
    const qwenId = catalog.plan("standard")?.provider;
    const qwen = qwenId ? catalog.provider(qwenId) : undefined;
    const video = catalog.providers.find((p) => p.role === "video" && p.status === "canonical" && p.env?.length);
    const qwenOrder = qwen?.env ?? [];
    const videoOrder = video?.env ?? [];
    if (!qwen || !qwenOrder.length) return;
    // First non-empty wins, as in both plugins. Values are compared, never shown.
    const value = (name: string) => (typeof vars[name] === "string" && (vars[name] as string).trim() !== "" ? (vars[name] as string) : undefined);
    const pick = (order: readonly string[]) => order.find((n) => value(n) !== undefined);
    const present = qwenOrder.filter((n) => value(n) !== undefined);

    // An explicit apiKey on the qwen provider replaces its env lookup: then only the names are advice.
    const apiKey = facts.providerSite(qwen.id)?.entry.apiKey;
    const named = typeof apiKey === "string" ? /^\$\{([A-Z_][A-Z0-9_]*)\}$/.exec(apiKey)?.[1] : isObject(apiKey) && apiKey.source === "env" && typeof apiKey.id === "string" ? apiKey.id : undefined;
    const qwenPick = apiKey === undefined ? pick(qwenOrder) : undefined;
    const videoPick = pick(videoOrder);
    const preferred = qwenOrder[0];
    const uses = (n: string) =>
      qwenPick === n && videoPick === n ? `both the ${qwen.id} plugin and the ${video?.id} video plugin use ${n}` : `the ${qwen.id} plugin uses ${qwenPick}${video && videoPick ? ` and the ${video.id} video plugin uses ${videoPick}` : ""}`;
    const orders = `${qwen.id} reads ${qwenOrder.join(", ")}${video ? `; ${video.id} reads ${videoOrder.join(", ")}` : ""}, first non-empty wins`;

    for (const name of present) {
      const info = catalog.envVar(name);
      const at = { pointer: joinPointer("/env/vars", name), target: "key" as const };
      if (!qwenPick || name === qwenPick) {
        if (info?.status === "compatibility" && info.preferred && name !== info.preferred && name !== named)
          ctx.report({ ...at, messageId: "compatibilityName", data: { name, qwen: qwen.id, preferred: info.preferred } });
        continue;
      }
      // The qwen plugin reads another variable; what is this one for?
      const rel = relation(value(name)!, value(qwenPick)!);
      const forVideo = !!video && name === videoPick;
      const videoOwn = video && videoOrder[0] !== name ? `; if ${video.id}/ video needs its own key, set it as ${videoOrder[0]}` : "";
      const data = { name, picked: qwenPick, qwen: qwen.id, video: video?.id, preferred, orders, videoOwn };
      if (rel === "same") {
        ctx.report({ ...at, messageId: "repeatsKey", data });
      } else if (rel === "different" && forVideo && qwenPick === preferred && name === videoOrder[0] && present.length === 2) {
        // The documented two-key setup: QWEN_API_KEY for Qwen, the video plugin's first choice for alibaba/ Wan video.
        ctx.report({ ...at, messageId: "videoOwnKey", data });
      } else if (rel === "different") {
        ctx.report({ ...at, severity: "warning", messageId: forVideo ? "pluginsPickDifferentKeys" : "differentKeyUnread", data: { ...data, uses: uses(forVideo ? name : qwenPick) } });
      } else if (forVideo) {
        ctx.report({ ...at, messageId: "onlyVideoReads", data: { ...data, videoOwn: videoOwn || `; keep it only if ${video!.id}/ video needs its own key` } });
      } else {
        ctx.report({ ...at, messageId: "unread", data: { ...data, uses: uses(qwenPick) } });
      }
    }
  },
});
