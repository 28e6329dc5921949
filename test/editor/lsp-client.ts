// A small LSP client over stdio, doing what an editor does: initialize with real capabilities, answer
// the server's requests (workspace/configuration, registerCapability, progress), open documents and
// collect pushed diagnostics.
import { spawn, type ChildProcess } from "node:child_process";
import {
  CodeActionRequest,
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type ProtocolConnection,
  type Range,
  type Registration,
} from "vscode-languageserver-protocol/node";

export const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    workspaceFolders: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true },
    // VS Code's JSON server registers completion only when snippets are supported.
    completion: {
      completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"], deprecatedSupport: true, tagSupport: { valueSet: [1] }, labelDetailsSupport: true },
    },
    hover: { contentFormat: ["markdown", "plaintext"] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll"] } }, isPreferredSupport: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } },
    // No textDocument.diagnostic: servers push diagnostics.
  },
};

export interface ClientOptions {
  /** Answer for a workspace/configuration item, by section. */
  configuration?: (section: string | undefined) => unknown;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly registrations: Registration[] = [];
  readonly stderr: string[] = [];
  /** Every byte the server wrote to stdout (all protocol messages), for leak checks. */
  readonly stdout: string[] = [];
  /** The `version` of the last publishDiagnostics per URI. */
  readonly publishedVersions = new Map<string, number | undefined>();
  private waiters: { check: () => boolean; resolve: () => void }[] = [];
  private versions = new Map<string, number>();
  initializeResult?: InitializeResult;

  private constructor(
    readonly proc: ChildProcess,
    opts: ClientOptions,
  ) {
    this.connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    proc.stderr!.on("data", (b: Buffer) => this.stderr.push(b.toString()));
    proc.stdout!.on("data", (b: Buffer) => this.stdout.push(b.toString("latin1")));
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((i) => opts.configuration?.(i.section) ?? null));
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.notify();
    });
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.publishedVersions.set(p.uri, p.version);
      this.notify();
    });
    this.connection.listen();
  }

  /** Spawn `node <args>` and run initialize + initialized. */
  static async start(args: string[], opts: ClientOptions & { rootUri?: string; initializationOptions?: unknown; capabilities?: ClientCapabilities } = {}): Promise<LspClient> {
    const proc = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
    const client = new LspClient(proc, opts);
    client.initializeResult = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: opts.rootUri ?? null,
      workspaceFolders: opts.rootUri ? [{ uri: opts.rootUri, name: "ws" }] : null,
      capabilities: opts.capabilities ?? CAPABILITIES,
      initializationOptions: opts.initializationOptions,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private notify() {
    this.waiters = this.waiters.filter((w) => (w.check() ? (w.resolve(), false) : true));
  }

  /** Resolve once `check` is true (re-checked on every server message we track). */
  waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.join("").slice(-2000)}`)), timeoutMs);
      this.waiters.push({ check, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /** The next diagnostics for `uri` that satisfy `pred` (a first publish may still be empty). */
  async diagnosticsFor(uri: string, pred: (ds: Diagnostic[]) => boolean = () => true, timeoutMs?: number): Promise<Diagnostic[]> {
    await this.waitFor(() => this.diagnostics.has(uri) && pred(this.diagnostics.get(uri)!), `diagnostics for ${uri}`, timeoutMs);
    return this.diagnostics.get(uri)!;
  }

  configure(settings: unknown) {
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  open(uri: string, languageId: string, text: string) {
    this.versions.set(uri, 1);
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, text: string) {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string) {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  watchedFilesChanged(changes: FileEvent[]) {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async completion(uri: string, position: { line: number; character: number }): Promise<CompletionItem[]> {
    const r: CompletionList | CompletionItem[] | null = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    return !r ? [] : Array.isArray(r) ? r : r.items;
  }

  hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const r: (CodeAction | Command)[] | null = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } });
    return (r ?? []).filter((a): a is CodeAction => "title" in a && !("command" in a && typeof a.command === "string"));
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      const exited = new Promise((r) => this.proc.once("exit", r));
      setTimeout(() => this.proc.kill("SIGKILL"), 1000).unref();
      await exited;
    }
  }
}

/** Text of hover contents, joined. */
export function hoverText(h: Hover | null): string {
  if (!h) return "";
  const parts = Array.isArray(h.contents) ? h.contents : [h.contents];
  return parts.map((p) => (typeof p === "string" ? p : p.value)).join("\n\n");
}

/** Offset of the cursor marker and the text without it, plus the LSP position of the marker. */
export function cursorAt(textWithCursor: string, marker = "‸"): { text: string; position: { line: number; character: number } } {
  const offset = textWithCursor.indexOf(marker);
  if (offset < 0) throw new Error("no cursor marker");
  const before = textWithCursor.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { text: textWithCursor.replace(marker, ""), position: { line, character: offset - (before.lastIndexOf("\n") + 1) } };
}
