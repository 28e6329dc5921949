// The Qwen-relevant parts of OpenClaw 2026.9.6's config schema, as TypeBox, with the catalog injected.
// Build time only. Key sets are OpenClaw's exact ones (from `openclaw config schema`, recorded in
// scripts/data/openclaw-2026.9.6-keysets.json), so the schema is
// never stricter than OpenClaw; sections we do not model stay open.
//
// Two variants come from the same description:
//   editor  schema/openclaw-qwen.schema.json: completions, docs, deprecations for VS Code & co.
//   lint    compiled into an ajv standalone validator for the `unknown-key` / `invalid-value` rules.
//           It accepts what dedicated rules report better (legacy keys, per-agent media slots,
//           SecretRef details, agent ids), so one mistake gives one diagnostic.
import { Type, type TSchema } from "@sinclair/typebox";
import type { Tables } from "../../scripts/lib/tables.js";
import { describeChatModel, describeEndpoint, describeVideoModel } from "../catalog/describe.js";

export type Variant = "editor" | "lint";

/** Keys of root-level sections, exactly as OpenClaw 2026.9.6 allows them. */
export const ROOT_KEYS = [
  "$schema", "accessGroups", "acp", "agents", "approvals", "attachments", "auth", "bindings", "broadcast", "browser",
  "channels", "cloudWorkers", "commands", "cron", "desktop", "diagnostics", "discovery", "env", "gateway", "hooks",
  "logging", "mcp", "memory", "messages", "meta", "models", "nodeHost", "plugins", "proxy", "secrets", "security",
  "session", "skills", "surfaces", "talk", "telemetry", "tools", "transcripts", "tts", "ui", "update", "wizard",
  "worktreeAcceleration", "worktreeRoot",
] as const;

const AGENT_DEFAULTS_KEYS = [
  "authInheritance", "blockStreamingBreak", "blockStreamingChunk", "blockStreamingCoalesce", "blockStreamingDefault",
  "bootstrapMaxChars", "bootstrapTotalMaxChars", "compaction", "contextInjection", "contextLimits", "contextPruning", "cwd",
  "decisionModel", "elevatedDefault", "embeddedAgent", "experimental", "fastModeDefault", "heartbeat", "humanDelay",
  "imageMaxDimensionPx", "imageModel", "imageQuality", "maxConcurrent", "mediaMaxMb", "mediaModels", "model", "modelPolicy",
  "modelSelectionScope", "models", "params", "pdfMaxMb", "pdfMaxPages", "pdfModel", "reasoningDefault", "repoRoot", "sandbox",
  "sessionStore", "silentReply", "skills", "skipBootstrap", "skipOptionalBootstrapFiles", "startupContext", "subagents",
  "systemAgent", "thinkingDefault", "timeoutSeconds", "toolProgressDetail", "typingIntervalSeconds", "typingMode",
  "userTimezone", "utilityModel", "verboseDefault", "voiceModel", "workspace",
] as const;

const AGENT_ENTRY_KEYS = [
  "agentDir", "bootstrapMaxChars", "bootstrapTotalMaxChars", "contextInjection", "contextLimits", "cwd", "decisionModel",
  "default", "description", "embeddedAgent", "experimental", "fastModeDefault", "groupChat", "heartbeat", "humanDelay",
  "identity", "memory", "model", "modelPolicy", "models", "name", "params", "reasoningDefault", "runtime", "sandbox", "skills",
  "skillsLimits", "subagents", "thinkingDefault", "toolProgressDetail", "tools", "tts", "typingMode", "utilityModel",
  "verboseDefault", "workspace",
] as const;

