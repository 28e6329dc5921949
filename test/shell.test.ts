// The shell/Dockerfile/Markdown command parser: words after quote removal, each character mapped back
// to its source offset, expansions marked dynamic, nothing run or expanded.
import { describe, expect, it } from "vitest";
import { scriptCommands, type Word } from "../src/engine/shell.js";

const words = (text: string, file = "a.sh") => scriptCommands(text, file).map((cmd) => cmd.map((w) => w.value));
/** The source text each word's characters came from, first to last. */
const spans = (text: string, cmd: Word[]) => cmd.map((w) => text.slice(w.offs[0], w.offs[w.offs.length - 1] + 1));

describe("scriptCommands", () => {
  it("splits commands and removes quotes, keeping source offsets", () => {
    const text = `openclaw onboard --auth-choice 'qwen-api-key' && echo "a b" ; x\\\n y # comment`;
    expect(words(text)).toEqual([["openclaw", "onboard", "--auth-choice", "qwen-api-key"], ["echo", "a b"], ["x", "y"]]);
    expect(spans(text, scriptCommands(text, "a.sh")[0])).toEqual(["openclaw", "onboard", "--auth-choice", "qwen-api-key"]);
  });
  it("marks expansions dynamic and drops redirection targets", () => {
    const [cmd] = scriptCommands(`run "$KEY" \${X:-y} $(date) \`id\` plain > err.log`, "a.sh");
    expect(cmd.map((w) => [w.value, w.dynamic])).toEqual([
      ["run", false],
      ["$KEY", true],
      ["${X:-y}", true],
      ["$(date)", true],
      ["`id`", true],
      ["plain", false],
    ]);
  });
  it("reads Dockerfile exec form and skips comment lines inside continued instructions", () => {
    expect(words(`RUN ["openclaw", "onboard", "--auth-choice", "qwen\\u002dapi-key"]\nRUN a \\\n# note\n  b`, "Dockerfile")).toEqual([
      ["openclaw", "onboard", "--auth-choice", "qwen-api-key"],
      ["RUN", "a", "b"],
    ]);
  });
  it("reads only code blocks and code spans of Markdown", () => {
    expect(words("Run `openclaw onboard` now.\n\n```sh\nopenclaw doctor\n```\nnot code", "guide.md")).toEqual([["openclaw", "onboard"], ["openclaw", "doctor"]]);
  });
});
