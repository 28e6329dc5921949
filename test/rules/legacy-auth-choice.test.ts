import { describe, expect, it } from "vitest";
import type { Fix } from "../../src/index.js";
import { expectRule, lint } from "../helpers.js";

const ID = "legacy-auth-choice";
const MSG = (old: string, id: string, label: string, flag: string) =>
  `"${old}" is a deprecated auth choice id; use --auth-choice ${id} (${label}). The key flag ${flag} is still current and stays as it is.`;
const CODING = MSG("modelstudio-api-key", "qwen-api-key", "Coding Plan Global", "--modelstudio-api-key");
const STD_CN = MSG("modelstudio-standard-api-key-cn", "qwen-standard-api-key-cn", "Standard China", "--modelstudio-standard-api-key-cn");
const sh = { filePath: "/virtual/setup.sh" };
const apply = (text: string, fix: Fix) => [...fix.edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);

describe(ID, () => {
  it("reports --auth-choice <id> and --auth-choice=<id> with every launcher", () => {
    expectRule(
      ID,
      [
        `openclaw onboard --auth-choice modelstudio-api-key`,
        `npx -y openclaw@latest onboard --auth-choice=modelstudio-standard-api-key-cn`,
        `node node_modules/openclaw/openclaw.mjs onboard --non-interactive --auth-choice "modelstudio-api-key"`,
        `openclaw --profile work onboard --auth-choice 'modelstudio-api-key'`,
      ].join("\n"),
      [`1:32-1:51 warning ${ID}: ${CODING}`, `2:46-2:77 warning ${ID}: ${STD_CN}`, `3:82-3:101 warning ${ID}: ${CODING}`, `4:48-4:67 warning ${ID}: ${CODING}`],
      sh,
    );
  });

  it("fixes the id in place, keeping quotes and the key flag", () => {
    const text = `openclaw onboard --auth-choice "modelstudio-standard-api-key" --modelstudio-standard-api-key "$KEY"\n`;
    const [d] = lint(text, sh).diagnostics;
    expect(d.ruleId).toBe(ID);
    expect(apply(text, d.fix!)).toBe(`openclaw onboard --auth-choice "qwen-standard-api-key" --modelstudio-standard-api-key "$KEY"\n`);
  });

  it("follows line continuations, also with CRLF line ends", () => {
    expectRule(ID, `openclaw onboard \\\r\n  --non-interactive \\\r\n  --auth-choice modelstudio-api-key\r\n`, [`3:17-3:36 warning ${ID}: ${CODING}`], sh);
  });

  it("reads commands run through sh -c and eval, not quoted text or comments", () => {
    expectRule(
      ID,
      [
        `sh -c "openclaw onboard --auth-choice modelstudio-api-key"`,
        `eval 'openclaw onboard --auth-choice modelstudio-api-key'`,
        `echo "openclaw onboard --auth-choice modelstudio-api-key"`,
        `# openclaw onboard --auth-choice modelstudio-api-key`,
        `grep -r "--auth-choice modelstudio-api-key" docs`,
      ].join("\n"),
      [`1:39-1:58 warning ${ID}: ${CODING}`, `2:38-2:57 warning ${ID}: ${CODING}`],
      sh,
    );
  });

  it("skips $VAR values, other subcommands and the current ids", () => {
    expectRule(
      ID,
      [
        `openclaw onboard --auth-choice "$CHOICE"`,
        `openclaw onboard --auth-choice "\${CHOICE:-modelstudio-api-key}"`,
        `openclaw models list --auth-choice modelstudio-api-key`,
        `openclaw onboard --auth-choice qwen-api-key --modelstudio-api-key "$K"`,
        `openclaw onboard -- --auth-choice modelstudio-api-key`,
      ].join("\n"),
      [],
      sh,
    );
  });

  it("reads Dockerfiles: shell form with comment lines inside the continuation, and exec form", () => {
    expectRule(
      ID,
      [
        `FROM node:24`,
        `# RUN openclaw onboard --auth-choice modelstudio-api-key`,
        `RUN npm i -g openclaw \\`,
        ` # comment line Docker drops`,
        ` && openclaw onboard --auth-choice modelstudio-standard-api-key-cn`,
        `CMD ["openclaw", "onboard", "--auth-choice", "modelstudio-api-key"]`,
        `ENTRYPOINT ["sh", "-c", "openclaw onboard --auth-choice=modelstudio-api-key"]`,
      ].join("\n"),
      [`5:36-5:67 warning ${ID}: ${STD_CN}`, `6:47-6:66 warning ${ID}: ${CODING}`, `7:57-7:76 warning ${ID}: ${CODING}`],
      { filePath: "/virtual/Dockerfile" },
    );
  });

  it("reads Markdown code blocks and inline code, not prose", () => {
    expectRule(
      ID,
      [
        `Prose: openclaw onboard --auth-choice modelstudio-api-key`,
        `Inline: \`openclaw onboard --auth-choice modelstudio-api-key\`.`,
        ``,
        `\`\`\`console`,
        `$ openclaw onboard --auth-choice modelstudio-standard-api-key-cn`,
        `\`\`\``,
        `~~~`,
        `openclaw onboard --auth-choice modelstudio-api-key`,
        `~~~`,
      ].join("\n"),
      [`2:41-2:60 warning ${ID}: ${CODING}`, `5:34-5:65 warning ${ID}: ${STD_CN}`, `8:32-8:51 warning ${ID}: ${CODING}`],
      { filePath: "/virtual/README.md" },
    );
  });

  it("does not read JSON5 configs", () => {
    expectRule(ID, `{ agents: { defaults: { model: "qwen/qwen3.5-plus" } } } // openclaw onboard --auth-choice modelstudio-api-key`, []);
  });
});
