// TypeBox schemas of the two data tables (catalog.yaml, endpoints.yaml). Used at build time only:
// `npm run generate` validates the tables with them and emits schema/catalog.schema.json and
// schema/endpoints.schema.json so that editing the tables has completion too.
import { Type, type Static } from "@sinclair/typebox";

const Id = (description: string) => Type.String({ minLength: 1, description });
const PositiveInt = (description: string) => Type.Integer({ minimum: 1, description });

export const PlanId = Type.Union([Type.Literal("coding"), Type.Literal("standard"), Type.Literal("token")], {
  description: "A Qwen plan: coding (Coding Plan), standard (pay-as-you-go), token (Token Plan).",
});
export const RegionId = Type.Union([Type.Literal("global"), Type.Literal("cn")]);
export const Modality = Type.Union([Type.Literal("text"), Type.Literal("image"), Type.Literal("video"), Type.Literal("audio")]);
export const ThinkingLevel = Type.Union([
  Type.Literal("off"), Type.Literal("minimal"), Type.Literal("low"), Type.Literal("medium"), Type.Literal("high"),
  Type.Literal("xhigh"), Type.Literal("adaptive"), Type.Literal("max"), Type.Literal("ultra"),
]);

const AvailabilityDetail = Type.Object(
  {
    status: Type.Union([Type.Literal("unavailable"), Type.Literal("lagging")]),
    reason: Type.String({ minLength: 1, description: "What the user will see, or why another plan is advised." }),
    refusedBy: Type.Optional(
      Type.String({ minLength: 1, description: "lagging only: which OpenClaw / Qwen plugin versions refused the model on this plan, with the evidence." }),
    ),
  },
  { additionalProperties: false },
);
export const Availability = Type.Union([Type.Literal("available"), AvailabilityDetail]);

const Thinking = Type.Object(
  {
    param: Type.Union([Type.Literal("enable_thinking"), Type.Literal("reasoning_effort")], {
      description: "How the plugin sends thinking: top-level enable_thinking, or reasoning_effort (+ enable_thinking).",
    }),
    levels: Type.Optional(Type.Array(ThinkingLevel, { minItems: 1 })),
    default: Type.Optional(ThinkingLevel),
    map: Type.Optional(Type.Record(Type.String(), ThinkingLevel, { description: "Requested level -> level sent." })),
    forced: Type.Optional(Type.Boolean({ description: "Thinking stays on even with /think off." })),
    toolStream: Type.Optional(Type.Boolean({ description: "The plugin adds tool_stream: true when the request has tools." })),
  },
  { additionalProperties: false },
);

export const ChatModel = Type.Object(
  {
    id: Id("Provider-local model id, as used after provider/ in a model ref."),
    name: Id("Display name."),
    input: Type.Array(Modality, { minItems: 1, uniqueItems: true }),
    contextWindow: PositiveInt("Native context window in tokens."),
    maxTokens: PositiveInt("Maximum output tokens."),
    reasoning: Type.Boolean(),
    thinking: Type.Optional(Thinking),
    codeMode: Type.Optional(Type.Literal("capable")),
    hidden: Type.Optional(Type.Boolean({ description: "Hidden from OpenClaw's model picker." })),
    deprecated: Type.Optional(
      Type.Object(
        { replacedBy: Id("Model id (same provider) to use instead."), reason: Type.String({ minLength: 1 }) },
        { additionalProperties: false },
      ),
    ),
    notes: Type.Optional(Type.String()),
    availability: Type.Record(Type.String(), Availability, {
      description: "Per plan id (endpoints.yaml): available, unavailable or lagging.",
    }),
  },
  { additionalProperties: false },
);

const ChatProvider = Type.Object(
  {
    provider: Id("Provider id (endpoints.yaml providers)."),
    defaultModel: Id("Model id OpenClaw picks by default."),
    fallbackDefinition: Type.Optional(
      Type.Object(
        {
          input: Type.Array(Modality),
          contextWindow: PositiveInt("Assumed context window."),
          maxTokens: PositiveInt("Assumed max output."),
          reasoning: Type.Boolean(),
        },
        { additionalProperties: false, description: "What the plugin assumes for an id it does not know." },
      ),
    ),
    thinkingFamilies: Type.Optional(
      Type.Array(
        Type.Object(
          {
            prefix: Type.String({ minLength: 1, description: "Lower-case model-id prefix the plugin matches." }),
            except: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: "Exact ids with their own family entry." })),
            thinking: Thinking,
            source: Type.String({ minLength: 1, description: "Plugin file and function." }),
          },
          { additionalProperties: false },
        ),
        { description: "Thinking by model-id prefix, first match wins; also for ids the catalog does not list." },
      ),
    ),
    models: Type.Array(ChatModel, { minItems: 1 }),
  },
  { additionalProperties: false },
);

