// Linting open configs and publishing the findings: debounced per document, one lint at a time in
// the lint worker under a time limit, findings of $include'd files published for those files, and
// a diagnostic of our own when a lint was given up, so the editor says why it shows nothing.
import { dirname, resolve } from "node:path";
import { DiagnosticSeverity, type Connection, type Diagnostic as LspDiagnostic } from "vscode-languageserver/node";
import { TOOL_NAME } from "../version.js";
import { toLspDiagnostic } from "./convert.js";
import type { LintRunner } from "./lint-runner.js";
import { readToolConfig, type ToolConfigResult } from "./tool-config.js";
import type { Entry, Root, Workspace } from "./workspace.js";

export const DEBOUNCE_MS_FOR_TYPING = 100;
const DEBOUNCE_MS = DEBOUNCE_MS_FOR_TYPING;
const START = { line: 0, character: 0 };

export class DiagnosticsPublisher {
  private timers = new Map<string, NodeJS.Timeout>();
  /** The lint in flight per root, so requests can wait for fresh results. */
  private running = new Map<string, Promise<void>>();

  constructor(
    private ws: Workspace,
    private connection: Connection,
    private runner: LintRunner,
    private log: (message: string) => void,
  ) {}

  publishToolConfig(r: ToolConfigResult) {
    const diagnostics: LspDiagnostic[] = r.problems.map((p) => ({
      range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.line - 1, character: p.column - 1 + p.length } },
      severity: DiagnosticSeverity.Error,
      source: TOOL_NAME,
      message: p.message,
    }));
    const doc = this.ws.openByPath.get(r.path);
    void this.connection.sendDiagnostics({ uri: this.ws.uriOf(r.path), version: doc?.version, diagnostics });
  }

  publishFile(path: string) {
    const diagnostics = this.ws.entriesOf(path).map((e) => e.lsp);
    const uri = this.ws.uriOf(path);
    const before = this.ws.published.get(path);
    // The client may spell a file's URI differently from pathToFileURL: clear the old spelling.
    if (before && before.uri !== uri) void this.connection.sendDiagnostics({ uri: before.uri, diagnostics: [] });
    // The version of the document text these findings are about, when it is open.
    let version: number | undefined;
    for (const r of this.ws.roots.values()) version ??= r.versions.get(path);
    const key = JSON.stringify([version, diagnostics]);
    if (before?.uri === uri && before.key === key) return;
    this.ws.published.set(path, { uri, key });
    void this.connection.sendDiagnostics({ uri, version: this.ws.openByPath.has(path) ? version : undefined, diagnostics });
  }

  private async lintRoot(path: string): Promise<void> {
    const doc = this.ws.openByPath.get(path);
    if (!doc) return;
    const version = doc.version;
    const tool = this.ws.toolConfigFor(path);
    const outcome = await this.runner.lint({ path, open: this.ws.openTexts(), config: tool?.config, env: this.ws.env, stateDir: this.ws.stateDir });
    // Closed meanwhile: nothing to publish.
    if (!this.ws.openByPath.has(path)) return;
    const previous = this.ws.roots.get(path);
    const files = new Map<string, Entry[]>();
    let includes = new Set<string>();
    let versions = new Map<string, number>([[path, version]]);
    let gaveUp = false;
    if (outcome.kind === "done") {
      if (outcome.note) this.log(outcome.note);
      for (const d of outcome.result.diagnostics) {
        const file = resolve(dirname(path), d.filePath);
        if (!files.has(file)) files.set(file, []);
        files.get(file)!.push({ diagnostic: d, lsp: toLspDiagnostic(d) });
      }
      includes = new Set(outcome.read);
      versions = new Map(outcome.versions);
    } else {
      gaveUp = true;
      // Keep the include graph of the last good lint, and say in the file why nothing else is shown.
      includes = previous?.includes ?? includes;
      const message =
        outcome.kind === "timeout"
          ? `${TOOL_NAME} stopped checking this file after ${outcome.limitMs / 1000} s (time limit) and shows no findings for this version. Editing the file checks it again; \`${TOOL_NAME} <file>\` on the command line has no time limit.`
          : `${TOOL_NAME} could not check this file (internal error; see the server log). Editing the file checks it again.`;
      if (outcome.kind === "error") this.log(`linting ${path} failed: ${outcome.message}`);
      const lsp: LspDiagnostic = { range: { start: START, end: START }, severity: DiagnosticSeverity.Warning, source: TOOL_NAME, code: outcome.kind === "timeout" ? "time-limit" : "internal-error", message };
      files.set(path, [{ diagnostic: { ruleId: String(lsp.code), severity: "warning", message, filePath: path, pointer: "", range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } } as Entry["diagnostic"], lsp }]);
    }
    const root: Root = { path, version, includes, files, versions, gaveUp };
    this.ws.roots.set(path, root);
    const affected = new Set<string>([path, ...files.keys(), ...(previous?.files.keys() ?? [])]);
    // An open config this one includes is a fragment: its findings come from here now.
    for (const inc of includes) if (this.ws.roots.has(inc) && !this.ws.roots.get(inc)!.includes.has(path)) this.dropRoot(inc, affected);
    for (const f of affected) this.publishFile(f);
  }

  private runRoot(path: string): Promise<void> {
    const p = this.lintRoot(path)
      .catch((e) => this.log(`linting ${path} failed: ${(e as Error)?.stack ?? e}`))
      .finally(() => {
        if (this.running.get(path) === p) this.running.delete(path);
      });
    this.running.set(path, p);
    return p;
  }

  dropRoot(path: string, affected: Set<string>) {
    const r = this.ws.roots.get(path);
    if (!r) return;
    this.ws.roots.delete(path);
    for (const f of r.files.keys()) affected.add(f);
    affected.add(path);
  }

  schedule(path: string, delay = DEBOUNCE_MS) {
    clearTimeout(this.timers.get(path));
    this.timers.set(
      path,
      setTimeout(() => {
        this.timers.delete(path);
        void this.runRoot(path);
      }, delay),
    );
  }

  cancel(path: string) {
    clearTimeout(this.timers.get(path));
    this.timers.delete(path);
  }

  /** Results for `path` as a root that match the document: lint now if pending or stale. */
  async flush(path: string): Promise<void> {
    const doc = this.ws.openByPath.get(path);
    const root = this.ws.roots.get(path);
    if (this.timers.has(path) || (doc && root && root.version !== doc.version)) {
      this.cancel(path);
      await this.runRoot(path);
    } else await this.running.get(path);
  }

  /** Re-evaluate an open document: lint it as a root, or its includers. */
  touch(path: string, delay: number) {
    const doc = this.ws.openByPath.get(path);
    const parents = this.ws.includers(path);
    for (const p of parents) this.schedule(p.path, delay);
    if (!doc) return;
    if (parents.length > 0 && !this.ws.roots.has(path)) return;
    if (!this.ws.looksLikeConfig(doc, path)) return;
    this.ws.knownConfigs.add(path);
    this.schedule(path, delay);
  }

  /** Lint every open config again (e.g. the state dir setting changed). */
  relintAll() {
    for (const path of this.rootPaths()) this.schedule(path, 0);
  }

  /**
   * Configs linted, being linted or about to be: a lint in flight started with the old settings and
   * its config is not among the roots until it finishes, so the roots alone would miss it.
   */
  private rootPaths(): Set<string> {
    return new Set([...[...this.ws.roots.values()].map((r) => r.path), ...this.running.keys(), ...this.timers.keys()]);
  }

  /** A project config was opened, edited, closed, created, changed or deleted. */
  toolConfigChanged(path: string) {
    this.ws.toolConfigs.delete(path);
    let exists = true;
    try {
      this.ws.host.size(path);
    } catch {
      exists = false;
    }
    if (exists) {
      const r = readToolConfig(path, this.ws.host);
      this.ws.toolConfigs.set(path, r);
      this.publishToolConfig(r);
    } else void this.connection.sendDiagnostics({ uri: this.ws.uriOf(path), diagnostics: [] });
    for (const path of this.rootPaths()) this.schedule(path);
  }
}
