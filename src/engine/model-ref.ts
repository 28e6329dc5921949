// OpenClaw's model-ref grammar: `provider/model[@authProfile]`. The provider is the text before the
// FIRST slash (so `openrouter/qwen/qwen-2.5` belongs to openrouter); a trailing `@profile` after the
// last slash picks an auth profile, except 8-digit date suffixes and quantisation tags (`@q4_k_m`).

export interface ModelRef {
  raw: string;
  provider: string;
  /** Provider id lower-cased, as OpenClaw compares it. */
  providerId: string;
  /** Model id without the profile suffix. */
  model: string;
  profile?: string;
}

export type RefProblem = "empty" | "whitespace" | "no-provider" | "no-model" | "empty-segment";

export function parseModelRef(raw: string): { ref?: ModelRef; bare?: true; problem?: RefProblem } {
  if (raw.length === 0) return { problem: "empty" };
  if (/\s/.test(raw)) return { problem: "whitespace" };
  const slash = raw.indexOf("/");
  if (slash < 0) return { bare: true };
  const provider = raw.slice(0, slash);
  let model = raw.slice(slash + 1);
  if (!provider) return { problem: "no-provider" };
  if (!model) return { problem: "no-model" };
  if (model.split("/").some((s) => s === "")) return { problem: "empty-segment" };
  let profile: string | undefined;
  const last = model.lastIndexOf("/");
  const at = model.indexOf("@", last + 1);
  if (at > 0) {
    const suffix = model.slice(at + 1);
    if (suffix && !/^\d{8}$/.test(suffix) && !/^(q\d|iq\d|f16|bf16|fp\d)/i.test(suffix)) {
      profile = suffix;
      model = model.slice(0, at);
    }
  }
  return { ref: { raw, provider, providerId: provider.toLowerCase(), model, profile } };
}

export function describeRefProblem(p: RefProblem): string {
  switch (p) {
    case "empty":
      return "is empty";
    case "whitespace":
      return "contains whitespace";
    case "no-provider":
      return "has no provider before the slash";
    case "no-model":
      return "has no model after the slash";
    case "empty-segment":
      return "has an empty path segment (two slashes in a row or a trailing slash)";
  }
}
