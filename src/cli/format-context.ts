// What formatters get from the tool (they import nothing from the CLI or the rule registry): rule
// metadata, the documentation pages shipped in the package, and the one redaction step.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PACKAGE_ROOT, docsBase, docsUrl } from "../engine/docs-url.js";
import { redactPointer, redactText, sourceRedactions } from "../engine/secrets.js";
import type { FormatContext, RuleInfo } from "../formatters/index.js";
import { rules } from "../rules/index.js";

/** Set by scripts/build.mjs in the bundled CLI: the file next to it holding the SARIF rule descriptors. */
declare const __OQL_SARIF_RULES__: string | undefined;
/** The bundle's path, set with __OQL_SARIF_RULES__ (scripts/build.mjs). */
declare const __OQL_BUNDLE_FILE__: string;

/** Stands for the docs base (./docs-url.ts) in the stored descriptors; replaced when they are read. */
export const DOCS_BASE_TOKEN = "@@openclaw-qwen-lint-docs-base@@";

/**
 * The SARIF descriptors of every registered rule, made by the build (scripts/build.mjs) from the rule
 * metadata and doc pages, so that a `--format sarif` run neither reads 60 pages nor works their
 * Markdown. undefined outside the bundle, or when the file does not match this registry.
 */
function sarifRules(): readonly object[] | undefined {
  if (typeof __OQL_SARIF_RULES__ !== "string") return undefined;
  try {
    // ASCII (the build escapes the rest): latin1 reads it without UTF-8 decoding.
    const text = readFileSync(join(dirname(__OQL_BUNDLE_FILE__), __OQL_SARIF_RULES__), "latin1");
    const stored = JSON.parse(text.replaceAll(DOCS_BASE_TOKEN, JSON.stringify(docsBase()).slice(1, -1))) as { ids: string[]; descriptors: object[] };
    const ids = ruleInfos().map((r) => r.id);
    return stored.ids.length === ids.length && stored.ids.every((id, i) => id === ids[i]) ? stored.descriptors : undefined;
  } catch {
    return undefined;
  }
}

const docCache = new Map<string, string | undefined>();
function ruleDoc(id: string): string | undefined {
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
    sarifRules,
    redact: { text: redactText, pointer: redactPointer, source: sourceRedactions },
    ...base,
  };
}
