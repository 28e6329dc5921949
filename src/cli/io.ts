// The process surface the CLI talks to, injectable so tests and other front ends can drive it.

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  readonly stdoutIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export function processIO(): CliIO {
  // A reader that stops early (`| head`) is not an error: drop the rest, keep the exit code.
  const closed = new Set<NodeJS.WriteStream>();
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      closed.add(stream);
    });
  const write = (stream: NodeJS.WriteStream, t: string) => void (closed.has(stream) || stream.write(t));
  return {
    stdout: (t) => write(process.stdout, t),
    stderr: (t) => write(process.stderr, t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(typeof c === "string" ? Buffer.from(c) : c);
      return Buffer.concat(chunks).toString("utf8");
    },
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}
