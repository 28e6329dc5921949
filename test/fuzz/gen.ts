// Inputs for the fuzz properties: OpenClaw-shaped configs from a grammar (values from the catalog
// and near-misses of them, secrets planted where people paste them) rendered as JSON5 in every style
// the syntax allows; byte mutations of the test fixtures; and the hostile list from issue 9.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { defaultCatalog } from "../../src/catalog/index.js";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** Secrets planted in generated configs; none may ever appear in any output (only these middles are checked). */
export const CANARIES = ["sk-5f3e9a0c7b2d4e6f8a1b3c5d7e9f0a2b", "sk-sp-4d2c8e6a0b9f1e3d5c7a9b0e2f4d6c8a", "ghp_7Rq2Vx9Lm4Tz8Kc1Ny6Hb3Wd5Fs0Pj"];
/** What must not appear: the middle of each canary (a redacted form may keep a prefix or the last chars). */
export const CANARY_CORES = CANARIES.map((c) => c.slice(8, 26));

const catalog = defaultCatalog();
const chatIds = catalog.chat.flatMap((c) => c.models.map((m) => `${c.provider}/${m.id}`));
const hosts = catalog.endpoints.map((e) => e.baseUrl);
const providerIds = ["qwen", "modelstudio", "qwencloud", "qwen-portal", "dashscope", "bailian", "corp", "openai", "Qwen"];

/**
 * OpenClaw-shaped configs. `everywhere`: secrets also where people paste them by mistake (a model ref,
 * URL userinfo, a misspelt key, a header); without it, only under the keys meant for them.
 */
