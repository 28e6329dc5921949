// What formatters get from the tool (they import nothing from the CLI or the rule registry): rule
// metadata, the documentation pages shipped in the package, and the one redaction step.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT, docsUrl } from "../engine/docs-url.js";
import { redactPointer, redactText, sourceRedactions } from "../engine/secrets.js";
import type { FormatContext, RuleInfo } from "../formatters/index.js";
import { rules } from "../rules/index.js";

/** Set by scripts/build.mjs in the bundled CLI: the file next to it holding every doc page, by rule id. */
declare const __OQL_RULE_DOCS__: string | undefined;
let builtDocs: Record<string, string> | undefined;

const docCache = new Map<string, string | undefined>();
function ruleDoc(id: string): string | undefined {
  // The bundled CLI reads all pages at once, collected at build time (one read instead of one per rule).
  if (typeof __OQL_RULE_DOCS__ === "string" && !builtDocs)
    try {
      builtDocs = JSON.parse(readFileSync(new URL(__OQL_RULE_DOCS__, import.meta.url), "utf8")) as Record<string, string>;
    } catch {
      builtDocs = {};
    }
  if (builtDocs && Object.prototype.hasOwnProperty.call(builtDocs, id)) return builtDocs[id];
  if (!docCache.has(id)) {
    let text: string | undefined;
    // Ids come from reports, which a library caller may build: only ids of our own shape name a page.
    if (/^[a-z0-9-]+$/.test(id))
      try {
        text = readFileSync(join(PACKAGE_ROOT, "docs", "rules", `${id}.md`), "utf8");
      } catch {
        text = undefined;
      }
    docCache.set(id, text);
  }
  return docCache.get(id);
}

let infos: RuleInfo[] | undefined;
const ruleInfos = () =>
  (infos ??= rules.map(({ meta }) => ({ id: meta.id, severity: meta.severity, category: meta.category, description: meta.description, fixable: meta.fixable })));

/** A complete format context around the parts only the caller knows. */
export function formatContext(base: Pick<FormatContext, "cwd" | "color" | "source"> & Partial<FormatContext>): FormatContext {
  return {
    get rules() {
      return ruleInfos();
    },
    ruleDoc,
    docsUrl,
    redact: { text: redactText, pointer: redactPointer, source: sourceRedactions },
    ...base,
  };
}
