// Emits schema/report.schema.json, the JSON Schema of `--format json`, from the TypeScript type
// `Report` in src/report.ts (ts-json-schema-generator), so the schema cannot drift from the code.
import { join } from "node:path";
import { createGenerator } from "ts-json-schema-generator";

export function emitReportSchema(root: string): string {
  const schema = createGenerator({
    path: join(root, "src/report.ts"),
    tsconfig: join(root, "tsconfig.build.json"),
    type: "Report",
    expose: "export",
    topRef: true,
    jsDoc: "extended",
    additionalProperties: false,
    skipTypeCheck: true,
  }).createSchema("Report");
  return JSON.stringify({ $id: "openclaw-qwen-lint/report.schema.json", title: "openclaw-qwen-lint JSON report", ...schema }, null, 2) + "\n";
}
