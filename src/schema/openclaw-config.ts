// The whole OpenClaw config schema, from OpenClaw itself (scripts/data/openclaw/, written by
// `npm run upstream`), in two variants. Build time only: `npm run generate` writes the results.
//
//   editor  schema/openclaw-qwen.schema.json: OpenClaw's schema with its docs, plus the Qwen catalog
//           (completion of model refs and endpoints, docs, deprecations) for VS Code & co.
//   lint    schema/openclaw-lint-schema.txt, walked by src/schema/validator.ts for the `unknown-key` /
//           `invalid-value` rules. Docs stripped; it accepts what dedicated rules report better
//           (retired keys, per-agent media slots, SecretRef details, agent ids, the Qwen plugin's
//           config), so one mistake gives one diagnostic.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Tables } from "../../scripts/lib/tables.js";
import { eachSchema, inlineLocalDefs, isSchemaObject, mapSchema, type Schema } from "../../scripts/lib/schema-walk.js";
import { describeChatModel, describeEndpoint, describeVideoModel } from "../catalog/describe.js";

export type Variant = "editor" | "lint";

/** Formats JSON Schema defines that OpenClaw's schema uses; editors check them. */
export const EDITOR_FORMATS = ["date-time", "email", "uri"];

export interface UpstreamMeta {
  openclaw: string;
  openclawBuild: string;
  qwenProvider: string;
  node: string;
  madeBy: string;
  how: string;
}

/** What `npm run upstream` recorded (scripts/data/openclaw/). */
export interface Upstream {
  meta: UpstreamMeta;
  schema: Schema;
  plugins: Record<string, { name?: string; source: string; configSchema: Schema }>;
  runtime: { regexFlags: { source: string; flags: string }[]; providerOverlayIds: string[]; legacyWebSearchKeys: string[]; refinementFacts: RefinementFacts; patternMessages: { source: string; flags: string; message: string }[];
    heartbeatTargets: { keywords: string[]; channelAliases: Record<string, string>; pluginChannels: string[]; notTargets: string[] };
    webSearchProviders: { active: string[]; install: Record<string, string> };
    retiredModels: { agentModelKeys: string[]; models: Record<string, string> };
  };
}

/** Lists and limits of OpenClaw's rarer zod refinements (scripts/upstream/upstream.ts refinementFacts). */
export interface RefinementFacts {
  blockedObjectKeys: string[];
  mcpLegacyServerKeys: string[];
  reservedMcpServerName: string;
  edgeAuthHeaderPattern: string;
  edgeAuthTransportHeaders: string[];
  broadcastQualifiedKey: string;
  broadcastMaxAgents: number;
  gatewayLoopbackHosts: string[];
  gatewayDefaultPort: number;
  cloudWorkerMinSuspendMs: number;
  pickerRuntimesReserved: string[];
  roleAgentIdPattern: RegexSource;
  sensitiveKeyPatterns: RegexSource[];
  sensitiveKeyAllowSuffixes: string[];
}

/** A regex of OpenClaw's dist as data: emitted as a regex literal, flags kept. */
export interface RegexSource {
  source: string;
  flags: string;
}

export function loadUpstream(root: string): Upstream {
  const dir = join(root, "scripts", "data", "openclaw");
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), "utf8"));
  return { meta: read("upstream.json"), schema: read("config.schema.json"), plugins: read("plugins.json"), runtime: read("runtime.json") };
}

/** Retired agents.defaults keys and where OpenClaw moved them (OpenClaw refuses them now). */
export const RETIRED_MEDIA_KEYS = {
  videoGenerationModel: "video",
  imageGenerationModel: "image",
  musicGenerationModel: "music",
} as const;

/**
 * Retired api values and what OpenClaw's doctor rewrites them to (doctor-config-flow in the openclaw
 * 2026.9.6 dist: models.providers.<id>.api and models[].api "openai" -> "openai-completions").
 * The lint schema accepts them so legacy-config-key reports them with this fix.
 */
export const RETIRED_API_ADAPTERS = { openai: "openai-completions" } as const;

/** agents.defaults slots OpenClaw has no per-agent form of (agent-slot-unsupported reports them). */
const DEFAULTS_ONLY_SLOTS = ["imageModel", "mediaModels", "pdfModel", "voiceModel"];

