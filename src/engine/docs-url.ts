// Where a rule's documentation lives: docs/rules/<id>.md shipped inside the package, as a file URL
// (works offline, in editors and in SARIF). OPENCLAW_QWEN_LINT_DOCS_BASE points elsewhere, e.g. a
// hosted copy: `<base><id>.md`.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PACKAGE_ROOT } from "../package-root.js";

const base = process.env.OPENCLAW_QWEN_LINT_DOCS_BASE ?? pathToFileURL(join(PACKAGE_ROOT, "docs", "rules")).href + "/";

export { PACKAGE_ROOT };

/** What every docs URL starts with: `<base><id>.md`. */
export const docsBase = (): string => base;

export function docsUrl(ruleId: string): string {
  return `${base}${ruleId}.md`;
}
