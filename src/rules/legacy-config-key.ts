import { fix, hasComment, insertMember, removeMember, replaceStringValue, wrapMember } from "../engine/edits.js";
import type { Fix } from "../report.js";
import { joinPointer } from "../engine/pointer.js";
import { defineRule, type RuleContext } from "../engine/rule.js";
import { AGENT_ID_PATTERN, RETIRED_API_ADAPTERS } from "../generated/openclaw.js";
import { configPath, ENV_KEYS, flatEnvKind, isObject, RETIRED_ROOT_KEYS } from "./util/schema.js";
import { videoGenerationModelHistory } from "./util/versions.js";

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
    messages: {
      mediaKeyMove: "agents.defaults.{{key}} was retired and OpenClaw rejects it{{retired}}. Move the value to {{target}}: mediaModels: { {{slot}}: {{value}} } ({{doctor}}).",
      mediaKeyTaken: "agents.defaults.{{key}} was retired and OpenClaw rejects it{{retired}}; {{target}} is already set, so delete this key (merge its value into {{target}} first if you still need it).",
      videoKeyStillAccepted:
        "agents.defaults.videoGenerationModel works on OpenClaw {{version}} ({{from}}), which has no agents.defaults.mediaModels yet: keep it for now. OpenClaw {{rejectedSince}} and newer reject it ({{lastAccepted}} was the last version that took it); after upgrading, {{doctor}} to agents.defaults.mediaModels.video.",
      rootKeyMove: "Top-level {{key}} was retired and OpenClaw rejects it. Set {{target}} instead: agents: { defaults: { model: {{value}} } } ({{doctor}}).",
      rootKeyTaken: "Top-level {{key}} was retired and OpenClaw rejects it; {{target}} is already set, so delete this key.",
      flatEnvMove: "env.{{key}} is a retired flat env key and OpenClaw rejects it. Move it under env.vars: env: { vars: { {{key}}: ... } } ({{doctor}}).",
      flatEnvTaken: "env.{{key}} is a retired flat env key and OpenClaw rejects it; env.vars.{{key}} is already set, so delete this one.",
      agentsList:
        "agents.list was retired: OpenClaw now keys agents by id under agents.entries{{entries}}, without the {{fields}}. It still migrates the list when it loads, with a warning; {{doctor}} for good.{{roster}}",
      toolsMediaModels:
        'tools.media.{{kind}}.models was retired; OpenClaw reads media models from the capability-tagged list tools.media.models[]. Move each entry there and add capabilities: ["{{kind}}"] to it ({{doctor}}).',
      retiredApi: '{{path}} "{{api}}" was retired and OpenClaw rejects it; use "{{replacement}}" (openclaw doctor --fix rewrites it the same way).',
    },
  },
  check(ctx) {
    const root = ctx.config as Record<string, unknown>;
    const agents = isObject(root.agents) ? root.agents : undefined;
    const defaults = agents && isObject(agents.defaults) ? agents.defaults : undefined;
    if (defaults) mediaKeys(ctx, defaults);
    rootKeys(ctx, root, defaults);
    if (isObject(root.env)) flatEnv(ctx, root.env);
    for (const p of ctx.facts.providers) {
      retiredApi(ctx, joinPointer(p.pointer, "api"), p.entry.api);
      if (Array.isArray(p.entry.models))
        p.entry.models.forEach((row, i) => {
          if (isObject(row)) retiredApi(ctx, joinPointer(p.pointer, "models", i, "api"), row.api);
        });
    }
    if (agents && Object.hasOwn(agents, "list")) agentsList(ctx, agents);
    const media = isObject(root.tools) && isObject(root.tools.media) ? root.tools.media : undefined;
    if (media)
      for (const kind of MEDIA_TOOL_KINDS) {
        const section = media[kind];
        if (!isObject(section) || !Object.hasOwn(section, "models")) continue;
        ctx.report({ pointer: joinPointer("/tools/media", kind, "models"), target: "key", messageId: "toolsMediaModels", data: { kind, doctor: DOCTOR } });
      }
  },
});

/** agents.defaults.videoGenerationModel & co. -> agents.defaults.mediaModels.<slot>. */
function mediaKeys(ctx: RuleContext, defaults: Record<string, unknown>): void {
  for (const [key, slot] of Object.entries(MEDIA_KEYS)) {
    if (!Object.hasOwn(defaults, key)) continue;
    const target = `agents.defaults.mediaModels.${slot}`;
    const taken = isObject(defaults.mediaModels) && Object.hasOwn(defaults.mediaModels, slot);
    const pointer = joinPointer("/agents/defaults", key);
    // The video key's history comes from the published tarballs: on a version that still takes it (and has no
    // mediaModels yet) moving it would break the config, so it is advice there. Read only when the key is present.
    const history = key === "videoGenerationModel" ? videoGenerationModelHistory() : undefined;
    const v = history ? ctx.versions : undefined;
    if (history && v && history.acceptedBy(v.openclaw) && !history.mediaModelsBy(v.openclaw)) {
      ctx.report({
        pointer,
        target: "key",
        severity: "info",
        messageId: "videoKeyStillAccepted",
        data: { version: v.openclaw, from: v.from, rejectedSince: history.rejectedSince ?? "newer versions", lastAccepted: history.lastAccepted ?? "", doctor: DOCTOR },
      });
      continue;
    }
    const retired = history?.rejectedSince ? ` (since OpenClaw ${history.rejectedSince}; ${history.lastAccepted} was the last version that took it)` : "";
    const data = { key, target, slot, value: show(defaults[key]), doctor: DOCTOR, retired };
    if (taken) ctx.report({ pointer, target: "key", messageId: "mediaKeyTaken", data });
    else ctx.report({ pointer, target: "key", messageId: "mediaKeyMove", data, ...moveToMediaModels(ctx, pointer, slot, Object.hasOwn(defaults, "mediaModels")) });
  }
}

