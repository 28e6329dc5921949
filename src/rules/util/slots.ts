// Model slots: what a slot does with the model it names, and how to name the slot in a message.
import type { Slot, SlotKind } from "../../engine/facts.js";

/** Slots that generate media rather than chat: a chat model there is a mismatch, not a typo. */
const GENERATION: ReadonlySet<SlotKind> = new Set(["video", "image-generation", "music"]);

export const isGenerationSlot = (slot: Slot): boolean => GENERATION.has(slot.kind);

/** `agents.entries.<id>.model` with the agent id filled in, without `.primary` / `.fallbacks`. */
export function slotField(slot: Slot): string {
  const path = slot.agentId === undefined ? slot.path : slot.path.replace("<id>", slot.agentId);
  return path.replace(/\.(primary|fallbacks)$/, "");
}
