// Helpers for reading evaluated JSON values (the config after $include merging): one place for the
// shape tests every rule and the facts layer make.

export type JsonObject = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** A literal finite number; `${VAR}` strings and other shapes are not numbers. */
export const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** The object at `key` of `v`, when both are objects. */
export const objectAt = (v: unknown, key: string): JsonObject | undefined => (isObject(v) && isObject(v[key]) ? v[key] : undefined);

/** The object at a path of keys, when every step is an object. */
export function objectIn(v: unknown, ...keys: string[]): JsonObject | undefined {
  let cur: unknown = v;
  for (const k of keys) cur = isObject(cur) ? cur[k] : undefined;
  return isObject(cur) ? cur : undefined;
}

/** The string at `key`, when it is one. */
export const stringAt = (v: unknown, key: string): string | undefined => (isObject(v) && typeof v[key] === "string" ? v[key] : undefined);

/** The strings of an array (other items dropped); [] when it is not an array. */
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/**
 * A string with a `${VAR}` placeholder: decided at run time. What /\$\{[^}]*\}/ tests, by string search
 * (a `${` with a `}` after it; the first `${` has one if any has), with no regex to compile at start-up.
 */
export const hasPlaceholder = (s: string): boolean => {
  const at = s.indexOf("${");
  return at >= 0 && s.indexOf("}", at + 2) >= 0;
};

/** A string value as a URL; undefined when it is not a string, holds a `${VAR}` placeholder, or does not parse. */
export function urlOf(value: unknown): URL | undefined {
  if (typeof value !== "string" || hasPlaceholder(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