/** Model slots (string | { primary, fallbacks, timeoutMs }) by kind. */
export type { ModelSlotKind as SlotKind } from "../engine/facts.js";
import type { ModelSlotKind as SlotKind } from "../engine/facts.js";

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const get = (s: Schema, ...path: string[]): Schema => {
  let n: unknown = s;
  for (const k of path) {
    n = k === "*" ? (n as Schema).additionalProperties : k === "[]" ? (n as Schema).items : (n as { properties?: Schema }).properties?.[k];
    if (!isSchemaObject(n)) throw new Error(`OpenClaw's schema has no ${path.join(".")} (at ${k}): has it changed? Adjust src/schema/openclaw-config.ts.`);
  }
  return n as Schema;
};
const props = (s: Schema) => s.properties as Record<string, Schema>;

/** `[a-z0-9_]` -> `[a-zA-Z0-9_]`: a case-insensitive regex as a flagless JSON Schema pattern. */
export function caseInsensitive(source: string): string {
  return source.replace(/\[((?:\\.|[^\]\\])*)\]/g, (m, body: string) => (body.includes("a-z") && !body.includes("A-Z") ? `[${body.replace("a-z", "a-zA-Z")}]` : m));
}

/** Facts of OpenClaw's config the rules need, read from its schema (src/generated/openclaw.ts). */
export function openClawFacts(up: Upstream) {
  const s = up.schema;
  const provider = get(s, "models", "providers", "*");
  const entries = get(s, "agents", "entries");
  const idSource = ((entries.propertyNames as Schema).pattern as string) ?? "";
  const flags = up.runtime.regexFlags.find((r) => r.source === idSource)?.flags ?? "";
  const secretBranches = (((props(provider).apiKey.anyOf as Schema[]).find((b) => b.oneOf)?.oneOf ?? []) as Schema[]).map(props);
  return {
    version: up.meta.openclaw,
    build: up.meta.openclawBuild,
    qwenProvider: up.meta.qwenProvider,
    rootKeys: Object.keys(props(s)),
    apiAdapters: props(provider).api.enum as string[],
    thinkingLevels: get(s, "agents", "defaults", "thinkingDefault").enum as string[],
    agentIdPattern: flags.includes("i") ? caseInsensitive(idSource) : idSource,
    secretSources: secretBranches.map((b) => b.source.const as string),
    secretProviderPattern: secretBranches[0]?.provider.pattern as string,
    providerOverlayIds: up.runtime.providerOverlayIds,
    legacyWebSearchKeys: up.runtime.legacyWebSearchKeys,
    refinementFacts: up.runtime.refinementFacts,
    heartbeatTargets: up.runtime.heartbeatTargets,
    webSearchProviders: up.runtime.webSearchProviders,
    retiredModels: up.runtime.retiredModels,
    // Keyed by the pattern as the lint schema has it (an /i regex widened, as normalise does).
    patternMessages: Object.fromEntries(up.runtime.patternMessages.map((p) => [p.flags.includes("i") ? caseInsensitive(p.source) : p.source, p.message])),
    // OpenClaw's allowed channel keys: bundled channels (and `defaults`, `modelByChannel`); an installed
    // channel plugin adds its own at run time.
    channelKeys: Object.keys(props(get(s, "channels"))),
  };
}

/** OpenClaw's schema made self-contained: embedded `$defs` inlined, nested `$schema` dropped, /i patterns widened. */
function normalise(up: Upstream): Schema {
  const insensitive = new Set(up.runtime.regexFlags.filter((r) => r.flags.includes("i")).map((r) => r.source));
  return mapSchema(inlineLocalDefs(clone(up.schema)), (s, path) => {
    const out: Schema = {};
    for (const [k, v] of Object.entries(s)) {
      if (k === "$schema" && path.length) continue;
      out[k] = k === "pattern" && typeof v === "string" && insensitive.has(v) ? caseInsensitive(v) : v;
    }
    // zod exports a field with a default as required (the parsed output always has it), but the input
    // may leave it out: OpenClaw fills in the default (channels.msteams.dmPolicy).
    if (Array.isArray(out.required) && isSchemaObject(out.properties)) {
      const p = out.properties as Record<string, Schema>;
      const required = (out.required as string[]).filter((k) => !(isSchemaObject(p[k]) && "default" in p[k]));
      if (required.length) out.required = required;
      else delete out.required;
    }
    return out;
  }) as Schema;
}

/** OpenClaw's SecretInput: a string or a { source, provider, id } ref. */
const isSecretInput = (s: Schema) =>
  Array.isArray(s.anyOf) && (s.anyOf as Schema[]).some((b) => b.type === "string") && (s.anyOf as Schema[]).some((b) => Array.isArray(b.oneOf) && (b.oneOf as Schema[]).every((r) => isSchemaObject(props(r ?? {})?.source)));