const VideoModel = Type.Object(
  {
    id: Id("Wan model id."),
    name: Id("Display name."),
    modes: Type.Array(Type.Union([Type.Literal("generate"), Type.Literal("imageToVideo"), Type.Literal("videoToVideo")]), {
      minItems: 1,
    }),
    references: Type.Object(
      {
        min: Type.Integer({ minimum: 0 }),
        max: Type.Integer({ minimum: 0 }),
        maxImages: Type.Integer({ minimum: 0 }),
        maxVideos: Type.Integer({ minimum: 0 }),
      },
      { additionalProperties: false },
    ),
    durations: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, description: "Allowed durations in seconds." }),
    controls: Type.Array(
      Type.Union([Type.Literal("size"), Type.Literal("aspectRatio"), Type.Literal("resolution"), Type.Literal("audio"), Type.Literal("watermark")]),
      { uniqueItems: true },
    ),
    audio: Type.Union([Type.Literal("optional"), Type.Literal("always")]),
    notes: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const CatalogTable = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    catalogVersion: Type.String({ minLength: 1, description: "Plugin version the facts were taken from." }),
    updated: Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$" }),
    sources: Type.Array(Type.String(), { minItems: 1 }),
    chat: Type.Array(ChatProvider, { minItems: 1 }),
    video: Type.Object(
      {
        providers: Type.Array(Id("Provider id serving the Wan models."), { minItems: 1 }),
        defaultModel: Id("Default Wan model id."),
        maxOutputVideos: PositiveInt("Videos per request."),
        defaultDurationSeconds: PositiveInt("Duration when omitted."),
        timeoutMs: PositiveInt("Default operation timeout."),
        pollIntervalMs: PositiveInt("Poll interval."),
        maxPolls: PositiveInt("Poll limit."),
        downloadCapMb: PositiveInt("Download cap when agents.defaults.mediaMaxMb is unset."),
        resolutions: Type.Array(Type.String(), { minItems: 1 }),
        aspectRatios: Type.Array(Type.String(), { minItems: 1 }),
        sizes: Type.Record(Type.String(), Type.Array(Type.String({ pattern: "^\\d+\\*\\d+$" }))),
        referencesMustBeRemote: Type.Boolean(),
        models: Type.Array(VideoModel, { minItems: 1 }),
      },
      { additionalProperties: false },
    ),
    mediaUnderstanding: Type.Object(
      {
        provider: Id("Provider id."),
        model: Id("Model id."),
        capabilities: Type.Array(Type.Union([Type.Literal("image"), Type.Literal("video"), Type.Literal("audio")])),
        plans: Type.Array(PlanId, { minItems: 1 }),
        notes: Type.Optional(Type.String()),
      },
      { additionalProperties: false },
    ),
    retired: Type.Array(
      Type.Object(
        {
          provider: Id("Provider id the retired model was used with."),
          id: Id("Retired model id."),
          kind: Type.Union([Type.Literal("chat"), Type.Literal("media-understanding")]),
          replacedBy: Type.String({ pattern: "^[^/]+/.+$", description: "Full model ref to use instead." }),
          reason: Type.String({ minLength: 1 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const Capability = Type.Union([Type.Literal("chat"), Type.Literal("media-understanding"), Type.Literal("video-generation")]);

export const EndpointsTable = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    plans: Type.Array(
      Type.Object(
        {
          id: PlanId,
          name: Id("Display name."),
          billing: Id("How it is billed."),
          provider: Id("Provider id that serves this plan."),
          keyPrefix: Type.Optional(Type.String({ minLength: 1, description: "Literal prefix of this plan's API keys." })),
          keyDescription: Id("What a key for this plan looks like."),
          capabilities: Type.Array(Capability, { minItems: 1, uniqueItems: true }),
          interactiveOnly: Type.Optional(Type.Boolean()),
          interactiveOnlyReason: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    regions: Type.Array(Type.Object({ id: RegionId, name: Id("Display name.") }, { additionalProperties: false })),
    endpoints: Type.Array(
      Type.Object(
        {
          id: Id("Endpoint id (plan-region)."),
          plan: PlanId,
          region: RegionId,
          regionDetail: Type.Optional(Type.String()),
          baseUrl: Type.String({ pattern: "^https://[a-z0-9.-]+(/[A-Za-z0-9._-]+)*$", description: "Exact base URL." }),
          authChoice: Id("Canonical `openclaw onboard --auth-choice` id."),
          legacyAuthChoice: Type.Optional(Type.String({ minLength: 1, description: "Deprecated auth-choice id." })),
          cliFlag: Type.String({ pattern: "^--[a-z0-9-]+$", description: "Flag that passes the key for this choice." }),
          aigcHost: Type.Optional(Type.String({ pattern: "^https://[a-z0-9.-]+$", description: "Video (AIGC) host." })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    hostPlans: Type.Optional(
      Type.Array(
        Type.Object(
          {
            hostPattern: Type.String({ minLength: 1, description: "Regular expression on the lower-cased host." }),
            plan: PlanId,
            source: Type.String({ minLength: 1, description: "Where the pattern comes from (plugin file and function)." }),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    defaults: Type.Object(
      {
        chat: Id("Endpoint id for chat when no baseUrl is set."),
        tokenPlanChat: Id("Endpoint id for qwen-token-plan when no baseUrl is set."),
        mediaUnderstanding: Id("Endpoint id for media understanding."),
        videoGeneration: Id("Endpoint id for video generation."),
      },
      { additionalProperties: false },
    ),
    providers: Type.Array(
      Type.Object(
        {
          id: Type.String({ pattern: "^[a-z][a-z0-9-]*$" }),
          status: Type.Union([Type.Literal("canonical"), Type.Literal("alias"), Type.Literal("legacy"), Type.Literal("removed")]),
          role: Type.Optional(Type.Union([Type.Literal("chat"), Type.Literal("video")])),
          plans: Type.Optional(Type.Array(PlanId, { minItems: 1 })),
          aliasOf: Type.Optional(Type.String({ minLength: 1, description: "Canonical provider id this id stands for." })),
          replacedBy: Type.Optional(Type.String({ minLength: 1 })),
          overlay: Type.Optional(
            Type.Boolean({ description: "OpenClaw accepts models.providers.<id> without baseUrl and models." }),
          ),
          customEntryOwnsRefs: Type.Optional(
            Type.Boolean({ description: "A models.providers.<id> entry with an api other than the aliased provider's takes <id>/... refs away from it." }),
          ),
          runtimeAlias: Type.Optional(Type.Boolean({ description: "The plugin registers this id as an alias of its provider (not only in its manifest)." })),
          api: Type.Optional(Type.String({ minLength: 1, description: "The transport api the plugin's catalog declares for this provider." })),
          baseUrlFrom: Type.Optional(
            Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: "models.providers ids whose baseUrl the plugin reads, first match wins." }),
          ),
          env: Type.Optional(Type.Array(Type.String({ pattern: "^[A-Z][A-Z0-9_]*$" }), { description: "Lookup order." })),
          plugin: Type.Optional(Type.String()),
          pluginPackage: Type.Optional(Type.String()),
          authChoice: Type.Optional(Type.String()),
          cliFlag: Type.Optional(Type.String({ pattern: "^--[a-z0-9-]+$" })),
          defaultBaseUrl: Type.Optional(Type.String()),
          note: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    removedHosts: Type.Array(
      Type.Object(
        { host: Type.String({ minLength: 1 }), replacedBy: Type.String({ minLength: 1 }), note: Type.String() },
        { additionalProperties: false },
      ),
    ),
    envVars: Type.Array(
      Type.Object(
        {
          name: Type.String({ pattern: "^[A-Z][A-Z0-9_]*$" }),
          providers: Type.Array(Type.String(), { minItems: 1 }),
          status: Type.Union([Type.Literal("preferred"), Type.Literal("compatibility"), Type.Literal("token-plan-only")]),
          preferred: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
    ignoredEnvFiles: Type.Array(
      Type.Object(
        { file: Type.String(), ignores: Type.Array(Type.String()), use: Type.String() },
        { additionalProperties: false },
      ),
    ),
    daemonEnv: Type.Object(
      { files: Type.Array(Type.String()), shellEnvSetting: Type.String(), shellEnvVariable: Type.String() },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export type CatalogTableT = Static<typeof CatalogTable>;
export type EndpointsTableT = Static<typeof EndpointsTable>;
export type ChatModelT = Static<typeof ChatModel>;
