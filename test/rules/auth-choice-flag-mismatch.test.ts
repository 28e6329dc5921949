import { describe, expect, it } from "vitest";
import { expectRule, lint } from "../helpers.js";

const ID = "auth-choice-flag-mismatch";
const sh = { filePath: "/virtual/setup.sh" };
const KEY = "sk-0123456789abcdef0123456789abcdef";
const STD_WITH_CODING_FLAG = `--modelstudio-api-key is the key flag of --auth-choice qwen-api-key (Coding Plan Global), but this command selects qwen-standard-api-key (Standard Global), which takes its key from --modelstudio-standard-api-key; the key given here is not used. Pass it as --modelstudio-standard-api-key, or select --auth-choice qwen-api-key if it is a Coding Plan Global key.`;

describe(ID, () => {
  it("reports a key flag of another choice and names the right flag", () => {
    expectRule(ID, `openclaw onboard --auth-choice qwen-standard-api-key --modelstudio-api-key ${KEY}`, [`1:54-1:75 error ${ID}: ${STD_WITH_CODING_FLAG}`], sh);
    expectRule(ID, `openclaw onboard --auth-choice=qwen-standard-api-key --modelstudio-api-key="${KEY}"`, [`1:54-1:75 error ${ID}: ${STD_WITH_CODING_FLAG}`], sh);
  });

  it("never shows the key that follows the flag", () => {
    const r = lint(`openclaw onboard --auth-choice qwen-token-plan --modelstudio-api-key-cn ${KEY}\n`, sh);
    expect(r.diagnostics).toHaveLength(1);
    expect(JSON.stringify(r.diagnostics)).not.toContain("0123456789abcdef");
  });

  it("offers both ways out as suggestions", () => {
    const text = `openclaw onboard --auth-choice qwen-standard-api-key --modelstudio-api-key "$K"`;
    const [d] = lint(text, sh).diagnostics;
    expect(d.fix).toBeUndefined();
    expect(d.suggestions!.map((s) => [text.slice(s.edits[0].start, s.edits[0].end), s.edits[0].text])).toEqual([
      ["--modelstudio-api-key", "--modelstudio-standard-api-key"],
      ["qwen-standard-api-key", "qwen-api-key"],
    ]);
  });

  it("lets a legacy choice and its canonical id share the flag; the last --auth-choice wins", () => {
    expectRule(ID, `openclaw onboard --auth-choice modelstudio-standard-api-key --modelstudio-standard-api-key "$K"`, [], sh);
    expectRule(
      ID,
      `openclaw onboard --auth-choice qwen-api-key --auth-choice modelstudio-standard-api-key-cn --modelstudio-api-key "$K"`,
      [
        `1:91-1:112 error ${ID}: --modelstudio-api-key is the key flag of --auth-choice qwen-api-key (Coding Plan Global), but this command selects modelstudio-standard-api-key-cn (Standard China), which takes its key from --modelstudio-standard-api-key-cn; the key given here is not used. Pass it as --modelstudio-standard-api-key-cn, or select --auth-choice qwen-api-key if it is a Coding Plan Global key.`,
      ],
      sh,
    );
  });

  it("is only a warning when the selected choice's own flag is given too", () => {
    expectRule(ID, `openclaw onboard --auth-choice qwen-token-plan --qwen-token-plan-api-key "$A" --alibaba-model-studio-api-key "$B"`, [
      `1:79-1:109 warning ${ID}: --alibaba-model-studio-api-key is the key flag of --auth-choice alibaba-model-studio-api-key (alibaba video provider), but this command selects qwen-token-plan (Token Plan Global), which takes its key from --qwen-token-plan-api-key (also given); this flag is ignored. Remove it.`,
    ], sh);
  });

  it("names the alibaba provider's own choice", () => {
    expectRule(ID, `openclaw onboard --auth-choice alibaba-model-studio-api-key --modelstudio-standard-api-key "$B"`, [
      `1:61-1:91 error ${ID}: --modelstudio-standard-api-key is the key flag of --auth-choice qwen-standard-api-key (Standard Global), but this command selects alibaba-model-studio-api-key (alibaba video provider), which takes its key from --alibaba-model-studio-api-key; the key given here is not used. Pass it as --alibaba-model-studio-api-key, or select --auth-choice qwen-standard-api-key if it is a Standard Global key.`,
    ], sh);
  });

  it("suggests the closest Qwen choice for a typo", () => {
    expectRule(ID, `openclaw onboard --auth-choice qwen-standart-api-key-cn\nopenclaw onboard --auth-choice modelstudio-coding`, [
      `1:32-1:56 error ${ID}: Unknown auth choice "qwen-standart-api-key-cn"; did you mean qwen-standard-api-key-cn?`,
      `2:32-2:50 error ${ID}: Unknown auth choice "modelstudio-coding"; the Qwen auth choices are qwen-api-key (Coding Plan Global), qwen-api-key-cn (Coding Plan China), qwen-standard-api-key (Standard Global), qwen-standard-api-key-cn (Standard China), qwen-token-plan (Token Plan Global), qwen-token-plan-cn (Token Plan China), alibaba-model-studio-api-key (alibaba video provider).`,
    ], sh);
    const [d] = lint(`openclaw onboard --auth-choice qwen-standart-api-key`, sh).diagnostics;
    expect(d.suggestions![0].edits[0].text).toBe("qwen-standard-api-key");
  });

  it("explains the removed Qwen Portal choice", () => {
    expectRule(ID, `openclaw onboard --auth-choice qwen-portal`, [
      `1:32-1:43 error ${ID}: "qwen-portal" is no longer an auth choice: Qwen Portal OAuth (portal.qwen.ai) was removed; Portal tokens are not Qwen Cloud / DashScope keys and are not converted. Onboard with a Qwen Cloud API key instead: --auth-choice qwen-api-key --modelstudio-api-key <key> (Coding Plan Global; use the choice of your plan and region).`,
    ], sh);
  });

  it("leaves other providers' choices, placeholders and dynamic values alone", () => {
    expectRule(
      ID,
      [
        `openclaw onboard --auth-choice openai-api-key --modelstudio-api-key "$K"`,
        `openclaw onboard --auth-choice "$CHOICE" --modelstudio-api-key "$K"`,
        `openclaw onboard --auth-choice <choice> <direct-flag> <key>`,
        `openclaw onboard --modelstudio-api-key "$K"`,
      ].join("\n"),
      [],
      sh,
    );
  });

  it("works in Markdown and Dockerfiles", () => {
    expectRule(ID, "Run `openclaw onboard --auth-choice qwen-api-key-cn --modelstudio-api-key <key>`.", [
      `1:53-1:74 error ${ID}: --modelstudio-api-key is the key flag of --auth-choice qwen-api-key (Coding Plan Global), but this command selects qwen-api-key-cn (Coding Plan China), which takes its key from --modelstudio-api-key-cn; the key given here is not used. Pass it as --modelstudio-api-key-cn, or select --auth-choice qwen-api-key if it is a Coding Plan Global key.`,
    ], { filePath: "/virtual/README.md" });
    expectRule(ID, `RUN ["openclaw", "onboard", "--auth-choice", "qwen-token-plan-cn", "--qwen-token-plan-api-key", "x"]`, [
      `1:69-1:94 error ${ID}: --qwen-token-plan-api-key is the key flag of --auth-choice qwen-token-plan (Token Plan Global), but this command selects qwen-token-plan-cn (Token Plan China), which takes its key from --qwen-token-plan-api-key-cn; the key given here is not used. Pass it as --qwen-token-plan-api-key-cn, or select --auth-choice qwen-token-plan if it is a Token Plan Global key.`,
    ], { filePath: "/virtual/app.dockerfile" });
  });
});