/** Retired top-level keys (defaultModel -> agents.defaults.model). */
function rootKeys(ctx: RuleContext, root: Record<string, unknown>, defaults: Record<string, unknown> | undefined): void {
  for (const [key, target] of Object.entries(RETIRED_ROOT_KEYS)) {
    if (!Object.hasOwn(root, key)) continue;
    const taken = !!defaults && Object.hasOwn(defaults, "model");
    const data = { key, target, value: show(root[key]), doctor: DOCTOR };
    ctx.report({ pointer: joinPointer("", key), target: "key", messageId: taken ? "rootKeyTaken" : "rootKeyMove", data });
  }
}

/** Flat env.<NAME> keys -> env.vars.<NAME>. */
function flatEnv(ctx: RuleContext, env: Record<string, unknown>): void {
  const vars = isObject(env.vars) ? env.vars : {};
  const flat = Object.entries(env)
    .filter(([key, value]) => !(ENV_KEYS as readonly string[]).includes(key) && flatEnvKind(key, value) === "legacy")
    .map(([key]) => key);
  // One fix wraps every flat key at once, so no key is ever copied (the values are secrets).
  const envFix = Object.hasOwn(env, "vars") ? undefined : wrapFlatEnv(ctx, Object.keys(env), flat);
  for (const key of flat)
    ctx.report({
      pointer: joinPointer("/env", key),
      target: "key",
      ...(key === flat[0] && envFix ? { fix: envFix } : {}),
      messageId: Object.hasOwn(vars, key) ? "flatEnvTaken" : "flatEnvMove",
      data: { key, doctor: DOCTOR },
    });
}

/** agents.list -> agents.entries.<id>. */
function agentsList(ctx: RuleContext, agents: Record<string, unknown>): void {
  const listFix = Object.hasOwn(agents, "entries") ? undefined : listToEntries(ctx, agents.list);
  const ids = Array.isArray(agents.list) ? agents.list.map((a) => (isObject(a) && typeof a.id === "string" ? a.id : undefined)).filter((id): id is string => !!id) : [];
  ctx.report({
    pointer: "/agents/list",
    target: "key",
    // OpenClaw still migrates the list in memory (with a warning), so this is not fatal yet.
    severity: "warning",
    ...(listFix ? { fix: listFix } : {}),
    messageId: "agentsList",
    data: {
      entries: ids.length ? ` (${ids.map((id) => `agents.entries.${id}`).join(", ")})` : "",
      fields: rosterNote(agents.list) ? "id field" : "id and default fields",
      roster: rosterNote(agents.list),
      doctor: DOCTOR,
    },
  });
}

/** An api value OpenClaw retired (generated from its doctor's migration), with the value it becomes. */
function retiredApi(ctx: RuleContext, pointer: string, api: unknown): void {
  if (typeof api !== "string" || !Object.hasOwn(RETIRED_API_ADAPTERS, api)) return;
  const replacement = RETIRED_API_ADAPTERS[api as keyof typeof RETIRED_API_ADAPTERS];
  const at = ctx.locate(pointer);
  ctx.report({
    pointer,
    messageId: "retiredApi",
    data: { path: configPath(ctx.config, pointer), api, replacement },
    fix: at ? fix(`Replace "${api}" with "${replacement}"`, replaceStringValue(at, replacement)) : undefined,
  });
}

/** A model-slot value for a message: refs are not secrets, anything else is elided. */
function show(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (isObject(v) && typeof v.primary === "string") return `{ primary: ${JSON.stringify(v.primary)}${Array.isArray(v.fallbacks) ? ", fallbacks: [...]" : ""}${"timeoutMs" in v ? ", timeoutMs: ..." : ""} }`;
  return "...";
}

/**
 * agents.defaults.<retired key> -> mediaModels.<slot>. Without mediaModels the member is wrapped in
 * place; otherwise it moves into mediaModels, which is only a fix when no comment sits in the text it
 * removes (else a suggestion, so nothing the author wrote disappears unasked).
 */
