// Shapes of the generated catalog data. They mirror src/schema/tables.ts (TypeBox, build time only);
// test/catalog-types.test.ts proves at compile time that every table value fits these types.

export type PlanId = "coding" | "standard" | "token";
export type RegionId = "global" | "cn";
export type Modality = "text" | "image" | "video" | "audio";
export type Capability = "chat" | "media-understanding" | "video-generation";
export type ThinkingLevel = "off" | "minimal" | "low" | "medium" | "high" | "xhigh" | "adaptive" | "max" | "ultra";

export type Availability = "available" | { readonly status: "unavailable" | "lagging"; readonly reason: string; readonly refusedBy?: string };

export interface ChatModel {
  readonly id: string;
  readonly name: string;
  readonly input: readonly Modality[];
  readonly contextWindow: number;
  readonly maxTokens: number;
  readonly reasoning: boolean;
  readonly thinking?: ThinkingSpec;
  readonly codeMode?: "capable";
  readonly hidden?: boolean;
  readonly deprecated?: { readonly replacedBy: string; readonly reason: string };
  readonly notes?: string;
  readonly availability: Readonly<Partial<Record<PlanId, Availability>>>;
}

export interface ThinkingSpec {
  readonly param: "enable_thinking" | "reasoning_effort";
  readonly levels?: readonly ThinkingLevel[];
  readonly default?: ThinkingLevel;
  readonly map?: Readonly<Record<string, ThinkingLevel>>;
  readonly forced?: boolean;
  readonly toolStream?: boolean;
}

/** Thinking the plugin applies by model-id prefix, also to ids its catalog does not list (live discovery). */
export interface ThinkingFamily {
  readonly prefix: string;
  /** Exact ids (lower-case) that differ from the family, e.g. glm-5.2 accepting max. */
  readonly except?: readonly string[];
  readonly thinking: ThinkingSpec;
  readonly source: string;
}

export interface ChatProviderCatalog {
  readonly provider: string;
  readonly thinkingFamilies?: readonly ThinkingFamily[];
  readonly defaultModel: string;
  readonly fallbackDefinition?: {
    readonly input: readonly Modality[];
    readonly contextWindow: number;
    readonly maxTokens: number;
    readonly reasoning: boolean;
  };
  readonly models: readonly ChatModel[];
}

export type VideoControl = "size" | "aspectRatio" | "resolution" | "audio" | "watermark";

export interface VideoModel {
  readonly id: string;
  readonly name: string;
  readonly modes: readonly ("generate" | "imageToVideo" | "videoToVideo")[];
  readonly references: { readonly min: number; readonly max: number; readonly maxImages: number; readonly maxVideos: number };
  readonly durations: readonly number[];
  readonly controls: readonly VideoControl[];
  readonly audio: "optional" | "always";
  readonly notes?: string;
}

export interface VideoCatalog {
  readonly providers: readonly string[];
  readonly defaultModel: string;
  readonly maxOutputVideos: number;
  readonly defaultDurationSeconds: number;
  readonly timeoutMs: number;
  readonly pollIntervalMs: number;
  readonly maxPolls: number;
  readonly downloadCapMb: number;
  readonly resolutions: readonly string[];
  readonly aspectRatios: readonly string[];
  readonly sizes: Readonly<Record<string, readonly string[]>>;
  readonly referencesMustBeRemote: boolean;
  readonly models: readonly VideoModel[];
}

export interface MediaUnderstanding {
  readonly provider: string;
  readonly model: string;
  readonly capabilities: readonly ("image" | "video" | "audio")[];
  readonly plans: readonly PlanId[];
  readonly notes?: string;
}

export interface RetiredModel {
  readonly provider: string;
  readonly id: string;
  readonly kind: "chat" | "media-understanding";
  readonly replacedBy: string;
  readonly reason: string;
}

export interface Plan {
  readonly id: PlanId;
  readonly name: string;
  readonly billing: string;
  readonly provider: string;
  readonly keyPrefix?: string;
  readonly keyDescription: string;
  readonly capabilities: readonly Capability[];
  readonly interactiveOnly?: boolean;
  readonly interactiveOnlyReason?: string;
}

export interface Region {
  readonly id: RegionId;
  readonly name: string;
}

export interface Endpoint {
  readonly id: string;
  readonly plan: PlanId;
  readonly region: RegionId;
  readonly regionDetail?: string;
  readonly baseUrl: string;
  readonly authChoice: string;
  readonly legacyAuthChoice?: string;
  readonly cliFlag: string;
  readonly aigcHost?: string;
}

export interface ProviderInfo {
  readonly id: string;
  readonly status: "canonical" | "alias" | "legacy" | "removed";
  readonly role?: "chat" | "video";
  readonly plans?: readonly PlanId[];
  readonly aliasOf?: string;
  readonly replacedBy?: string;
  readonly overlay?: boolean;
  /** models.providers ids whose baseUrl the plugin reads for this provider, first match wins. */
  readonly baseUrlFrom?: readonly string[];
  /** A models.providers.<id> entry with another api takes <id>/... refs away from the aliased provider. */
  readonly customEntryOwnsRefs?: boolean;
  /** The plugin registers the id as an alias of its provider (dist/index.js), not only in its manifest. */
  readonly runtimeAlias?: boolean;
  /** The transport api the plugin's catalog declares (`openai-completions`). */
  readonly api?: string;
  readonly env?: readonly string[];
  readonly plugin?: string;
  readonly pluginPackage?: string;
  readonly authChoice?: string;
  readonly cliFlag?: string;
  readonly defaultBaseUrl?: string;
  readonly note?: string;
}

export interface EnvVarInfo {
  readonly name: string;
  readonly providers: readonly string[];
  readonly status: "preferred" | "compatibility" | "token-plan-only";
  readonly preferred?: string;
}

export interface EndpointDefaults {
  readonly chat: string;
  readonly tokenPlanChat: string;
  readonly mediaUnderstanding: string;
  readonly videoGeneration: string;
}
