// Documents and includes: which open documents are OpenClaw configs, the path each document stands
// for (untitled buffers get a virtual one), files as the editor sees them (open buffers over the
// disk), the configs currently linted as roots and the files they $include, and the project config
// `.openclaw-qwen-lint.json5` that applies to each.
import { statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Diagnostic as LspDiagnostic } from "vscode-languageserver/node";
import { TextDocuments } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { Catalog, catalogFor, defaultCatalog } from "../catalog/index.js";
import { fsHost, type FileHost } from "../engine/include.js";
import { readRegularFile } from "../engine/safe-read.js";
import { isParseFailure, parseJson5 } from "../engine/parse.js";
import type { ToolConfig } from "../engine/linter.js";
import type { Diagnostic } from "../report.js";
import { findToolConfig, PROJECT_CONFIG_FILE, readToolConfig, type ToolConfigResult } from "./tool-config.js";

/** Root sections that make a JSON file an OpenClaw config (object-valued in OpenClaw's schema). */
const CONFIG_SECTIONS = ["agents", "models", "plugins", "gateway", "wizard"];
const CONFIG_NAME = /^openclaw([.-][^/\\]*)?\.json5?$/i;
const JSON_FILE = /\.json5?$/i;
const JSON_LANGUAGES = new Set(["json", "json5", "jsonc"]);

export interface Entry {
  diagnostic: Diagnostic;
  lsp: LspDiagnostic;
}

/** An open config linted as a whole (with its includes). */
export interface Root {
  path: string;
  /** Document version the results belong to. */
  version: number;
  /** Every other file the last lint read or looked for (absolute paths). */
  includes: Set<string>;
  /** Findings by file path. */
  files: Map<string, Entry[]>;
  /** Versions of the open documents the last lint read. */
  versions: Map<string, number>;
  /** The last lint of this version was given up (time limit or internal error): no hover or completion on it. */
  gaveUp?: boolean;
}

export class Workspace {
  readonly documents = new TextDocuments(TextDocument);
  /** Open documents by absolute (or virtual) path. */
  readonly openByPath = new Map<string, TextDocument>();
  /** Open documents that passed the config test once (stay linted while their syntax is broken). */
  readonly knownConfigs = new Set<string>();
  readonly roots = new Map<string, Root>();
  /** What was last published per file path, and under which URI. */
  readonly published = new Map<string, { uri: string; key: string }>();
  readonly toolConfigs = new Map<string, ToolConfigResult>();
  /** Where untitled buffers live (the first workspace folder, else the server's directory). */
  baseDir = process.cwd();
  /** The OpenClaw state directory configs are linted with (absolute), when the editor names one. */
  stateDir: string | undefined;
  private catalogs = new Map<string, Catalog>();

  constructor(
    readonly env: Record<string, string | undefined>,
    private log: (message: string) => void,
    private onToolConfigRead: (r: ToolConfigResult) => void,
  ) {}

  /** The path a document stands for: its file, or for an untitled JSON buffer a virtual file in baseDir. */
  pathOf(uri: string, languageId?: string): string | undefined {
    try {
      if (uri.startsWith("file:")) return resolve(fileURLToPath(uri));
    } catch {
      return undefined;
    }
    if (!uri.startsWith("untitled:")) return undefined;
    const lang = languageId ?? this.documents.get(uri)?.languageId;
    if (lang !== undefined && !JSON_LANGUAGES.has(lang)) return undefined;
    return join(this.baseDir, `${uri.slice("untitled:".length).replace(/[^\w.-]+/g, "_")}.untitled.json5`);
  }

  uriOf(path: string): string {
    return this.openByPath.get(path)?.uri ?? this.published.get(path)?.uri ?? pathToFileURL(path).href;
  }

  /** Files as the editor sees them: open documents' text, else the disk. */
  readonly host: FileHost = {
    // Disk files through the same checks as the CLI's includes: regular, at most 2 MB, one hard link.
    readFile: (p) => this.openByPath.get(resolve(p))?.getText() ?? fsHost.readFile(p),
    size: (p) => {
      const doc = this.openByPath.get(resolve(p));
      return doc ? Buffer.byteLength(doc.getText(), "utf8") : statSync(p).size;
    },
  };

  /** Open documents as [path, text, version] for the lint worker. */
  openTexts(): [string, string, number][] {
    return [...this.openByPath].map(([p, d]) => [p, d.getText(), d.version]);
  }

  isToolConfig = (path: string) => basename(path) === PROJECT_CONFIG_FILE;

  // ---- project config ---------------------------------------------------------------------------
  toolConfigFor(configPath: string): ToolConfigResult | undefined {
    const path = findToolConfig(dirname(configPath), this.host);
    if (!path) return undefined;
    let r = this.toolConfigs.get(path);
    if (!r) {
      r = readToolConfig(path, this.host);
      this.toolConfigs.set(path, r);
      this.onToolConfigRead(r);
    }
    return r;
  }

  catalogFor(config: ToolConfig | undefined): Catalog {
    const key = JSON.stringify(config?.catalog ?? null);
    let c = this.catalogs.get(key);
    if (!c) {
      try {
        c = catalogFor(config?.catalog);
      } catch (e) {
        this.log(`catalog extension in ${PROJECT_CONFIG_FILE} ignored: ${(e as Error).message}`);
        c = defaultCatalog();
      }
      this.catalogs.set(key, c);
    }
    return c;
  }

  // ---- which documents are configs ----------------------------------------------------------------
  looksLikeConfig(doc: TextDocument, path: string): boolean {
    if (this.knownConfigs.has(path)) return true;
    if (!JSON_FILE.test(path) || this.isToolConfig(path)) return false;
    if (CONFIG_NAME.test(basename(path))) return true;
    const parsed = parseJson5(doc.getText(), path);
    const root = isParseFailure(parsed) ? undefined : parsed.value;
    if (typeof root !== "object" || root === null || Array.isArray(root)) return false;
    const value = root as Record<string, unknown>;
    return "$include" in value || CONFIG_SECTIONS.some((k) => typeof value[k] === "object" && value[k] !== null && !Array.isArray(value[k]));
  }

  /** Roots that include `path` (other than itself). */
  includers(path: string): Root[] {
    return [...this.roots.values()].filter((r) => r.path !== path && r.includes.has(path));
  }

  /** The findings for `path` from every root, without duplicates. */
  entriesOf(path: string): Entry[] {
    const out: Entry[] = [];
    const seen = new Set<string>();
    for (const r of this.roots.values())
      for (const e of r.files.get(path) ?? []) {
        const k = JSON.stringify([e.lsp.range, e.lsp.code, e.lsp.message]);
        if (!seen.has(k)) (seen.add(k), out.push(e));
      }
    return out;
  }

  /** An open document, else the file on disk as a document (for positions), else undefined. */
  documentFor(path: string): TextDocument | undefined {
    const open = this.openByPath.get(path);
    if (open) return open;
    try {
      return TextDocument.create(pathToFileURL(path).href, "json5", 0, readRegularFile(path));
    } catch {
      return undefined;
    }
  }
}
