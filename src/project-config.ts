// `.openclaw-qwen-lint.json5`: per-project rule levels and catalog additions, found upward from each
// linted file's directory (or named with --config). Validated by hand against the small format below
// with file:line:col messages; nothing here compiles a schema at run time.
//   {
//     rules: { "<rule-id>": "off" | "info" | "warning" | "error" },
//     catalog: {
//       models: [{ provider, id, name?, input, contextWindow, maxTokens, reasoning?, availability, ... }],
//       videoModels: [{ id, name?, modes?, references?, durations?, controls?, audio?, notes? }],
//       endpoints: [{ id, plan, region, baseUrl, authChoice, cliFlag, regionDetail?, legacyAuthChoice?, aigcHost? }],
//     },
//   }
import { existsSync, statSync } from "node:fs";
import { readRegularFile } from "./engine/safe-read.js";
import { dirname, join, resolve } from "node:path";
import { defaultCatalog, type Catalog, type CatalogExtension } from "./catalog/index.js";
import type { ChatModel, Endpoint, VideoModel } from "./catalog/types.js";
import { didYouMean as closest, editDistance } from "./engine/did-you-mean.js";
import type { RuleSetting, ToolConfig } from "./engine/linter.js";
import { isParseFailure, parseJson5, type ParsedFile } from "./engine/parse.js";
import { joinPointer } from "./engine/pointer.js";
import { rules as registry } from "./rules/index.js";

export const PROJECT_CONFIG_NAME = ".openclaw-qwen-lint.json5";
export const RULE_SETTINGS: readonly RuleSetting[] = ["off", "info", "warning", "error"];

export interface ConfigProblem {
  line: number;
  column: number;
  message: string;
}

export class ProjectConfigError extends Error {
  override name = "ProjectConfigError";
  constructor(
    readonly path: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(problems.map((p) => `${path}:${p.line}:${p.column}: ${p.message}`).join("\n"));
  }
}

export interface ProjectConfig {
  /** Absolute path of the file. */
  path: string;
  config: ToolConfig;
}

