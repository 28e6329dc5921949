// Emits the editor schema (schema/openclaw-qwen.schema.json) and the lint-time validator
// (src/generated/validate-config.js, ajv standalone code: no schema compilation when linting).
import { Ajv } from "ajv";
import * as standalone from "ajv/dist/standalone/index.js";
import { buildConfigSchema } from "../../src/schema/openclaw-config.js";
import { GENERATED_HEADER } from "./emit-catalog.js";
import type { Tables } from "./tables.js";

const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

/** Keywords VS Code / yaml-language-server understand that ajv does not. */
export const EDITOR_KEYWORDS = [
  "markdownDescription", "enumDescriptions", "markdownEnumDescriptions", "enumSortTexts", "enumDetails", "defaultSnippets",
  "deprecationMessage", "errorMessage", "patternErrorMessage", "doNotSuggest", "suggestSortText", "completionDetail",
  "allowComments", "allowTrailingCommas", "x-expected",
];

export function emitConfigSchema(tables: Tables): object {
  const schema = buildConfigSchema(tables, "editor");
  return {
    $schema: DRAFT_07,
    $id: `https://openclaw-qwen-lint.invalid/schema/openclaw-qwen.schema.json`,
    title: "OpenClaw config (Qwen provider parts)",
    ...JSON.parse(JSON.stringify(schema)),
  };
}

export function emitConfigValidator(tables: Tables): Map<string, string> {
  const schema = JSON.parse(JSON.stringify(buildConfigSchema(tables, "lint")));
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, code: { source: true, esm: true, lines: true } });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  const validate = ajv.compile(schema);
  // ajv's standalone output require()s its small runtime helpers; make them ESM imports.
  const imports = new Set<string>();
  type Standalone = (ajv: Ajv, v: unknown) => string;
  const mod = standalone as unknown as { default: Standalone | { default: Standalone } };
  const standaloneCode: Standalone = typeof mod.default === "function" ? mod.default : mod.default.default;
  const code = standaloneCode(ajv, validate).replace(/require\("ajv\/dist\/runtime\/(\w+)"\)/g, (_m, name: string) => {
    imports.add(name);
    return `__${name}`;
  });
  // Node's ESM loader gives the CJS module object ({ default: fn }); loaders that unwrap __esModule
  // (vitest) give fn itself. Normalise to the object shape the generated code reads.
  const header = [...imports]
    .sort()
    .map((n) => `import __m_${n} from "ajv/dist/runtime/${n}.js";\nconst __${n} = { default: __m_${n}.default ?? __m_${n} };\n`)
    .join("");
  return new Map([
    ["src/generated/validate-config.js", GENERATED_HEADER("src/schema/openclaw-config.ts (lint variant) via ajv standalone") + "// @ts-nocheck\n" + header + code + "\n"],
    [
      "src/generated/validate-config.d.ts",
      GENERATED_HEADER("src/schema/openclaw-config.ts") +
        `import type { ErrorObject } from "ajv";\n\ndeclare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };\nexport default validate;\n`,
    ],
  ]);
}
