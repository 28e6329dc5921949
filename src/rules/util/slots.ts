// Model slots: what a slot does with the model it names, and how to name the slot in a message.
import type { Slot, SlotKind } from "../../engine/facts.js";

/** Slots that generate media rather than chat: a chat model there is a mismatch, not a typo. */
const GENERATION: ReadonlySet<SlotKind> = new Set(["video", "image-generation", "music"]);

export const isGenerationSlot = (slot: Slot): boolean => GENERATION.has(slot.kind);

/** `path` without the first of `suffixes` it ends with. */
export const withoutSuffix = (path: string, ...suffixes: string[]): string => {
  for (const x of suffixes) if (path.endsWith(x)) return path.slice(0, path.length - x.length);
  return path;
};

/** `agents.entries.<id>.model` with the agent id filled in, without `.primary` / `.fallbacks`. */
export function slotField(slot: Slot): string {
  const path = slot.agentId === undefined ? slot.path : slot.path.replace("<id>", slot.agentId);
  return withoutSuffix(path, ".primary", ".fallbacks");
}
