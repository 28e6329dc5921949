// run() in-process with a fake terminal: what reaches stderr for internal errors, with and without
// --debug, and that usage errors never print a stack.
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";

function fakeIO(over: Partial<CliIO> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => "{}",
    stdoutIsTTY: false,
    env: {},
    cwd: process.cwd(),
    ...over,
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

describe("run()", () => {
  it("an internal error: exit 2, one message, no stack unless --debug", async () => {
    const boom = () => fakeIO({ readStdin: async () => Promise.reject(new TypeError("stdin exploded")) });
    const plain = boom();
    expect(await run(["-"], plain.io)).toBe(2);
    expect(plain.err()).toBe(
      "openclaw-qwen-lint: internal error: stdin exploded\nRun with --debug for details, and please report it with the config that triggers it (remove secrets first).\n",
    );
    const debug = boom();
    expect(await run(["-", "--debug"], debug.io)).toBe(2);
    expect(debug.err()).toMatch(/^openclaw-qwen-lint: internal error: stdin exploded\nTypeError: stdin exploded\n\s+at /);
  });

  it("usage errors: the message and the help hint only", async () => {
    const t = fakeIO();
    expect(await run(["--nope"], t.io)).toBe(2);
    expect(t.err()).toBe("openclaw-qwen-lint: unknown option --nope\nRun `openclaw-qwen-lint --help` for usage.\n");
    expect(t.out()).toBe("");
  });

  it("NO_COLOR and the terminal decide colour by default", async () => {
    const text = '{ agents: { defaults: { model: "qwen/qwen3.8-max" } } }';
    const tty = fakeIO({ stdoutIsTTY: true, readStdin: async () => text });
    expect(await run(["-"], tty.io)).toBe(1);
    expect(tty.out()).toContain("\u001b[31m");
    const noColor = fakeIO({ stdoutIsTTY: true, env: { NO_COLOR: "1" }, readStdin: async () => text });
    await run(["-"], noColor.io);
    expect(noColor.out()).not.toContain("\u001b[");
    const empty = fakeIO({ stdoutIsTTY: true, env: { NO_COLOR: "" }, readStdin: async () => text });
    await run(["-"], empty.io);
    expect(empty.out()).toContain("\u001b[");
  });

  it("lsp --help is answered without starting the server", async () => {
    // Starting the built server is exercised in cli.test.ts.
    const t = fakeIO();
    expect(await run(["lsp", "--help"], t.io)).toBe(0);
    expect(t.out()).toMatch(/^Usage: openclaw-qwen-lint lsp/);
  });
});
