// `openclaw-qwen-lint lsp`: the linter as a language server. Publishes the full lint result for open
// OpenClaw configs (and for the files they $include), offers every fix and suggestion as a quick fix,
// and knows what no JSON Schema can: whether the file's own endpoint serves a model.
//
// One module per concern: workspace.ts (documents, includes, project config), documents.ts
// (document events), diagnostics.ts (linting in a time-boxed worker, publishing), code-actions.ts,
// hover.ts, completion.ts. This file wires them to the connection and keeps the protocol's
// lifecycle: requests before `initialize` get ServerNotInitialized (-32002), requests after
// `shutdown` get InvalidRequest, and a handler that throws answers with its empty result and is
// logged, so the server never goes deaf.
//
// Which documents are linted: `.json` / `.json5` files named like OpenClaw's config
// (openclaw.json, openclaw.*.json5, ...) or whose root object has an OpenClaw section key, and
// untitled JSON buffers with such a root; a file another open config $includes gets its findings
// from that config (it is a fragment, not a config of its own).
//
// With a state dir (initializationOptions.stateDir, or the setting "openclaw-qwen-lint": { "stateDir" }
// pushed by workspace/didChangeConfiguration or pulled by workspace/configuration) every config is linted
// with that OpenClaw installation, as `openclaw-qwen-lint --state-dir DIR` does: the keys in its state
// database and .env files, its versions and cron jobs. The worker reads it (lint-worker.ts).
import { fileURLToPath } from "node:url";
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MarkupKind,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from "vscode-languageserver/node";
import { effectiveHome, expandHome } from "../install/home.js";
import { TOOL_NAME, VERSION } from "../version.js";
import { codeActions, SOURCE_FIX_ALL } from "./code-actions.js";
import { completion } from "./completion.js";
import { DiagnosticsPublisher } from "./diagnostics.js";
import { watchDocuments } from "./documents.js";
import { hover } from "./hover.js";
import { DEFAULT_TIME_LIMIT_MS, LintRunner } from "./lint-runner.js";
import { preferredKind } from "./markup.js";
import { PROJECT_CONFIG_FILE } from "./tool-config.js";
import { viewFor } from "./view.js";
import { Workspace } from "./workspace.js";

export interface ServerOptions {
  /** An existing connection (tests, or one built by transport.ts); default: stdio. */
  connection?: Connection;
  /** Environment for OPENCLAW_INCLUDE_ROOTS and the time limit (default: process.env). */
  env?: Record<string, string | undefined>;
}

/** The time limit of one lint: initializationOptions.timeLimitMs, else OPENCLAW_QWEN_LINT_LSP_TIME_LIMIT_MS, else 5 s. */
function timeLimit(option: unknown, env: Record<string, string | undefined>): number {
  for (const v of [option, env.OPENCLAW_QWEN_LINT_LSP_TIME_LIMIT_MS]) {
    const n = typeof v === "string" ? Number(v) : v;
    if (typeof n === "number" && Number.isFinite(n) && n > 0) return n;
  }
  return DEFAULT_TIME_LIMIT_MS;
}

/** The editor's settings of this server, from initializationOptions or the "openclaw-qwen-lint" section. */
interface Settings {
  timeLimitMs?: unknown;
  stateDir?: unknown;
}

const CAPABILITIES: InitializeResult["capabilities"] = {
  textDocumentSync: TextDocumentSyncKind.Incremental,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, SOURCE_FIX_ALL], resolveProvider: false },
  hoverProvider: true,
  completionProvider: { triggerCharacters: ['"', "'", "/"], resolveProvider: false },
};

/** The editor's settings: applied from initializationOptions, a push, or a pull (clients that push nothing). */
function editorSettings(connection: Connection, env: NodeJS.ProcessEnv, ws: Workspace, runner: LintRunner, log: (m: string) => void, relint: () => void) {
  const settings = {
    /** The client answers workspace/configuration. */
    pulls: false,
    /** A string stateDir (empty: none) names the installation, `~` and relative paths as in a shell from the workspace. */
    apply(s: Settings | null | undefined) {
      if (s?.timeLimitMs !== undefined && s.timeLimitMs !== null) runner.limitMs = timeLimit(s.timeLimitMs, {});
      if (typeof s?.stateDir !== "string") return;
      const dir = s.stateDir.trim() ? expandHome(s.stateDir, effectiveHome(env), ws.baseDir) : undefined;
      if (dir === ws.stateDir) return;
      ws.stateDir = dir;
      relint();
    },
    pull() {
      void connection.workspace
        .getConfiguration({ section: TOOL_NAME })
        .then((s: Settings | null) => settings.apply(s))
        .catch((e: Error) => log(`settings not read: ${e.message}`));
    },
  };
  return settings;
}

