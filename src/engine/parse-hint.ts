// Turn a JSON5 parser failure ("Unexpected token Identifier found") into what a person needs: what was
// found, what was expected, and where the real cause is (an unclosed string or bracket points at its
// opening). Only runs when a file failed to parse.

export interface ParseHint {
  message: string;
  /** Offset to report instead of the parser's (e.g. the opening quote of an unterminated string). */
  offset?: number;
}

interface Opener {
  char: "{" | "[";
  offset: number;
}

/** Brackets still open at `end`, and an unterminated string or comment, scanning JSON5 text. */
function scan(text: string, end: number): { open: Opener[]; string?: number; comment?: number } {
  const open: Opener[] = [];
  let i = 0;
  while (i < end) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const start = i++;
      while (i < text.length && text[i] !== c && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
      if (i >= end || text[i] !== c) return { open, string: start };
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < end && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      if (close < 0 || close >= end) return { open, comment: i };
      i = close + 2;
    } else {
      if (c === "{" || c === "[") open.push({ char: c, offset: i });
      else if ((c === "}" || c === "]") && open.length) open.pop();
      i++;
    }
  }
  return { open };
}

const at = (text: string, offset: number) => {
  const before = text.slice(0, offset);
  return `${before.split("\n").length}:${offset - before.lastIndexOf("\n")}`;
};

/** The previous character that is not whitespace (comments are rare enough here to ignore). */
function previous(text: string, offset: number): string | undefined {
  for (let i = offset - 1; i >= 0; i--) if (!/\s/.test(text[i])) return text[i];
  return undefined;
}

const KEYWORDS = ["true", "false", "null", "Infinity", "NaN"];

export function parseHint(text: string, offset: number, parserMessage: string): ParseHint {
  // When only the offending token is left (a lone "{", a key without its value), the real problem is
  // that the file ends too early: the parser reports such cases at that last token.
  // Only a short tail can be a single token; bounding it keeps this regex linear on hostile text.
  const tail = text.length - offset <= 512 ? text.slice(offset) : "";
  const lastToken = /^(?:"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|[\w$.+-]+|[^\s])\s*$/.test(tail);
  const atEnd = (lastToken && !/^[}\]]/.test(text.slice(offset))) || offset >= text.trimEnd().length || /end of input/i.test(parserMessage);
  const s = scan(text, atEnd ? text.length : offset);
  if (s.string !== undefined) {
    const q = text[s.string];
    return { offset: s.string, message: `The string starting here with ${q} is never closed: add the closing ${q} on the same line` };
  }
  if (s.comment !== undefined) return { offset: s.comment, message: "This /* comment is never closed: add */" };
  if (atEnd) {
    const last = s.open[s.open.length - 1];
    if (last) return { offset: last.offset, message: `The file ends before the ${last.char} opened at ${at(text, last.offset)} is closed: add ${last.char === "{" ? "}" : "]"}` };
    return { message: "The file holds no config object; an OpenClaw config is an object: { ... }" };
  }
  const rest = text.slice(offset);
  const word = /^[A-Za-z_$][\w$]*/.exec(rest)?.[0];
  const quoted = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/.exec(rest)?.[0];
  const found = word ?? quoted ?? /^-?\d[\w.]*/.exec(rest)?.[0] ?? rest[0];
  /** The token as written; bare tokens get quotes so the message reads clearly. */
  const shown = (t: string) => (quoted === t ? (t.length > 40 ? t.slice(0, 37) + "..." + t[0] : t) : JSON.stringify(t));
  const prev = previous(text, offset);
  const inside = s.open[s.open.length - 1];
  if ((found === "}" || found === "]") && inside && (inside.char === "{") !== (found === "}"))
    return { message: `Found ${found}, but the innermost open bracket is the ${inside.char} at ${at(text, inside.offset)}: close it with ${inside.char === "{" ? "}" : "]"} first` };
  if ((found === "}" || found === "]") && !inside) return { message: `Found ${found} with nothing open to close: remove it` };
  if (!inside && text.slice(0, offset).trim()) return { message: `Found ${shown(found)} after the end of the config object: remove it` };
  if (found === "," && (prev === "," || prev === "{" || prev === "[")) return { message: "Found a comma where a value or key was expected: remove the extra comma" };
  if (/^-?0\d/.test(found)) return { message: `Found the number ${found}: JSON5 numbers cannot start with 0 (write ${found.replace(/^(-?)0+(?=\d)/, "$1")} or a string)` };
  if (prev !== undefined && /["'\w\]})]/.test(prev) && prev !== ":" && /^["'\w[{\-+.]/.test(found))
    return { message: `Found ${shown(found)} right after a complete value: a comma is missing before it` };
  if (word && (prev === ":" || prev === "[" || prev === ",")) {
    const near = KEYWORDS.find((k) => k.toLowerCase().startsWith(word.toLowerCase().slice(0, 2)) && Math.abs(k.length - word.length) <= 2);
    return { message: `Found the bare word ${word} where a value was expected: ${near ? `did you mean ${near}? ` : ""}text values need quotes, e.g. "${word}"` };
  }
  return { message: `Found ${shown(found)} where JSON5 does not allow it: check the text just before it` };
}