const HEARTBEAT_KEYS = ["accountId", "activeHours", "agentId", "directPolicy", "every", "isolatedSession", "lightContext", "model", "prompt", "session", "target", "timeoutSeconds", "to"] as const;
const COMPACTION_KEYS = ["enabled", "identifierPolicy", "keepRecentTokens", "maxActiveTranscriptBytes", "memoryFlush", "midTurnPrecheck", "mode", "model", "notifyUser", "postCompactionSections", "postIndexSync", "provider", "qualityGuard", "recentTurnsPreserve", "thinkingLevel", "timeoutSeconds"] as const;
const SUBAGENTS_DEFAULT_KEYS = ["allowAgents", "announceTimeoutMs", "archiveAfterMinutes", "delegationMode", "maxChildrenPerAgent", "maxConcurrent", "maxSpawnDepth", "model", "requireAgentId", "runTimeoutSeconds", "thinking"] as const;
const SUBAGENTS_ENTRY_KEYS = ["allowAgents", "delegationMode", "model", "requireAgentId", "thinking"] as const;
const PROVIDER_KEYS = ["agentRuntime", "api", "apiKey", "auth", "authHeader", "baseUrl", "headers", "injectNumCtxForOpenAICompat", "localService", "maxTokens", "models", "params", "region", "request", "timeoutSeconds"] as const;
const MODEL_ROW_KEYS = ["agentRuntime", "api", "baseUrl", "compat", "contextTokens", "contextWindow", "cost", "headers", "id", "input", "maxTokens", "mediaInput", "metadataSource", "name", "params", "reasoning", "thinkingLevelMap"] as const;
const COMPAT_KEYS = [
  "cacheControlFormat", "codeMode", "maxTokensField", "openRouterRouting", "reasoningEffortMap", "requiresAssistantAfterToolResult",
  "requiresOpenAiAnthropicToolPayload", "requiresReasoningContentOnAssistantMessages", "requiresStringContent", "requiresThinkingAsText",
  "requiresToolResultName", "sendSessionAffinityHeaders", "sendSessionIdHeader", "strictMessageKeys", "supportedReasoningEfforts",
  "supportsDeveloperRole", "supportsEagerToolInputStreaming", "supportsInstructions", "supportsJsonSchemaResponseFormat",
  "supportsLongCacheRetention", "supportsPromptCacheKey", "supportsReasoningEffort", "supportsResponsesContinuation", "supportsStore",
  "supportsStrictMode", "supportsTemperature", "supportsTools", "supportsUsageInStreaming", "thinkingFormat", "toolCallArgumentsEncoding",
  "toolSchemaProfile", "unsupportedToolSchemaKeywords", "vercelGatewayRouting", "visibleReasoningDetailTypes", "zaiToolStream",
] as const;
const TOOLS_KEYS = ["agentToAgent", "allow", "alsoAllow", "byProvider", "codeMode", "deny", "elevated", "exec", "fs", "github", "links", "loopDetection", "media", "message", "profile", "sandbox", "sessions", "sessions_spawn", "subagents", "swarm", "toolSearch", "toolsBySender", "updatePlan", "web"] as const;
const MEDIA_TOOL_KEYS = ["args", "baseUrl", "capabilities", "command", "headers", "language", "maxBytes", "maxChars", "model", "preferredProfile", "profile", "prompt", "provider", "providerOptions", "request", "timeoutSeconds", "type"] as const;
const HOOKS_KEYS = ["allowRequestSessionKey", "allowedAgentIds", "allowedSessionKeyPrefixes", "defaultSessionKey", "enabled", "gmail", "internal", "mappings", "path", "presets", "token", "transformsDir"] as const;
const HOOK_MAPPING_KEYS = ["action", "agentId", "allowUnsafeExternalContent", "channel", "deliver", "forEach", "id", "match", "messageTemplate", "model", "name", "sessionKey", "sessionMode", "textTemplate", "thinking", "timeoutSeconds", "to", "transform", "wakeMode"] as const;
const GMAIL_KEYS = ["account", "allowUnsafeExternalContent", "hookUrl", "includeBody", "label", "maxBytes", "model", "pushToken", "renewEveryMinutes", "serve", "subscription", "tailscale", "thinking", "topic"] as const;

export const API_ADAPTERS = [
  "openai-completions", "openai-responses", "openai-chatgpt-responses", "anthropic-messages", "google-generative-ai", "google-vertex",
  "github-copilot", "bedrock-converse-stream", "ollama", "pi-messages", "azure-openai-responses",
] as const;
export const THINKING_LEVELS = ["off", "minimal", "low", "medium", "high", "xhigh", "adaptive", "max", "ultra"] as const;
export const AGENT_ID_PATTERN = "^[a-z0-9_][a-z0-9_-]{0,63}$";
export const SECRET_SOURCES = ["env", "file", "exec", "store"] as const;
export const SECRET_PROVIDER_PATTERN = "^[a-z][a-z0-9_-]{0,63}$";

