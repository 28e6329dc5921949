import { joinPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";

import { isObject } from "../engine/json.js";
const isDynamic = (v: string) => /\$\{[^}]*\}/.test(v);
/** Whether two values hold the same key; two different placeholders may or may not resolve alike. */
const relation = (a: string, b: string): "same" | "different" | "unknown" => (a === b ? "same" : isDynamic(a) && isDynamic(b) ? "unknown" : "different");

export default defineRule({
  meta: {
    id: "legacy-env-var",
    severity: "info",
    category: "legacy",
    description: "MODELSTUDIO_API_KEY or DASHSCOPE_API_KEY instead of QWEN_API_KEY (warning when they conflict).",
    fixable: false,
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
      const pointer = joinPointer("/env/vars", name);
      const report = (message: string, severity?: "warning") => ctx.report({ pointer, target: "key", message, severity });
      if (!qwenPick || name === qwenPick) {
        if (info?.status === "compatibility" && info.preferred && name !== info.preferred && name !== named)
          report(`${name} is a compatibility name for the ${qwen.id} key; the ${qwen.id} plugin reads ${info.preferred} first. Rename it to ${info.preferred}.`);
        continue;
      }
      // The qwen plugin reads another variable; what is this one for?
      const rel = relation(value(name)!, value(qwenPick)!);
      const forVideo = !!video && name === videoPick;
      const videoOwn = video && videoOrder[0] !== name ? `; if ${video.id}/ video needs its own key, set it as ${videoOrder[0]}` : "";
      if (rel === "same") {
        report(`${name} repeats ${qwenPick} (a compatibility name for the same key); remove it.`);
      } else if (rel === "different" && forVideo && qwenPick === preferred && name === videoOrder[0] && present.length === 2) {
        // The documented two-key setup: QWEN_API_KEY for Qwen, the video plugin's first choice for alibaba/ Wan video.
        report(`${name} holds a different key than ${qwenPick}: the ${qwen.id} plugin uses ${qwenPick}, only the ${video!.id} video plugin (${video!.id}/ Wan models) uses ${name}. Keep it only if ${video!.id}/ video needs its own key; otherwise remove it.`);
      } else if (rel === "different") {
        report(
          forVideo
            ? `${name} and ${qwenPick} hold different keys, and the plugins pick different ones: ${uses(name)} (${orders}). Keep one key as ${preferred} and remove ${name}${videoOwn}.`
            : `${name} holds a different key than ${qwenPick}, but no plugin reads it: ${uses(qwenPick)} (${orders}). Keep one key as ${preferred} and remove ${name}.`,
          "warning",
        );
      } else {
        report(
          forVideo
            ? `The ${qwen.id} plugin uses ${qwenPick}; only the ${video!.id} video plugin reads ${name} (${orders}). If both hold the same key, remove ${name}${videoOwn || `; keep it only if ${video!.id}/ video needs its own key`}.`
            : `No plugin reads ${name}: ${uses(qwenPick)} (${orders}). Remove it.`,
        );
      }
    }
  },
});
