// The process surface the CLI talks to, injectable so tests and other front ends can drive it.
import { fstatSync, statSync, writeSync } from "node:fs";
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
  // Written with fs.writeSync on the descriptors, not process.stdout/stderr: creating those streams loads
  // Node's stream and socket modules (a few ms of every run), and a linter writes its report once.
  // A reader that stops early (`| head`) is not an error: drop the rest, keep the exit code. Any other
  // failure to write (stdout on a full disk, a closed terminal) is the user's condition: say it on
  // stderr when possible and exit 2, never a stack trace.
  const closed = new Set<number>();
  const write = (fd: 1 | 2, t: string) => {
    if (closed.has(fd) || t === "") return;
    try {
      writeAll(fd, Buffer.from(t, "utf8"));
    } catch (e) {
      closed.add(fd);
      const err = e as NodeJS.ErrnoException;
      if (err.code === "EPIPE") return;
      process.exitCode = 2;
      if (fd === 1) write(2, `openclaw-qwen-lint: cannot write to standard output: ${describeFsError(err)}\n`);
    }
  };
  return {
    stdout: (t) => write(1, t),
    stderr: (t) => write(2, t),
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
    get stdoutIsTTY() {
      return isTerminal(1);
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Whether `fd` is a terminal, asked without node:tty on POSIX: loading node:tty loads Node's socket and
 * stream modules, 2-8 ms, the largest single cost of a default (stylish) run. A terminal is a character
 * device; the one character device output is sent to otherwise is /dev/null, told apart by its device
 * number. (Writing to another non-terminal character device, /dev/zero or /dev/full, would get colour.)
 */
export function isTerminal(fd: number): boolean {
  const tty = () => process.getBuiltinModule("node:tty").isatty(fd);
  if (process.platform === "win32") return tty();
  let st;
  try {
    st = fstatSync(fd);
  } catch {
    return false;
  }
  if (!st.isCharacterDevice()) return false;
  try {
    return st.rdev !== statSync("/dev/null").rdev;
  } catch {
    // No /dev/null to compare with (a bare chroot): ask node:tty.
    return tty();
  }
}

/** Writes all of `buf`, waiting out EAGAIN (a descriptor another program left non-blocking). */
function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  let waits = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
      waits = 0;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN" || ++waits > 10_000) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}
