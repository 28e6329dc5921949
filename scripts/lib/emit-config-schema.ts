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

/**
 * Move object subschemas that occur more than once (model slots, provider rows, ...) into
 * `definitions` and point at them with $ref. With inlineRefs off, ajv then generates each once
 * instead of inlining it at every use: a smaller validator that loads and first-runs faster.
 */
export function hoistRepeated(schema: Record<string, unknown>, minLength = 200): Record<string, unknown> {
  const counts = new Map<string, number>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const key = JSON.stringify(node);
    if (key.length >= minLength) counts.set(key, (counts.get(key) ?? 0) + 1);
    Object.values(node).forEach(visit);
  };
  visit(schema);
  const names = new Map<string, string>();
  const definitions: Record<string, unknown> = {};
  // Unions stay inline, with everything under them: errors of a $ref'd function carry schema paths
  // relative to that function, and the unknown-key/invalid-value translator reads a union's branch
  // errors by their path under the anyOf.
  const rewrite = (node: unknown, top = false, inUnion = false): unknown => {
    if (Array.isArray(node)) return node.map((n) => rewrite(n, false, inUnion));
    if (typeof node !== "object" || node === null) return node;
    const key = JSON.stringify(node);
    if (!top && !inUnion && !key.includes('"anyOf"') && (counts.get(key) ?? 0) > 1) {
      let name = names.get(key);
      if (!name) {
        name = `d${names.size}`;
        names.set(key, name);
        definitions[name] = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rewrite(v, false, k === "anyOf")]));
      }
      return { $ref: `#/definitions/${name}` };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rewrite(v, false, k === "anyOf")]));
  };
  const out = rewrite(schema, true) as Record<string, unknown>;
  return Object.keys(definitions).length ? { ...out, definitions } : out;
}

/** `anyOf` of string consts (TypeBox literal unions) -> one `enum`: far less generated code, same errors. */
export function constUnionsToEnums(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(constUnionsToEnums);
  if (typeof node !== "object" || node === null) return node;
  const o = node as Record<string, unknown>;
  const branches = o.anyOf;
  if (Array.isArray(branches) && branches.length > 1 && branches.every((b) => typeof b === "object" && b !== null && "const" in b && Object.keys(b).every((k) => k === "const" || k === "type"))) {
    const { anyOf: _anyOf, ...rest } = o;
    return { ...rest, enum: branches.map((b) => (b as { const: unknown }).const) };
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, constUnionsToEnums(v)]));
}

export function emitConfigValidator(tables: Tables): Map<string, string> {
  const schema = hoistRepeated(constUnionsToEnums(JSON.parse(JSON.stringify(buildConfigSchema(tables, "lint")))) as Record<string, unknown>);
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, inlineRefs: false, code: { source: true, esm: true, lines: true } });
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
