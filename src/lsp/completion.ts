// Completion of model refs, aware of the file's endpoint: models the plan serves first, the others
// marked. Items replace the string being typed through textEdit; filterText is set only when it
// differs from the label (Neovim 0.7's built-in completion filters by it and then ignores the
// textEdit range, turning `"qwen/` into `"qwen/qwen/…"`).
import { CompletionItemKind, CompletionItemTag, InsertTextFormat, type CompletionItem, type CompletionList, type CompletionParams, type MarkupKind } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Catalog } from "../catalog/index.js";
import { markup } from "./markup.js";
import { refCandidates, siteAt, type ConfigView, type SiteHit } from "./refs.js";
import type { ViewFor } from "./view.js";
import type { Workspace } from "./workspace.js";

export function completion(ws: Workspace, viewFor: ViewFor, kind: MarkupKind, params: CompletionParams): CompletionList | null {
  const doc = ws.documents.get(params.textDocument.uri);
  const path = ws.pathOf(params.textDocument.uri);
  if (!path || !doc) return null;
  const found = completionContext(doc, path, doc.offsetAt(params.position), viewFor);
  if (!found) return null;
  const { hit, view, catalog, edit } = found;
  const candidates = refCandidates(hit.site.slot.kind, view.facts, catalog, view.config);
  if (candidates.length === 0) return null;
  const items: CompletionItem[] = candidates.map((c, i) => {
    const filterText = edit.filterPrefix + c.ref;
    return {
      label: c.ref,
      kind: hit.site.target === "key" ? CompletionItemKind.Property : CompletionItemKind.Value,
      labelDetails: { description: c.description },
      detail: c.detail,
      documentation: markup(c.documentation, kind),
      sortText: String(i).padStart(4, "0"),
      ...(filterText !== c.ref ? { filterText } : {}),
      tags: c.deprecated ? [CompletionItemTag.Deprecated] : undefined,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) }, newText: edit.text(c.ref) },
    };
  });
  return { isIncomplete: false, items };
}

interface CompletionContext {
  hit: SiteHit;
  view: ConfigView;
  catalog: Catalog;
  edit: { start: number; end: number; text: (ref: string) => string; filterPrefix: string };
}

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
