import { splitPointer } from "../engine/pointer.js";
import { defineRule } from "../engine/rule.js";
import type { Span } from "../engine/source.js";

export default defineRule({
  meta: {
    id: "duplicate-key",
    severity: "warning",
    category: "structure",
    description: "The same key twice in one object; OpenClaw silently keeps the last one.",
    fixable: false,
    messages: {
      twiceBlocks: '"{{key}}" appears again at line {{lastLine}}; OpenClaw keeps only the last one, so this block is ignored. Merge the two blocks into one.',
      twice: '"{{key}}" appears again at line {{lastLine}}; OpenClaw keeps only the last one, so this {{what}} is ignored. Delete the one you do not want.',
      manyBlocks: '"{{key}}" appears {{count}} times in this object (lines {{lines}}); OpenClaw keeps only the last one (line {{lastLine}}), so this block is ignored. Merge the blocks into one.',
      many: '"{{key}}" appears {{count}} times in this object (lines {{lines}}); OpenClaw keeps only the last one (line {{lastLine}}), so this {{what}} is ignored. Keep only one of them.',
    },
  },
  check(ctx) {
    for (const f of ctx.files) {
      const text = f.source.text;
      for (const d of f.duplicates) {
        const segs = splitPointer(d.pointer);
        const key = segs[segs.length - 1];
        const all = [...d.earlier, d.last];
        // Once per key, not per occurrence: a hostile file repeats one key thousands of times.
        const blocks = all.map((s) => opensBlock(text, s));
        const mergeable = blocks.every(Boolean);
        const shown = all.length <= 8 ? all.map((s) => s.start.line).join(", ") : `${all.slice(0, 6).map((s) => s.start.line).join(", ")}, ... ${d.last.start.line}`;
        for (const [n, span] of d.earlier.entries()) {
          const what = blocks[n] ? "block" : "value";
          const data = { key, what, lastLine: d.last.start.line, count: all.length, lines: shown };
          const at = { pointer: f.mount + d.pointer, target: "key" as const, at: { file: d.file, span } };
          // Every occurrence opens a block: merging them is the fix.
          if (all.length === 2) ctx.report({ ...at, messageId: mergeable ? "twiceBlocks" : "twice", data });
          else ctx.report({ ...at, messageId: mergeable ? "manyBlocks" : "many", data });
        }
      }
    }
  },
});

/** Whether the value after this key is an object or array (skipping the colon, spaces and comments). */
function opensBlock(text: string, key: Span): boolean {
  let i = key.end.offset;
  let colon = false;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) i++;
    else if (text.startsWith("//", i)) i = text.indexOf("\n", i) < 0 ? text.length : text.indexOf("\n", i);
    else if (text.startsWith("/*", i)) i = text.indexOf("*/", i) < 0 ? text.length : text.indexOf("*/", i) + 2;
    else if (c === ":" && !colon) {
      colon = true;
      i++;
    } else return colon && (c === "{" || c === "[");
  }
  return false;
}
