// In-process harness for VS Code's JSON engine (vscode-json-languageservice) on the GENERATED editor
// schema, plus the checker that says which catalog refs a completion list fails to offer.
import { readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
// No `exports` map and a UMD main: Node ESM cannot see named exports, so take the default.
import jsonls from "vscode-json-languageservice";
import type { CompletionItem, Diagnostic, Hover, LanguageService, MarkupContent } from "vscode-json-languageservice";
import { describeChatModel, describeVideoModel } from "../../src/catalog/describe.js";
import { CHAT_CATALOG, PLANS, VIDEO_CATALOG } from "../../src/generated/catalog.js";

const { getLanguageService, ClientCapabilities, TextDocument } = jsonls;

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SCHEMA_PATH = join(ROOT, "schema", "openclaw-qwen.schema.json");
export const SCHEMA_URI = pathToFileURL(SCHEMA_PATH).href;
export const CURSOR = "‸";

export const loadSchema = (): Record<string, unknown> => JSON.parse(readFileSync(SCHEMA_PATH, "utf8"));

/**
 * A JSON service configured like VS Code's `json` mode with our schema associated by file name
 * (`schema` undefined: no association, only a `$schema` in the file can bring one). Schema fetches
 * are served from this repository's files only.
 */
export function createService(schema: Record<string, unknown> | undefined = loadSchema()): LanguageService {
  const ls = getLanguageService({
    // Without it markdownDescription / markdownEnumDescriptions are silently dropped.
    clientCapabilities: ClientCapabilities.LATEST,
    schemaRequestService: async (uri) => {
      const path = uri.startsWith("file:") ? fileURLToPath(uri) : "";
      if (!path.startsWith(ROOT + sep)) throw new Error(`not served: ${uri}`);
      return readFileSync(path, "utf8");
    },
    workspaceContext: { resolveRelativePath: (rel, base) => new URL(rel, base).href },
  });
  ls.configure({
    validate: true,
    allowComments: false,
    schemas: schema ? [{ uri: SCHEMA_URI, fileMatch: ["openclaw.json", "*.json5", "**/.openclaw/openclaw.json"], schema }] : [],
  });
  return ls;
}

export type LanguageId = "json" | "jsonc";

function open(text: string, uri: string, languageId: LanguageId) {
  const offset = text.indexOf(CURSOR);
  const doc = TextDocument.create(uri, languageId, 1, offset < 0 ? text : text.replace(CURSOR, ""));
  return { doc, offset };
}

export async function complete(ls: LanguageService, text: string, uri = "file:///ws/openclaw.json", languageId: LanguageId = "json"): Promise<{ items: CompletionItem[]; doc: ReturnType<typeof open>["doc"] }> {
  const { doc, offset } = open(text, uri, languageId);
  if (offset < 0) throw new Error("no cursor marker in text");
  const list = await ls.doComplete(doc, doc.positionAt(offset), ls.parseJSONDocument(doc));
  return { items: list?.items ?? [], doc };
}

export async function hover(ls: LanguageService, text: string, uri = "file:///ws/openclaw.json"): Promise<string> {
  const { doc, offset } = open(text, uri, "json");
  const h: Hover | null = await ls.doHover(doc, doc.positionAt(offset), ls.parseJSONDocument(doc));
  if (!h) return "";
  const parts = Array.isArray(h.contents) ? h.contents : [h.contents];
  return parts.map((p) => (typeof p === "string" ? p : p.value)).join("\n\n");
}

export async function validate(ls: LanguageService, text: string, uri = "file:///ws/openclaw.json", languageId: LanguageId = "json"): Promise<Diagnostic[]> {
  const { doc } = open(text, uri, languageId);
  return ls.doValidation(doc, ls.parseJSONDocument(doc), languageId === "jsonc" ? { comments: "ignore", trailingCommas: "ignore" } : undefined);
}

/** `L:C message` (1-based) for readable assertions. */
export const diagLines = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);

// ---- what the catalog says must be offered ---------------------------------------------------------

