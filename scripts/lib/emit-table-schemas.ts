// Emits schema/catalog.schema.json and schema/endpoints.schema.json from the TypeBox table schemas,
// referenced by the `# yaml-language-server: $schema=` line at the top of each table.
import { CatalogTable, EndpointsTable } from "../../src/schema/tables.js";

const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

export function tableSchemaJson(schema: object, id: string, title: string): string {
  return JSON.stringify({ $schema: DRAFT_07, $id: id, title, ...schema }, null, 2) + "\n";
}

export function emitTableSchemas(): Map<string, string> {
  return new Map([
    ["schema/catalog.schema.json", tableSchemaJson(CatalogTable, "openclaw-qwen-lint/catalog.schema.json", "openclaw-qwen-lint catalog.yaml")],
    ["schema/endpoints.schema.json", tableSchemaJson(EndpointsTable, "openclaw-qwen-lint/endpoints.schema.json", "openclaw-qwen-lint endpoints.yaml")],
  ]);
}
