// Code actions: each finding's fix (preferred) and suggestions as quick fixes, "disable <rule> for
// this line" (a disable-next-line comment above it, as ESLint's extension offers), and
// source.fixAll with every fix of the file (VS Code's editor.codeActionsOnSave).
import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit as LspTextEdit } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { ruleById } from "../rules/index.js";
import { TOOL_NAME } from "../version.js";
import { quickFix, rangesOverlap, toLspEdits } from "./convert.js";
import type { DiagnosticsPublisher } from "./diagnostics.js";
import type { Entry, Workspace } from "./workspace.js";

export const SOURCE_FIX_ALL = `${CodeActionKind.SourceFixAll}.${TOOL_NAME}`;
const DIRECTIVE = `${TOOL_NAME}-disable-next-line`;
/** Findings a comment cannot switch off (the file must parse; a directive about directives). */
const NOT_DISABLEABLE = new Set(["parse-error", "unused-disable-directive"]);

export async function codeActions(ws: Workspace, diagnostics: DiagnosticsPublisher, params: CodeActionParams): Promise<CodeAction[]> {
  const path = ws.pathOf(params.textDocument.uri);
  if (!path) return [];
  const doc = ws.documentFor(path);
  if (!doc) return [];
  for (const r of [ws.roots.get(path), ...ws.includers(path)]) if (r) await diagnostics.flush(r.path);
  const uri = params.textDocument.uri;
  const entries = ws.entriesOf(path);
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + "."));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const disables: CodeAction[] = [];
    for (const e of entries) {
      if (!rangesOverlap(e.lsp.range, params.range)) continue;
      if (e.diagnostic.fix) actions.push(quickFix(e.diagnostic.fix, true, uri, doc, e.lsp));
      for (const s of e.diagnostic.suggestions ?? []) actions.push(quickFix(s, false, uri, doc, e.lsp));
      const disable = disableForLine(e, uri, doc);
      if (disable && !disables.some((d) => d.title === disable.title)) disables.push(disable);
    }
    // After the fixes: silencing is the last resort.
    actions.push(...disables);
  }
  if (wants(SOURCE_FIX_ALL)) {
    const fixAll = fixAllAction(entries, uri, doc);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** "Disable <rule> for this line": a disable-next-line comment above the finding's first line, or the rule added to one already there. */
export function disableForLine(e: Entry, uri: string, doc: TextDocument): CodeAction | undefined {
  const rule = e.diagnostic.ruleId;
  const meta = ruleById.get(rule)?.meta;
  if (NOT_DISABLEABLE.has(rule) || !meta || meta.input === "script") return undefined;
  const line = e.lsp.range.start.line;
  const lineText = (n: number) => doc.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }).replace(/\r?\n$/, "");
  const above = line > 0 ? lineText(line - 1) : "";
  const existing = new RegExp(`^(\\s*//\\s*${DIRECTIVE}\\s+)([\\w-]+(?:\\s*,\\s*[\\w-]+)*)`).exec(above);
  let edit: LspTextEdit;
  if (existing) {
    const end = existing[0].length;
    edit = { range: { start: { line: line - 1, character: end }, end: { line: line - 1, character: end } }, newText: `, ${rule}` };
  } else {
    const indent = /^\s*/.exec(lineText(line))![0];
    edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}// ${DIRECTIVE} ${rule}\n` };
  }
  return { title: `Disable ${rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [e.lsp], edit: { changes: { [uri]: [edit] } } };
}

/** Every fix of the file at once, skipping overlapping edits. */
function fixAllAction(entries: Entry[], uri: string, doc: TextDocument): CodeAction | undefined {
  const edits = entries.flatMap((e) => (e.diagnostic.fix ? [e.diagnostic.fix] : [])).sort((a, b) => a.edits[0].start - b.edits[0].start);
  const chosen: typeof edits = [];
  let end = -1;
  for (const f of edits) {
    const s = Math.min(...f.edits.map((x) => x.start));
    if (s < end) continue;
    chosen.push(f);
    end = Math.max(...f.edits.map((x) => x.end));
  }
  if (chosen.length === 0) return undefined;
  return { title: `Fix all ${TOOL_NAME} problems (${chosen.length})`, kind: SOURCE_FIX_ALL, edit: { changes: { [uri]: chosen.flatMap((f) => toLspEdits(f, doc)) } } };
}
