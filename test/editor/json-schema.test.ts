// VS Code's JSON engine (vscode-json-languageservice, in process) on the generated editor schema
// schema/openclaw-qwen.schema.json: every catalog model ref is offered with its catalog docs in every
// model slot and cursor context, hovers and diagnostics say what the schema promises, and configs
// OpenClaw's onboarding writes stay clean.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { LanguageService } from "vscode-json-languageservice";
import { ENDPOINTS, PROVIDERS } from "../../src/generated/catalog.js";
import {
  CHAT_REFS,
  complete,
  createService,
  diagLines,
  hover,
  IMAGE_REFS,
  itemRef,
  loadSchema,
  offeredProblems,
  ROOT,
  schemaWithout,
  validate,
  VIDEO_REFS,
  type ExpectedRef,
  type LanguageId,
} from "./json-harness.js";

let ls: LanguageService;
beforeAll(() => {
  ls = createService();
});

interface Case {
  name: string;
  text: string;
  refs: ExpectedRef[];
  uri?: string;
  languageId?: LanguageId;
}

const defaults = (inner: string) => `{\n  "agents": {\n    "defaults": {\n      ${inner}\n    }\n  }\n}\n`;

const CASES: Case[] = [
  { name: "agents.defaults.model as a string", text: defaults(`"model": "‸"`), refs: CHAT_REFS },
  { name: 'model.primary: "‸"', text: defaults(`"model": { "primary": "‸" }`), refs: CHAT_REFS },
  { name: "model.primary: ‸ (no value yet)", text: defaults(`"model": { "primary": ‸ }`), refs: CHAT_REFS },
  { name: 'model.fallbacks: ["‸"]', text: defaults(`"model": { "primary": "qwen/qwen3.5-plus", "fallbacks": ["‸"] }`), refs: CHAT_REFS },
  { name: "model.fallbacks second item", text: defaults(`"model": { "fallbacks": ["qwen/qwen3.5-plus", "‸"] }`), refs: CHAT_REFS },
  { name: "imageModel as a string (image-capable only)", text: defaults(`"imageModel": "‸"`), refs: IMAGE_REFS },
  { name: "imageModel.primary", text: defaults(`"imageModel": { "primary": "‸" }`), refs: IMAGE_REFS },
  { name: "pdfModel.fallbacks", text: defaults(`"pdfModel": { "fallbacks": ["‸"] }`), refs: IMAGE_REFS },
  { name: "mediaModels.video (Wan)", text: defaults(`"mediaModels": { "video": "‸" }`), refs: VIDEO_REFS },
  { name: "mediaModels.video.primary (Wan)", text: defaults(`"mediaModels": { "video": { "primary": "‸" } }`), refs: VIDEO_REFS },
  { name: "agents.entries.<id>.model", text: `{ "agents": { "entries": { "coder": { "model": "‸" } } } }`, refs: CHAT_REFS },
  { name: "agents.entries.<id>.model.fallbacks", text: `{ "agents": { "entries": { "coder": { "model": { "fallbacks": ["‸"] } } } } }`, refs: CHAT_REFS },
  { name: "agents.defaults.heartbeat.model", text: defaults(`"heartbeat": { "every": "30m", "model": "‸" }`), refs: CHAT_REFS },
  {
    name: "JSONC: comments and trailing commas around the slot",
    text: `// OpenClaw config\n{\n  /* agents */\n  "agents": {\n    "defaults": {\n      "workspace": "/home/user/.openclaw/workspace", // where it works\n      "model": {\n        "primary": "‸", // main model\n        "fallbacks": [],\n      },\n    },\n  },\n}\n`,
    refs: CHAT_REFS,
  },
  {
    name: "JSONC in jsonc mode (files.associations)",
    text: `{\n  // comment\n  "agents": { "defaults": { "model": { "fallbacks": ["qwen/qwen3.5-plus", "‸",], }, }, },\n}\n`,
    refs: CHAT_REFS,
    languageId: "jsonc",
  },
  {
    name: "JSON5: unquoted parent keys",
    text: `{\n  agents: {\n    defaults: {\n      model: { primary: "‸" },\n    },\n  },\n}\n`,
    refs: CHAT_REFS,
    uri: "file:///ws/openclaw.json5",
  },
  {
    name: "JSON5: unquoted keys, value not typed yet",
    text: `{\n  agents: {\n    defaults: {\n      imageModel: { primary: ‸ },\n    },\n  },\n}\n`,
    refs: IMAGE_REFS,
    uri: "file:///ws/openclaw.json5",
  },
  { name: "typed prefix (the client filters, the service offers all)", text: defaults(`"model": { "primary": "qwen/qw‸" }`), refs: CHAT_REFS },
  { name: "~/.openclaw/openclaw.json (fileMatch **/.openclaw/openclaw.json)", text: defaults(`"model": "‸"`), refs: CHAT_REFS, uri: "file:///home/u/.openclaw/openclaw.json" },
];