export interface ExpectedRef {
  ref: string;
  /** The catalog's own one-line description; the completion docs must contain it. */
  doc: string;
}

const planName = (id: string) => PLANS.find((p) => p.id === id)?.name ?? id;

export const CHAT_REFS: ExpectedRef[] = CHAT_CATALOG.flatMap((cp) => cp.models.map((m) => ({ ref: `${cp.provider}/${m.id}`, doc: describeChatModel(cp.provider, m, planName) })));
/** Image and PDF slots offer only models that accept image input. */
export const IMAGE_REFS: ExpectedRef[] = CHAT_CATALOG.flatMap((cp) =>
  cp.models.filter((m) => (m.input as readonly string[]).includes("image")).map((m) => ({ ref: `${cp.provider}/${m.id}`, doc: describeChatModel(cp.provider, m, planName) })),
);
export const VIDEO_REFS: ExpectedRef[] = VIDEO_CATALOG.providers.flatMap((p) =>
  VIDEO_CATALOG.models.map((m) => ({ ref: `${p}/${m.id}`, doc: describeVideoModel(p, m, VIDEO_CATALOG.defaultModel) })),
);

/**
 * The ref an item stands for. Value labels are JSON-quoted and cut after 57 characters, so read the
 * inserted text; property (key) items carry the quoted key in filterText.
 */
export function itemRef(item: CompletionItem): string {
  const inserted = item.textEdit && "newText" in item.textEdit ? item.textEdit.newText : (item.insertText ?? item.label);
  const quoted = item.filterText?.startsWith('"') ? item.filterText : /^"(?:[^"\\]|\\.)*"/.exec(inserted)?.[0];
  return quoted ? (JSON.parse(quoted) as string) : item.label;
}

function docText(item: CompletionItem): { markdown: boolean; text: string } {
  const d = item.documentation;
  if (d === undefined) return { markdown: false, text: "" };
  if (typeof d === "string") return { markdown: false, text: d };
  return { markdown: (d as MarkupContent).kind === "markdown", text: (d as MarkupContent).value };
}

/**
 * The checker: every problem with the offered items, one line each, [] when all is well. A ref is a
 * problem when it is not offered, or offered without markdown docs containing the catalog text.
 */
export function offeredProblems(items: readonly CompletionItem[], expected: readonly ExpectedRef[]): string[] {
  const byRef = new Map(items.map((i) => [itemRef(i), i]));
  const problems: string[] = [];
  for (const e of expected) {
    const item = byRef.get(e.ref);
    if (!item) {
      problems.push(`missing completion ${e.ref}`);
      continue;
    }
    const { markdown, text } = docText(item);
    if (!text.trim()) problems.push(`no documentation for ${e.ref}`);
    else if (!markdown) problems.push(`documentation for ${e.ref} is not markdown`);
    else if (!text.includes(e.doc)) problems.push(`documentation for ${e.ref} lacks the catalog text: ${JSON.stringify(text)}`);
  }
  return problems;
}

/** Deep copy of a schema with `ref` dropped from every enum (and its descriptions) or only its docs blanked. */
export function schemaWithout(schema: Record<string, unknown>, ref: string, what: "entry" | "docs"): Record<string, unknown> {
  const copy = structuredClone(schema);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== "object" || node === null) return;
    const o = node as Record<string, unknown>;
    if (Array.isArray(o.enum)) {
      const i = o.enum.indexOf(ref);
      if (i >= 0) {
        for (const k of ["enum", "markdownEnumDescriptions", "enumDescriptions"]) {
          const arr = o[k] as unknown[] | undefined;
          if (!arr) continue;
          if (what === "entry") arr.splice(i, 1);
          else if (k !== "enum") arr[i] = "";
        }
      }
    }
    // Listing keys are properties named after the ref.
    if (what === "entry" && typeof o.properties === "object" && o.properties !== null) delete (o.properties as Record<string, unknown>)[ref];
    Object.values(o).forEach(walk);
  };
  walk(copy);
  return copy;
}
