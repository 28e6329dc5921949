// Our diagnostics and edits in LSP terms. Our positions are 1-based lines and 1-based UTF-16 columns;
// LSP positions are 0-based lines and 0-based UTF-16 characters, so the conversion is exact.
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic as LspDiagnostic, type Range as LspRange, type TextEdit as LspTextEdit } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic, Fix, Range, Severity } from "../report.js";
import { TOOL_NAME } from "../version.js";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspRange(r: Range): LspRange {
  return {
    start: { line: r.start.line - 1, character: r.start.column - 1 },
    end: { line: r.end.line - 1, character: r.end.column - 1 },
  };
}

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  return {
    range: toLspRange(d.range),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    codeDescription: { href: d.docsUrl },
    source: TOOL_NAME,
    message: d.message,
  };
}

/** A fix's edits as LSP edits; offsets are UTF-16 offsets into `doc`, the diagnostic's file. */
export function toLspEdits(fix: Fix, doc: TextDocument): LspTextEdit[] {
  return fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text }));
}

export function quickFix(fix: Fix, preferred: boolean, uri: string, doc: TextDocument, diagnostic: LspDiagnostic): CodeAction {
  return {
    title: fix.description,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [uri]: toLspEdits(fix, doc) } },
  };
}

export const rangesOverlap = (a: LspRange, b: LspRange): boolean => !(before(a.end, b.start) || before(b.end, a.start));

const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
