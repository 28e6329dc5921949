import { defineRule } from "../engine/rule.js";
import { authChoices, findOnboardCalls } from "./util/onboard-command.js";

export default defineRule({
  meta: {
    id: "legacy-auth-choice",
    severity: "warning",
    category: "legacy",
    description: "openclaw onboard --auth-choice modelstudio-... in scripts, Dockerfiles and Markdown; use the qwen-* choice.",
    fixable: true,
    input: "script",
    messages: {
      deprecatedAuthChoice: `"{{id}}" is a deprecated auth choice id; use --auth-choice {{canonical}} ({{label}}). The key flag {{flag}} is still current and stays as it is.`,
    },
  },
  checkScript(ctx) {
    const legacy = new Map(authChoices(ctx.catalog).filter((c) => c.legacy).map((c) => [c.id, c]));
    for (const call of findOnboardCalls(ctx.text, ctx.filePath))
      for (const choice of call.authChoices) {
        const c = legacy.get(choice.value);
        if (!c || choice.dynamic) continue;
        ctx.report({
          start: choice.start,
          end: choice.end,
          // The direct key flags still carry the old name and are current: say so, or people rename them too.
          messageId: "deprecatedAuthChoice", data: { id: c.id, canonical: c.canonical, label: c.label, flag: c.flag },
          fix: { description: `Replace "${c.id}" with "${c.canonical}"`, edits: [{ start: choice.start, end: choice.end, text: c.canonical }] },
        });
      }
  },
});