function configArb(everywhere: boolean) {
  const canary = fc.constantFrom(...CANARIES);
  /** A secret in a place the engine must learn to redact (issue 9, Secrets); off: a harmless value there. */
  const pasted = everywhere ? canary : fc.constant("not-a-secret");
  const shortText = fc.string({ maxLength: 12 });
  /** A model ref: catalog ids, retired and aliased providers, near-misses, junk, a pasted key. */
  const ref = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...chatIds) },
    fc.constantFrom("qwen/qwen3.8-max", "modelstudio/qwen3.5-plus", "qwencloud/qwen3.7-plus", "qwen-portal/coder-model", "qwen/", "qwen", "QWEN/QWEN3.5-PLUS", "qwen3.5-plus", "qwen/wan2.6-t2v", "dashscope/qwen-max"),
    pasted.map((c) => `qwen/${c}`),
    shortText,
  );
  const baseUrl = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...hosts) },
    fc.constantFrom("https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions", "http://localhost:8080/v1", "dashscope.aliyuncs.com", "https://coding.dashscope.aliyuncs.com/v1/", "${QWEN_BASE_URL}"),
    pasted.map((c) => `https://user:${c}@proxy.example/v1?api_key=${c}`),
    fc.webUrl(),
    shortText,
  );
  const apiKey = fc.oneof(canary, fc.constantFrom("${QWEN_API_KEY}", "${DASHSCOPE_API_KEY}", "", "sk-"), fc.constant({ source: "env", provider: "default", id: "QWEN_API_KEY" }), fc.constant({ source: "file", id: "/x" }));
  const odd = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.constant({ a: 1 }), fc.constant([]), shortText);
  const num = fc.oneof(fc.nat({ max: 2_000_000 }), fc.constantFrom(-0.5, 50000, 0, -1, 1e21, 0.5), odd);
  const row = fc.record(
    {
      id: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...catalog.chat.flatMap((c) => c.models.map((m) => m.id))) }, odd, fc.constant("qwen/qwen3.5-plus")),
      name: fc.oneof(shortText, odd),
      input: fc.oneof(fc.array(fc.constantFrom("text", "image", "video", "audio"), { maxLength: 3 }), odd),
      contextWindow: num,
      maxTokens: num,
      reasoning: fc.oneof(fc.boolean(), odd),
    },
    { requiredKeys: [] },
  );
  const provider = fc.record(
    {
      baseUrl,
      apiKey,
      api: fc.constantFrom("openai-completions", "anthropic-messages", "openai-responses", "ollama", "x"),
      models: fc.oneof({ weight: 4, arbitrary: fc.array(row, { maxLength: 4 }) }, odd),
      // Misspelt and foreign keys people paste secrets under.
      apiKye: pasted,
      api_key: pasted,
      baseURL: baseUrl,
      headers: pasted.map((c) => ({ Authorization: `Bearer ${c}` })),
    },
    { requiredKeys: [] },
  );
  const slot = fc.oneof(ref, fc.record({ primary: ref, fallbacks: fc.array(ref, { maxLength: 3 }) }, { requiredKeys: [] }), odd);
  const defaults = fc.record(
    {
      model: slot,
      imageModel: slot,
      videoGenerationModel: slot,
      imageGenerationModel: slot,
      mediaModels: fc.record({ video: slot, image: slot }, { requiredKeys: [] }),
      models: fc.dictionary(ref, fc.record({ alias: shortText }, { requiredKeys: [] }), { maxKeys: 4 }),
      thinkingDefault: fc.constantFrom("off", "low", "high", "max"),
    },
    { requiredKeys: [] },
  );
  const agentId = fc.constantFrom("main", "ops", "Ops", "coder", "a b", "");
  const agents = fc.record(
    {
      defaults,
      ownership: fc.constantFrom("explicit", "legacy", "x"),
      entries: fc.dictionary(agentId, fc.record({ name: shortText, model: slot, default: fc.boolean() }, { requiredKeys: [] }), { maxKeys: 3 }),
      list: fc.array(fc.record({ id: agentId, model: slot, default: fc.boolean() }, { requiredKeys: [] }), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  );
  return fc.record(
    {
      models: fc.record({ mode: fc.constantFrom("merge", "replace", "x"), providers: fc.dictionary(fc.constantFrom(...providerIds), provider, { maxKeys: 3 }) }, { requiredKeys: [] }),
      agents,
      plugins: fc.record(
        { entries: fc.dictionary(fc.constantFrom("qwen", "anthropic", "codex", "modelstudio"), fc.record({ enabled: fc.boolean(), config: fc.oneof(fc.constant({}), fc.jsonValue({ maxDepth: 2 })) }, { requiredKeys: [] }), { maxKeys: 2 }) },
        { requiredKeys: [] },
      ),
      env: fc.oneof(fc.dictionary(fc.constantFrom("QWEN_API_KEY", "DASHSCOPE_API_KEY", "MODELSTUDIO_API_KEY", "QWEN_BASE_URL", "FOO"), fc.oneof(canary, shortText), { maxKeys: 3 }), fc.record({ vars: fc.dictionary(fc.constantFrom("QWEN_API_KEY", "X"), canary, { maxKeys: 2 }) })),
      gateway: fc.record({ mode: fc.constantFrom("local", "remote", "lcoal"), bind: fc.constantFrom("loopback", "loopbak", "lan"), auth: fc.record({ mode: fc.constant("token"), token: canary }) }, { requiredKeys: [] }),
      auth: fc.record({ profiles: fc.dictionary(fc.constantFrom("qwen:default", "modelstudio:default"), fc.record({ provider: fc.constantFrom(...providerIds), mode: fc.constantFrom("api_key", "token") }, { requiredKeys: [] }), { maxKeys: 2 }) }, { requiredKeys: [] }),
      meta: fc.record({ lastTouchedVersion: fc.constantFrom("2026.9.6", "2026.1.1") }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );
}

/** How a config is written: every choice JSON5 allows, and comments everywhere a comment may go. */
export interface Style {
  indent: string;
  eol: string;
  keys: "bare" | "double" | "single";
  strings: "double" | "single";
  trailingComma: boolean;
  /** Choices per member (comment kind, trailing comma), consumed in turn. */
  dice: number[];
}
const style: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom("", "  ", "    ", "\t"),
  eol: fc.constantFrom("\n", "\r\n"),
  keys: fc.constantFrom("bare", "double", "single"),
  strings: fc.constantFrom("double", "single"),
  trailingComma: fc.boolean(),
  dice: fc.array(fc.nat({ max: 99 }), { minLength: 8, maxLength: 32 }),
});

const COMMENTS = ["// note", "/* c */", "/* multi\n   line */", "// ended by U+2028\u2028", "// 注释 🙂"];
const IDENT = /^[A-Za-z_$][\w$]*$/;

/** Render a JSON value as JSON5 in the given style (comments between members, after values, before commas). */
export function render(value: unknown, s: Style): string {
  let k = 0;
  const roll = () => s.dice[k++ % s.dice.length];
  const str = (v: string) => (s.strings === "single" ? `'${JSON.stringify(v).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'` : JSON.stringify(v));
  const key = (v: string) => (s.keys === "bare" && IDENT.test(v) ? v : s.keys === "single" ? str(v).replace(/^"|"$/g, "'") : JSON.stringify(v));
  const comment = () => {
    const r = roll();
    return r < 15 ? COMMENTS[r % COMMENTS.length] : "";
  };
  const out = (v: unknown, depth: number): string => {
    const pad = s.eol + s.indent.repeat(depth + 1);
    const close = s.eol + s.indent.repeat(depth);
    if (Array.isArray(v)) {
      if (!v.length) return "[]";
      const items = v.map((x) => {
        const c = comment();
        return `${c && !c.startsWith("//") ? c + " " : ""}${out(x, depth + 1)}${c.startsWith("//") ? ` ${c}${pad}` : ""}`;
      });
      return `[${pad}${items.join(`,${pad}`)}${s.trailingComma ? "," : ""}${close}]`;
    }
    if (v && typeof v === "object") {
      const entries = Object.entries(v);
      if (!entries.length) return "{}";
      const members = entries.map(([kk, x]) => {
        const before = comment();
        const after = comment();
        // A comment between a value and its comma: `key: "x" /* c */,` (a line comment ends the line).
        const tail = after ? ` ${after}${after.startsWith("//") ? pad : ""}` : "";
        return `${before ? before + pad : ""}${key(kk)}: ${out(x, depth + 1)}${tail}`;
      });
      return `{${pad}${members.join(`,${pad}`)}${s.trailingComma ? "," : ""}${close}}`;
    }
    if (typeof v === "string") return str(v);
    if (typeof v === "number") return Number.isFinite(v) ? (Object.is(v, -0) ? "-0" : String(v)) : String(v);
    return JSON.stringify(v) ?? "null";
  };
  return out(value, 0) + s.eol;
}

/** Generated OpenClaw-shaped configs as JSON5 text (see configArb for `everywhere`). */
export const configText = (everywhere = true) => fc.tuple(configArb(everywhere), style).map(([c, s]) => render(c, s));

/** Every fixture text (configs, scripts and Markdown), for mutation. */
export function fixtureTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(json5?|sh|md)$/.test(name)) out.push(readFileSync(p, "utf8"));
    }
  };
  walk(FIXTURES);
  return out;
}

