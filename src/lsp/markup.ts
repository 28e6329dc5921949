// Hover and completion docs are written in Markdown; clients that ask for plaintext (eglot without
// markdown-mode, some terminals) get the same text without the markup.
import { MarkupKind, type MarkupContent } from "vscode-languageserver/node";

/** Markdown as readable plain text: emphasis and code marks dropped, links as "text (url)". */
export function toPlainText(md: string): string {
  return md
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "$1 ($2)")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s).,:;])/gm, "$1$2")
    .replace(/`([^`\n]*)`/g, "$1")
    .replace(/^#{1,6}\s+/gm, "");
}

/** The content kind a client prefers, from its list (first is preferred); Markdown when it says nothing. */
export function preferredKind(formats: readonly string[] | undefined): MarkupKind {
  return formats?.length && formats[0] !== MarkupKind.Markdown ? MarkupKind.PlainText : MarkupKind.Markdown;
}

export function markup(md: string, kind: MarkupKind): MarkupContent {
  return kind === MarkupKind.PlainText ? { kind, value: toPlainText(md) } : { kind, value: md };
}
