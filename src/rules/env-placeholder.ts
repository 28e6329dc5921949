import { fix, replaceStringValue } from "../engine/edits.js";
import { joinPointer, splitPointer } from "../engine/pointer.js";
import { secret } from "../engine/message.js";
import { defineRule, type Located, type RuleContext } from "../engine/rule.js";
import type { Span } from "../engine/source.js";
import { ENV_NAME, isObject, looksLikeKey, scanPlaceholders, type Placeholder } from "./util/secrets.js";
import { redact } from "../engine/secrets.js";
import { schemaIssues } from "./util/schema.js";

/** Sections where a Qwen setup keeps values; channels, gateway and the rest are not ours. */
const SECTIONS = [["models"], ["agents"], ["auth"], ["env"], ["plugins"], ["secrets"], ["tools", "media"]];

/** `${NAME:-default}` and friends from the shell; OpenClaw has none of them. */
function shellDefault(name: string): { name: string; op: string } | undefined {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(:[-=?+]|[-=?+])/.exec(name);
  if (!m || (m[2].length === 1 && !ENV_NAME.test(m[1]))) return undefined;
  return { name: m[1], op: m[2] };
}

/** A placeholder's text for messages: never a secret someone pasted between the braces. */
function shown(p: Placeholder): string {
  if (p.kind === "unterminated") return looksLikeKey(p.name) ? `\${${redact(p.name)}` : `\${${p.name}`;
  const shell = shellDefault(p.name);
  if (shell) return `\${${shell.name}${shell.op}...}`;
  return looksLikeKey(p.name) ? `\${${redact(p.name)}}` : `\${${p.name}}`;
}

export default defineRule({
  meta: {
    id: "env-placeholder",
    severity: "warning",
    category: "structure",
    description: "A ${...} placeholder OpenClaw will not substitute (a lower-case name, a shell-style default, no closing brace, $NAME without braces).",
    fixable: false,
    messages: {
      noBraces: '"{{value}}" is not substituted: OpenClaw only replaces the ${NAME} form, so this stays the literal text "{{value}}". Write "${{{name}}}".',
      unterminated: '{{placeholder}} has no closing "}", so OpenClaw keeps it as literal text. Close it: ${{{name}}}.',
      unterminatedBadName: '{{placeholder}} has no closing "}", so OpenClaw keeps it as literal text. Write ${NAME} with NAME in capitals, digits and _.',
      emptyName: '"${}" names no variable; OpenClaw keeps it as literal text. Write ${NAME} (e.g. ${{{example}}}) or remove it.',
      shellDefault:
        "OpenClaw does not support shell-style defaults ({{op}}) in placeholders: {{placeholder}} stays literal text. Use ${{{name}}} and put the value you want into {{name}} itself (e.g. in {{dotenv}}).",
      notSubstituted:
        '{{placeholder}} is not substituted: OpenClaw replaces ${NAME} only when NAME matches [A-Z_][A-Z0-9_]*, and "{{name}}" {{why}}, so the value stays the literal text {{placeholder}} with no warning. Use ${{{upper}}} (and name the variable {{upper}} in the environment).',
      notSubstitutedBadName:
        '{{placeholder}} is not substituted: OpenClaw replaces ${NAME} only when NAME matches [A-Z_][A-Z0-9_]*, and "{{name}}" {{why}}, so the value stays the literal text {{placeholder}} with no warning. Rename the variable to capitals, digits and _.',
    },
  },
  check(ctx) {
    // A node's pointer is its parent's and its key, joined only for a string with a "$" (every finding
    // here needs one: most strings have none and cost nothing more).
    const visit = (node: unknown, parent: string, key: string | number) => {
      if (Array.isArray(node)) {
        const pointer = joinPointer(parent, key);
        node.forEach((v, i) => visit(v, pointer, i));
      } else if (isObject(node)) {
        const pointer = joinPointer(parent, key);
        // Keys, not entries: one array per object rather than one per member.
        for (const k of Object.keys(node)) visit(node[k], pointer, k);
      } else if (typeof node === "string" && node.includes("$")) checkString(ctx, node, joinPointer(parent, key));
    };
    const root = ctx.config as Record<string, unknown>;
    for (const section of SECTIONS) {
      let node: unknown = root;
      for (const s of section) node = isObject(node) ? node[s] : undefined;
      if (node !== undefined) visit(node, joinPointer("", ...section.slice(0, -1)), section[section.length - 1]);
    }
  },
});

