import { fix, replaceStringValue } from "../engine/edits.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule, type RuleContext } from "../engine/rule.js";
import { configPath, ENV_KEYS, flatEnvKind, isObject, RETIRED_ROOT_KEYS } from "./util/schema.js";

/** Retired agents.defaults keys and their mediaModels slot. */
const MEDIA_KEYS = { videoGenerationModel: "video", imageGenerationModel: "image", musicGenerationModel: "music" } as const;
const MEDIA_TOOL_KINDS = ["image", "audio", "video"] as const;
const DOCTOR = "openclaw doctor --fix migrates it";

export default defineRule({
  meta: {
    id: "legacy-config-key",
    severity: "error",
    category: "structure",
    description: "A retired key OpenClaw now rejects or migrates (videoGenerationModel, flat env keys, api \"openai\", agents.list).",
    fixable: true,
  },
  check(ctx) {
    const root = ctx.config as Record<string, unknown>;
    const agents = isObject(root.agents) ? root.agents : undefined;
    const defaults = agents && isObject(agents.defaults) ? agents.defaults : undefined;

    if (defaults)
      for (const [key, slot] of Object.entries(MEDIA_KEYS)) {
        if (!Object.hasOwn(defaults, key)) continue;
        const target = `agents.defaults.mediaModels.${slot}`;
        const taken = isObject(defaults.mediaModels) && Object.hasOwn(defaults.mediaModels, slot);
        ctx.report({
          pointer: joinPointer("/agents/defaults", key),
          target: "key",
          message: taken
            ? `agents.defaults.${key} was retired and OpenClaw rejects it; ${target} is already set, so delete this key (merge its value into ${target} first if you still need it).`
            : `agents.defaults.${key} was retired and OpenClaw rejects it. Move the value to ${target}: mediaModels: { ${slot}: ${show(defaults[key])} } (${DOCTOR}).`,
        });
      }

    for (const [key, to] of Object.entries(RETIRED_ROOT_KEYS)) {
      if (!Object.hasOwn(root, key)) continue;
      const taken = !!defaults && Object.hasOwn(defaults, "model");
      ctx.report({
        pointer: joinPointer("", key),
        target: "key",
        message: taken
          ? `Top-level ${key} was retired and OpenClaw rejects it; ${to} is already set, so delete this key.`
          : `Top-level ${key} was retired and OpenClaw rejects it. Set ${to} instead: agents: { defaults: { model: ${show(root[key])} } } (${DOCTOR}).`,
      });
    }

    if (isObject(root.env)) {
      const vars = isObject(root.env.vars) ? root.env.vars : {};
      for (const [key, value] of Object.entries(root.env)) {
        if ((ENV_KEYS as readonly string[]).includes(key) || flatEnvKind(key, value) !== "legacy") continue;
        ctx.report({
          pointer: joinPointer("/env", key),
          target: "key",
          message:
            Object.hasOwn(vars, key)
              ? `env.${key} is a retired flat env key and OpenClaw rejects it; env.vars.${key} is already set, so delete this one.`
              : `env.${key} is a retired flat env key and OpenClaw rejects it. Move it under env.vars: env: { vars: { ${key}: ... } } (${DOCTOR}).`,
        });
      }
    }

    for (const p of ctx.facts.providers) {
      openaiApi(ctx, joinPointer(p.pointer, "api"), p.entry.api);
      if (Array.isArray(p.entry.models))
        p.entry.models.forEach((row, i) => {
          if (isObject(row)) openaiApi(ctx, joinPointer(p.pointer, "models", i, "api"), row.api);
        });
    }

    if (agents && Object.hasOwn(agents, "list")) {
      const ids = Array.isArray(agents.list) ? agents.list.map((a) => (isObject(a) && typeof a.id === "string" ? a.id : undefined)).filter((id): id is string => !!id) : [];
      ctx.report({
        pointer: "/agents/list",
        target: "key",
        // OpenClaw still migrates the list in memory (with a warning), so this is not fatal yet.
        severity: "warning",
        message: `agents.list was retired: OpenClaw now keys agents by id under agents.entries${ids.length ? ` (${ids.map((id) => `agents.entries.${id}`).join(", ")})` : ""}, without the id and default fields. It still migrates the list when it loads, with a warning; ${DOCTOR} for good.`,
      });
    }

    const media = isObject(root.tools) && isObject(root.tools.media) ? root.tools.media : undefined;
    if (media)
      for (const kind of MEDIA_TOOL_KINDS) {
        const section = media[kind];
        if (!isObject(section) || !Object.hasOwn(section, "models")) continue;
        ctx.report({
          pointer: joinPointer("/tools/media", kind, "models"),
          target: "key",
          message: `tools.media.${kind}.models was retired; OpenClaw reads media models from the capability-tagged list tools.media.models[]. Move each entry there and add capabilities: ["${kind}"] to it (${DOCTOR}).`,
        });
      }
  },
});

function openaiApi(ctx: RuleContext, pointer: string, api: unknown): void {
  if (api !== "openai") return;
  const at = ctx.locate(pointer);
  ctx.report({
    pointer,
    message: `${configPath(ctx.config, pointer)} "openai" was retired and OpenClaw rejects it; use "openai-completions" (openclaw doctor --fix rewrites it the same way).`,
    fix: at ? fix(`Replace "openai" with "openai-completions"`, replaceStringValue(at, "openai-completions")) : undefined,
  });
}

/** A model-slot value for a message: refs are not secrets, anything else is elided. */
function show(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (isObject(v) && typeof v.primary === "string") return `{ primary: ${JSON.stringify(v.primary)}${Array.isArray(v.fallbacks) ? ", fallbacks: [...]" : ""}${"timeoutMs" in v ? ", timeoutMs: ..." : ""} }`;
  return "...";
}
