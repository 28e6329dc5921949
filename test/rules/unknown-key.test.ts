import { describe, expect, it } from "vitest";
import type { Diagnostic, TextEdit } from "../../src/index.js";
import { expectRule, lint, span } from "../helpers.js";

const ID = "unknown-key";
const REJECTS = "OpenClaw rejects the whole config.";
const apply = (text: string, edits: TextEdit[]) => [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
const only = (text: string): Diagnostic[] => lint(text).diagnostics.filter((d) => d.ruleId === ID);

describe(ID, () => {
  it("reports the key itself and fixes a known rename (baseURL -> baseUrl)", () => {
    const text = `{
  models: {
    providers: {
      qwen: { baseURL: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", models: [] },
    },
  },
}`;
    expectRule(ID, text, [`4:15-4:22 error ${ID}: Unknown key "baseURL" in models.providers.qwen; ${REJECTS} Did you mean "baseUrl"?`]);
    const [d] = only(text);
    expect(d.pointer).toBe("/models/providers/qwen/baseURL");
    expect(d.fix?.description).toBe('Rename "baseURL" to "baseUrl"');
    expect(apply(text, d.fix!.edits)).toBe(text.replace("baseURL:", "baseUrl:"));
  });

  it("keeps the author's quotes when renaming snake_case keys", () => {
    const text = `{ "models": { "providers": { "qwen": { "api_key": "\${QWEN_API_KEY}", 'max_tokens': 8192 } } } }`;
    expectRule(ID, text, [
      `1:40-1:49 error ${ID}: Unknown key "api_key" in models.providers.qwen; ${REJECTS} Did you mean "apiKey"?`,
      `1:70-1:82 error ${ID}: Unknown key "max_tokens" in models.providers.qwen; ${REJECTS} Did you mean "maxTokens"?`,
    ]);
    const ds = only(text);
    expect(apply(text, ds.flatMap((d) => d.fix!.edits))).toBe(text.replace('"api_key"', '"apiKey"').replace("'max_tokens'", "'maxTokens'"));
  });

  it("renames model-row keys (contextLength -> contextWindow)", () => {
    const text = `{ models: { providers: { qwen: { models: [{ id: "qwen3.5-plus", name: "qwen3.5-plus", contextLength: 1000000 }] } } } }`;
    expectRule(ID, text, [`1:87-1:100 error ${ID}: Unknown key "contextLength" in models.providers.qwen.models[0]; ${REJECTS} Did you mean "contextWindow"?`]);
    expect(only(text)[0].fix?.edits).toEqual([{ start: 86, end: 99, text: "contextWindow" }]);
  });

  it("fixes fallback -> fallbacks inside a model slot object", () => {
    const text = `{ agents: { defaults: { model: { primary: "qwen/qwen3.5-plus", fallback: ["qwen/glm-5"] } } } }`;
    expectRule(ID, text, [`1:64-1:72 error ${ID}: Unknown key "fallback" in agents.defaults.model; ${REJECTS} Did you mean "fallbacks"?`]);
    expect(only(text)[0].fix?.description).toBe('Rename "fallback" to "fallbacks"');
  });

  it("offers no fix when the target key already exists", () => {
    const text = `{ agents: { defaults: { model: { primary: "qwen/qwen3.5-plus", fallbacks: [], fallback: ["qwen/glm-5"] } } } }`;
    expectRule(ID, text, [
      `1:79-1:87 error ${ID}: Unknown key "fallback" in agents.defaults.model; ${REJECTS} Did you mean "fallbacks"? agents.defaults.model.fallbacks is already set, so merge the two and delete "fallback".`,
    ]);
    const [d] = only(text);
    expect(d.fix).toBeUndefined();
    expect(d.suggestions).toBeUndefined();
  });

  it("gives spelling suggestions (not fixes) when the match is not certain", () => {
    const text = `{ agents: { defaults: { modelz: { "qwen/qwen3.5-plus": {} } } } }`;
    expectRule(ID, text, [`1:25-1:31 error ${ID}: Unknown key "modelz" in agents.defaults; ${REJECTS} Did you mean "models" (or "model")?`]);
    const [d] = only(text);
    expect(d.fix).toBeUndefined();
    expect(d.suggestions?.map((s) => s.description)).toEqual(['Rename "modelz" to "models"', 'Rename "modelz" to "model"']);
  });

  it("lists the allowed keys of small objects when nothing is close", () => {
    expectRule(ID, `{ agents: { defaults: { model: { primary: "qwen/qwen3.5-plus", timeoutMs: 30000 } } } }`, [
      `1:64-1:73 error ${ID}: Unknown key "timeoutMs" in agents.defaults.model; ${REJECTS} Remove it; allowed keys here: primary, fallbacks.`,
    ]);
  });

  it("reports unknown top-level keys and misspelt env sections", () => {
    expectRule(ID, `{ modles: {}, env: { shellenv: { enabled: true } } }`, [
      `1:3-1:9 error ${ID}: Unknown key "modles" at the top level of the config; ${REJECTS} Did you mean "models"?`,
      `1:22-1:30 error ${ID}: Unknown key "shellenv" in env; ${REJECTS} Did you mean "shellEnv"?`,
    ]);
  });

  it("quotes record keys that are not identifiers in the path", () => {
    expectRule(ID, `{ auth: { profiles: { "qwen:default": { provider: "qwen", mode: "api_key", emial: "a@b.c" } } } }`, [
      `1:76-1:81 error ${ID}: Unknown key "emial" in auth.profiles["qwen:default"]; ${REJECTS} Did you mean "email"?`,
    ]);
  });

  it("leaves keys that dedicated rules own to them (legacy keys, per-agent slots, flat env, the Qwen plugin's config)", () => {
    expectRule(
      ID,
      `{
  defaultModel: "qwen/qwen3.5-plus",
  env: { QWEN_API_KEY: "\${QWEN_API_KEY}", vars: {}, shellEnv: { enabled: true } },
  agents: {
    defaults: { videoGenerationModel: "qwen/wan2.6-t2v" },
    list: [],
    entries: { main: { imageModel: "qwen/qwen3.6-plus", mediaModels: {}, pdfModel: "qwen/qwen3.6-plus", voiceModel: "qwen/qwen3.5-plus" } },
  },
  models: { providers: { qwen: { api: "openai", region: "cn", apiKey: { source: "env", provider: "default", id: "QWEN_API_KEY", extra: 1 } } } },
  plugins: { entries: { qwen: { config: { region: "cn" } } } },
  tools: { profile: "full", media: { image: { enabled: true } } },
}`,
      [],
    );
  });

  it("checks the whole file: every section OpenClaw types, incl. bundled plugins' config", () => {
    const text = `{
  gateway: { bnd: "loopback" },
  meta: { lastTouchedVersoin: "2026.9.6" },
  wizard: { lastRunMdoe: "local" },
  tools: { media: { image: { models: [] } } },
  plugins: { load: { path: [] }, entries: { anthropic: { config: { sessionCatalg: {} } } } },
  secrets: { providers: { vault: { source: "exec", command: "/bin/vault", argz: [] } } },
}`;
    expectRule(ID, text, [
      `${span(text, "bnd")} error ${ID}: Unknown key "bnd" in gateway; ${REJECTS} Did you mean "bind"?`,
      `${span(text, "lastTouchedVersoin")} error ${ID}: Unknown key "lastTouchedVersoin" in meta; ${REJECTS} Did you mean "lastTouchedVersion"?`,
      `${span(text, "lastRunMdoe")} error ${ID}: Unknown key "lastRunMdoe" in wizard; ${REJECTS} Did you mean "lastRunMode"?`,
      `${span(text, "models")} error ${ID}: Unknown key "models" in tools.media.image; ${REJECTS} Remove it; allowed keys here: enabled, preferredModel, scope, maxBytes, maxChars, prompt, timeoutSeconds, language, providerOptions, baseUrl, headers, request, attachments.`,
      `${span(text, "path")} error ${ID}: Unknown key "path" in plugins.load; ${REJECTS} Did you mean "paths"?`,
      `${span(text, "sessionCatalg")} error ${ID}: Unknown key "sessionCatalg" in plugins.entries.anthropic.config; ${REJECTS} Did you mean "sessionCatalog"?`,
      `${span(text, "argz")} error ${ID}: Unknown key "argz" in secrets.providers.vault; ${REJECTS} Did you mean "args"?`,
    ]);
  });

  it("points into the included file that holds the key", () => {
    const files: Record<string, string> = {
      "/virtual/models.json5": `{\n  providers: {\n    qwen: { base_url: "https://dashscope-intl.aliyuncs.com/compatible-mode/v1" },\n  },\n}\n`,
    };
    const host = { readFile: (p: string) => files[p] ?? (() => { throw new Error("ENOENT"); })(), size: (p: string) => (files[p] ?? "").length };
    const r = lint(`{ models: { $include: "./models.json5" } }`, { host });
    const d = r.diagnostics.filter((x) => x.ruleId === ID);
    expect(d.map((x) => [x.filePath, x.range.start.line, x.range.start.column, x.range.end.column, x.pointer])).toEqual([
      ["/virtual/models.json5", 3, 13, 21, "/models/providers/qwen/base_url"],
    ]);
    expect(d[0].message).toBe(`Unknown key "base_url" in models.providers.qwen; ${REJECTS} Did you mean "baseUrl"?`);
  });
});