function checkString(ctx: RuleContext, value: string, pointer: string): void {
  const segs = splitPointer(pointer);
  // Commands and their arguments (exec secret providers, localService) may be shell text, where a
  // literal ${lower} or $NAME is meant for the shell.
  if (segs.some((s) => s === "args" || s === "command")) return;
  const tokens = scanPlaceholders(value);
  const at = ctx.locate(pointer);
  // A placeholder in a number or boolean field: OpenClaw refuses the config, so invalid-value
  // reports it as an error (it knows every field's type from OpenClaw's schema).
  if (tokens.some((t) => t.kind === "substitution") && schemaIssues(ctx).some((i) => i.pointer === pointer && i.rule === "invalid-value")) return;
  for (const p of tokens) if (p.kind !== "substitution" && p.kind !== "escaped") checkPlaceholder(ctx, at, pointer, value, p);
  // `$QWEN_API_KEY` without braces: never substituted.
  const bare = /^\$([A-Z_][A-Z0-9_]*)$/.exec(value);
  if (bare && !tokens.length)
    ctx.report({
      pointer,
      messageId: "noBraces",
      data: { value, name: bare[1] },
      suggestions: at ? [fix(`Replace "${value}" with "\${${bare[1]}}"`, replaceStringValue(at, `\${${bare[1]}}`))].filter((f) => f !== undefined) : undefined,
    });
}

/** One placeholder OpenClaw leaves as text: unterminated, empty, a shell default or a name it does not take. */
function checkPlaceholder(ctx: RuleContext, at: Located | undefined, pointer: string, value: string, p: Placeholder): void {
  const report = (messageId: string, data: Record<string, unknown>, replacement?: string) =>
    ctx.report({
      pointer,
      messageId,
      data: { placeholder: shown(p), ...data },
      at: placeAt(at, value, p),
      suggestions: replacement ? [suggest(at, value, p, replacement)].filter((f) => f !== undefined) : undefined,
    });
  const name = p.name;
  if (p.kind === "unterminated") {
    const trimmed = name.trim();
    if (ENV_NAME.test(trimmed)) report("unterminated", { name: trimmed }, `\${${trimmed}}`);
    else report("unterminatedBadName", {});
    return;
  }
  const shell = shellDefault(name);
  if (name.trim() === "") return report("emptyName", { example: ctx.catalog.envVars[0]?.name ?? "NAME" });
  if (shell) {
    const base = ENV_NAME.test(shell.name) ? shell.name : shell.name.toUpperCase();
    return report("shellDefault", { op: shell.op, name: base, dotenv: ctx.catalog.daemonEnv.files[0] });
  }
  const upper = name.trim().toUpperCase();
  const why = name.trim() !== name ? "contains spaces" : !ENV_NAME.test(upper) ? "has characters other than A-Z, 0-9 and _" : "is not all upper-case";
  const data = { name: looksLikeKey(name) ? secret(name) : name, why, upper };
  if (ENV_NAME.test(upper)) report("notSubstituted", data, `\${${upper}}`);
  else report("notSubstitutedBadName", data);
}

/** The placeholder's own characters when the string is written without escapes, else the whole value. */
function placeAt(at: Located | undefined, value: string, p: Placeholder): { file: string; span: Span } | undefined {
  if (!at) return undefined;
  const { start, end } = at.loc.value;
  const raw = at.source.text.slice(start.offset, end.offset);
  if (raw.slice(1, -1) !== value || !/^["']/.test(raw)) return undefined;
  const s = start.offset + 1 + p.start;
  return { file: at.source.path, span: at.source.span(s, s + (p.end - p.start)) };
}

function suggest(at: Located | undefined, value: string, p: Placeholder, replacement: string) {
  if (!at) return undefined;
  const next = value.slice(0, p.start) + replacement + value.slice(p.end);
  return fix(`Replace ${shown(p)} with ${replacement}`, replaceStringValue(at, next));
}
