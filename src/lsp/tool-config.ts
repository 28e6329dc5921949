// The project config `.openclaw-qwen-lint.json5` as the language server sees it: the nearest one at
// or above a config file's directory (as the CLI finds it), read through the server's file host so
// unsaved edits count, validated by the CLI's own validator. An invalid file is ignored (defaults
// apply) and its problems are shown in that file.
import { dirname, join } from "node:path";
import type { FileHost } from "../engine/include.js";
import type { ToolConfig } from "../engine/linter.js";
import { parseProjectConfig, PROJECT_CONFIG_NAME, ProjectConfigError } from "../project-config.js";

export const PROJECT_CONFIG_FILE = PROJECT_CONFIG_NAME;

export interface ToolConfigProblem {
  /** 1-based line and UTF-16 column, as the validator reports them. */
  line: number;
  column: number;
  /** UTF-16 length of the token there (at least 1). */
  length: number;
  message: string;
}

export interface ToolConfigResult {
  path: string;
  /** Empty when the file is invalid. */
  config: ToolConfig;
  problems: ToolConfigProblem[];
}

/** The nearest project config at or above `dir` (open documents count), or undefined. */
export function findToolConfig(dir: string, host: FileHost): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, PROJECT_CONFIG_FILE);
    try {
      host.size(candidate);
      return candidate;
    } catch {
      // keep walking up
    }
    if (dirname(d) === d) return undefined;
  }
}

const TOKEN = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[\w$.+-]+)/;

export function readToolConfig(path: string, host: FileHost): ToolConfigResult {
  let text: string;
  try {
    text = host.readFile(path);
  } catch (e) {
    return { path, config: {}, problems: [{ line: 1, column: 1, length: 1, message: `cannot read the project config: ${(e as Error).message}` }] };
  }
  try {
    return { path, config: parseProjectConfig(text, path), problems: [] };
  } catch (e) {
    if (!(e instanceof ProjectConfigError)) throw e;
    const lines = text.split(/\r\n|\r|\n/);
    const problems = e.problems.map((p) => {
      const rest = (lines[p.line - 1] ?? "").slice(p.column - 1);
      return { ...p, length: Math.max(1, TOKEN.exec(rest)?.[0].length ?? 1), message: `${p.message} (the project config is ignored until this is fixed)` };
    });
    return { path, config: {}, problems };
  }
}