const BYTES = ["{", "}", "[", "]", ":", ",", '"', "'", "\\", "/", "*", "\n", "\r", " ", "\u2028", "\u2029", "\ufeff", "\0", "0", "-", "+", ".", "e", "x", "$", "~", "é", "🙂", "\ud800"];
/** A byte-level edit of a text: delete, insert, duplicate, truncate. */
type Mutation = { op: "delete" | "insert" | "duplicate" | "truncate"; at: number; len: number; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom("delete", "insert", "duplicate", "truncate"),
  at: fc.nat(),
  len: fc.nat({ max: 40 }),
  text: fc.array(fc.constantFrom(...BYTES), { minLength: 1, maxLength: 4 }).map((a) => a.join("")),
});
export function mutate(text: string, ms: readonly Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length ? m.at % (t.length + 1) : 0;
    if (m.op === "delete") t = t.slice(0, at) + t.slice(at + m.len);
    else if (m.op === "insert") t = t.slice(0, at) + m.text + t.slice(at);
    else if (m.op === "duplicate") t = t.slice(0, at + m.len) + t.slice(at, at + m.len) + t.slice(at + m.len);
    else t = t.slice(0, at);
  }
  return t;
}
/** Byte mutations of the fixtures. */
export const mutatedFixture = (texts: readonly string[]) => fc.tuple(fc.nat({ max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([i, ms]) => mutate(texts[i], ms));

/** Issue 9's hostile inputs, small versions of each (the cost tests run the big ones). */
export const HOSTILE: readonly string[] = [
  `{ baseUrl: "https:\\`,
  `{ a: "\\`,
  `{ a: '\\`,
  `"\\`,
  `{ models: { providers: { qwen: { models: [{ name: null }] } } } }`,
  `{ models: { providers: { qwen: { models: [{ name: true }] } } } }`,
  `{ models: { providers: { qwen: { models: [{ name: 5 }] } } } }`,
  `{ models: { providers: { qwen: { models: [{ id: { a: 1 } }] } } } }`,
  `{ agents: { defaults: { videoGenerationModel: "qwen/wan2.6-t2v" /* c */, } } }`,
  `{ agents: { defaults: { mediaModels: {}, videoGenerationModel: "x" /* c */, model: "m" } } }`,
  "{ // comment ended by U+2028\u2028 gateway: { mode: 'local' } }",
  "{ // U+2029\u2029 a: 1 }",
  `{ models: { providers: { qwen: { models: [{ id: "qwen3.5-plus", name: "q", maxTokens: -.5, contextWindow: +.5e5 }] } } } }`,
  "[".repeat(3000),
  "{a:".repeat(3000) + "1" + "}".repeat(3000),
  `{ a: 1, a: 2, a: { b: 1 }, a: [1] }`,
  `{ // openclaw-qwen-lint-disable-next-line${" ".repeat(2000)}\n a: 1 }`,
  `{ "__proto__": { "polluted": 1 }, "constructor": { "prototype": { "x": 1 } } }`,
  `{ $include: "/dev/zero" }`,
  `{ $include: "../../../../etc/passwd" }`,
  `{ $include: ["./a.json5", 5, null] }`,
  "\ufeff\ufeff{}",
  "{\0}",
  "{ a: '\ud800' }",
];
