// Conventions of ESLint-family command lines: ESLint's option spellings, FORCE_COLOR, --max-warnings -1,
// the fix summary's wording, and the language server's transport flags checked like every other flag.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";
import { BIN, cli, ensureBuilt, ROOT } from "./run-cli.js";

beforeAll(() => ensureBuilt(), 120_000);

const ERROR_TEXT = '{ agents: { defaults: { model: "qwen/qwen3.8-max" } } }';
// A config with one fixable error (http://), one warning and one info.
const FIXABLE = '{ models: { providers: { qwen: { baseUrl: "http://dashscope-intl.aliyuncs.com/compatible-mode/v1", apiKey: "${QWEN_API_KEY}" } } }, agents: { defaults: { model: "qwen/qwen3.5plus" } } }';

async function inProcess(args: string[], over: Partial<CliIO>) {
  const out: string[] = [];
  const io: CliIO = { stdout: (t) => void out.push(t), stderr: () => {}, readStdin: async () => ERROR_TEXT, stdoutIsTTY: false, env: {}, cwd: process.cwd(), ...over };
  const code = await run(args, io);
  return { code, out: out.join("") };
}
const coloured = (s: string) => s.includes("\u001b[");

describe("colour", () => {
  it("FORCE_COLOR turns colours on without a terminal, and beats NO_COLOR", async () => {
    expect(coloured((await inProcess(["-"], { env: {} })).out)).toBe(false);
    expect(coloured((await inProcess(["-"], { env: { FORCE_COLOR: "1" } })).out)).toBe(true);
    expect(coloured((await inProcess(["-"], { env: { FORCE_COLOR: "" } })).out)).toBe(true);
    expect(coloured((await inProcess(["-"], { env: { FORCE_COLOR: "3", NO_COLOR: "1" } })).out)).toBe(true);
  });
  it("FORCE_COLOR=0 or false turns them off on a terminal; the flags beat it", async () => {
    expect(coloured((await inProcess(["-"], { stdoutIsTTY: true, env: { FORCE_COLOR: "0" } })).out)).toBe(false);
    expect(coloured((await inProcess(["-"], { stdoutIsTTY: true, env: { FORCE_COLOR: "false" } })).out)).toBe(false);
    expect(coloured((await inProcess(["-", "--color"], { env: { FORCE_COLOR: "0" } })).out)).toBe(true);
    expect(coloured((await inProcess(["-", "--no-color"], { env: { FORCE_COLOR: "1" } })).out)).toBe(false);
  });
});

describe("ESLint's spellings", () => {
  it("--output-file writes the report like --output", () => {
    const file = join(mkdtempSync(join(tmpdir(), "oql-conv-")), "report.json");
    const r = cli(["--stdin", "-f", "json", "--output-file", file], { input: ERROR_TEXT });
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(file, "utf8")).results[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain("model-not-on-plan");
  });
  it("--stdin reads stdin like -", () => {
    const a = cli(["--stdin", "-f", "compact"], { input: ERROR_TEXT });
    const b = cli(["-", "-f", "compact"], { input: ERROR_TEXT });
    expect(a).toEqual(b);
    expect(a.stdout).toMatch(/^<stdin>:1:32: error: .*\[model-not-on-plan\]$/m);
  });
  it("--max-warnings -1 means no limit (also as --max-warnings=-1)", () => {
    const warnOnly = '{ agents: { defaults: { model: "modelstudio/qwen3.5-plus" } } }';
    expect(cli(["-", "--max-warnings", "0"], { input: warnOnly }).code).toBe(1);
    expect(cli(["-", "--max-warnings", "-1"], { input: warnOnly }).code).toBe(0);
    expect(cli(["-", "--max-warnings=-1"], { input: warnOnly }).code).toBe(0);
  });
});

describe("the fix summary", () => {
  it("counts infos and agrees in number", () => {
    const r = cli(["--fix-dry-run", "--stdin-filename", "openclaw.json5"], { input: FIXABLE });
    expect(r.stderr).toBe("Would fix 1 problem in 1 file (base-url-shape). 2 problems would be left (0 errors, 1 warning, 1 info): see the report.\n");
    const one = cli(["--fix", "--stdin-filename", "openclaw.json5", "--rule", "daemon-env=off"], { input: FIXABLE });
    // Fixed stdin text goes to stdout, so the report follows the summary on stderr.
    expect(one.stderr.split("\n")[0]).toBe("Fixed 1 problem in 1 file (base-url-shape). 1 problem is left (0 errors, 1 warning, 0 infos): see the report.");
  });
});

describe("catalog wording", () => {
  it("no nested parentheses in a plan's heading", () => {
    const r = cli(["catalog", "--plan", "token"]);
    expect(r.stdout).toContain("== Token Plan · subscription (Team Edition) · provider qwen-token-plan");
  });
});

describe("lsp transport flags", () => {
  const cases: [string[], string][] = [
    [["--socket=abc"], 'lsp: --socket needs a port number from 1 to 65535, not "abc"'],
    [["--socket"], "lsp: --socket needs a port number, e.g. --socket=5007"],
    [["--socket=70000"], 'lsp: --socket needs a port number from 1 to 65535, not "70000"'],
    [["--bogus"], "lsp: unknown option --bogus; the transports are --stdio, --node-ipc, --socket=<port> and --pipe=<name>"],
    [["--sockt=3"], "lsp: unknown option --sockt=3; did you mean --socket?"],
    [["--stdio", "--socket=3"], "lsp: --socket and --stdio exclude each other: use one transport"],
    [["stray"], 'lsp takes no arguments other than its transport, got "stray"'],
  ];
  it.each(cases)("%j: a usage error, exit 2, no stack", (args, message) => {
    const r = cli(["lsp", ...args]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `openclaw-qwen-lint: ${message}\nRun \`openclaw-qwen-lint --help\` for usage.\n` });
  });

  it("--socket with nobody listening: a clear message, exit 2", async () => {
    // A port that was free a moment ago.
    const port = await new Promise<number>((res) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => res(p));
      });
    });
    const r = cli(["lsp", "--socket", String(port)]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `openclaw-qwen-lint: lsp: cannot connect to the editor on port ${port}: nothing is listening there\n` });
  });

  it("--socket <port> (two arguments) connects to the editor and answers initialize", async () => {
    let child: ReturnType<typeof spawn> | undefined;
    const reply = await new Promise<string>((resolve, reject) => {
      const server = createServer((sock) => {
        const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
        sock.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        let got = "";
        sock.on("data", (c) => {
          got += c.toString();
          if (got.includes('"capabilities"')) (resolve(got), sock.destroy(), server.close());
        });
      }).listen(0, "127.0.0.1", () => {
        child = spawn(process.execPath, [BIN, "lsp", "--socket", String((server.address() as { port: number }).port)], { cwd: ROOT, stdio: "ignore" });
        child.on("exit", (code) => reject(new Error(`server exited ${code}`)));
      });
      setTimeout(() => reject(new Error("no reply")), 15_000);
    });
    child?.removeAllListeners("exit");
    child?.kill();
    expect(reply).toMatch(/"id":1/);
  });
});
