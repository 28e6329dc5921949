// `openclaw-qwen-lint lsp --stdio`: the linter as a language server. Publishes the full lint result
// for open OpenClaw configs (and for the files they $include), offers every fix and suggestion as a
// quick fix, and knows what no JSON Schema can: whether the file's own endpoint serves a model.
//
// Which documents are linted: `.json` / `.json5` files named like OpenClaw's config
// (openclaw.json, openclaw.*.json5, ...) or whose root object has an OpenClaw section key; a
// file another open config $includes gets its findings from that config (it is a fragment, not a
// config of its own). Start-up does no schema or YAML work: the catalog is a compiled module.
import { statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { format } from "node:util";
import {
  CodeActionKind,
  CompletionItemKind,
  CompletionItemTag,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  InsertTextFormat,
  MarkupKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type Hover,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { Catalog, defaultCatalog, hasAdditions } from "../catalog/index.js";
import { fsHost, type FileHost } from "../engine/include.js";
import { readRegularFile } from "../engine/safe-read.js";
import { isParseFailure, parseJson5 } from "../engine/parse.js";
import { lintText, type Diagnostic, type ToolConfig } from "../index.js";
import { TOOL_NAME, VERSION } from "../version.js";
import { quickFix, rangesOverlap, toLspDiagnostic, toLspEdits } from "./convert.js";
import { redactText } from "../engine/secrets.js";
import { buildView, hoverMarkdown, refCandidates, siteAt, type ConfigView, type SiteHit } from "./refs.js";
import { findToolConfig, PROJECT_CONFIG_FILE, readToolConfig, type ToolConfigResult } from "./tool-config.js";

const DEBOUNCE_MS = 100;
/** Root sections that make a JSON file an OpenClaw config (object-valued in OpenClaw's schema). */
const CONFIG_SECTIONS = ["agents", "models", "plugins", "gateway", "wizard"];
const CONFIG_NAME = /^openclaw([.-][^/\\]*)?\.json5?$/i;
const JSON_FILE = /\.json5?$/i;

export interface ServerOptions {
  /** An existing connection (tests); default: from the process arguments, stdio when none is given. */
  connection?: Connection;
  /** Environment for OPENCLAW_INCLUDE_ROOTS (default: process.env). */
  env?: Record<string, string | undefined>;
}

interface Entry {
  diagnostic: Diagnostic;
  lsp: LspDiagnostic;
}

/** An open config linted as a whole (with its includes). */
interface Root {
  path: string;
  /** Document version the results belong to. */
  version: number;
  /** Every other file the last lint read or looked for (absolute paths). */
  includes: Set<string>;
  /** Findings by file path. */
  files: Map<string, Entry[]>;
}

const toPath = (uri: string): string | undefined => {
  try {
    return uri.startsWith("file:") ? resolve(fileURLToPath(uri)) : undefined;
  } catch {
    return undefined;
  }
};

export function startServer(options: ServerOptions = {}): Connection {
  const connection = options.connection ?? defaultConnection();
  const env = options.env ?? process.env;
  const documents = new TextDocuments(TextDocument);
  const roots = new Map<string, Root>();
  /** Open documents by absolute path. */
  const openByPath = new Map<string, TextDocument>();
  /** Open documents that passed the config test once (stay linted while their syntax is broken). */
  const knownConfigs = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** What was last published per file path, and under which URI. */
  const published = new Map<string, { uri: string; key: string }>();
  const toolConfigs = new Map<string, ToolConfigResult>();
  let watchRegistration = false;

  const log = (message: string) => connection.console.error(`${TOOL_NAME}: ${message}`);

  /** Files as the editor sees them: open documents' text, else the disk. */
  const host: FileHost = {
    // Disk files through the same checks as the CLI's includes: regular, at most 2 MB, one hard link.
    readFile: (p) => openByPath.get(resolve(p))?.getText() ?? fsHost.readFile(p),
    size: (p) => {
      const doc = openByPath.get(resolve(p));
      return doc ? Buffer.byteLength(doc.getText(), "utf8") : statSync(p).size;
    },
  };
  const recording = (seen: Set<string>): FileHost => ({
    readFile: (p) => (seen.add(resolve(p)), host.readFile(p)),
    size: (p) => (seen.add(resolve(p)), host.size(p)),
  });
  const uriOf = (path: string) => openByPath.get(path)?.uri ?? published.get(path)?.uri ?? pathToFileURL(path).href;

  // ---- project config ---------------------------------------------------------------------------
  const toolConfigFor = (configPath: string): ToolConfigResult | undefined => {
    const path = findToolConfig(dirname(configPath), host);
    if (!path) return undefined;
    let r = toolConfigs.get(path);
    if (!r) {
      r = readToolConfig(path, host);
      toolConfigs.set(path, r);
      publishToolConfig(r);
    }
    return r;
  };
  const publishToolConfig = (r: ToolConfigResult) => {
    const diagnostics: LspDiagnostic[] = r.problems.map((p) => ({
      range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.line - 1, character: p.column - 1 + p.length } },
      severity: DiagnosticSeverity.Error,
      source: TOOL_NAME,
      message: p.message,
    }));
    void connection.sendDiagnostics({ uri: uriOf(r.path), diagnostics });
  };
  const catalogs = new Map<string, Catalog>();
  const catalogFor = (config: ToolConfig | undefined): Catalog => {
    const ext = config?.catalog;
    if (!hasAdditions(ext)) return defaultCatalog();
    const key = JSON.stringify(ext);
    let c = catalogs.get(key);
    if (!c) {
      try {
        c = new Catalog(ext);
      } catch (e) {
        log(`catalog extension in ${PROJECT_CONFIG_FILE} ignored: ${(e as Error).message}`);
        c = defaultCatalog();
      }
      catalogs.set(key, c);
    }
    return c;
  };

  // ---- which documents are configs ----------------------------------------------------------------
  const looksLikeConfig = (doc: TextDocument, path: string): boolean => {
    if (knownConfigs.has(path)) return true;
    if (!JSON_FILE.test(path) || basename(path) === PROJECT_CONFIG_FILE) return false;
    if (CONFIG_NAME.test(basename(path))) return true;
    const parsed = parseJson5(doc.getText(), path);
    const root = isParseFailure(parsed) ? undefined : parsed.value;
    if (typeof root !== "object" || root === null || Array.isArray(root)) return false;
    const value = root as Record<string, unknown>;
    return "$include" in value || CONFIG_SECTIONS.some((k) => typeof value[k] === "object" && value[k] !== null && !Array.isArray(value[k]));
  };
  /** Roots that include `path` (other than itself). */
  const includers = (path: string) => [...roots.values()].filter((r) => r.path !== path && r.includes.has(path));

  // ---- linting and publishing ---------------------------------------------------------------------
  const publishFile = (path: string) => {
    const seen = new Set<string>();
    const diagnostics: LspDiagnostic[] = [];
    for (const root of roots.values())
      for (const e of root.files.get(path) ?? []) {
        const k = JSON.stringify([e.lsp.range, e.lsp.code, e.lsp.message]);
        if (!seen.has(k)) (seen.add(k), diagnostics.push(e.lsp));
      }
    const uri = uriOf(path);
    const before = published.get(path);
    // The client may spell a file's URI differently from pathToFileURL: clear the old spelling.
    if (before && before.uri !== uri) void connection.sendDiagnostics({ uri: before.uri, diagnostics: [] });
    const key = JSON.stringify(diagnostics);
    if (before?.uri === uri && before.key === key) return;
    published.set(path, { uri, key });
    void connection.sendDiagnostics({ uri, diagnostics });
  };

  const lintRoot = (path: string) => {
    const doc = openByPath.get(path);
    if (!doc) return;
    const previous = roots.get(path);
    const seen = new Set<string>();
    const tool = toolConfigFor(path);
    let result;
    try {
      result = lintText(doc.getText(), { filePath: path, host: recording(seen), config: tool?.config, catalog: catalogFor(tool?.config), env });
    } catch (e) {
      log(`linting ${path} failed: ${(e as Error).stack ?? e}`);
      return;
    }
    const files = new Map<string, Entry[]>();
    for (const d of result.diagnostics) {
      const file = resolve(dirname(path), d.filePath);
      if (!files.has(file)) files.set(file, []);
      files.get(file)!.push({ diagnostic: d, lsp: toLspDiagnostic(d) });
    }
    seen.delete(path);
    const root: Root = { path, version: doc.version, includes: seen, files };
    roots.set(path, root);
    const affected = new Set<string>([path, ...files.keys(), ...(previous?.files.keys() ?? [])]);
    // An open config this one includes is a fragment: its findings come from here now.
    for (const inc of seen) if (roots.has(inc) && !roots.get(inc)!.includes.has(path)) dropRoot(inc, affected);
    for (const f of affected) publishFile(f);
  };

  const dropRoot = (path: string, affected: Set<string>) => {
    const r = roots.get(path);
    if (!r) return;
    roots.delete(path);
    for (const f of r.files.keys()) affected.add(f);
    affected.add(path);
  };

  const schedule = (path: string, delay = DEBOUNCE_MS) => {
    clearTimeout(timers.get(path));
    timers.set(
      path,
      setTimeout(() => {
        timers.delete(path);
        lintRoot(path);
      }, delay),
    );
  };

  /** Lint `path` now if a lint is pending or its results are older than the document. */
  const flush = (path: string) => {
    const doc = openByPath.get(path);
    const root = roots.get(path);
    if (timers.has(path) || (doc && root && root.version !== doc.version)) {
      clearTimeout(timers.get(path));
      timers.delete(path);
      lintRoot(path);
    }
  };

  /** Re-evaluate an open document: lint it as a root, or its includers. */
  const touch = (path: string, delay: number) => {
    const doc = openByPath.get(path);
    const parents = includers(path);
    for (const p of parents) schedule(p.path, delay);
    if (!doc) return;
    if (parents.length > 0 && !roots.has(path)) return;
    if (!looksLikeConfig(doc, path)) return;
    knownConfigs.add(path);
    schedule(path, delay);
  };

  /** A project config was opened, edited, closed, created, changed or deleted. */
  const onToolConfigChanged = (path: string) => {
    toolConfigs.delete(path);
    let exists = true;
    try {
      host.size(path);
    } catch {
      exists = false;
    }
    if (exists) {
      const r = readToolConfig(path, host);
      toolConfigs.set(path, r);
      publishToolConfig(r);
    } else void connection.sendDiagnostics({ uri: uriOf(path), diagnostics: [] });
    for (const root of roots.values()) schedule(root.path);
  };

  // ---- documents ----------------------------------------------------------------------------------
  // TextDocuments fires onDidOpen and then onDidChangeContent for an open; only changes debounce.
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => {
    const path = toPath(document.uri);
    if (!path) return;
    openByPath.set(path, document);
    justOpened.add(path);
    if (basename(path) === PROJECT_CONFIG_FILE) return onToolConfigChanged(path);
    touch(path, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    const path = toPath(document.uri);
    if (!path || justOpened.delete(path)) return;
    if (basename(path) === PROJECT_CONFIG_FILE) return onToolConfigChanged(path);
    touch(path, DEBOUNCE_MS);
  });
  documents.onDidClose(({ document }) => {
    const path = toPath(document.uri);
    if (!path) return;
    openByPath.delete(path);
    knownConfigs.delete(path);
    justOpened.delete(path);
    clearTimeout(timers.get(path));
    timers.delete(path);
    if (basename(path) === PROJECT_CONFIG_FILE) {
      // The saved file applies again.
      onToolConfigChanged(path);
      return;
    }
    const affected = new Set<string>();
    dropRoot(path, affected);
    for (const f of affected) publishFile(f);
    // Includers now read the saved file instead of the buffer.
    for (const p of includers(path)) schedule(p.path);
    // A fragment whose includer closed is a config of its own again.
    for (const [p, doc] of openByPath) if (!roots.has(p) && includers(p).length === 0 && looksLikeConfig(doc, p)) schedule(p, 0);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const c of changes) {
      const path = toPath(c.uri);
      // Open documents are the truth for their own text.
      if (!path || openByPath.has(path)) continue;
      if (basename(path) === PROJECT_CONFIG_FILE) {
        onToolConfigChanged(path);
        continue;
      }
      for (const r of includers(path)) schedule(r.path);
    }
  });

  // ---- initialize ---------------------------------------------------------------------------------
  connection.onInitialize((params): InitializeResult => {
    watchRegistration = !!params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, SOURCE_FIX_ALL], resolveProvider: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', "'", "/"], resolveProvider: false },
      },
      serverInfo: { name: TOOL_NAME, version: VERSION },
    };
  });
  connection.onInitialized(() => {
    if (watchRegistration)
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*.{json,json5}" }, { globPattern: `**/${PROJECT_CONFIG_FILE}` }] })
        .catch((e: Error) => log(`file watching not registered: ${e.message}`));
  });

  // ---- code actions -------------------------------------------------------------------------------
  const documentFor = (path: string): TextDocument | undefined => {
    const open = openByPath.get(path);
    if (open) return open;
    try {
      return TextDocument.create(pathToFileURL(path).href, "json5", 0, readRegularFile(path));
    } catch {
      return undefined;
    }
  };
  const entriesFor = (path: string): Entry[] => {
    for (const r of [roots.get(path), ...includers(path)]) if (r) flush(r.path);
    const out: Entry[] = [];
    const seen = new Set<string>();
    for (const r of roots.values())
      for (const e of r.files.get(path) ?? []) {
        const k = JSON.stringify([e.lsp.range, e.lsp.code, e.lsp.message]);
        if (!seen.has(k)) (seen.add(k), out.push(e));
      }
    return out;
  };

  connection.onCodeAction((params): CodeAction[] => {
    const path = toPath(params.textDocument.uri);
    if (!path) return [];
    try {
      const doc = documentFor(path);
      if (!doc) return [];
      const uri = params.textDocument.uri;
      const entries = entriesFor(path);
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + "."));
      const actions: CodeAction[] = [];
      if (wants(CodeActionKind.QuickFix))
        for (const e of entries) {
          if (!rangesOverlap(e.lsp.range, params.range)) continue;
          if (e.diagnostic.fix) actions.push(quickFix(e.diagnostic.fix, true, uri, doc, e.lsp));
          for (const s of e.diagnostic.suggestions ?? []) actions.push(quickFix(s, false, uri, doc, e.lsp));
        }
      if (wants(SOURCE_FIX_ALL)) {
        const fixAll = fixAllAction(entries, uri, doc);
        if (fixAll) actions.push(fixAll);
      }
      return actions;
    } catch (e) {
      log(`code actions failed: ${(e as Error).stack ?? e}`);
      return [];
    }
  });

  // ---- hover and completion -----------------------------------------------------------------------
  /** The config a document belongs to (its includer, or itself) and how to read files, with overrides. */
  const viewFor: ViewFor = (path, overrides) => {
    const rootPath = roots.has(path) ? path : (includers(path)[0]?.path ?? path);
    const tool = toolConfigFor(rootPath);
    const catalog = catalogFor(tool?.config);
    const h: FileHost = overrides
      ? {
          readFile: (p) => overrides.get(resolve(p)) ?? host.readFile(p),
          size: (p) => (overrides.has(resolve(p)) ? Buffer.byteLength(overrides.get(resolve(p))!, "utf8") : host.size(p)),
        }
      : host;
    const view = buildView(rootPath, h, catalog, env);
    return view ? { view, catalog } : undefined;
  };

  connection.onHover((params): Hover | null => {
    const path = toPath(params.textDocument.uri);
    const doc = documents.get(params.textDocument.uri);
    if (!path || !doc) return null;
    try {
      const ctx = viewFor(path);
      if (!ctx) return null;
      const hit = siteAt(ctx.view, path, doc.offsetAt(params.position));
      if (!hit) return null;
      // The hovered text may be a pasted key (`primary: "qwen/sk-…"`): hover shows what messages show.
      const value = redactText(hoverMarkdown(hit.site, ctx.view.facts, ctx.catalog) ?? "");
      if (!value) return null;
      return { contents: { kind: MarkupKind.Markdown, value }, range: { start: doc.positionAt(hit.span.start.offset), end: doc.positionAt(hit.span.end.offset) } };
    } catch (e) {
      log(`hover failed: ${(e as Error).stack ?? e}`);
      return null;
    }
  });

  connection.onCompletion((params): CompletionList | null => {
    const path = toPath(params.textDocument.uri);
    const doc = documents.get(params.textDocument.uri);
    if (!path || !doc) return null;
    try {
      const found = completionContext(doc, path, doc.offsetAt(params.position), viewFor);
      if (!found) return null;
      const { hit, view, catalog, edit } = found;
      const candidates = refCandidates(hit.site.slot.kind, view.facts, catalog, view.config);
      if (candidates.length === 0) return null;
      const items: CompletionItem[] = candidates.map((c, i) => ({
        label: c.ref,
        kind: hit.site.target === "key" ? CompletionItemKind.Property : CompletionItemKind.Value,
        labelDetails: { description: c.description },
        detail: c.detail,
        documentation: { kind: MarkupKind.Markdown, value: c.documentation },
        sortText: String(i).padStart(4, "0"),
        filterText: edit.filterPrefix + c.ref,
        tags: c.deprecated ? [CompletionItemTag.Deprecated] : undefined,
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: { range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) }, newText: edit.text(c.ref) },
      }));
      return { isIncomplete: false, items };
    } catch (e) {
      log(`completion failed: ${(e as Error).stack ?? e}`);
      return null;
    }
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** The connection from the process arguments (--stdio, --node-ipc, --socket=, --pipe=); stdio when none. */
function defaultConnection(): Connection {
  if (process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a))) return createConnection(ProposedFeatures.all);
  // stdout carries the protocol: keep stray console output off it (--stdio gets this from the library).
  const toStderr = (...args: unknown[]) => void process.stderr.write(format(...args) + "\n");
  console.log = console.info = console.warn = console.error = console.debug = toStderr;
  return createConnection(ProposedFeatures.all, process.stdin, process.stdout);
}

