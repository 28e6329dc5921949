// OpenClaw's whole config schema as the linter reads it: generated into schema/openclaw-lint-schema.txt
// by `npm run generate`, read once when the first lint needs it, each large part parsed on first read
// (./lazy-schema.ts). A data file rather than string constants in code: the bundled CLI would otherwise
// read, compile-cache and deserialise ~260 KB of schema text on every start, even for `--version`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root.js";
import { LINT_SCHEMA_DATA, lazySchema, readSchemaParts, type PartSource } from "./lazy-schema.js";

let stored: { root: number; part: PartSource } | undefined;

function load(): { root: number; part: PartSource } {
  const file = join(PACKAGE_ROOT, ...LINT_SCHEMA_DATA);
  try {
    return readSchemaParts(readFileSync(file));
  } catch (e) {
    throw new Error(`openclaw-qwen-lint: cannot read its schema data ${file} (reinstall the package): ${(e as Error).message}`);
  }
}

/** A fresh copy of the lint schema; parts are parsed when first read. */
export function lintSchema(): Record<string, unknown> {
  stored ??= load();
  return lazySchema(stored.part, stored.root);
}
