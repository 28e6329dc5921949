// OpenClaw's duration and byte-size parsers (dist/parse-duration-*.mjs and parse-bytes-*.mjs of 2026.9.6,
// which its zod refinements call), so the linter accepts and refuses exactly the same strings.
// Both return undefined where OpenClaw's throws.

const DURATION_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const BYTES: Record<string, number> = { b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3, tb: 1024 ** 4, t: 1024 ** 4 };

/** OpenClaw's normalizeStringifiedOptionalString: strings trimmed, numbers and booleans printed. */
export function stringified(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value).trim();
  return "";
}

/** Milliseconds of "500ms", "2h", "1h30m" or a bare number in `defaultUnit`. */
export function parseDurationMs(raw: string, defaultUnit: keyof typeof DURATION_MS): number | undefined {
  const text = raw.trim().toLowerCase();
  if (!text) return undefined;
  const single = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text);
  if (single) return safe(Number(single[1]) * DURATION_MS[single[2] ?? defaultUnit]);
  let total = 0;
  let consumed = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    // Every segment must follow the previous one directly ("1h 30m" and "1h30" are refused).
    if (m.index !== consumed) return undefined;
    total += Number(m[1]) * DURATION_MS[m[2]];
    consumed += m[0].length;
  }
  return consumed === text.length && consumed > 0 ? safe(total) : undefined;
}

/** Bytes of "512kb", "10mb" or a bare number in `defaultUnit`. */
export function parseByteSize(raw: string, defaultUnit = "b"): number | undefined {
  const text = raw.trim().toLowerCase();
  const m = /^(\d+(?:\.\d+)?)([a-z]+)?$/.exec(text);
  if (!m) return undefined;
  const multiplier = BYTES[m[2] ?? defaultUnit];
  return multiplier === undefined ? undefined : safe(Number(m[1]) * multiplier);
}

function safe(value: number): number | undefined {
  const n = Math.round(value);
  return Number.isFinite(value) && value >= 0 && Number.isSafeInteger(n) ? n : undefined;
}