describe("every catalog model ref is offered with its docs", () => {
  it.each(CASES)("$name", async ({ text, refs, uri, languageId }) => {
    const { items } = await complete(ls, text, uri, languageId);
    expect(offeredProblems(items, refs)).toEqual([]);
  });

  it("image slots offer no text-only model", async () => {
    const { items } = await complete(ls, defaults(`"imageModel": "‸"`));
    const imageRefs = new Set(IMAGE_REFS.map((r) => r.ref));
    expect(items.map(itemRef).filter((r) => !imageRefs.has(r))).toEqual([]);
    expect(CHAT_REFS.length).toBeGreaterThan(IMAGE_REFS.length);
  });

  it("video slot offers Wan refs, not chat models", async () => {
    const { items } = await complete(ls, defaults(`"mediaModels": { "video": "‸" }`));
    expect(items.map(itemRef).sort()).toEqual(VIDEO_REFS.map((r) => r.ref).sort());
  });

  it("agents.defaults.models keys (key completion) offer every chat ref", async () => {
    const { items } = await complete(ls, defaults(`"models": {\n        "qwen/qwen3.5-plus": { "alias": "Qwen" },\n        "‸"\n      }`));
    // The ref already listed is not offered again; the rest are.
    expect(offeredProblems(items, CHAT_REFS.filter((r) => r.ref !== "qwen/qwen3.5-plus"))).toEqual([]);
    const item = items.find((i) => itemRef(i) === "qwen/qwen3.7-plus")!;
    expect(item.textEdit && "newText" in item.textEdit ? item.textEdit.newText : item.insertText).toBe('"qwen/qwen3.7-plus": {$1}');
  });

  it("a value completion replaces the whole string token", async () => {
    const { items, doc } = await complete(ls, defaults(`"model": { "primary": "qwen/qw‸" }`));
    const item = items.find((i) => itemRef(i) === "qwen/qwen3.7-plus")!;
    const edit = item.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
    const text = doc.getText();
    const applied = text.slice(0, doc.offsetAt(edit.range.start)) + edit.newText + text.slice(doc.offsetAt(edit.range.end));
    expect(JSON.parse(applied).agents.defaults.model.primary).toBe("qwen/qwen3.7-plus");
  });
});

describe("the checker fails when a catalog model stops being offered", () => {
  const text = defaults(`"model": { "primary": "‸" }`);

  it("one enum entry removed -> reported missing", async () => {
    const broken = createService(schemaWithout(loadSchema(), "qwen/qwen3-coder-plus", "entry"));
    const { items } = await complete(broken, text);
    expect(offeredProblems(items, CHAT_REFS)).toEqual(["missing completion qwen/qwen3-coder-plus"]);
  });

  it("one entry's docs blanked -> reported undocumented", async () => {
    const broken = createService(schemaWithout(loadSchema(), "qwen/glm-5", "docs"));
    const { items } = await complete(broken, text);
    expect(offeredProblems(items, CHAT_REFS)).toEqual(["no documentation for qwen/glm-5"]);
  });
});

describe("hover", () => {
  it("on a chat ref shows the slot doc and the catalog description", async () => {
    const text = defaults(`"model": { "primary": "qwen/qwen3.8-m‸ax" }`);
    const h = await hover(ls, text);
    expect(h).toContain(CHAT_REFS.find((r) => r.ref === "qwen/qwen3.8-max")!.doc);
    expect(h).toContain("Chat model");
  });

  it("on a Wan ref shows the video description", async () => {
    const h = await hover(ls, defaults(`"mediaModels": { "video": "alibaba/wan2.6-r‸2v" }`));
    expect(h).toContain(VIDEO_REFS.find((r) => r.ref === "alibaba/wan2.6-r2v")!.doc);
  });

  it("on a fallback in agents.entries", async () => {
    const h = await hover(ls, `{ "agents": { "entries": { "coder": { "model": { "fallbacks": ["qwen-token-plan/glm‸-5"] } } } } }`);
    expect(h).toContain(CHAT_REFS.find((r) => r.ref === "qwen-token-plan/glm-5")!.doc);
  });
});

