import { describe, expect, it } from "vitest";
import { expectRule, lines, lint } from "../helpers.js";

const ID = "unused-disable-directive";
const ALIAS = "legacy-provider-alias";
// An auth profile keeps daemon-env quiet, so only the findings under test remain.
const AUTH = `auth: { profiles: { "qwen:default": { provider: "qwen", mode: "api_key" } } },`;
const aliasLine = (where: string) => `${where} warning ${ALIAS}: "modelstudio/qwen3.5-plus" uses the compatibility alias "modelstudio"; use "qwen/qwen3.5-plus" (the canonical qwen provider id).`;

describe(ID, () => {
  it("the finding it is about appears without a directive", () => {
    expect(lines(lint(`{\n  agents: { defaults: { model: "modelstudio/qwen3.5-plus" } },\n  ${AUTH}\n}`))).toEqual([aliasLine("2:32-2:58")]);
  });

  it("next-line directives suppress the rule on the following line only", () => {
    const text = `{
  agents: { defaults: {
    // openclaw-qwen-lint-disable-next-line ${ALIAS} -- migrating in the next change
    model: "modelstudio/qwen3.5-plus",
    imageModel: "modelstudio/qwen3.6-plus",
  } },
  ${AUTH}
}`;
    const r = lines(lint(text)).filter((l) => !l.includes("prefer-standard-endpoint"));
    expect(r).toEqual([
      `5:17-5:43 warning ${ALIAS}: "modelstudio/qwen3.6-plus" uses the compatibility alias "modelstudio"; use "qwen/qwen3.6-plus" (the canonical qwen provider id).`,
    ]);
  });

  it("line directives suppress the rule on their own line", () => {
    expect(lines(lint(`{\n  agents: { defaults: { model: "modelstudio/qwen3.5-plus" } }, // openclaw-qwen-lint-disable-line ${ALIAS}\n  ${AUTH}\n}`))).toEqual([]);
  });

  it("file directives suppress the rule everywhere in the file", () => {
    const text = `// openclaw-qwen-lint-disable-file ${ALIAS} -- onboarding-era refs
{
  agents: { defaults: { model: { primary: "modelstudio/qwen3.5-plus", fallbacks: ["modelstudio/glm-5"] } } },
  ${AUTH}
}`;
    expect(lines(lint(text))).toEqual([]);
  });

  it("a directive without rule ids suppresses every rule on its line", () => {
    const text = `{
  agents: { defaults: {
    // openclaw-qwen-lint-disable-next-line
    model: "modelstudio/qwen3.8-max",
  } },
  ${AUTH}
}`;
    expect(lines(lint(text))).toEqual([]);
  });

  it("block-comment directives work too", () => {
    expectRule(ALIAS, `{\n  /* openclaw-qwen-lint-disable-next-line ${ALIAS} */\n  agents: { defaults: { model: "modelstudio/qwen3.5-plus" } },\n  ${AUTH}\n}`, []);
    expectRule(ID, `{\n  /* openclaw-qwen-lint-disable-next-line ${ALIAS} */\n  agents: { defaults: { model: "modelstudio/qwen3.5-plus" } },\n  ${AUTH}\n}`, []);
  });

  it("suppresses model-not-on-plan with a rule list, and keeps other rules on that line", () => {
    const text = `{
  agents: { defaults: {
    // openclaw-qwen-lint-disable-next-line model-not-on-plan, unknown-model -- moving to Standard
    model: { primary: "qwen/qwen3.8-max", fallbacks: ["modelstudio/qwen3.5-plus"] },
  } },
  ${AUTH}
}`;
    expect(lines(lint(text))).toEqual([aliasLine("4:55-4:81")]);
  });

  it("reports a directive that suppresses nothing", () => {
    expectRule(ID, `{\n  // openclaw-qwen-lint-disable-next-line ${ALIAS} -- stale\n  agents: { defaults: { model: "qwen/qwen3.5-plus" } },\n  ${AUTH}\n}`, [
      `2:3-2:73 warning ${ID}: This directive suppresses nothing (no ${ALIAS} finding on line 3); remove it.`,
    ]);
    expectRule(ID, `{ agents: { defaults: { model: "qwen/qwen3.5-plus" } }, ${AUTH} } // openclaw-qwen-lint-disable-line`, [
      `1:138-1:172 warning ${ID}: This directive suppresses nothing; remove it.`,
    ]);
    expectRule(ID, `// openclaw-qwen-lint-disable-file ${ALIAS}\n{ agents: { defaults: { model: "qwen/qwen3.5-plus" } }, ${AUTH} }`, [
      `1:1-1:57 warning ${ID}: This directive suppresses nothing (no ${ALIAS} finding in this file); remove it.`,
    ]);
  });

  it("a next-line directive does not reach two lines down", () => {
    const text = `{\n  // openclaw-qwen-lint-disable-next-line ${ALIAS}\n\n  agents: { defaults: { model: "modelstudio/qwen3.5-plus" } },\n  ${AUTH}\n}`;
    expect(lines(lint(text))).toEqual([
      `2:3-2:64 warning ${ID}: This directive suppresses nothing (no ${ALIAS} finding on line 3); remove it.`,
      aliasLine("4:32-4:58"),
    ]);
  });

  it("reports unknown rule ids", () => {
    expectRule(ID, `{ agents: {} } // openclaw-qwen-lint-disable-line qwen-model-typo, other-typo -- reason`, [
      `1:16-1:88 warning ${ID}: This directive names unknown rules qwen-model-typo, other-typo; \`openclaw-qwen-lint rules\` lists the rule ids.`,
    ]);
  });

  it("does not read the reason after -- as rule ids", () => {
    expectRule(ID, `{ agents: { defaults: { model: "modelstudio/qwen3.5-plus" } }, ${AUTH} } // openclaw-qwen-lint-disable-line ${ALIAS} -- see unknown-thing and more`, []);
  });

  it("reports a disable-file directive after the first token, and it suppresses nothing", () => {
    const text = `{\n  // openclaw-qwen-lint-disable-file ${ALIAS}\n  agents: { defaults: { model: "modelstudio/qwen3.5-plus" } },\n  ${AUTH}\n}`;
    expect(lines(lint(text))).toEqual([
      `2:3-2:59 warning ${ID}: A disable-file directive must come before the first token of the file; move it to the top.`,
      aliasLine("3:32-3:58"),
    ]);
  });

  it("works inside an included file, and reports there", () => {
    const files: Record<string, string> = {
      "/virtual/agents.json5": `// openclaw-qwen-lint-disable-file ${ALIAS}\n{ defaults: { model: "modelstudio/qwen3.5-plus" } }`,
      "/virtual/stale.json5": `// openclaw-qwen-lint-disable-file model-not-on-plan\n{ defaults: {} }`,
    };
    const host = { readFile: (p: string) => files[p], size: (p: string) => files[p].length };
    expect(lines(lint(`{ agents: { $include: "./agents.json5" }, ${AUTH} }`, { host }))).toEqual([]);
    expect(lines(lint(`{ agents: { $include: "./stale.json5" }, ${AUTH} }`, { host }))).toEqual([
      `stale.json5 1:1-1:53 warning ${ID}: This directive suppresses nothing (no model-not-on-plan finding in this file); remove it.`,
    ]);
  });

  it("can be turned off like any rule", () => {
    expect(lines(lint(`{ agents: {} } // openclaw-qwen-lint-disable-line`, { config: { rules: { [ID]: "off" } } }))).toEqual([]);
  });
});
