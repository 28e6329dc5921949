import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "workspace-dotenv-credential",
    severity: "warning",
    category: "security",
    description: "A Qwen key in the working directory's .env, where OpenClaw ignores provider credentials.",
    fixable: false,
    input: "installation",
    messages: {
      ignoredHere:
        "{{name}} in {{file}} (the working directory's .env) is ignored: OpenClaw drops provider credentials from that file, so the Gateway never gets this key. Move the line to {{use}}.",
    },
  },
  check(ctx) {
    const inst = ctx.installation?.installation;
    if (!inst) return;
    // endpoints.yaml's ignoredEnvFiles: the names OpenClaw's workspace dotenv blocklist drops.
    const ignored = new Map<string, string>(ctx.catalog.ignoredEnvFiles.flatMap((f) => f.ignores.map((name) => [name, f.use] as const)));
    for (const file of inst.envFiles) {
      if (file.role !== "workspace") continue;
      for (const e of file.entries) {
        const use = ignored.get(e.name);
        if (!use) continue;
        const span = {
          start: { line: e.line, column: e.column, offset: 0 },
          end: { line: e.line, column: e.endColumn, offset: 0 },
        };
        ctx.report({
          pointer: "",
          at: { file: file.path, span },
          messageId: "ignoredHere",
          data: { name: e.name, file: file.display, use },
        });
      }
    }
  },
});
