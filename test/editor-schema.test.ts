// The generated editor schema (schema/openclaw-qwen.schema.json): valid draft-07 with the editor
// keywords declared, accepts the real onboarding outputs, offers every catalog ref in every model slot,
// and marks retired keys and aliases as deprecated.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import JSON5 from "json5";
import { describe, expect, it } from "vitest";
import { EDITOR_KEYWORDS } from "../scripts/lib/emit-config-schema.js";
import { EDITOR_FORMATS } from "../src/schema/openclaw-config.js";
import { CHAT_CATALOG, VIDEO_CATALOG } from "../src/generated/catalog.js";

const ROOT = join(import.meta.dirname, "..");
const schema = JSON.parse(readFileSync(join(ROOT, "schema/openclaw-qwen.schema.json"), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
ajv.addVocabulary(EDITOR_KEYWORDS);
// The formats OpenClaw's schema uses (VS Code checks them; ajv needs ajv-formats, not a dependency here).
for (const f of EDITOR_FORMATS) ajv.addFormat(f, true);
const validate = ajv.compile(schema);

type Node = Record<string, any>;
/** Follows `#/definitions/x` refs: repeated subschemas are defined once. */
const deref = (n: Node): Node => (typeof n?.$ref === "string" ? deref(schema.definitions[n.$ref.slice("#/definitions/".length)]) : n);
const at = (path: string[]): Node => path.reduce<Node>((n, k) => deref(k === "*" ? deref(n).additionalProperties : deref(n).properties?.[k] ?? deref(n)[k]), schema);
const enumOf = (ref: Node): string[] => ref.anyOf?.map(deref).find((b: Node) => b.enum)?.enum ?? [];
const docsOf = (ref: Node): string[] => ref.anyOf?.map(deref).find((b: Node) => b.enum)?.markdownEnumDescriptions ?? [];

const chatRefs = CHAT_CATALOG.flatMap((c) => c.models.map((m) => `${c.provider}/${m.id}`));
const imageRefs = CHAT_CATALOG.flatMap((c) => c.models.filter((m) => (m.input as readonly string[]).includes("image")).map((m) => `${c.provider}/${m.id}`));
const videoRefs = VIDEO_CATALOG.providers.flatMap((p) => VIDEO_CATALOG.models.map((m) => `${p}/${m.id}`));

describe("editor schema", () => {
  it("accepts every real onboarding output", () => {
    const dir = join(ROOT, "test/fixtures/onboard");
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".json5"))) {
      const ok = validate(JSON5.parse(readFileSync(join(dir, f), "utf8")));
      expect(ok ? [] : validate.errors, f).toEqual([]);
    }
  });

  it("accepts refs the catalog does not know", () => {
    expect(validate({ agents: { defaults: { model: { primary: "openrouter/qwen/qwen-2.5-vl", fallbacks: ["qwen/qwen9-ultra"] } } } })).toBe(true);
  });

  it("rejects unknown keys in Qwen-relevant objects", () => {
    expect(validate({ models: { providers: { qwen: { baseURL: "x" } } } })).toBe(false);
  });

  const slots: { name: string; path: string[]; refs: string[] }[] = [
    { name: "agents.defaults.model (string)", path: ["agents", "defaults", "model", "anyOf", "0"], refs: chatRefs },
    { name: "agents.defaults.model.primary", path: ["agents", "defaults", "model", "anyOf", "1", "primary"], refs: chatRefs },
    { name: "agents.defaults.model.fallbacks[]", path: ["agents", "defaults", "model", "anyOf", "1", "fallbacks", "items"], refs: chatRefs },
    { name: "agents.defaults.imageModel", path: ["agents", "defaults", "imageModel", "anyOf", "0"], refs: imageRefs },
    { name: "agents.defaults.imageModel.fallbacks[]", path: ["agents", "defaults", "imageModel", "anyOf", "1", "fallbacks", "items"], refs: imageRefs },
    { name: "agents.defaults.pdfModel", path: ["agents", "defaults", "pdfModel", "anyOf", "0"], refs: imageRefs },
    { name: "agents.defaults.mediaModels.video", path: ["agents", "defaults", "mediaModels", "video", "anyOf", "0"], refs: videoRefs },
    { name: "agents.defaults.mediaModels.video.primary", path: ["agents", "defaults", "mediaModels", "video", "anyOf", "1", "primary"], refs: videoRefs },
    { name: "agents.defaults.heartbeat.model", path: ["agents", "defaults", "heartbeat", "model"], refs: chatRefs },
    { name: "agents.entries.<id>.model", path: ["agents", "entries", "*", "model", "anyOf", "0"], refs: chatRefs },
  ];
  for (const s of slots)
    it(`offers every catalog ref with docs in ${s.name}`, () => {
      const node = at(s.path);
      expect(enumOf(node)).toEqual(s.refs);
      expect(docsOf(node)).toHaveLength(s.refs.length);
      docsOf(node).forEach((d, i) => expect(d).toContain(`**${s.refs[i]}**`));
      expect(node.type).toBe("string");
    });

  it("offers every chat ref as an agents.defaults.models key", () => {
    expect(Object.keys(at(["agents", "defaults", "models"]).properties)).toEqual(chatRefs);
  });

  it("marks retired keys and aliases deprecated", () => {
    const d = at(["agents", "defaults"]).properties;
    expect(d.videoGenerationModel.deprecationMessage).toMatch(/mediaModels\.video/);
    expect(at(["agents"]).properties.list.deprecationMessage).toMatch(/agents\.entries/);
    expect(at(["models", "providers"]).properties.modelstudio.deprecationMessage).toMatch(/alias of qwen/);
    expect(at(["models", "providers"]).properties["qwen-portal"].deprecationMessage).toMatch(/removed/);
    expect(at(["env"]).additionalProperties.deprecationMessage).toMatch(/env\.vars/);
  });

  it("is ready for SchemaStore: its $id, a description, Ajv strict mode (all strict checks), enums defined once", () => {
    expect(schema.$id).toBe("https://json.schemastore.org/openclaw-qwen.json");
    expect(schema.description).toMatch(/OpenClaw \d+\.\d+\.\d+/);
    const strict = new Ajv({ strict: true });
    strict.addVocabulary(EDITOR_KEYWORDS);
    for (const f of EDITOR_FORMATS) strict.addFormat(f, true);
    expect(() => strict.compile(schema)).not.toThrow();
    const enums: string[] = [];
    const walk = (n: unknown, inDefs: boolean): void => {
      if (Array.isArray(n)) return n.forEach((x) => walk(x, inDefs));
      if (typeof n !== "object" || n === null) return;
      if (Array.isArray((n as Node).enum) && !inDefs) enums.push(JSON.stringify((n as Node).enum));
      for (const [k, v] of Object.entries(n)) walk(v, inDefs || k === "definitions");
    };
    walk(schema, false);
    // An enum that occurs twice outside definitions would have been defined once and referenced.
    expect(enums.filter((e, i) => enums.indexOf(e) !== i)).toEqual([]);
    expect(JSON.stringify(schema)).not.toMatch(/"\$ref":"(?!#)/); // no remote refs
  });

  it("accepts $schema, comments and trailing commas at the root", () => {
    expect(schema.allowComments).toBe(true);
    expect(schema.allowTrailingCommas).toBe(true);
    expect(validate({ $schema: "./schema/openclaw-qwen.schema.json" })).toBe(true);
  });
});
