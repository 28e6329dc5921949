// Hover on a model ref: the catalog entry, and whether the file's own endpoint serves it.
import type { Hover, HoverParams, MarkupKind } from "vscode-languageserver/node";
import { redactText } from "../engine/secrets.js";
import { hoverMarkdown, siteAt } from "./refs.js";
import { markup } from "./markup.js";
import type { ViewFor } from "./view.js";
import type { Workspace } from "./workspace.js";

export function hover(ws: Workspace, viewFor: ViewFor, kind: MarkupKind, params: HoverParams): Hover | null {
  const doc = ws.documents.get(params.textDocument.uri);
  const path = ws.pathOf(params.textDocument.uri);
  if (!path || !doc) return null;
  const ctx = viewFor(path);
  if (!ctx) return null;
  const hit = siteAt(ctx.view, path, doc.offsetAt(params.position));
  if (!hit) return null;
  // The hovered text may be a pasted key (`primary: "qwen/sk-…"`): hover shows what messages show.
  const value = redactText(hoverMarkdown(hit.site, ctx.view.facts, ctx.catalog) ?? "");
  if (!value) return null;
  return { contents: markup(value, kind), range: { start: doc.positionAt(hit.span.start.offset), end: doc.positionAt(hit.span.end.offset) } };
}
