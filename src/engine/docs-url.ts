// Where a rule's documentation lives: docs/rules/<id>.md shipped inside the package, as a file URL
// (works offline, in editors and in SARIF). OPENCLAW_QWEN_LINT_DOCS_BASE points elsewhere, e.g. a
// hosted copy: `<base><id>.md`.
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const packageRoot = join(fileURLToPath(import.meta.url), "..", "..", "..");
const base = process.env.OPENCLAW_QWEN_LINT_DOCS_BASE ?? pathToFileURL(join(packageRoot, "docs", "rules")).href + "/";

export const PACKAGE_ROOT = packageRoot;

export function docsUrl(ruleId: string): string {
  return `${base}${ruleId}.md`;
}
