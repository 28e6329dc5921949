// Smoke tests with the real language servers over stdio, wired the way editors wire them:
// VS Code's JSON server (vscode-langservers-extracted) with our generated schema associated through
// `json.schemas`, and yaml-language-server on catalog.yaml through its `# yaml-language-server:
// $schema=` modeline. They catch wiring problems the in-process tests cannot (settings shape, schema
// loading from disk, relative paths).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiagnosticSeverity, type MarkupContent } from "vscode-languageserver-protocol/node";
import { CHAT_REFS, itemRef, offeredProblems, ROOT, SCHEMA_URI } from "./json-harness.js";
import { cursorAt, hoverText, LspClient } from "./lsp-client.js";

const require = createRequire(import.meta.url);
const JSON_SERVER = require.resolve("vscode-langservers-extracted/lib/json-language-server/node/jsonServerMain.js");
const YAML_SERVER = require.resolve("yaml-language-server/bin/yaml-language-server");

const dir = mkdtempSync(join(tmpdir(), "oql-editor-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("VS Code's JSON language server + json.schemas", () => {
  let client: LspClient;
  const uri = pathToFileURL(join(dir, "openclaw.json")).href;
  const source = `{
  "models": {
    "providers": {
      "qwen": { "baseUrl": "https://coding-intl.dashscope.aliyuncs.com/v1", "api": "openai", "apikey": "\${QWEN_API_KEY}" }
    }
  },
  "agents": {
    "defaults": {
      "model": { "primary": "‸qwen/qwen3.7-plus", "fallbacks": ["openrouter/some/model"] }
    }
  }
}
`;
  const { text, position } = cursorAt(source);

  beforeAll(async () => {
    client = await LspClient.start([JSON_SERVER, "--stdio"]);
    // What VS Code sends: `url`, not `uri`; validation is off unless json.validate.enable is true.
    await client.configure({ json: { validate: { enable: true }, schemas: [{ url: SCHEMA_URI, fileMatch: ["openclaw.json", "**/.openclaw/openclaw.json"] }] } });
    await client.open(uri, "json", text);
  });
  afterAll(() => client?.stop());

  it("registers completion (needs snippetSupport) and hover", () => {
    expect(client.initializeResult?.capabilities.completionProvider).toBeTruthy();
    expect(client.initializeResult?.capabilities.hoverProvider).toBe(true);
  });

  it("completion offers every chat ref with markdown docs", async () => {
    const items = await client.completion(uri, position);
    expect(offeredProblems(items, CHAT_REFS)).toEqual([]);
    expect((items.find((i) => itemRef(i) === "qwen/qwen3.8-max")!.documentation as MarkupContent).kind).toBe("markdown");
  });

  it("hover on the ref shows its catalog description", async () => {
    const h = hoverText(await client.hover(uri, { line: position.line, character: position.character + 3 }));
    expect(h).toContain(CHAT_REFS.find((r) => r.ref === "qwen/qwen3.7-plus")!.doc);
  });

  it("pushes the schema's diagnostics (Warning), and none for a foreign provider's ref", async () => {
    const ds = await client.diagnosticsFor(uri, (d) => d.length > 0);
    expect(ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message}`)).toEqual([
      `4:77 ${DiagnosticSeverity.Warning} api "openai" was retired: use "openai-completions".`,
      `4:94 ${DiagnosticSeverity.Warning} Property apikey is not allowed.`,
    ]);
  });
});

describe("yaml-language-server + modeline on catalog.yaml", () => {
  let client: LspClient;
  const path = join(dir, "catalog.yaml");
  const uri = pathToFileURL(path).href;
  const schemaPath = join(ROOT, "schema", "catalog.schema.json");
  const original = readFileSync(join(ROOT, "catalog.yaml"), "utf8");
  const modeline = /^# yaml-language-server: \$schema=.*$/m;

  beforeAll(async () => {
    client = await LspClient.start([YAML_SERVER, "--stdio"], {
      // yaml-ls 1.25 pulls its settings; SchemaStore off, or it fetches the catalog over the network.
      configuration: (section) =>
        section === "yaml" ? { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: {} } : section === "http" ? { proxyStrictSSL: true } : {},
    });
    await client.configure({ yaml: { validate: true, schemaStore: { enable: false } } });
  });
  afterAll(() => client?.stop());

  it("the shipped modeline points at schema/catalog.schema.json", () => {
    expect(modeline.exec(original)?.[0]).toBe("# yaml-language-server: $schema=./schema/catalog.schema.json");
  });

  it("completes the keys of a model entry and flags a bad value", async () => {
    // A copy elsewhere, its modeline pointing at the absolute schema path; one model entry gets an
    // empty line to complete on and a bad contextWindow.
    const entry = "      - id: qwen3.7-plus\n        name: qwen3.7-plus\n";
    expect(original).toContain(entry);
    const edited = original
      .replace(modeline, `# yaml-language-server: $schema=${schemaPath}`)
      .replace(entry, `${entry}        ‸\n`)
      .replace(/(- id: qwen3\.5-plus\n(?: {8}.*\n)*? {8}contextWindow: )1000000/, "$1lots");
    expect(edited).toContain("contextWindow: lots");
    const { text, position } = cursorAt(edited);
    writeFileSync(path, text);
    await client.open(uri, "yaml", text);

    const labels = (await client.completion(uri, position)).map((i) => i.label);
    // Keys of a chat model the entry does not have yet; not the ones it has.
    expect(labels).toEqual(expect.arrayContaining(["codeMode", "hidden", "deprecated", "notes"]));
    for (const present of ["id", "name", "contextWindow", "thinking", "availability"]) expect(labels).not.toContain(present);

    const ds = await client.diagnosticsFor(uri, (d) => d.length > 0);
    const line = text.split("\n").findIndex((l) => l.includes("contextWindow: lots"));
    expect(ds.map((d) => `${d.range.start.line}:${d.message}`)).toEqual([`${line}:Incorrect type. Expected "integer".`]);
  });
});
