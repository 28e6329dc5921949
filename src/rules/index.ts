// The rule registry: every rule, in documentation order.
import type { Rule } from "../engine/rule.js";
import parseError from "./parse-error.js";
import unknownKey from "./unknown-key.js";
import invalidValue from "./invalid-value.js";
import duplicateKey from "./duplicate-key.js";
import legacyConfigKey from "./legacy-config-key.js";
import modelRowIncomplete from "./model-row-incomplete.js";
import customProviderIncomplete from "./custom-provider-incomplete.js";
import providerIdCollision from "./provider-id-collision.js";
import includeError from "./include-error.js";
import envPlaceholder from "./env-placeholder.js";
import secretRefInvalid from "./secret-ref-invalid.js";
import secretRefUnresolved from "./secret-ref-unresolved.js";
import agentSlotUnsupported from "./agent-slot-unsupported.js";
import unknownModel from "./unknown-model.js";
import modelNotOnPlan from "./model-not-on-plan.js";
import preferStandardEndpoint from "./prefer-standard-endpoint.js";
import deprecatedModel from "./deprecated-model.js";
import imageInputUnsupported from "./image-input-unsupported.js";
import inputModalityOverclaim from "./input-modality-overclaim.js";
import limitExceedsCatalog from "./limit-exceeds-catalog.js";
import modelIdPrefixed from "./model-id-prefixed.js";
import bareModelRef from "./bare-model-ref.js";
import modelRefInvalid from "./model-ref-invalid.js";
import duplicateFallback from "./duplicate-fallback.js";
import mediaSlotMismatch from "./media-slot-mismatch.js";
import thinkingParamsConflict from "./thinking-params-conflict.js";
import apiAdapterMismatch from "./api-adapter-mismatch.js";
import unknownEndpoint from "./unknown-endpoint.js";
import baseUrlShape from "./base-url-shape.js";
import planProviderMismatch from "./plan-provider-mismatch.js";
import regionIgnored from "./region-ignored.js";
import apiKeyPlanMismatch from "./api-key-plan-mismatch.js";
import videoRequiresStandard from "./video-requires-standard.js";
import mediaUnderstandingRequiresStandard from "./media-understanding-requires-standard.js";
import tokenPlanUnattended from "./token-plan-unattended.js";
import legacyProviderAlias from "./legacy-provider-alias.js";
import modelstudioOverride from "./modelstudio-override.js";
import legacyTokenPlanProvider from "./legacy-token-plan-provider.js";
import qwenPortalRemoved from "./qwen-portal-removed.js";
import legacyEnvVar from "./legacy-env-var.js";
import tokenPlanEnvVar from "./token-plan-env-var.js";
import legacyAuthChoice from "./legacy-auth-choice.js";
import authChoiceFlagMismatch from "./auth-choice-flag-mismatch.js";
import plaintextApiKey from "./plaintext-api-key.js";
import daemonEnv from "./daemon-env.js";
import workspaceDotenvCredential from "./workspace-dotenv-credential.js";
import cronVideoRejected from "./cron-video-rejected.js";
import cronVideoAdjusted from "./cron-video-adjusted.js";
import pluginDisabled from "./plugin-disabled.js";
import pluginConfigNotEmpty from "./plugin-config-not-empty.js";
import unusedDisableDirective from "./unused-disable-directive.js";
import envRefLiteral from "./env-ref-literal.js";

export const rules: readonly Rule[] = [
  parseError,
  unknownKey,
  invalidValue,
  duplicateKey,
  legacyConfigKey,
  modelRowIncomplete,
  customProviderIncomplete,
  providerIdCollision,
  includeError,
  envPlaceholder,
  secretRefInvalid,
  secretRefUnresolved,
  agentSlotUnsupported,
  unknownModel,
  modelNotOnPlan,
  preferStandardEndpoint,
  deprecatedModel,
  imageInputUnsupported,
  inputModalityOverclaim,
  limitExceedsCatalog,
  modelIdPrefixed,
  bareModelRef,
  modelRefInvalid,
  duplicateFallback,
  mediaSlotMismatch,
  thinkingParamsConflict,
  apiAdapterMismatch,
  unknownEndpoint,
  baseUrlShape,
  planProviderMismatch,
  regionIgnored,
  apiKeyPlanMismatch,
  videoRequiresStandard,
  mediaUnderstandingRequiresStandard,
  tokenPlanUnattended,
  legacyProviderAlias,
  modelstudioOverride,
  legacyTokenPlanProvider,
  qwenPortalRemoved,
  legacyEnvVar,
  tokenPlanEnvVar,
  legacyAuthChoice,
  authChoiceFlagMismatch,
  plaintextApiKey,
  envRefLiteral,
  daemonEnv,
  workspaceDotenvCredential,
  cronVideoRejected,
  cronVideoAdjusted,
  pluginDisabled,
  pluginConfigNotEmpty,
  unusedDisableDirective,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
