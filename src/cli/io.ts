// The process surface the CLI talks to, injectable so tests and other front ends can drive it.
import { MAX_FILE_BYTES } from "../engine/safe-read.js";
import { describeFsError } from "../engine/write-atomic.js";
import { CliError } from "./errors.js";

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  readonly stdoutIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export function processIO(): CliIO {
  // A reader that stops early (`| head`) is not an error: drop the rest, keep the exit code. Any other
  // failure to write (stdout on a full disk, a closed terminal) is the user's condition: say it on
  // stderr when possible and exit 2, never a stack trace.
  const closed = new Set<NodeJS.WriteStream>();
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      closed.add(stream);
      if (e.code === "EPIPE") return;
      process.exitCode = 2;
      if (stream === process.stdout && !closed.has(process.stderr))
        process.stderr.write(`openclaw-qwen-lint: cannot write to standard output: ${describeFsError(e)}\n`);
    });
  const write = (stream: NodeJS.WriteStream, t: string) => void (closed.has(stream) || stream.write(t));
  return {
    stdout: (t) => write(process.stdout, t),
    stderr: (t) => write(process.stderr, t),
    readStdin: async () => {
      // Bounded like files: `cat /dev/zero | openclaw-qwen-lint -` must end, with a clear message.
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const c of process.stdin) {
        const b = typeof c === "string" ? Buffer.from(c) : (c as Buffer);
        total += b.length;
        if (total > MAX_FILE_BYTES) throw new CliError(`standard input is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, the most openclaw-qwen-lint reads`);
        chunks.push(b);
      }
      return Buffer.concat(chunks).toString("utf8");
    },
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}
