// RFC 6901 JSON pointers.

export const escapeSegment = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
export const unescapeSegment = (s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~");

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  return base + segments.map((s) => "/" + escapeSegment(String(s))).join("");
}

export function splitPointer(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapeSegment);
}

export function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf("/")));
}

/** The value at `pointer` inside `root`, or undefined. */
export function getAt(root: unknown, pointer: string): unknown {
  let cur = root;
  for (const seg of splitPointer(pointer)) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = Array.isArray(cur) ? cur[Number(seg)] : Object.prototype.hasOwnProperty.call(cur, seg) ? (cur as Record<string, unknown>)[seg] : undefined;
  }
  return cur;
}