describe("diagnostics", () => {
  it("retired agents.defaults.videoGenerationModel -> its deprecationMessage", async () => {
    const text = defaults(`"videoGenerationModel": "qwen/wan2.6-t2v"`);
    expect(diagLines(await validate(ls, text))).toEqual(["4:7 agents.defaults.videoGenerationModel was retired: move it to agents.defaults.mediaModels.video."]);
  });

  it('api: "openai" -> retired adapter', async () => {
    const text = `{\n  "models": {\n    "providers": {\n      "qwen": { "api": "openai" }\n    }\n  }\n}\n`;
    // The engine puts a deprecationMessage of the matching anyOf branch on the member's key.
    expect(diagLines(await validate(ls, text))).toEqual(['4:17 api "openai" was retired: use "openai-completions".']);
  });

  it("unknown key in a strict object", async () => {
    const text = `{\n  "models": {\n    "providers": {\n      "qwen": { "baseUrl": "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", "apikey": "\${QWEN_API_KEY}" }\n    }\n  }\n}\n`;
    expect(diagLines(await validate(ls, text))).toEqual(["4:86 Property apikey is not allowed."]);
  });

  it("provider alias models.providers.modelstudio -> prefer qwen", async () => {
    const text = `{\n  "models": {\n    "providers": {\n      "modelstudio": { "api": "openai-completions" }\n    }\n  }\n}\n`;
    const alias = PROVIDERS.find((p) => p.id === "modelstudio")!;
    expect(diagLines(await validate(ls, text))).toEqual([`4:7 modelstudio is a compatibility alias of ${alias.aliasOf}; prefer models.providers.${alias.aliasOf}.`]);
  });

  it("a bare id or an alias is not flagged: OpenClaw accepts both (checked with 2026.9.6), and only the linter sees the aliases", async () => {
    const text = `{\n  "agents": {\n    "defaults": {\n      "models": { "qwen/qwen3.5-plus": { "alias": "Qwen Token Plan" } },\n      "model": { "primary": "Qwen Token Plan", "fallbacks": ["qwen3.5-plus"] },\n      "imageModel": "fast"\n    }\n  }\n}\n`;
    expect(diagLines(await validate(ls, text))).toEqual([]);
  });

  it("refs the catalog does not know are not rejected", async () => {
    const text = defaults(`"model": { "primary": "openrouter/some/model", "fallbacks": ["qwen/qwen9-ultra", "modelstudio/qwen3.5-plus"] },\n      "imageModel": "qwen/qwen9-ultra",\n      "heartbeat": { "model": "openrouter/some/model" },\n      "mediaModels": { "video": "qwen/wan9-t2v" }`);
    expect(diagLines(await validate(ls, text))).toEqual([]);
  });

  it("JSONC (comments, trailing commas) is accepted in json mode thanks to the schema flags", async () => {
    const text = `// c\n{\n  /* b */ "agents": { "defaults": { "model": "qwen/qwen3.5-plus", }, },\n}\n`;
    expect(diagLines(await validate(ls, text))).toEqual([]);
  });

  it("a relative $schema in the file associates the shipped schema (and the key is allowed)", async () => {
    // No fileMatch association at all: only the file's own $schema can bring the schema in.
    const bare = createService(undefined);
    const uri = pathToFileURL(join(ROOT, "test", "fixtures", "editor", "gateway.json")).href;
    const text = `{\n  "$schema": "../../../schema/openclaw-qwen.schema.json",\n  "agents": { "defaults": { "model": "‸" } }\n}\n`;
    const { items } = await complete(bare, text, uri);
    expect(offeredProblems(items, CHAT_REFS)).toEqual([]);
    expect(diagLines(await validate(bare, text.replace("‸", "qwen/qwen3.5-plus"), uri))).toEqual([]);
  });

  it("an unloadable $schema wins over fileMatch and kills completion (documented caveat)", async () => {
    const text = `{\n  "$schema": "./nowhere/openclaw-qwen.schema.json",\n  "agents": { "defaults": { "model": "‸" } }\n}\n`;
    const { items } = await complete(ls, text);
    expect(items).toEqual([]);
    expect(diagLines(await validate(ls, text.replace("‸", "")))[0]).toMatch(/^2:14 Unable to load schema from/);
  });

  const onboard = join(ROOT, "test", "fixtures", "onboard");
  // Expected schema diagnostics per onboarding fixture: none.
  it.each(readdirSync(onboard).filter((f) => f.endsWith(".json5")))("onboarding output %s has no schema diagnostics", async (file) => {
    // The fixtures are strict JSON: open them the way VS Code opens ~/.openclaw/openclaw.json.
    const text = readFileSync(join(onboard, file), "utf8");
    expect(diagLines(await validate(ls, text, "file:///home/user/.openclaw/openclaw.json"))).toEqual([]);
  });
});