/** A model slot: a ref string or { primary, fallbacks, ... }. */
const isSlot = (s: Schema) =>
  Array.isArray(s.anyOf) && s.anyOf.length === 2 && (s.anyOf as Schema[])[0].type === "string" && isSchemaObject(props((s.anyOf as Schema[])[1] ?? {})?.primary);

function slotKind(path: string[]): SlotKind {
  const name = path[path.length - 1];
  const parent = path[path.length - 3];
  if (parent === "mediaModels") return name === "video" ? "video" : name === "image" ? "image-generation" : name === "music" ? "music" : "chat";
  if (name === "imageModel") return "image";
  if (name === "pdfModel") return "pdf";
  if (name === "voiceModel") return "voice";
  return "chat";
}

export function buildConfigSchema(tables: Tables, variant: Variant, up: Upstream): Schema {
  return variant === "lint" ? lintSchema(tables, up) : editorSchema(tables, up);
}

// ---- lint ---------------------------------------------------------------------------------------------

function lintSchema(tables: Tables, up: Upstream): Schema {
  const DOCS = new Set(["title", "description", "examples", "default", "markdownDescription", "format", "$comment", "readOnly", "writeOnly", "deprecated"]);
  const chat = tables.catalog.chat[0];
  const example = (kind: SlotKind) => (kind === "video" ? `${tables.catalog.video.providers[0]}/${tables.catalog.video.defaultModel}` : `${chat.provider}/${chat.defaultModel}`);
  const expectedSlot = (kind: SlotKind, slot: Schema) =>
    `a model ref string like "${example(kind)}" or an object { ${Object.keys(props((slot.anyOf as Schema[])[1])).join(", ")} }`;
  const s = mapSchema(normalise(up), (n, path) => {
    const out: Schema = {};
    for (const [k, v] of Object.entries(n)) if (!DOCS.has(k) || (k === "format" && v === "uri")) out[k] = v;
    // secret-ref-invalid explains SecretRefs under models.providers; elsewhere OpenClaw's shape stands.
    if (path[1] === "models" && path[3] === "providers" && isSecretInput(out))
      return { anyOf: [{ type: "string" }, { type: "object" }], "x-expected": "a string or a SecretRef object { source, provider, id }" };
    if (isSlot(out)) return { ...out, "x-expected": expectedSlot(slotKind(path), out) };
    return out;
  }) as Schema;
  const agents = get(s, "agents");
  const entries = get(s, "agents", "entries");
  delete entries.propertyNames; // agent-slot-unsupported names the invalid id and a valid one
  for (const k of DEFAULTS_ONLY_SLOTS) props(get(s, "agents", "entries", "*"))[k] ??= {};
  props(agents).list = {}; // legacy-config-key: OpenClaw migrates agents.list
  for (const k of Object.keys(RETIRED_MEDIA_KEYS)) props(get(s, "agents", "defaults"))[k] = {}; // legacy-config-key
  for (const api of [get(s, "models", "providers", "*", "api"), get(s, "models", "providers", "*", "models", "[]", "api")])
    api.enum = [...(api.enum as string[]), ...Object.keys(RETIRED_API_ADAPTERS)]; // legacy-config-key: retired adapters
  get(s, "env").additionalProperties = {}; // legacy-config-key owns flat env vars; schema.ts the misspelt sections
  delete props(get(s, "plugins", "entries")).qwen; // plugin-config-not-empty
  return s;
}

// ---- editor -------------------------------------------------------------------------------------------

function editorSchema(tables: Tables, up: Upstream): Schema {
  const refs = editorRefs(tables);
  const s = mapSchema(normalise(up), (n, path) => {
    const out: Schema = { ...n };
    delete out.title; // mostly the description's first words again
    // zod's startsWith() exports as format "starts_with", which no editor or validator knows.
    if (out.format !== undefined && !EDITOR_FORMATS.includes(out.format as string)) delete out.format;
    return isSlot(out) && path.includes("agents") ? slotSchema(out, slotKind(path), refs) : out;
  }) as Schema;
  addStringRefs(s, refs);
  addListings(s, refs);
  addDeprecations(s);
  addQwenProviders(s, tables, refs);
  // auth.profiles.<id>.provider completes the Qwen provider ids.
  const profile = get(s, "auth", "profiles", "*");
  props(profile).provider = { ...props(profile).provider, anyOf: [{ enum: qwenFamily(tables).map((p) => p.id) }, { type: "string" }] };
  addPluginConfigs(s, up);
  addIncludeDirective(s);
  const strict = ajvStrict(s);
  Object.keys(s).forEach((k) => delete s[k]);
  Object.assign(s, strict);
  (props(s).$schema as Schema).description = "JSON Schema for editors; OpenClaw ignores it.";
  return s;
}

