// Reading files that strangers control: only regular files (a FIFO would block forever, /dev/zero
// never ends, a socket or directory is no config), never more than a byte limit, decided on the open
// descriptor (no race between a check and the read).
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/** The largest file the linter reads (see docs/cli.md, "Limits"): ten times OpenClaw's 2 MB include cap. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Why a file was not read; `code` is the errno-style name the CLI and include messages switch on. */
export class FileReadError extends Error {
  override name = "FileReadError";
  constructor(
    readonly code: "ENOTREG" | "EFBIG" | "EHARDLINK",
    readonly path: string,
    message: string,
    /** ENOTREG: the path is a directory (callers say what to pass instead). */
    readonly directory = false,
  ) {
    super(message);
  }
}

const kind = (st: Stats) =>
  st.isDirectory() ? "a directory" : st.isFIFO() ? "a FIFO (named pipe)" : st.isCharacterDevice() ? "a character device" : st.isBlockDevice() ? "a block device" : st.isSocket() ? "a socket" : "not a regular file";

export interface ReadOptions {
  maxBytes?: number;
  /** Refuse a file with more than one hard link (OpenClaw's rule for $include). */
  singleLink?: boolean;
}

const SCRATCH_BYTES = 64 * 1024;
let scratchBuffer: Buffer | undefined;
/** One buffer for reading small files, reused (reads are synchronous, and each thread has its own). */
const scratch = () => (scratchBuffer ??= Buffer.allocUnsafe(SCRATCH_BYTES));

/**
 * The text of a regular file (UTF-8), following symlinks. Throws FileReadError for anything that is
 * not a regular file, is too large or (singleLink) has several hard links; fs errors (ENOENT,
 * EACCES, ...) pass through unchanged.
 */
export function readRegularFile(path: string, opts: ReadOptions = {}): string {
  const max = opts.maxBytes ?? MAX_FILE_BYTES;
  // O_NONBLOCK: opening a FIFO for reading must not wait for a writer; fstat then refuses it.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FileReadError("ENOTREG", path, `${path} is ${kind(st)}, not a regular file`, st.isDirectory());
    if (opts.singleLink && st.nlink > 1) throw new FileReadError("EHARDLINK", path, `${path} has ${st.nlink} hard links`);
    if (st.size > max) throw new FileReadError("EFBIG", path, `${path} is ${st.size} bytes, more than the ${max} bytes read at most`);
    // Read to the end, but never past the limit: a file that grows (or /proc files that report size 0).
    // Most configs are a few KB: they are read into one reused buffer and decoded from it, instead of a
    // new 64 KB buffer per read (two per file, a read to find the end) and a concatenated copy.
    let buf = st.size < SCRATCH_BYTES ? scratch() : Buffer.allocUnsafe(Math.min(st.size + 1, max + 1));
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        const bigger = Buffer.allocUnsafe(Math.min(Math.max(buf.length * 2, total + 64 * 1024), max + 1));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > max) throw new FileReadError("EFBIG", path, `${path} is more than the ${max} bytes read at most`);
    }
    return buf.toString("utf8", 0, total);
  } finally {
    closeSync(fd);
  }
}
