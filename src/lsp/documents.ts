// Document events: open, change, close, and files changed on disk. Decides what to re-lint: the
// document as a config of its own, the configs that $include it, or every config when a project
// config changed.
import type { Connection } from "vscode-languageserver/node";
import { DEBOUNCE_MS_FOR_TYPING, type DiagnosticsPublisher } from "./diagnostics.js";
import type { Workspace } from "./workspace.js";

export function watchDocuments(ws: Workspace, diagnostics: DiagnosticsPublisher, connection: Connection) {
  // TextDocuments fires onDidOpen and then onDidChangeContent for an open; only changes debounce.
  const justOpened = new Set<string>();
  ws.documents.onDidOpen(({ document }) => {
    const path = ws.pathOf(document.uri, document.languageId);
    if (!path) return;
    ws.openByPath.set(path, document);
    justOpened.add(path);
    if (ws.isToolConfig(path)) return diagnostics.toolConfigChanged(path);
    diagnostics.touch(path, 0);
  });
  ws.documents.onDidChangeContent(({ document }) => {
    const path = ws.pathOf(document.uri, document.languageId);
    if (!path || justOpened.delete(path)) return;
    if (ws.isToolConfig(path)) return diagnostics.toolConfigChanged(path);
    diagnostics.touch(path, DEBOUNCE_MS_FOR_TYPING);
  });
  ws.documents.onDidClose(({ document }) => {
    const path = ws.pathOf(document.uri, document.languageId);
    if (!path) return;
    ws.openByPath.delete(path);
    ws.knownConfigs.delete(path);
    justOpened.delete(path);
    diagnostics.cancel(path);
    // The saved file applies again.
    if (ws.isToolConfig(path)) return diagnostics.toolConfigChanged(path);
    const affected = new Set<string>();
    diagnostics.dropRoot(path, affected);
    for (const f of affected) diagnostics.publishFile(f);
    // Includers now read the saved file instead of the buffer.
    for (const p of ws.includers(path)) diagnostics.schedule(p.path);
    // A fragment whose includer closed is a config of its own again.
    for (const [p, doc] of ws.openByPath) if (!ws.roots.has(p) && ws.includers(p).length === 0 && ws.looksLikeConfig(doc, p)) diagnostics.schedule(p, 0);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const c of changes) {
      const path = ws.pathOf(c.uri);
      // Open documents are the truth for their own text.
      if (!path || ws.openByPath.has(path)) continue;
      if (ws.isToolConfig(path)) {
        diagnostics.toolConfigChanged(path);
        continue;
      }
      for (const r of ws.includers(path)) diagnostics.schedule(r.path);
    }
  });
}