const plain = (text: string) => text.replace(/\*\*|`/g, "");
const md = (text: string) => ({ markdownDescription: text, description: plain(text) });
const SLOT_DOC: Record<SlotKind, string> = {
  chat: "Chat model (`provider/model`), e.g. `qwen/qwen3.5-plus`.",
  image: "Image model (`provider/model`) used when the chat model cannot take images. Must accept image input, e.g. `qwen/qwen3.6-plus`.",
  pdf: "PDF model (`provider/model`) for the PDF tool. Must accept image input.",
  voice: "Voice model (`provider/model`).",
  video: "Video-generation model (`provider/model`), e.g. `qwen/wan2.6-t2v`. Qwen Wan video needs a Standard (pay-as-you-go) endpoint and key.",
  "image-generation": "Image-generation model (`provider/model`). Qwen has no image generation; use another provider.",
  music: "Music-generation model (`provider/model`). Qwen has no music generation.",
};

type Ref = { ref: string; doc: string };
type EditorRefs = ReturnType<typeof editorRefs>;

/** The catalog's model refs with their docs, by slot kind. */
function editorRefs({ catalog, endpoints }: Tables) {
  const planName = (id: string) => endpoints.plans.find((p) => p.id === id)?.name ?? id;
  const chatRefs = catalog.chat.flatMap((cp) =>
    cp.models.map((m) => ({ ref: `${cp.provider}/${m.id}`, doc: describeChatModel(cp.provider, m, planName), image: m.input.includes("image"), deprecated: m.deprecated })),
  );
  const videoRefs = catalog.video.providers.flatMap((p) => catalog.video.models.map((m) => ({ ref: `${p}/${m.id}`, doc: describeVideoModel(p, m, catalog.video.defaultModel) })));
  const refsFor = (kind: SlotKind): Ref[] =>
    kind === "video" ? videoRefs : kind === "image" || kind === "pdf" ? chatRefs.filter((r) => r.image) : kind === "chat" || kind === "voice" ? chatRefs : [];
  return { chatRefs, refsFor, planName };
}

/**
 * A model ref string, completing the catalog's refs with their docs. No pattern: OpenClaw also accepts
 * an alias from agents.defaults.models (onboarding writes "Qwen Token Plan") or a bare id, and a
 * schema cannot see the aliases; the linter's bare-model-ref judges those with the whole file.
 */
function modelRef(doc: string, refs: Ref[], base: Schema = {}): Schema {
  return {
    ...base,
    type: "string",
    ...md(base.description ? `${doc} ${base.description as string}` : doc),
    ...(refs.length
      ? { anyOf: [{ enum: refs.map((r) => r.ref), markdownEnumDescriptions: refs.map((r) => r.doc), enumDescriptions: refs.map((r) => plain(r.doc)) }, { type: "string" }] }
      : {}),
  };
}

/** A model slot (string | { primary, fallbacks }) whose refs complete from the catalog. */
function slotSchema(slot: Schema, kind: SlotKind, { refsFor }: EditorRefs): Schema {
  const [str, obj] = slot.anyOf as Schema[];
  const o = clone(obj);
  const p = props(o);
  p.primary = modelRef(SLOT_DOC[kind], refsFor(kind), p.primary);
  if (isSchemaObject(p.fallbacks)) p.fallbacks = { ...p.fallbacks, items: modelRef(`Ordered fallbacks. ${SLOT_DOC[kind]}`, refsFor(kind), (p.fallbacks as Schema).items as Schema) };
  return { ...md(SLOT_DOC[kind]), anyOf: [modelRef(SLOT_DOC[kind], refsFor(kind), str), o] };
}

/** String model refs outside slots. */
function addStringRefs(s: Schema, { chatRefs }: EditorRefs): void {
  const stringRef = (doc: string, ...path: string[]) => {
    const parent = get(s, ...path.slice(0, -1));
    const key = path[path.length - 1];
    props(parent)[key] = modelRef(doc, chatRefs, props(parent)[key]);
  };
  stringRef("Model for heartbeat runs (unattended).", "agents", "defaults", "heartbeat", "model");
  stringRef("Model for heartbeat runs (unattended).", "agents", "entries", "*", "heartbeat", "model");
  stringRef("Compaction model.", "agents", "defaults", "compaction", "model");
  stringRef("Memory-flush model (unattended).", "agents", "defaults", "compaction", "memoryFlush", "model");
  stringRef("Model for this hook (unattended).", "hooks", "mappings", "[]", "model");
  stringRef("Model for Gmail hooks (unattended).", "hooks", "gmail", "model");
}

/** agents.defaults.models / agents.entries.<id>.models: listing keys complete to catalog refs. */
function addListings(s: Schema, { chatRefs }: EditorRefs): void {
  for (const path of [["agents", "defaults", "models"], ["agents", "entries", "*", "models"]]) {
    const listing = get(s, ...path);
    const entry = listing.additionalProperties as Schema;
    // No deprecation marks here: onboarding lists deprecated models itself, and what it writes stays clean.
    listing.properties = Object.fromEntries(chatRefs.map((r) => [r.ref, { ...entry, ...md(r.doc) }]));
    Object.assign(listing, md("Model listing entry, keyed by `provider/model` (or `provider/*`). Listing a model does not select it."));
  }
}

/** Deprecated and retired keys, and the retired api "openai". */
function addDeprecations(s: Schema): void {
  const defaults = get(s, "agents", "defaults");
  for (const [k, to] of Object.entries(RETIRED_MEDIA_KEYS))
    props(defaults)[k] = { deprecationMessage: `agents.defaults.${k} was retired: move it to agents.defaults.mediaModels.${to}.` };
  props(get(s, "agents")).list = { deprecationMessage: "agents.list was retired: use agents.entries.<id> (openclaw doctor --fix migrates it)." };
  const entryDefault = props(get(s, "agents", "entries", "*")).default;
  if (entryDefault) entryDefault.deprecationMessage = 'The default marker is legacy: prefer agents.ownership: "explicit".';
  get(s, "env").additionalProperties = { deprecationMessage: "Flat env.<KEY> was retired: move it to env.vars.<KEY>." };
  // api: OpenClaw's adapters, plus the retired ones marked as such.
  const retired = Object.entries(RETIRED_API_ADAPTERS).map(([from, to]) => ({ const: from, deprecationMessage: `api ${JSON.stringify(from)} was retired: use ${JSON.stringify(to)}.` }));
  for (const api of [get(s, "models", "providers", "*", "api"), get(s, "models", "providers", "*", "models", "[]", "api")]) {
    const { enum: adapters, ...rest } = api;
    Object.keys(api).forEach((k) => delete api[k]);
    Object.assign(api, rest, { anyOf: [{ enum: adapters }, ...retired] });
  }
}

const qwenFamily = ({ endpoints }: Tables) => endpoints.providers.filter((p) => p.status !== "removed" && p.role !== "video");

/** Model providers: the Qwen family's ids, endpoints and model ids. */
function addQwenProviders(s: Schema, tables: Tables, { planName }: EditorRefs): void {
  const { catalog, endpoints } = tables;
  const providers = get(s, "models", "providers");
  const generic = providers.additionalProperties as Schema;
  const providerProps: Record<string, Schema> = (providers.properties = {});
  for (const info of [...qwenFamily(tables), ...endpoints.providers.filter((p) => p.status === "removed")]) {
    const p = clone(generic);
    const canonical = info.aliasOf ?? info.id;
    const plans = endpoints.providers.find((x) => x.id === canonical)?.plans ?? [];
    const eps = endpoints.endpoints.filter((e) => plans.includes(e.plan));
    if (eps.length)
      props(p).baseUrl = {
        ...props(p).baseUrl,
        ...md(`Base URL; the host decides the plan and region. One of the ${eps.length} ${canonical} endpoints.`),
        anyOf: [{ enum: eps.map((e) => e.baseUrl), markdownEnumDescriptions: eps.map((e) => describeEndpoint(e, endpoints)), enumDescriptions: eps.map((e) => plain(describeEndpoint(e, endpoints))) }, { type: "string" }],
      };
    const cp = catalog.chat.find((c) => c.provider === canonical);
    const row = (props(p).models as Schema).items as Schema;
    if (cp)
      props(row).id = {
        ...props(row).id,
        ...md(`Provider-local model id (no \`${info.id}/\` prefix).`),
        anyOf: [{ enum: cp.models.map((m) => m.id), markdownEnumDescriptions: cp.models.map((m) => describeChatModel(cp.provider, m, planName)) }, { type: "string" }],
      };
    if (info.status !== "canonical")
      p.deprecationMessage =
        info.status === "removed"
          ? `${info.id} was removed: ${info.note}. Use models.providers.${info.replacedBy}.`
          : `${info.id} is a ${info.status === "alias" ? "compatibility alias" : "legacy id"} of ${info.aliasOf}; prefer models.providers.${info.aliasOf}.`;
    providerProps[info.id] = p;
  }
  Object.assign(providers, md("Model providers by id. Qwen: `qwen` (Coding Plan / Standard) and `qwen-token-plan`."));
  props(generic).apiKey = {
    ...props(generic).apiKey,
    ...md("API key: a SecretRef such as `{ source: \"env\", provider: \"default\", id: \"QWEN_API_KEY\" }` or `${QWEN_API_KEY}`; avoid literal keys."),
  };
}

/** The Qwen plugin's own config schema (it is not bundled with OpenClaw). */
function addPluginConfigs(s: Schema, up: Upstream): void {
  const pluginEntries = get(s, "plugins", "entries");
  for (const [id, p] of Object.entries(up.plugins)) {
    if (props(pluginEntries)[id]) continue;
    const entry = clone(pluginEntries.additionalProperties as Schema);
    props(entry).config = { ...p.configSchema, ...md(id === "qwen" ? "The Qwen plugin takes no config: leave this empty. The region follows the base URL host." : `Config of ${p.name ?? id} (${p.source}).`) };
    props(pluginEntries)[id] = entry;
  }
}

/** $include may stand in any object (OpenClaw merges the file in before validating). */
function addIncludeDirective(s: Schema): void {
  const IncludeDirective: Schema = {
    anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }],
    description: "OpenClaw include: a file (or files, deep-merged in order) merged into this object; sibling keys win.",
  };
  eachSchema(s, (n) => {
    if (n.type === "object" && n.additionalProperties === false && isSchemaObject(n.properties) && !("$include" in n.properties)) (n.properties as Schema).$include = IncludeDirective;
  });
}

