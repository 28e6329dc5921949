// `npm run generate`: compile catalog.yaml + endpoints.yaml and OpenClaw's schema (scripts/data/openclaw/,
// from `npm run upstream`) into src/generated/ and schema/. No network.
// Everything here runs at build time; the linter imports only the generated modules.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { emitAuthMarkers } from "./lib/emit-auth-markers.js";
import { emitCatalogModule } from "./lib/emit-catalog.js";
import { emitConfigSchema, emitLintSchemaData, formatSchema } from "./lib/emit-config-schema.js";
import { emitReadmeRules, emitRuleIds, emitRulePageHeaders, emitRulesIndex } from "./lib/emit-docs.js";
import { emitOpenClawModule } from "./lib/emit-openclaw.js";
import { emitReportSchema } from "./lib/emit-report-schema.js";
import { emitTableSchemas } from "./lib/emit-table-schemas.js";
import { loadTables, TableError } from "./lib/tables.js";
import { LINT_SCHEMA_DATA } from "../src/schema/lazy-schema.js";
import { loadUpstream } from "../src/schema/openclaw-config.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Every generated file, path relative to the repo root -> content. Pure: writes nothing. */
export function generateAll(root = ROOT): Map<string, string> {
  const catalogPath = join(root, "catalog.yaml");
  const endpointsPath = join(root, "endpoints.yaml");
  const tables = loadTables(catalogPath, endpointsPath);
  const hash = createHash("sha256")
    .update(readFileSync(catalogPath))
    .update(readFileSync(endpointsPath))
    .digest("hex")
    .slice(0, 16);
  const files = new Map<string, string>();
  files.set("src/generated/catalog.ts", emitCatalogModule(tables, hash));
  const upstream = loadUpstream(root);
  files.set("src/generated/openclaw.ts", emitOpenClawModule(upstream));
  files.set("src/generated/auth-markers.ts", emitAuthMarkers(root));
  for (const [path, content] of emitTableSchemas()) files.set(path, content);
  const configSchema = emitConfigSchema(tables, upstream);
  files.set("schema/openclaw-qwen.schema.json", formatSchema(configSchema));
  files.set(LINT_SCHEMA_DATA.join("/"), emitLintSchemaData(tables, upstream));
  files.set("schema/report.schema.json", emitReportSchema(root));
  files.set("docs/rules/README.md", emitRulesIndex());
  files.set("src/generated/rule-ids.ts", emitRuleIds());
  for (const [path, content] of emitRulePageHeaders(root)) files.set(path, content);
  const readme = emitReadmeRules(root);
  if (readme !== undefined) files.set("README.md", readme);
  return files;
}

function main() {
  let files: Map<string, string>;
  try {
    files = generateAll();
  } catch (e) {
    if (e instanceof TableError) {
      process.stderr.write(e.problems.join("\n") + "\n");
      process.exit(1);
    }
    throw e;
  }
  for (const [path, content] of files) {
    const abs = join(ROOT, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  process.stdout.write(`generated ${files.size} files: ${[...files.keys()].map((p) => relative(".", join(ROOT, p)) || p).join(", ")}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
