// Where a rule's documentation lives: docs/rules/<id>.md shipped inside the package, as a file URL
// (works offline, in editors and in SARIF). OPENCLAW_QWEN_LINT_DOCS_BASE points elsewhere, e.g. a
// hosted copy: `<base><id>.md`.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PACKAGE_ROOT } from "../package-root.js";

/**
 * pathToFileURL(path).href, written out for an absolute POSIX path of letters, digits and `/._-`, which a
 * file URL holds as they are; node:url for any other. node:url compiles ~20 functions on first use,
 * ~0.3 ms of every start, for the one URL a lint needs.
 */
export function fileUrl(path: string): string {
  let plain = path.startsWith("/") && process.platform !== "win32";
  for (let i = 0; plain && i < path.length; i++) {
    const c = path.charCodeAt(i);
    plain = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 47 || c === 46 || c === 95 || c === 45;
  }
  // Not for what path.resolve would change: `.` and `..` segments, `//`, a trailing `/`.
  const normal = !path.includes("//") && !path.includes("/./") && !path.includes("/../") && !path.endsWith("/.") && !path.endsWith("/..") && (path === "/" || !path.endsWith("/"));
  return plain && normal ? `file://${path}` : pathToFileURL(path).href;
}

const base = process.env.OPENCLAW_QWEN_LINT_DOCS_BASE ?? fileUrl(join(PACKAGE_ROOT, "docs", "rules")) + "/";

export { PACKAGE_ROOT };

/** What every docs URL starts with: `<base><id>.md`. */
export const docsBase = (): string => base;

// Every finding carries its rule's URL: one string per rule, not one per finding.
const urls = new Map<string, string>();

export function docsUrl(ruleId: string): string {
  let url = urls.get(ruleId);
  if (url === undefined) {
    url = `${base}${ruleId}.md`;
    // Rule ids are few; a caller asking for arbitrary ids gets them made anew past this many.
    if (urls.size < 1024) urls.set(ruleId, url);
  }
  return url;
}