/** The schema as Ajv's strict mode (SchemaStore's check) wants it; same meaning. */
function ajvStrict(s: Schema): Schema {
  // Required keys declared where they are required, e.g. in an `if`; `{}` there changes nothing as
  // long as other keys stay allowed.
  eachSchema(s, (n) => {
    if (!Array.isArray(n.required) || n.additionalProperties === false) return;
    const p = (n.properties ??= {}) as Schema;
    for (const k of n.required as string[]) if (!(k in p)) p[k] = {};
  });
  // strictTypes refuses union types: `type: [a, b]` becomes anyOf of single types.
  eachSchema(s, (n) => {
    if (!Array.isArray(n.type)) return;
    const types = n.type as string[];
    delete n.type;
    if (!n.anyOf) n.anyOf = types.map((t) => ({ type: t }));
  });
  // ...and type-specific keywords without their type (`not: { required: [...] }`): those apply only
  // to values of that type, so { anyOf: [{ type, ...keywords }, { not: { type } }] } means the same.
  return mapSchema(s, typeless) as Schema;
}

const TYPED_KEYWORDS: [string, string[]][] = [
  ["object", ["properties", "required", "additionalProperties", "patternProperties", "propertyNames", "minProperties", "maxProperties"]],
  ["string", ["pattern", "minLength", "maxLength", "format"]],
  ["number", ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"]],
  ["array", ["items", "additionalItems", "minItems", "maxItems", "uniqueItems", "contains"]],
];

function typeless(n: Schema): Schema {
  if (n.type !== undefined || n.$ref !== undefined) return n;
  let out = n;
  for (const [type, kws] of TYPED_KEYWORDS) {
    const own = kws.filter((k) => k in out);
    if (!own.length) continue;
    const typed: Schema = { type };
    const rest: Schema = {};
    for (const [k, v] of Object.entries(out)) (own.includes(k) ? typed : rest)[k] = v;
    out = { ...rest, allOf: [...((rest.allOf as Schema[]) ?? []), { anyOf: [typed, { not: { type } }] }] };
  }
  return out;
}

/** Every keyword used in a schema, for checks at generation. */
export function keywordsOf(schema: Schema): Set<string> {
  const out = new Set<string>();
  eachSchema(schema, (n) => Object.keys(n).forEach((k) => out.add(k)));
  return out;
}