export function startServer(options: ServerOptions = {}): Connection {
  const connection = options.connection ?? createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const env = options.env ?? process.env;
  const log = (message: string) => connection.console.error(`${TOOL_NAME}: ${message}`);
  let diagnostics: DiagnosticsPublisher | undefined;
  const ws = new Workspace(env, log, (r) => diagnostics?.publishToolConfig(r));
  const runner = new LintRunner(timeLimit(undefined, env), log);
  diagnostics = new DiagnosticsPublisher(ws, connection, runner, log);
  const views = viewFor(ws);

  let phase: "new" | "running" | "shut down" = "new";
  let hoverKind: MarkupKind = MarkupKind.Markdown;
  let completionKind: MarkupKind = MarkupKind.Markdown;
  let watchRegistration = false;

  const settings = editorSettings(connection, env, ws, runner, log, () => diagnostics?.relintAll());

  /** A request handler with the lifecycle checks and an empty answer instead of a thrown error. */
  const guard =
    <P, R>(name: string, empty: R, handler: (params: P) => R | Promise<R>) =>
    async (params: P): Promise<R | ResponseError<void>> => {
      if (phase === "new") return new ResponseError(ErrorCodes.ServerNotInitialized, `${TOOL_NAME}: ${name} before initialize`);
      if (phase === "shut down") return new ResponseError(ErrorCodes.InvalidRequest, `${TOOL_NAME}: ${name} after shutdown`);
      try {
        return await handler(params);
      } catch (e) {
        log(`${name} failed: ${(e as Error)?.stack ?? e}`);
        return empty;
      }
    };

  connection.onInitialize((params): InitializeResult => {
    phase = "running";
    const caps = params.capabilities;
    watchRegistration = !!caps?.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    hoverKind = preferredKind(caps?.textDocument?.hover?.contentFormat);
    completionKind = preferredKind(caps?.textDocument?.completion?.completionItem?.documentationFormat);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith("file:")) ws.baseDir = fileURLToPath(folder);
    settings.pulls = !!caps?.workspace?.configuration;
    const init = params.initializationOptions as Settings | null | undefined;
    runner.limitMs = timeLimit(init?.timeLimitMs, env);
    settings.apply({ stateDir: init?.stateDir });
    return { capabilities: CAPABILITIES, serverInfo: { name: TOOL_NAME, version: VERSION } };
  });
  connection.onInitialized(() => {
    if (settings.pulls) settings.pull();
    if (watchRegistration)
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*.{json,json5}" }, { globPattern: `**/${PROJECT_CONFIG_FILE}` }] })
        .catch((e: Error) => log(`file watching not registered: ${e.message}`));
  });
  connection.onShutdown(() => {
    phase = "shut down";
    runner.dispose();
  });

  // The editor setting "openclaw-qwen-lint": { "timeLimitMs": N, "stateDir": "~/.openclaw" }, pushed or pulled.
  connection.onDidChangeConfiguration(({ settings: pushed }) => {
    const own = (pushed as Record<string, Settings | undefined> | null | undefined)?.[TOOL_NAME];
    if (own) settings.apply(own);
    else if (settings.pulls) settings.pull();
  });

  watchDocuments(ws, diagnostics, connection);
  connection.onCodeAction(guard("codeAction", [], (p) => codeActions(ws, diagnostics, p)));
  connection.onHover(guard("hover", null, (p) => hover(ws, views, hoverKind, p)));
  connection.onCompletion(guard("completion", null, (p) => completion(ws, views, completionKind, p)));

  ws.documents.listen(connection);
  connection.listen();
  return connection;
}
