// OpenClaw's whole config schema as the linter reads it (generated: src/generated/openclaw-schema.ts),
// each large part parsed on first read (./lazy-schema.ts).
import { LINT_SCHEMA_PARTS, LINT_SCHEMA_ROOT } from "../generated/openclaw-schema.js";
import { lazySchema } from "./lazy-schema.js";

/** A fresh copy of the lint schema; parts are parsed when first read. */
export const lintSchema = (): Record<string, unknown> => lazySchema(LINT_SCHEMA_PARTS, LINT_SCHEMA_ROOT);
