import { didYouMean, editDistance } from "../engine/did-you-mean.js";
import { defineRule } from "../engine/rule.js";
import type { Fix } from "../report.js";
import { authChoices, findOnboardCalls, type AuthChoice, type Piece } from "./util/onboard-command.js";

export default defineRule({
  meta: {
    id: "auth-choice-flag-mismatch",
    severity: "error",
    category: "legacy",
    description: "openclaw onboard with a key flag that belongs to another auth choice, or an unknown or removed Qwen auth choice.",
    fixable: false,
    input: "script",
    messages: {
      removedAuthChoice:
        '"{{value}}" is no longer an auth choice: {{why}}. Onboard with a Qwen Cloud API key instead: --auth-choice {{id}} {{flag}} <key> ({{label}}; use the choice of your plan and region).',
      unknownAuthChoice: 'Unknown auth choice "{{value}}"; the Qwen auth choices are {{choices}}.',
      unknownAuthChoiceDidYouMean: 'Unknown auth choice "{{value}}"; did you mean {{near}}?',
      keyFlagIgnored: "{{flag}} is the key flag of --auth-choice {{owner}} ({{ownerLabel}}), but this command selects {{selected}} ({{selectedLabel}}), which takes its key from {{selectedFlag}} (also given); this flag is ignored. Remove it.",
      keyFlagUnused:
        "{{flag}} is the key flag of --auth-choice {{owner}} ({{ownerLabel}}), but this command selects {{selected}} ({{selectedLabel}}), which takes its key from {{selectedFlag}}; the key given here is not used. Pass it as {{selectedFlag}}, or select --auth-choice {{owner}} {{alternative}}.",
    },
  },
  checkScript(ctx) {
    const { catalog } = ctx;
    const choices = authChoices(catalog);
    const byId = new Map(choices.map((c) => [c.id, c]));
    const byFlag = new Map(choices.filter((c) => !c.legacy).map((c) => [c.flag, c]));
    const defaultChoice = byId.get(catalog.endpoint(catalog.defaults.chat)!.authChoice)!;
    // Only ids in the Qwen plugin's own namespaces are judged; other providers' choices are not ours.
    const families = new Set(catalog.endpoints.flatMap((e) => [e.authChoice, e.legacyAuthChoice ?? ""]).filter(Boolean).map((id) => id.split("-")[0]));
    const removed = catalog.providers.filter((p) => p.status === "removed");
    const replace = (p: Piece, text: string, description: string): Fix => ({ description, edits: [{ start: p.start, end: p.end, text }] });

    for (const call of findOnboardCalls(ctx.text, ctx.filePath)) {
      for (const choice of call.authChoices) {
        if (choice.dynamic || byId.has(choice.value) || !/^[a-z0-9][a-z0-9-]*$/i.test(choice.value)) continue;
        const gone = removed.find((p) => choice.value === p.id || choice.value.startsWith(`${p.id}-`));
        if (gone) {
          ctx.report({
            start: choice.start,
            end: choice.end,
            messageId: "removedAuthChoice",
            data: { value: choice.value, why: gone.note ?? `the ${gone.id} provider was removed`, id: defaultChoice.id, flag: defaultChoice.flag, label: defaultChoice.label },
            suggestions: [replace(choice, defaultChoice.id, `Replace "${choice.value}" with "${defaultChoice.id}"`)],
          });
          continue;
        }
        if (!families.has(choice.value.split("-")[0].toLowerCase())) continue;
        const close = didYouMean(choice.value, choices.filter((c) => !c.legacy).map((c) => c.id));
        const best = close.length ? editDistance(choice.value, close[0]) : 0;
        const near = close.filter((n) => editDistance(choice.value, n) === best);
        ctx.report({
          start: choice.start,
          end: choice.end,
          messageId: near.length ? "unknownAuthChoiceDidYouMean" : "unknownAuthChoice",
          data: {
            value: choice.value,
            near: near.join(" or "),
            choices: choices
              .filter((c) => !c.legacy)
              .map((c) => `${c.id} (${c.label})`)
              .join(", "),
          },
          suggestions: near.map((n) => replace(choice, n, `Replace "${choice.value}" with "${n}"`)),
        });
      }

      // OpenClaw uses the last --auth-choice.
      const last = call.authChoices[call.authChoices.length - 1];
      const selected = last && !last.dynamic ? byId.get(last.value) : undefined;
      if (!last || !selected) continue;
      const ownFlagGiven = call.flags.some((f) => f.value === selected.flag);
      for (const flag of call.flags) {
        const owner: AuthChoice | undefined = byFlag.get(flag.value);
        if (!owner || owner.canonical === selected.canonical) continue;
        const alternative = owner.plan ? `if it is a ${owner.label} key` : `if the key is meant for the ${owner.label}`;
        const data = { flag: flag.value, owner: owner.id, ownerLabel: owner.label, selected: selected.id, selectedLabel: selected.label, selectedFlag: selected.flag, alternative };
        ctx.report({
          start: flag.start,
          end: flag.end,
          // With the right flag present too, the command still works and this one is only ignored.
          severity: ownFlagGiven ? "warning" : undefined,
          messageId: ownFlagGiven ? "keyFlagIgnored" : "keyFlagUnused",
          data,
          suggestions: ownFlagGiven
            ? undefined
            : [replace(flag, selected.flag, `Replace ${flag.value} with ${selected.flag}`), replace(last, owner.id, `Replace --auth-choice ${last.value} with ${owner.id}`)],
        });
      }
    }
  },
});