function moveToMediaModels(ctx: RuleContext, pointer: string, slot: string, hasMediaModels: boolean): { fix?: Fix; suggestions?: Fix[] } {
  const at = ctx.locate(pointer);
  if (!at) return {};
  const description = `Move ${pointer.split("/").pop()} to agents.defaults.mediaModels.${slot}`;
  if (!hasMediaModels) {
    const edits = wrapMember(at, "mediaModels", slot);
    return edits ? { fix: { description, edits } } : {};
  }
  const into = ctx.locate("/agents/defaults/mediaModels");
  if (!into || into.loc.file !== at.loc.file || into.loc.value.start.offset > at.loc.key!.start.offset && into.loc.value.start.offset < at.loc.value.end.offset) return {};
  const remove = removeMember(at);
  const insert = insertMember(into, slot, at.source.text.slice(at.loc.value.start.offset, at.loc.value.end.offset));
  if (!remove || !insert) return {};
  const f = { description, edits: [remove, insert] };
  const removed = at.source.text.slice(remove.start, remove.end);
  const value = at.source.text.slice(at.loc.value.start.offset, at.loc.value.end.offset);
  return hasComment(removed.replace(value, ""), 0, removed.length) ? { suggestions: [f] } : { fix: f };
}

/** env: { A: "x", B: "y" } -> env: { vars: { A: "x", B: "y" } } when the flat keys are contiguous. */
function wrapFlatEnv(ctx: RuleContext, envKeys: string[], flat: string[]): Fix | undefined {
  if (!flat.length) return undefined;
  const first = envKeys.indexOf(flat[0]);
  const run = envKeys.slice(first, first + flat.length);
  if (run.join("\0") !== flat.join("\0")) return undefined;
  const a = ctx.locate(joinPointer("/env", flat[0]));
  const b = ctx.locate(joinPointer("/env", flat[flat.length - 1]));
  if (!a?.loc.key || !b || a.loc.file !== b.loc.file) return undefined;
  return {
    description: `Move ${flat.map((k) => `env.${k}`).join(", ")} under env.vars`,
    edits: [
      { start: a.loc.key.start.offset, end: a.loc.key.start.offset, text: "vars: { " },
      { start: b.loc.value.end.offset, end: b.loc.value.end.offset, text: " }" },
    ],
  };
}

const AGENT_ID = new RegExp(AGENT_ID_PATTERN);

/** What a roster of two or more agents must keep when it moves to agents.entries (OpenClaw's ownership check). */
function rosterNote(list: unknown): string {
  if (!Array.isArray(list) || list.length < 2) return "";
  const marked = list.filter((a) => isObject(a) && a.default === true).map((a) => (a as { id?: unknown }).id);
  if (marked.length === 1)
    return ` A roster of ${list.length} agents needs one default: true marker or agents.ownership: "explicit", so keep default: true on ${typeof marked[0] === "string" ? `agents.entries.${marked[0]}` : "the marked entry"}.`;
  return ` A roster of ${list.length} agents needs exactly one default: true marker or agents.ownership: "explicit"; OpenClaw refuses it with ${marked.length ? `${marked.length} markers` : "none"}, so choose one (no automatic fix).`;
}

/**
 * agents.list -> agents.entries.<id>, dropping the id and retired default fields, when it is safe:
 * every item an object with a unique valid id, no comments inside the list (they would be lost).
 */
function listToEntries(ctx: RuleContext, list: unknown): Fix | undefined {
  const at = ctx.locate("/agents/list");
  if (!at?.loc.key || !Array.isArray(list) || list.length === 0) return undefined;
  const ids = list.map((a) => (isObject(a) && typeof a.id === "string" && AGENT_ID.test(a.id) ? a.id : undefined));
  if (ids.some((id) => id === undefined) || new Set(ids).size !== ids.length) return undefined;
  const text = at.source.text;
  if (hasComment(text, at.loc.key.start.offset, at.loc.value.end.offset) && /\/\/|\/\*/.test(text.slice(at.loc.key.start.offset, at.loc.value.end.offset).replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, ""))) return undefined;
  const lineStart = text.lastIndexOf("\n", at.loc.key.start.offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  // A roster of two or more needs agents.ownership: "explicit" or exactly one legacy default: true marker, else
  // OpenClaw refuses the config (checked with openclaw 2026.9.6 config validate): keep the one marker, which is what
  // OpenClaw's own in-memory migration keeps; without exactly one there is no safe rewrite.
  const marked = (list as Record<string, unknown>[]).filter((a) => a.default === true);
  const roster = list.length >= 2;
  if (roster && marked.length !== 1) return undefined;
  const entries: Record<string, unknown> = {};
  for (const item of list as Record<string, unknown>[]) {
    const { id, default: marker, ...rest } = item;
    entries[id as string] = roster && marker === true ? { default: true, ...rest } : rest;
  }
  const body = JSON.stringify(entries, null, 2).replace(/\n/g, "\n" + indent);
  return {
    description: "Move agents.list to agents.entries (keyed by id)",
    edits: [{ start: at.loc.key.start.offset, end: at.loc.value.end.offset, text: `entries: ${body}` }],
  };
}
