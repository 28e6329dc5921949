// Library API of openclaw-qwen-lint.
export { isScriptFile, type RuleSetting } from "./engine/linter.js";
export { lintText, lintFiles, checkToolConfig, InvalidToolConfigError, type LintOptions, type LintFilesOptions, type ToolConfig, type RuleSettings } from "./api.js";
export { findProjectConfig, loadProjectConfig, ProjectConfigError, PROJECT_CONFIG_NAME, type ProjectConfig, type ConfigProblem } from "./project-config.js";
export { RULE_IDS, type RuleId } from "./generated/rule-ids.js";
export { fixText, fixFile, writeAtomic, type FixOutcome } from "./engine/fix.js";
export { rules, ruleById } from "./rules/index.js";
export { Catalog, catalogFor, defaultCatalog, type CatalogExtension } from "./catalog/index.js";
export type * from "./catalog/types.js";
export type { Rule, RuleMeta, RuleContext, ReportInput, RuleCategory } from "./engine/rule.js";
export type { ConfigFacts, RefSite, Slot, SlotKind, ProviderSite, EndpointResolution, QwenTarget } from "./engine/facts.js";
export { parseModelRef, type ModelRef } from "./engine/model-ref.js";
export type { Diagnostic, FileResult, Report, Severity, Fix, TextEdit, Range, Position } from "./report.js";
export { VERSION, TOOL_NAME } from "./version.js";
export type { InstallationSource, InstallationContext } from "./install/context.js";
export type { OpenedInstallation } from "./install/api.js";
export type { Installation, InstallationProblem, LocateOptions } from "./install/installation.js";

/**
 * Read an OpenClaw installation (state directory, state database, .env files; read-only, no lock) for
 * LintOptions.installation. The reader is loaded on the first call, so plain config linting never pays for it.
 */
export async function openInstallation(opts: import("./install/installation.js").LocateOptions = {}): Promise<import("./install/api.js").OpenedInstallation> {
  return (await import("./install/api.js")).openInstallation(opts);
}
export { CATALOG_VERSION, CATALOG_UPDATED } from "./generated/catalog.js";
export type { FileHost } from "./engine/include.js";