describe("baseUrl", () => {
  it("models.providers.qwen.baseUrl offers the Qwen endpoints with docs", async () => {
    const { items } = await complete(ls, `{ "models": { "providers": { "qwen": { "baseUrl": "‸" } } } }`);
    const plans = PROVIDERS.find((p) => p.id === "qwen")!.plans as readonly string[];
    const expected = ENDPOINTS.filter((e) => plans.includes(e.plan)).map((e) => e.baseUrl);
    expect(items.map(itemRef).sort()).toEqual([...expected].sort());
    for (const i of items) expect(typeof i.documentation === "object" && i.documentation.value).toMatch(/auth choice `qwen-/);
  });

  it("models.providers.qwen-token-plan.baseUrl offers the Token Plan endpoints", async () => {
    const { items } = await complete(ls, `{ "models": { "providers": { "qwen-token-plan": { "baseUrl": "‸" } } } }`);
    expect(items.map(itemRef).sort()).toEqual(ENDPOINTS.filter((e) => e.plan === "token").map((e) => e.baseUrl).sort());
  });
});

describe("JSON5 limits of VS Code's JSON engine", () => {
  it("unquoted keys: one syntax error per key, hover and schema validation keep working", async () => {
    const text = `{\n  agents: {\n    defaults: { model: { primary: "qwen3.8-max" } },\n  },\n}\n`;
    expect(diagLines(await validate(ls, text, "file:///ws/openclaw.json5", "jsonc"))).toEqual([
      "2:3 Property keys must be doublequoted",
      "3:5 Property keys must be doublequoted",
      "3:17 Property keys must be doublequoted",
      "3:26 Property keys must be doublequoted",
    ]);
    const h = await hover(ls, text.replace('"qwen3.8-max"', '"qwen/qwen3.8-m‸ax"'), "file:///ws/openclaw.json5");
    expect(h).toContain(CHAT_REFS.find((r) => r.ref === "qwen/qwen3.8-max")!.doc);
  });

  it("a single-quoted URL turns the rest of the line into a comment", async () => {
    // The api value after the URL is lost, so its retired-adapter warning never shows.
    const text = `{\n  "models": { "providers": { "qwen": { "baseUrl": 'https://coding-intl.dashscope.aliyuncs.com/v1', "api": "openai" } } }\n}\n`;
    const lines = diagLines(await validate(ls, text, "file:///ws/openclaw.json5", "jsonc"));
    expect(lines.some((l) => l.includes("retired"))).toBe(false);
    expect(lines.length).toBeGreaterThan(0);
  });

  // Known limitation (not ours to fix): the JSON engine does not know single-quoted JSON5 strings.
  // The completion edit covers only the opening quote and inserts a double-quoted ref, which corrupts
  // the line; hover on a single-quoted value is empty. docs/editors.md tells users to use double
  // quotes. If a future engine handles JSON5, these start passing and `it.fails` turns red.
  it.fails("completion inside a single-quoted value yields a valid ref", async () => {
    const { items, doc } = await complete(ls, `{ agents: { defaults: { model: { primary: '‸' } } } }`, "file:///ws/openclaw.json5");
    const item = items.find((i) => itemRef(i) === "qwen/qwen3.7-plus")!;
    const edit = item.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
    const text = doc.getText();
    const applied = text.slice(0, doc.offsetAt(edit.range.start)) + edit.newText + text.slice(doc.offsetAt(edit.range.end));
    expect(applied).toBe(`{ agents: { defaults: { model: { primary: 'qwen/qwen3.7-plus' } } } }`);
  });

  it.fails("hover on a single-quoted ref shows its docs", async () => {
    expect(await hover(ls, `{ agents: { defaults: { model: { primary: 'qwen/qwen3.8-m‸ax' } } } }`, "file:///ws/openclaw.json5")).toContain("qwen3.8-max");
  });
});
