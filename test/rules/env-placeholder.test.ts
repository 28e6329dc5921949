import { describe, expect, it } from "vitest";
import { expectRule, lint, span } from "../helpers.js";

const ID = "env-placeholder";

/** `L:C-L:C` of the nth occurrence of `needle` in `text` (UTF-16 columns, like the engine). */

const notSubstituted = (shown: string, name: string, why: string, fix: string) =>
  `${shown} is not substituted: OpenClaw replaces \${NAME} only when NAME matches [A-Z_][A-Z0-9_]*, and "${name}" ${why}, so the value stays the literal text ${shown} with no warning. ${fix}`;

describe(ID, () => {
  it("reports a lower-case name and suggests the upper-case one (facts §1.3, R10)", () => {
    const text = `{\n  models: { providers: { qwen: { apiKey: "\${qwen_api_key}" } } },\n}`;
    expectRule(ID, text, [
      `${span(text, "${qwen_api_key}")} warning ${ID}: ${notSubstituted("${qwen_api_key}", "qwen_api_key", "is not all upper-case", "Use ${QWEN_API_KEY} (and name the variable QWEN_API_KEY in the environment).")}`,
    ]);
    const d = lint(text).diagnostics.find((x) => x.ruleId === ID)!;
    expect(d.fix).toBeUndefined();
    expect(d.suggestions?.[0].description).toBe("Replace ${qwen_api_key} with ${QWEN_API_KEY}");
    const e = d.suggestions![0].edits[0];
    expect(text.slice(0, e.start) + e.text + text.slice(e.end)).toBe(`{\n  models: { providers: { qwen: { apiKey: "\${QWEN_API_KEY}" } } },\n}`);
  });

  it("squiggles only the placeholder inside a longer string, and keeps single quotes in the suggestion", () => {
    const text = `{ models: { providers: { qwen: { baseUrl: '\${qwen_base}/compatible-mode/v1' } } } }`;
    expectRule(ID, text, [
      `${span(text, "${qwen_base}")} warning ${ID}: ${notSubstituted("${qwen_base}", "qwen_base", "is not all upper-case", "Use ${QWEN_BASE} (and name the variable QWEN_BASE in the environment).")}`,
    ]);
    const e = lint(text).diagnostics.find((x) => x.ruleId === ID)!.suggestions![0].edits[0];
    expect(text.slice(e.start, e.end)).toBe(`'\${qwen_base}/compatible-mode/v1'`);
    expect(e.text).toBe(`'\${QWEN_BASE}/compatible-mode/v1'`);
  });

  it("falls back to the whole string when the source has escapes", () => {
    const text = `{ env: { vars: { A: "x\\u0041\${lower}" } } }`;
    expectRule(ID, text, [
      `${span(text, `"x\\u0041\${lower}"`)} warning ${ID}: ${notSubstituted("${lower}", "lower", "is not all upper-case", "Use ${LOWER} (and name the variable LOWER in the environment).")}`,
    ]);
  });

  it("reports names with spaces, other characters, empty braces and a missing }", () => {
    const text = `{
  env: { vars: {
    A: "\${ QWEN_API_KEY }",
    B: "\${my-var}",
    C: "\${}",
    D: "\${QWEN_API_KEY",
  } },
}`;
    expectRule(ID, text, [
      `${span(text, "${ QWEN_API_KEY }")} warning ${ID}: ${notSubstituted("${ QWEN_API_KEY }", " QWEN_API_KEY ", "contains spaces", "Use ${QWEN_API_KEY} (and name the variable QWEN_API_KEY in the environment).")}`,
      `${span(text, "${my-var}")} warning ${ID}: ${notSubstituted("${my-var}", "my-var", "has characters other than A-Z, 0-9 and _", "Rename the variable to capitals, digits and _.")}`,
      `${span(text, "${}")} warning ${ID}: "\${}" names no variable; OpenClaw keeps it as literal text. Write \${NAME} (e.g. \${QWEN_API_KEY}) or remove it.`,
      `${span(text, "${QWEN_API_KEY")} warning ${ID}: \${QWEN_API_KEY has no closing "}", so OpenClaw keeps it as literal text. Close it: \${QWEN_API_KEY}.`,
    ]);
  });

  it("reports shell-style defaults without printing the default", () => {
    const text = `{ models: { providers: { qwen: { apiKey: "\${QWEN_API_KEY:-sk-0123456789abcdef0123}" } } } }`;
    expectRule(ID, text, [
      `${span(text, "${QWEN_API_KEY:-sk-0123456789abcdef0123}")} warning ${ID}: OpenClaw does not support shell-style defaults (:-) in placeholders: \${QWEN_API_KEY:-...} stays literal text. Use \${QWEN_API_KEY} and put the value you want into QWEN_API_KEY itself (e.g. in ~/.openclaw/.env).`,
    ]);
    expect(JSON.stringify(lint(text))).not.toContain("sk-0123456789abcdef0123");
  });

  it("reports $NAME without braces", () => {
    const text = `{ models: { providers: { qwen: { apiKey: "$QWEN_API_KEY" } } } }`;
    expectRule(ID, text, [
      `${span(text, `"$QWEN_API_KEY"`)} warning ${ID}: "$QWEN_API_KEY" is not substituted: OpenClaw only replaces the \${NAME} form, so this stays the literal text "$QWEN_API_KEY". Write "\${QWEN_API_KEY}".`,
    ]);
  });

  it("accepts valid placeholders and the $${VAR} escape", () => {
    const text = `{
  models: { providers: { qwen: { apiKey: "\${QWEN_API_KEY}", baseUrl: "\${QWEN_BASE}/v1", headers: { "X-Note": "$\${LITERAL} and $\${lower}" } } } },
  env: { vars: { PRICE: "$5", A: "\${_UNDERSCORE_1}" } },
}`;
    expectRule(ID, text, []);
  });

  it("leaves ${VAR} in number and boolean fields to invalid-value (OpenClaw refuses them: an error)", () => {
    expectRule(ID, `{ models: { providers: { qwen: { timeoutSeconds: "\${QWEN_TIMEOUT}", maxTokens: "\${MAX}" } } }, gateway: { port: "\${PORT}" } }`, []);
  });

  it("does not judge string fields, untyped bags or a plain string in a number field", () => {
    const text = `{
  models: { providers: { qwen: { params: { temperature: "\${TEMP}" }, region: "\${REGION}", timeoutSeconds: "30" } } },
  agents: { defaults: { params: { max_tokens: "\${MAX}" } } },
}`;
    expectRule(ID, text, []);
  });

  it("leaves commands and their arguments to the shell they may run", () => {
    const text = `{
  secrets: { providers: { vault: { source: "exec", command: "/bin/sh", args: ["-c", "cat \${credential_path}", "$TOKEN_FILE"] } } },
  models: { providers: { local: { localService: { command: "$LLAMA_BIN", args: ["--model", "\${model_path}"] } } } },
}`;
    expectRule(ID, text, []);
  });

  it("only looks at the Qwen-relevant sections", () => {
    const text = `{
  gateway: { auth: { token: "\${gateway_token}" } },
  channels: { telegram: { botToken: "\${tg_token}" } },
  secrets: { providers: { vault: { source: "file", path: "\${home}/secrets.json" } } },
  tools: { media: { models: [{ provider: "qwen", model: "\${model}" }] }, exec: { x: "\${y}" } },
}`;
    const r = lint(text).diagnostics.filter((d) => d.ruleId === ID);
    expect(r.map((d) => d.pointer)).toEqual(["/secrets/providers/vault/path", "/tools/media/models/0/model"]);
  });

  it("reports placeholders inside an included file in that file", () => {
    const files: Record<string, string> = { "/virtual/models.json5": `{\n  providers: { qwen: { apiKey: "\${qwen_key}" } },\n}` };
    const host = { readFile: (p: string) => files[p], size: (p: string) => files[p].length };
    const r = lint(`{ models: { $include: "./models.json5" } }`, { host });
    const d = r.diagnostics.find((x) => x.ruleId === ID)!;
    expect(d.filePath).toBe("/virtual/models.json5");
    expect(`${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`).toBe(span(files["/virtual/models.json5"], "${qwen_key}"));
  });
});