/** Retired agents.defaults keys and where OpenClaw moved them. */
export const RETIRED_MEDIA_KEYS = {
  videoGenerationModel: "video",
  imageGenerationModel: "image",
  musicGenerationModel: "music",
} as const;

/** Model slots under agents.defaults that take string | { primary, fallbacks, timeoutMs }. */
export type { ModelSlotKind as SlotKind } from "../engine/facts.js";
import type { ModelSlotKind as SlotKind } from "../engine/facts.js";

export function buildConfigSchema(tables: Tables, variant: Variant): TSchema {
  const editor = variant === "editor";
  const { catalog, endpoints } = tables;
  const any = (description?: string) => (description && editor ? Type.Unknown({ description }) : Type.Unknown());
  const open = (keys: readonly string[], overrides: Record<string, TSchema> = {}) =>
    Object.fromEntries(keys.map((k) => [k, overrides[k] ?? any()]));
  /** A strict object (OpenClaw objects are strict). The editor variant also allows `$include`. */
  const Strict = (props: Record<string, TSchema>, opts: Record<string, unknown> = {}) =>
    Type.Object(
      {
        ...Object.fromEntries(Object.entries(props).map(([k, v]) => [k, Type.Optional(v)])),
        ...(editor ? { $include: Type.Optional(IncludeDirective) } : {}),
      },
      { additionalProperties: false, ...opts },
    );
  const IncludeDirective = Type.Union([Type.String(), Type.Array(Type.String())], {
    description: "OpenClaw include: a file (or files, deep-merged in order) merged into this object; sibling keys win.",
  });
  /** An object whose every key maps to `value` (OpenClaw's records). */
  const Rec = (value: TSchema, opts: Record<string, unknown> = {}) => Type.Object({}, { additionalProperties: value, ...opts });
  const plain = (text: string) => text.replace(/\*\*|`/g, "");
  const md = (text: string) => (editor ? { markdownDescription: text, description: plain(text) } : {});
  const PositiveInt = (d?: string) => Type.Integer({ exclusiveMinimum: 0, ...(d ? md(d) : {}) });
  const PositiveNum = (d?: string) => Type.Number({ exclusiveMinimum: 0, ...(d ? md(d) : {}) });

  // ---- model refs -------------------------------------------------------------------------------
  const planName = (id: string) => endpoints.plans.find((p) => p.id === id)?.name ?? id;
  const chatRefs: { ref: string; doc: string; image: boolean }[] = catalog.chat.flatMap((cp) =>
    cp.models.map((m) => ({ ref: `${cp.provider}/${m.id}`, doc: describeChatModel(cp.provider, m, planName), image: m.input.includes("image") })),
  );
  const videoRefs = catalog.video.providers.flatMap((p) =>
    catalog.video.models.map((m) => ({ ref: `${p}/${m.id}`, doc: describeVideoModel(p, m, catalog.video.defaultModel) })),
  );
  const REF_HINT = "Model refs look like provider/model, e.g. qwen/qwen3.5-plus.";
  const ModelRef = (description: string, refs: { ref: string; doc: string }[]) => {
    if (!editor) return Type.String();
    if (refs.length === 0) return Type.String({ pattern: "^[^\\s/]+/\\S+$", patternErrorMessage: REF_HINT, ...md(description) });
    return Type.String({
      pattern: "^[^\\s/]+/\\S+$",
      patternErrorMessage: REF_HINT,
      ...md(description),
      anyOf: [
        {
          enum: refs.map((r) => r.ref),
          markdownEnumDescriptions: refs.map((r) => r.doc),
          enumDescriptions: refs.map((r) => plain(r.doc)),
        },
        { type: "string" },
      ],
    });
  };
  const refsFor = (kind: SlotKind) =>
    kind === "video" ? videoRefs : kind === "image" || kind === "pdf" ? chatRefs.filter((r) => r.image) : kind === "chat" || kind === "voice" ? chatRefs : [];
  const slotDoc: Record<SlotKind, string> = {
    chat: "Chat model (`provider/model`), e.g. `qwen/qwen3.5-plus`.",
    image: "Image model (`provider/model`) used when the chat model cannot take images. Must accept image input, e.g. `qwen/qwen3.6-plus`.",
    pdf: "PDF model (`provider/model`) for the PDF tool. Must accept image input.",
    voice: "Voice model (`provider/model`).",
    video: "Video-generation model (`provider/model`), e.g. `qwen/wan2.6-t2v`. Qwen Wan video needs a Standard (pay-as-you-go) endpoint and key.",
    "image-generation": "Image-generation model (`provider/model`). Qwen has no image generation; use another provider.",
    music: "Music-generation model (`provider/model`). Qwen has no music generation.",
  };
  const Slot = (kind: SlotKind, withTimeout: boolean) => {
    const ref = ModelRef(slotDoc[kind], refsFor(kind));
    const obj = Strict({
      primary: ref,
      fallbacks: Type.Array(ModelRef(`Ordered fallbacks. ${slotDoc[kind]}`, refsFor(kind))),
      ...(withTimeout ? { timeoutMs: PositiveInt("Timeout in milliseconds.") } : {}),
    });
    const expected = `a model ref string like "${kind === "video" ? "qwen/" + catalog.video.defaultModel : "qwen/qwen3.5-plus"}" or an object { primary, fallbacks${withTimeout ? ", timeoutMs" : ""} }`;
    return Type.Union([ref, obj], editor ? { type: ["string", "object"], ...md(slotDoc[kind]) } : { "x-expected": expected });
  };
  const StringRef = (kind: SlotKind, doc: string) => ModelRef(doc, refsFor(kind));

  // ---- secrets ------------------------------------------------------------------------------------
  const SecretRefObject = Type.Object(
    {
      source: Type.Union(SECRET_SOURCES.map((s) => Type.Literal(s))),
      provider: Type.String({ pattern: SECRET_PROVIDER_PATTERN, ...md("Secrets provider alias; `default` is the built-in env/store provider.") }),
      id: Type.String({ minLength: 1, ...md("Env var name (env/store), absolute JSON pointer (file), or exec id.") }),
    },
    { additionalProperties: false, ...md("SecretRef `{ source, provider, id }`, e.g. `{ source: \"env\", provider: \"default\", id: \"QWEN_API_KEY\" }`.") },
  );
  const Secret = (doc: string) =>
    editor
      ? Type.Union([Type.String(md(doc)), SecretRefObject], { type: ["string", "object"], ...md(doc) })
      : Type.Union([Type.String(), Type.Object({})], { "x-expected": "a string or a SecretRef object { source, provider, id }" });

  // ---- providers ----------------------------------------------------------------------------------
  const qwenFamily = endpoints.providers.filter((p) => p.status !== "removed" && p.role !== "video");
  const baseUrlFor = (providerId: string) => {
    const info = endpoints.providers.find((p) => p.id === providerId);
    const canonical = info?.aliasOf ?? providerId;
    const plans = endpoints.providers.find((p) => p.id === canonical)?.plans ?? [];
    const eps = endpoints.endpoints.filter((e) => plans.includes(e.plan));
    if (!editor || eps.length === 0) return Type.String();
    return Type.String({
      ...md(`Base URL; the host decides the plan and region. One of the ${eps.length} ${canonical} endpoints.`),
      anyOf: [
        {
          enum: eps.map((e) => e.baseUrl),
          markdownEnumDescriptions: eps.map((e) => describeEndpoint(e, endpoints)),
          enumDescriptions: eps.map((e) => plain(describeEndpoint(e, endpoints))),
        },
        { type: "string" },
      ],
    });
  };
  const ApiEnum = (doc: string) =>
    Type.Union(
      [
        ...API_ADAPTERS.map((a) => Type.Literal(a)),
        Type.Literal("openai", editor ? { deprecationMessage: 'api "openai" was retired: use "openai-completions".' } : {}),
      ],
      editor ? { type: "string", ...md(doc) } : {},
    );
  const ModelRow = (providerId: string | undefined) => {
    const cp = providerId ? catalog.chat.find((c) => c.provider === (endpoints.providers.find((p) => p.id === providerId)?.aliasOf ?? providerId)) : undefined;
    const idSchema =
      editor && cp
        ? Type.String({
            minLength: 1,
            ...md(`Provider-local model id (no \`${providerId}/\` prefix).`),
            anyOf: [
              {
                enum: cp.models.map((m) => m.id),
                markdownEnumDescriptions: cp.models.map((m) => describeChatModel(cp.provider, m, planName)),
              },
              { type: "string" },
            ],
          })
        : Type.String({ minLength: 1, ...md("Provider-local model id, without a provider prefix.") });
    return Strict(
      open(MODEL_ROW_KEYS, {
        id: idSchema,
        name: Type.String({ minLength: 1, ...md("Display name (required).") }),
        api: ApiEnum("API adapter for this model; Qwen speaks `openai-completions`."),
        baseUrl: Type.String(),
        reasoning: Type.Boolean(),
        input: Type.Array(Type.Union(["text", "image", "video", "audio"].map((m) => Type.Literal(m)))),
        contextWindow: PositiveNum("Native context window in tokens."),
        contextTokens: PositiveInt("Effective input cap in tokens (must not exceed the window)."),
        maxTokens: PositiveNum("Max output tokens."),
        headers: Rec(Type.String()),
        params: Rec(Type.Unknown()),
        metadataSource: Type.Literal("models-add"),
        thinkingLevelMap: Strict(Object.fromEntries(["off", "minimal", "low", "medium", "high", "xhigh", "max"].map((l) => [l, Type.Union([Type.String(), Type.Null()])]))),
        compat: Strict(
          open(COMPAT_KEYS, {
            thinkingFormat: Type.Union(["openai", "openrouter", "deepseek", "together", "qwen", "qwen-chat-template", "zai"].map((f) => Type.Literal(f))),
            codeMode: Type.Union([Type.Literal("preferred"), Type.Literal("capable")]),
            maxTokensField: Type.Union([Type.Literal("max_completion_tokens"), Type.Literal("max_tokens")]),
          }),
        ),
      }),
      { required: ["id", "name"] },
    );
  };
  const Provider = (providerId: string | undefined) => {
    const info = providerId ? endpoints.providers.find((p) => p.id === providerId) : undefined;
    const deprecation =
      editor && info && info.status !== "canonical"
        ? {
            deprecationMessage:
              info.status === "removed"
                ? `${info.id} was removed: ${info.note}. Use models.providers.${info.replacedBy}.`
                : `${info.id} is a ${info.status === "alias" ? "compatibility alias" : "legacy id"} of ${info.aliasOf}; prefer models.providers.${info.aliasOf}.`,
          }
        : {};
    return Strict(
      open(PROVIDER_KEYS, {
        baseUrl: providerId ? baseUrlFor(providerId) : Type.String(md("Base URL of the provider's API.")),
        apiKey: Secret("API key: a SecretRef such as `{ source: \"env\", provider: \"default\", id: \"QWEN_API_KEY\" }` or `${QWEN_API_KEY}`; avoid literal keys."),
        auth: Type.Union(["api-key", "aws-sdk", "oauth", "token"].map((a) => Type.Literal(a)), editor ? { type: "string" } : {}),
        api: ApiEnum("API adapter; the Qwen provider only speaks `openai-completions`."),
        maxTokens: PositiveNum("Default max output tokens for this provider."),
        timeoutSeconds: PositiveInt(),
        region: Type.String({ minLength: 1, ...md("Ignored by the Qwen plugin: the base URL host decides the region.") }),
        injectNumCtxForOpenAICompat: Type.Boolean(),
        params: Rec(Type.Unknown()),
        headers: Rec(Secret("Header value or SecretRef.")),
        authHeader: Type.Boolean(),
        models: Type.Array(ModelRow(providerId), md("Model rows: `{ id, name, ... }`; ids are provider-local.")),
      }),
      deprecation,
    );
  };
  const providerProps: Record<string, TSchema> = {};
  if (editor) {
    for (const p of [...qwenFamily, ...endpoints.providers.filter((p) => p.status === "removed")]) providerProps[p.id] = Type.Optional(Provider(p.id));
  }

  // ---- agents -------------------------------------------------------------------------------------
  const ListingKeyDoc = "Model listing entry, keyed by `provider/model` (or `provider/*`).";
  const ListingEntry = Strict(open(["agentRuntime", "alias", "codeMode", "params", "pickerRuntimes", "streaming"], {
    alias: Type.String(),
    params: Rec(Type.Unknown()),
    codeMode: Type.Boolean(),
    streaming: Type.Boolean(),
  }));
  const Listing = () =>
    editor
      ? Type.Object(
          Object.fromEntries(chatRefs.map((r) => [r.ref, Type.Optional(Strict(ListingEntry.properties as Record<string, TSchema>, md(r.doc)))])),
          { additionalProperties: ListingEntry, ...md(`${ListingKeyDoc} Listing a model does not select it.`) },
        )
      : Rec(ListingEntry);
  const Heartbeat = (keys: readonly string[]) => Strict(open(keys, { model: StringRef("chat", "Model for heartbeat runs (unattended).") }));
  const thinking = Type.Union(THINKING_LEVELS.map((l) => Type.Literal(l)), editor ? { type: "string" } : {});

  const retiredMedia = Object.fromEntries(
    Object.entries(RETIRED_MEDIA_KEYS).map(([k, to]) => [
      k,
      editor ? Type.Unknown({ deprecationMessage: `agents.defaults.${k} was retired: move it to agents.defaults.mediaModels.${to}.` }) : Type.Unknown(),
    ]),
  );
  const AgentDefaults = Strict({
    ...open(AGENT_DEFAULTS_KEYS, {
      model: Slot("chat", false),
      imageModel: Slot("image", true),
      pdfModel: Slot("pdf", true),
      voiceModel: Slot("voice", true),
      mediaModels: Strict({ image: Slot("image-generation", true), video: Slot("video", true), music: Slot("music", true) }),
      utilityModel: Type.String(md("Utility model (`provider/model`); `\"\"` disables.")),
      decisionModel: Type.String({ maxLength: 512, ...md("Decision model (`provider/model`).") }),
      models: Listing(),
      heartbeat: Heartbeat(HEARTBEAT_KEYS),
      compaction: Strict(open(COMPACTION_KEYS, { model: StringRef("chat", "Compaction model."), memoryFlush: Strict(open(["enabled", "forceFlushTranscriptBytes", "model", "softThresholdTokens"], { model: StringRef("chat", "Memory-flush model (unattended).") })) })),
      subagents: Strict(open(SUBAGENTS_DEFAULT_KEYS, { model: Slot("chat", false) })),
      thinkingDefault: thinking,
      reasoningDefault: Type.Union(["off", "on", "stream"].map((l) => Type.Literal(l))),
      mediaMaxMb: PositiveNum("Media size cap in MB; also caps generated-video downloads (16 MB when unset)."),
      params: Rec(Type.Unknown()),
    }),
    ...retiredMedia,
  });
  const perAgentOnlyDefaults = ["imageModel", "mediaModels", "pdfModel", "voiceModel"];
  const AgentEntry = Strict({
    ...open(AGENT_ENTRY_KEYS, {
      model: Slot("chat", false),
      utilityModel: Type.String(),
      decisionModel: Type.String({ maxLength: 512 }),
      models: Listing(),
      heartbeat: Heartbeat(HEARTBEAT_KEYS.filter((k) => k !== "agentId")),
      subagents: Strict(open(SUBAGENTS_ENTRY_KEYS, { model: Slot("chat", false) })),
      thinkingDefault: thinking,
      default: editor ? Type.Boolean({ deprecationMessage: "The default marker is retired; OpenClaw strips it." }) : Type.Unknown(),
    }),
    // agent-slot-unsupported reports these; the lint variant lets them through.
    ...(editor ? {} : Object.fromEntries(perAgentOnlyDefaults.map((k) => [k, Type.Unknown()]))),
  });
  const Agents = Strict({
    ownership: Type.Literal("explicit"),
    defaults: AgentDefaults,
    entries: editor
      ? Rec(AgentEntry, { propertyNames: { pattern: AGENT_ID_PATTERN }, ...md("Agents by id (`^[a-z0-9_][a-z0-9_-]{0,63}$`).") })
      : Rec(AgentEntry),
    list: editor ? Type.Unknown({ deprecationMessage: "agents.list was retired: use agents.entries.<id> (openclaw doctor --fix migrates it)." }) : Type.Unknown(),
  });

  // ---- the rest -----------------------------------------------------------------------------------
  const qwenProviderIds = qwenFamily.map((p) => p.id);
  const AuthProfile = Strict(
    {
      provider: editor ? Type.String({ minLength: 1, anyOf: [{ enum: qwenProviderIds }, { type: "string" }] }) : Type.String(),
      mode: Type.Union(["api_key", "aws-sdk", "oauth", "token"].map((m) => Type.Literal(m)), editor ? { type: "string", ...md("Auth mode (note the underscore in `api_key`).") } : {}),
      email: Type.String(),
      displayName: Type.String(),
    },
    { required: ["provider", "mode"] },
  );
  const Env = Type.Object(
    {
      shellEnv: Type.Optional(Strict({ enabled: Type.Boolean(), timeoutMs: Type.Integer({ minimum: 0 }) })),
      vars: Type.Optional(Rec(Type.String(), md("Environment variables OpenClaw sets when missing (strings only)."))),
      ...(editor ? { $include: Type.Optional(IncludeDirective) } : {}),
    },
    {
      additionalProperties: editor
        ? (Type.Unknown({ deprecationMessage: "Flat env.<KEY> was retired: move it to env.vars.<KEY>." }) as TSchema)
        : Type.Unknown(),
    },
  );
  const PluginEntry = (qwen: boolean) =>
    Strict(
      open(["config", "enabled", "hooks", "llm", "subagent"], {
        enabled: Type.Boolean(),
        config: qwen && editor
          ? Type.Object({}, { additionalProperties: false, ...md("The Qwen plugin takes no config: leave this empty. The region follows the base URL host.") })
          : Rec(Type.Unknown()),
      }),
    );
  const Plugins = Strict(
    open(["allow", "deny", "enabled", "entries", "load", "slots"], {
      enabled: Type.Boolean(),
      allow: Type.Array(Type.String()),
      deny: Type.Array(Type.String()),
      entries: Type.Object(editor ? { qwen: Type.Optional(PluginEntry(true)) } : {}, { additionalProperties: PluginEntry(false) }),
    }),
  );
  const MediaTool = Strict(
    open(MEDIA_TOOL_KEYS, {
      provider: Type.String(),
      model: Type.String(),
      capabilities: Type.Array(Type.Union(["image", "audio", "video"].map((c) => Type.Literal(c)))),
      type: Type.Union([Type.Literal("provider"), Type.Literal("cli")]),
    }),
  );
  const Tools = Strict(open(TOOLS_KEYS, { media: Strict(open(["audio", "concurrency", "image", "models", "video"], { models: Type.Array(MediaTool) })) }));
  const Hooks = Strict(
    open(HOOKS_KEYS, {
      mappings: Type.Array(Strict(open(HOOK_MAPPING_KEYS, { model: StringRef("chat", "Model for this hook (unattended).") }))),
      gmail: Strict(open(GMAIL_KEYS, { model: StringRef("chat", "Model for Gmail hooks (unattended).") })),
    }),
  );

  const rootProps: Record<string, TSchema> = {
    ...open(ROOT_KEYS),
    $schema: Type.String(md("JSON Schema for editors; OpenClaw ignores it.")),
    models: Strict({
      mode: Type.Union([Type.Literal("merge"), Type.Literal("replace")], editor ? { type: "string" } : {}),
      providers: Type.Object(providerProps, { additionalProperties: Provider(undefined), ...md("Model providers by id. Qwen: `qwen` (Coding Plan / Standard) and `qwen-token-plan`.") }),
      catalogRefresh: Strict({ enabled: Type.Boolean(), url: Type.String() }),
    }),
    agents: Agents,
    auth: Strict({
      profiles: Rec(AuthProfile),
      order: Rec(Type.Array(Type.String())),
    }),
    env: Env,
    plugins: Plugins,
    tools: Tools,
    hooks: Hooks,
  };
  return Strict(rootProps, editor ? { allowComments: true, allowTrailingCommas: true } : {});
}
