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
    if (!st.isFile()) throw new FileReadError("ENOTREG", path, `${path} is ${kind(st)}, not a regular file`);
    if (opts.singleLink && st.nlink > 1) throw new FileReadError("EHARDLINK", path, `${path} has ${st.nlink} hard links`);
    if (st.size > max) throw new FileReadError("EFBIG", path, `${path} is ${st.size} bytes, more than the ${max} bytes read at most`);
    // Read to the end, but never past the limit: a file that grows (or /proc files that report size 0).
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(Math.max(st.size + 1 - total, 64 * 1024), max + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      if (total > max) throw new FileReadError("EFBIG", path, `${path} is more than the ${max} bytes read at most`);
    }
    return Buffer.concat(chunks, total).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