/** The nearest `.openclaw-qwen-lint.json5` in `dir` or above, or undefined. */
export function findProjectConfig(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    const candidate = join(d, PROJECT_CONFIG_NAME);
    try {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    } catch {
      // Unreadable directory: keep looking further up.
    }
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** Read and validate a project config file; throws ProjectConfigError (also for an unreadable file). */
export function loadProjectConfig(path: string): ProjectConfig {
  const abs = resolve(path);
  let text: string;
  try {
    text = readRegularFile(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : code === "ENOTREG" || code === "EFBIG" ? (e as Error).message.replace(abs, "it") : (e as Error).message;
    throw new ProjectConfigError(path, [{ line: 1, column: 1, message: `cannot read the project config: ${why}` }]);
  }
  return { path: abs, config: parseProjectConfig(text, path) };
}

export interface KnownNames {
  ruleIds: readonly string[];
  catalog: Catalog;
}

const defaultKnown = (): KnownNames => ({ ruleIds: registry.map((r) => r.meta.id), catalog: defaultCatalog() });

/** Did-you-mean candidates that share at least half of the input ("eu" does not suggest "cn"). */
const didYouMean = (input: string, candidates: readonly string[], max: number) =>
  closest(input, candidates, max).filter((c) => editDistance(input.toLowerCase(), c.toLowerCase()) * 2 < Math.max(input.length, c.length));

const MODALITIES = ["text", "image", "video", "audio"] as const;
const THINKING_LEVELS = ["off", "minimal", "low", "medium", "high", "xhigh", "adaptive", "max", "ultra"] as const;

const quoteList = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(", ").replace(/, ([^,]*)$/, " or $1");
const show = (v: unknown) => (typeof v === "string" ? `"${v}"` : Array.isArray(v) ? "an array" : v === null ? "null" : typeof v === "object" ? "an object" : String(v));
import { isObject } from "./engine/json.js";

/** Validate the text of a project config; throws ProjectConfigError listing every problem. */
export function parseProjectConfig(text: string, path: string, known: KnownNames = defaultKnown()): ToolConfig {
  const parsed = parseJson5(text, path);
  if (isParseFailure(parsed)) throw new ProjectConfigError(path, [{ ...parsed.span.start, message: `not valid JSON5: ${parsed.message}` }]);
  const v = new Validator(parsed);
  const config = v.root(parsed.value, known);
  if (v.problems.length) throw new ProjectConfigError(path, v.problems.sort((a, b) => a.line - b.line || a.column - b.column));
  return config;
}

type Field = (value: unknown, pointer: string, name: string) => boolean;

class Validator {
  readonly problems: ConfigProblem[] = [];
  constructor(private readonly file: ParsedFile) {}

  report(pointer: string, message: string, target: "key" | "value" = "value"): false {
    const loc = this.file.locs.get(pointer) ?? this.file.locs.get("")!;
    const at = target === "key" && loc.key ? loc.key.start : loc.value.start;
    this.problems.push({ line: at.line, column: at.column, message });
    return false;
  }

  /** An object with these fields; unknown keys and missing required ones are problems. */
  object(value: unknown, pointer: string, name: string, fields: Record<string, Field>, required: readonly string[] = []): value is Record<string, unknown> {
    if (!isObject(value)) return this.report(pointer, `${name} must be an object, not ${show(value)}`);
    let ok = true;
    for (const [k, v] of Object.entries(value)) {
      const p = joinPointer(pointer, k);
      const field = Object.prototype.hasOwnProperty.call(fields, k) ? fields[k] : undefined;
      if (!field) {
        const near = didYouMean(k, Object.keys(fields), 1);
        ok = this.report(p, `unknown key "${k}" in ${name}${near.length ? `; did you mean "${near[0]}"?` : `; allowed: ${Object.keys(fields).join(", ")}`}`, "key");
      } else if (!field(v, p, `${name}.${k}`)) ok = false;
    }
    for (const k of required) if (!(k in value)) ok = this.report(pointer, `${name} needs "${k}"`, "key");
    return ok;
  }

  root(value: unknown, known: KnownNames): ToolConfig {
    const out: ToolConfig = {};
    if (!isObject(value)) {
      this.report("", `the project config must be an object ({ rules: {...}, catalog: {...} }), not ${show(value)}`);
      return out;
    }
    this.object(value, "", "the project config", {
      $schema: this.string,
      rules: (v, p) => {
        if (!this.object(v, p, "rules", Object.fromEntries(known.ruleIds.map((id) => [id, this.ruleSetting])))) return false;
        out.rules = v as Record<string, RuleSetting>;
        return true;
      },
      catalog: (v, p) => {
        const ext: { models?: (ChatModel & { provider: string })[]; videoModels?: VideoModel[]; endpoints?: Endpoint[] } = {};
        const ok = this.object(v, p, "catalog", {
          models: (m, mp) => this.array(m, mp, "catalog.models", (item, ip, iname) => {
            if (!this.model(item, ip, iname, known.catalog)) return false;
            const row = item as Record<string, unknown>;
            const provider = known.catalog.chatCatalogFor(row.provider as string)!.provider;
            (ext.models ??= []).push({ ...(row as unknown as ChatModel), provider, name: (row.name as string | undefined) ?? (row.id as string), reasoning: (row.reasoning as boolean | undefined) ?? false });
            return true;
          }),
          videoModels: (m, mp) => this.array(m, mp, "catalog.videoModels", (item, ip, iname) => {
            if (!this.videoModel(item, ip, iname, known.catalog)) return false;
            const row = item as Record<string, unknown>;
            (ext.videoModels ??= []).push({
              id: row.id as string,
              name: (row.name as string | undefined) ?? (row.id as string),
              modes: (row.modes as VideoModel["modes"] | undefined) ?? ["generate", "imageToVideo", "videoToVideo"],
              references: { min: 0, max: 5, maxImages: 5, maxVideos: 3, ...(row.references as object | undefined) },
              durations: (row.durations as number[] | undefined) ?? [],
              controls: (row.controls as VideoModel["controls"] | undefined) ?? [],
              audio: (row.audio as VideoModel["audio"] | undefined) ?? "optional",
              ...(typeof row.notes === "string" ? { notes: row.notes } : {}),
            });
            return true;
          }),
          endpoints: (e, ep) => this.array(e, ep, "catalog.endpoints", (item, ip, iname) => {
            if (!this.endpoint(item, ip, iname, known.catalog)) return false;
            (ext.endpoints ??= []).push(item as unknown as Endpoint);
            return true;
          }),
        });
        if (ok) out.catalog = ext as CatalogExtension;
        return ok;
      },
    });
    // Rule ids that do not exist get a did-you-mean from object(); say it in terms of rules.
    for (const p of this.problems) p.message = p.message.replace(/^unknown key "([^"]+)" in rules(; allowed: .*)?/, (_, id, all) => `unknown rule "${id}"${all ? "; `openclaw-qwen-lint rules` lists the rule ids" : ""}`);
    return out;
  }

  ruleSetting: Field = (v, p, name) => {
    if (typeof v === "string" && (RULE_SETTINGS as readonly string[]).includes(v)) return true;
    const near = typeof v === "string" ? didYouMean(v, RULE_SETTINGS, 1) : [];
    const guess = near[0] ?? (v === "warn" || v === 1 ? "warning" : v === 2 ? "error" : v === 0 ? "off" : undefined);
    return this.report(p, `${name.replace(/^rules\.(.*)$/, 'rules["$1"]')} must be ${quoteList(RULE_SETTINGS)}, not ${show(v)}${guess ? `; did you mean "${guess}"?` : ""}`);
  };

  array(value: unknown, pointer: string, name: string, item: Field): boolean {
    if (!Array.isArray(value)) return this.report(pointer, `${name} must be an array, not ${show(value)}`);
    let ok = true;
    value.forEach((v, i) => (ok = item(v, joinPointer(pointer, i), `${name}[${i}]`) && ok));
    return ok;
  }

  string: Field = (v, p, name) => (typeof v === "string" && v.trim() !== "") || this.report(p, `${name} must be a non-empty string, not ${show(v)}`);
  boolean: Field = (v, p, name) => typeof v === "boolean" || this.report(p, `${name} must be true or false, not ${show(v)}`);
  count: Field = (v, p, name) => (typeof v === "number" && Number.isInteger(v) && v > 0) || this.report(p, `${name} must be a whole number above 0, not ${show(v)}`);
  count0: Field = (v, p, name) => (typeof v === "number" && Number.isInteger(v) && v >= 0) || this.report(p, `${name} must be a whole number (0 or more), not ${show(v)}`);
  oneOf =
    (allowed: readonly string[]): Field =>
    (v, p, name) => {
      if (typeof v === "string" && allowed.includes(v)) return true;
      const near = typeof v === "string" ? didYouMean(v, allowed, 1) : [];
      return this.report(p, `${name} must be ${quoteList(allowed)}, not ${show(v)}${near.length ? `; did you mean "${near[0]}"?` : ""}`);
    };
  url: Field = (v, p, name) => {
    if (!this.string(v, p, name)) return false;
    try {
      const u = new URL(v as string);
      if (u.protocol === "https:" || u.protocol === "http:") return true;
    } catch {
      // reported below
    }
    return this.report(p, `${name} must be an absolute http(s) URL, not ${show(v)}`);
  };

  model(value: unknown, pointer: string, name: string, catalog: Catalog): boolean {
    const plans = catalog.plans.map((x) => x.id);
    const chatProviders = catalog.chat.map((c) => c.provider);
    const availability: Field = (v, p, n) =>
      this.object(
        v,
        p,
        n,
        Object.fromEntries(
          plans.map((plan) => [
            plan,
            (a: unknown, ap: string, an: string) =>
              a === "available" ||
              (isObject(a)
                ? this.object(a, ap, an, { status: this.oneOf(["unavailable", "lagging"]), reason: this.string }, ["status", "reason"])
                : this.report(ap, `${an} must be "available" or { status: "unavailable" | "lagging", reason: "..." }, not ${show(a)}`)),
          ]),
        ),
      );
    const ok = this.object(
      value,
      pointer,
      name,
      {
        provider: (v, p, n) => {
          if (!this.string(v, p, n)) return false;
          // Canonical ids and their aliases; not legacy or removed providers.
          if (catalog.chatCatalogFor(v as string)) return true;
          const near = didYouMean(v as string, chatProviders, 1);
          return this.report(p, `${n} must be a Qwen chat provider (${quoteList(chatProviders)}), not ${show(v)}${near.length ? `; did you mean "${near[0]}"?` : ""}`);
        },
        id: this.string,
        name: this.string,
        input: (v, p, n) => this.array(v, p, n, this.oneOf(MODALITIES)) && ((v as unknown[]).length > 0 || this.report(p, `${n} must list at least one input, e.g. ["text"]`)),
        contextWindow: this.count,
        maxTokens: this.count,
        reasoning: this.boolean,
        thinking: (v, p, n) =>
          this.object(
            v,
            p,
            n,
            {
              param: this.oneOf(["enable_thinking", "reasoning_effort"]),
              levels: (l, lp, ln) => this.array(l, lp, ln, this.oneOf(THINKING_LEVELS)),
              default: this.oneOf(THINKING_LEVELS),
              map: (m, mp, mn) => isObject(m) ? Object.entries(m).every(([k, x]) => this.oneOf(THINKING_LEVELS)(x, joinPointer(mp, k), `${mn}.${k}`)) : this.report(mp, `${mn} must be an object, not ${show(m)}`),
              forced: this.boolean,
            },
            ["param"],
          ),
        codeMode: this.oneOf(["capable"]),
        hidden: this.boolean,
        deprecated: (v, p, n) => this.object(v, p, n, { replacedBy: this.string, reason: this.string }, ["replacedBy", "reason"]),
        notes: this.string,
        availability,
      },
      ["provider", "id", "input", "contextWindow", "maxTokens", "availability"],
    );
    return ok;
  }

  videoModel(value: unknown, pointer: string, name: string, catalog: Catalog): boolean {
    return this.object(
      value,
      pointer,
      name,
      {
        id: (v, p, n) => {
          if (!this.string(v, p, n)) return false;
          return !catalog.videoModel(v as string) || this.report(p, `${n}: the shipped catalog already has the video model "${v}"`);
        },
        name: this.string,
        modes: (v, p, n) => this.array(v, p, n, this.oneOf(["generate", "imageToVideo", "videoToVideo"])),
        references: (v, p, n) => this.object(v, p, n, { min: this.count0, max: this.count0, maxImages: this.count0, maxVideos: this.count0 }),
        durations: (v, p, n) => this.array(v, p, n, this.count),
        controls: (v, p, n) => this.array(v, p, n, this.oneOf(["size", "aspectRatio", "resolution", "audio", "watermark"])),
        audio: this.oneOf(["optional", "always"]),
        notes: this.string,
      },
      ["id"],
    );
  }

  endpoint(value: unknown, pointer: string, name: string, catalog: Catalog): boolean {
    const ok = this.object(
      value,
      pointer,
      name,
      {
        id: (v, p, n) => {
          if (!this.string(v, p, n)) return false;
          return !catalog.endpoint(v as string) || this.report(p, `${n}: the shipped catalog already has an endpoint "${v}"; pick another id`);
        },
        plan: this.oneOf(catalog.plans.map((x) => x.id)),
        region: this.oneOf(catalog.regions.map((x) => x.id)),
        regionDetail: this.string,
        baseUrl: this.url,
        authChoice: this.string,
        legacyAuthChoice: this.string,
        cliFlag: (v, p, n) => {
          if (!this.string(v, p, n)) return false;
          return (v as string).startsWith("--") || this.report(p, `${n} must be an onboarding flag such as "--qwen-api-key", not ${show(v)}`);
        },
        aigcHost: this.url,
      },
      ["id", "plan", "region", "baseUrl", "authChoice", "cliFlag"],
    );
    return ok;
  }
}
