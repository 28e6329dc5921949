// Where model refs sit in a config and what each slot does with the model it names.
import { isObject, type JsonObject } from "../json.js";
import { parseModelRef } from "../model-ref.js";
import { joinPointer } from "../pointer.js";
import type { RefSite, Slot, SlotKind } from "../facts.js";

/** agents.defaults / agents.entries.<id> fields that name a model, and their shape. */
export const SLOT_FIELDS: { field: string; kind: SlotKind; shape: "slot" | "string"; unattended?: boolean }[] = [
  { field: "model", kind: "chat", shape: "slot" },
  { field: "imageModel", kind: "image", shape: "slot" },
  { field: "pdfModel", kind: "pdf", shape: "slot" },
  { field: "voiceModel", kind: "voice", shape: "slot" },
  { field: "utilityModel", kind: "utility", shape: "string" },
  { field: "decisionModel", kind: "decision", shape: "string" },
];
/** Fields only agents.defaults has (per-agent entries reject them). */
const DEFAULTS_ONLY = new Set(["imageModel", "pdfModel", "voiceModel"]);
const MEDIA_MODELS = { image: "image-generation", video: "video", music: "music" } as const;
const RETIRED_MEDIA = { videoGenerationModel: "video", imageGenerationModel: "image-generation", musicGenerationModel: "music" } as const;

type SlotBase = Omit<Slot, "role">;

class RefCollector {
  readonly refs: RefSite[] = [];

  add(pointer: string, raw: unknown, slot: Slot, target: "key" | "value" = "value"): void {
    if (typeof raw !== "string") return;
    this.refs.push({ pointer, target, raw, ...parseModelRef(raw), slot });
  }

  /** string | { primary, fallbacks } */
  slot(pointer: string, value: unknown, base: SlotBase): void {
    if (typeof value === "string") this.add(pointer, value, { ...base, role: "single" });
    else if (isObject(value)) {
      if ("primary" in value) this.add(joinPointer(pointer, "primary"), value.primary, { ...base, path: base.path + ".primary", role: "primary" });
      if (Array.isArray(value.fallbacks))
        value.fallbacks.forEach((f, i) => this.add(joinPointer(pointer, "fallbacks", i), f, { ...base, path: base.path + ".fallbacks", role: "fallback" }));
    }
  }

  /** A `model` string at `keys` below the scope (heartbeat.model, compaction.model, ...). */
  single(scope: JsonObject, pointer: string, path: string, keys: string[], field: string, extra: Partial<Slot> & { agentId?: string }): void {
    let at: unknown = scope;
    for (const k of keys) at = isObject(at) ? at[k] : undefined;
    if (!isObject(at) || !(field in at)) return;
    const dotted = [...keys, field].join(".");
    this.add(joinPointer(pointer, ...keys, field), at[field], { path: `${path}.${dotted}`, kind: "chat", selects: true, unattended: false, role: "single", ...extra });
  }

  /** agents.defaults or agents.entries.<id> (agentId set), or the root's tools/tts (path ""). */
  agentScope(scope: JsonObject, pointer: string, path: string, agentId?: string): void {
    const common = { selects: true, unattended: false, agentId };
    const defaults = agentId === undefined;
    for (const f of SLOT_FIELDS) {
      if (!(f.field in scope) || (!defaults && DEFAULTS_ONLY.has(f.field))) continue;
      const p = joinPointer(pointer, f.field);
      if (f.shape === "slot") this.slot(p, scope[f.field], { path: `${path}.${f.field}`, kind: f.kind, ...common });
      else this.add(p, scope[f.field], { path: `${path}.${f.field}`, kind: f.kind, ...common, role: "single" });
    }
    if (defaults) this.mediaSlots(scope, pointer, path, common);
    if (isObject(scope.models))
      for (const key of Object.keys(scope.models))
        this.add(joinPointer(pointer, "models", key), key, { path: `${path}.models`, kind: "listing", selects: false, unattended: false, role: "key", agentId }, "key");
    this.single(scope, pointer, path, ["heartbeat"], "model", { unattended: true, agentId });
    if (isObject(scope.subagents) && "model" in scope.subagents)
      this.slot(joinPointer(pointer, "subagents", "model"), scope.subagents.model, { path: `${path}.subagents.model`, kind: "chat", ...common });
    this.single(scope, pointer, path, ["compaction"], "model", common);
    this.single(scope, pointer, path, ["compaction", "memoryFlush"], "model", { unattended: true, agentId });
    this.single(scope, pointer, path, ["embeddedAgent", "cyberFailover"], "model", common);
    this.single(scope, pointer, path, ["tts"], "summaryModel", common);
    this.single(scope, pointer, path, ["tools", "exec", "reviewer"], "model", common);
  }

  /** agents.defaults.mediaModels.<kind> and the retired *GenerationModel keys. */
  private mediaSlots(scope: JsonObject, pointer: string, path: string, common: Pick<Slot, "selects" | "unattended" | "agentId">): void {
    const media = scope.mediaModels;
    if (isObject(media))
      for (const [k, kind] of Object.entries(MEDIA_MODELS))
        if (k in media) this.slot(joinPointer(pointer, "mediaModels", k), media[k], { path: `${path}.mediaModels.${k}`, kind, ...common });
    for (const [k, kind] of Object.entries(RETIRED_MEDIA))
      if (k in scope) this.slot(joinPointer(pointer, k), scope[k], { path: `${path}.${k}`, kind, ...common, legacy: true });
  }

  hooks(root: JsonObject): void {
    if (!isObject(root.hooks)) return;
    const unattended = { kind: "chat" as const, selects: true, unattended: true, role: "single" as const };
    if (Array.isArray(root.hooks.mappings))
      root.hooks.mappings.forEach((m, i) => {
        if (isObject(m) && "model" in m) this.add(joinPointer("/hooks/mappings", i, "model"), m.model, { path: "hooks.mappings.model", ...unattended });
      });
    if (isObject(root.hooks.gmail) && "model" in root.hooks.gmail) this.add("/hooks/gmail/model", root.hooks.gmail.model, { path: "hooks.gmail.model", ...unattended });
  }
}

/** Every model ref in the config, in a stable order (agents.defaults, agents.entries or the legacy agents.list, root tools/tts, hooks). */
export function collectRefs(root: JsonObject): RefSite[] {
  const c = new RefCollector();
  const agents = isObject(root.agents) ? root.agents : undefined;
  if (agents && isObject(agents.defaults)) c.agentScope(agents.defaults, "/agents/defaults", "agents.defaults");
  if (agents && isObject(agents.entries)) {
    for (const [id, entry] of Object.entries(agents.entries)) if (isObject(entry)) c.agentScope(entry, joinPointer("/agents/entries", id), "agents.entries.<id>", id);
  } else if (agents && Array.isArray(agents.list)) {
    // The retired agents.list: OpenClaw still migrates it to agents.entries when it loads (when there is
    // no agents.entries), so its agents' refs select models like entries' do. An item without an id is
    // refused anyway (and would read as agents.defaults here).
    agents.list.forEach((item, i) => {
      if (isObject(item) && typeof item.id === "string") c.agentScope(item, joinPointer("/agents/list", i), `agents.list[${i}]`, item.id);
    });
  }
  // tools.exec.reviewer.model and tts.summaryModel at the root are the same kinds of slot.
  c.agentScope({ tools: root.tools, tts: root.tts }, "", "");
  c.hooks(root);
  for (const r of c.refs) if (r.slot.path.startsWith(".")) r.slot.path = r.slot.path.slice(1);
  return c.refs;
}
