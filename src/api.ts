// The library's lintText and lintFiles: the engine's, plus what the CLI does around it, so the
// library and the CLI agree on the same file.
// - A ToolConfig is checked like `.openclaw-qwen-lint.json5`: a misspelt rule id or an incomplete
//   catalog.models entry throws InvalidToolConfigError (with did-you-mean) instead of being ignored.
// - lintFiles applies the nearest `.openclaw-qwen-lint.json5` of each file, as the CLI does, unless a
//   config is given or `projectConfig: false`; a project config passed as a file is validated, not linted.
import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { catalogFor, type Catalog } from "./catalog/index.js";
import { lintText as lintEngine, type LintOptions as EngineLintOptions, type RuleSetting, type ToolConfig as EngineToolConfig } from "./engine/linter.js";
import type { RuleId } from "./generated/rule-ids.js";
import { findProjectConfig, loadProjectConfig, parseProjectConfig, PROJECT_CONFIG_NAME, ProjectConfigError, type ProjectConfig } from "./project-config.js";
import type { FileResult } from "./report.js";

/** Rule id -> level. Keys are the rule ids, so a misspelt id does not compile. */
export type RuleSettings = { [K in RuleId]?: RuleSetting };

/** Tool configuration: what `.openclaw-qwen-lint.json5` holds. */
export interface ToolConfig extends Omit<EngineToolConfig, "rules"> {
  rules?: RuleSettings;
}

export interface LintOptions extends Omit<EngineLintOptions, "config"> {
  config?: ToolConfig;
}

export interface LintFilesOptions extends Omit<LintOptions, "filePath"> {
  /**
   * Which project config applies when `config` is not given: `true` (default) the nearest
   * `.openclaw-qwen-lint.json5` at or above each file, as the CLI; a path: that file for all;
   * `false`: none (rule defaults).
   */
  projectConfig?: boolean | string;
}

/** A ToolConfig that is not valid: the message lists every problem. */
export class InvalidToolConfigError extends Error {
  override name = "InvalidToolConfigError";
  constructor(readonly problems: readonly string[]) {
    super(`invalid ToolConfig: ${problems.join("; ")}`);
  }
}

const checked = new WeakSet<object>();

/** Check a ToolConfig object as the project config file is checked; throws InvalidToolConfigError. */
export function checkToolConfig(config: ToolConfig): void {
  if (checked.has(config)) return;
  try {
    parseProjectConfig(JSON.stringify(config), "<ToolConfig>");
  } catch (e) {
    if (e instanceof ProjectConfigError) throw new InvalidToolConfigError(e.problems.map((p) => p.message));
    throw e;
  }
  checked.add(config);
}

/** Lint text (an editor buffer, a generated config). `config` is checked first. */
export function lintText(text: string, opts: LintOptions = {}): FileResult {
  if (opts.config) checkToolConfig(opts.config);
  return lintEngine(text, opts as EngineLintOptions);
}

const empty = (filePath: string): FileResult => ({ filePath, diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 });

/**
 * Lint files from disk as the CLI does: each with its nearest project config (see `projectConfig`).
 * Unreadable files and invalid project configs throw (ProjectConfigError names the file and positions).
 */
export function lintFiles(paths: readonly string[], opts: LintFilesOptions = {}): FileResult[] {
  const { projectConfig = true, ...rest } = opts;
  if (rest.config) checkToolConfig(rest.config);
  const explicit = typeof projectConfig === "string" ? loadProjectConfig(projectConfig) : undefined;
  const loaded = new Map<string, { project: ProjectConfig; catalog: Catalog }>();
  const settingsFor = (file: string) => {
    if (rest.config || projectConfig === false) return undefined;
    const path = explicit?.path ?? findProjectConfig(dirname(file));
    if (!path) return undefined;
    let s = loaded.get(path);
    if (!s) {
      const project = explicit ?? loadProjectConfig(path);
      s = { project, catalog: catalogFor(project.config.catalog) };
      loaded.set(path, s);
    }
    return s;
  };
  return paths.map((p) => {
    const abs = resolve(p);
    const text = readFileSync(abs, "utf8");
    // The tool's own config among the inputs (a glob, a pre-commit hook) is validated, never linted.
    if (basename(abs) === PROJECT_CONFIG_NAME) return (parseProjectConfig(text, abs), empty(p));
    const s = settingsFor(abs);
    return lintEngine(text, { ...rest, filePath: p, config: s?.project.config ?? rest.config, catalog: rest.catalog ?? s?.catalog } as EngineLintOptions);
  });
}