const SOURCE_FIX_ALL = `${CodeActionKind.SourceFixAll}.${TOOL_NAME}`;

/** Every fix of the file at once (VS Code's editor.codeActionsOnSave), skipping overlapping edits. */
function fixAllAction(entries: Entry[], uri: string, doc: TextDocument): CodeAction | undefined {
  const edits = entries
    .flatMap((e) => (e.diagnostic.fix ? [e.diagnostic.fix] : []))
    .sort((a, b) => a.edits[0].start - b.edits[0].start);
  const chosen: typeof edits = [];
  let end = -1;
  for (const f of edits) {
    const s = Math.min(...f.edits.map((x) => x.start));
    if (s < end) continue;
    chosen.push(f);
    end = Math.max(...f.edits.map((x) => x.end));
  }
  if (chosen.length === 0) return undefined;
  return {
    title: `Fix all ${TOOL_NAME} problems (${chosen.length})`,
    kind: SOURCE_FIX_ALL,
    edit: { changes: { [uri]: chosen.flatMap((f) => toLspEdits(f, doc)) } },
  };
}

interface CompletionContext {
  hit: SiteHit;
  view: ConfigView;
  catalog: Catalog;
  edit: { start: number; end: number; text: (ref: string) => string; filterPrefix: string };
}

type ViewFor = (path: string, overrides?: Map<string, string>) => { view: ConfigView; catalog: Catalog } | undefined;

/** `ref` as the body of a string in the given quote style. */
const stringBody = (quote: string, ref: string) => (quote === "'" ? ref.replace(/\\/g, "\\\\").replace(/'/g, "\\'") : JSON.stringify(ref).slice(1, -1));

/**
 * Where a model ref is being typed, and the edit that puts one there.
 * - Inside an existing string (any quote style): replace its content.
 * - No value yet (`"primary": ‸`): the text parses with `""` at the cursor; insert a quoted ref.
 * - A lone listing key (`"‸"` inside agents.defaults.models): the text parses with `: {}` after the
 *   string; replace the key and add the empty entry.
 */
function completionContext(doc: TextDocument, path: string, offset: number, viewFor: ViewFor): CompletionContext | undefined {
  const text = doc.getText();
  const base = viewFor(path);
  if (base) {
    const hit = siteAt(base.view, path, offset);
    const quote = hit ? text[hit.span.start.offset] : undefined;
    if (hit && (quote === '"' || quote === "'") && offset > hit.span.start.offset && offset < hit.span.end.offset)
      return { hit, ...base, edit: { start: hit.span.start.offset + 1, end: hit.span.end.offset - 1, text: (ref) => stringBody(quote, ref), filterPrefix: "" } };
  }
  const withValue = viewFor(path, new Map([[path, text.slice(0, offset) + '""' + text.slice(offset)]]));
  if (withValue) {
    const hit = siteAt(withValue.view, path, offset + 1);
    if (hit && hit.span.start.offset === offset) return { hit, ...withValue, edit: { start: offset, end: offset, text: (ref) => JSON.stringify(ref), filterPrefix: "" } };
  }
  // The string around the cursor on this line, for the lone-key case.
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const open = Math.max(text.lastIndexOf('"', offset - 1), text.lastIndexOf("'", offset - 1));
  if (open < lineStart) return undefined;
  const quote = text[open];
  const close = text.indexOf(quote, offset);
  if (close < 0 || text.slice(open + 1, close).includes("\n")) return undefined;
  const withEntry = viewFor(path, new Map([[path, text.slice(0, close + 1) + ": {}" + text.slice(close + 1)]]));
  if (withEntry) {
    const hit = siteAt(withEntry.view, path, offset);
    if (hit && hit.site.target === "key" && hit.span.start.offset === open)
      return { hit, ...withEntry, edit: { start: open, end: close + 1, text: (ref) => `${quote}${stringBody(quote, ref)}${quote}: {}`, filterPrefix: quote } };
  }
  return undefined;
}
