// Atomic file writes for --fix and -o: a temporary file in the same directory, fsync, rename.
//
// Only a regular file is ever replaced: a device, FIFO or socket (`-o /dev/null`, `-o /dev/stdout`, a
// pipe) is written into, so the node stays what it was. The replacement keeps the old file's mode,
// owner and group; a read-only file is refused unless the caller allows it; and a file that changed
// since it was read is left alone (another program wrote it: an editor saving, a second --fix).
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { readRegularFile } from "./safe-read.js";

export interface WriteOptions {
  /**
   * The text the file held when it was read. Right before the rename the file must still hold exactly
   * this; otherwise nothing is written and a WriteError with code "ECHANGED" is thrown.
   */
  expected?: string;
  /** Write a file that has no write permission (keeping its mode). Default: refuse ("EREADONLY"). */
  allowReadOnly?: boolean;
}

/**
 * A write that did not happen, with a message for the person at the terminal. `code` is the errno
 * name (ENOSPC, EACCES, EROFS, ...) or one of ours: ECHANGED, EREADONLY, EOWNER, ENOTREG.
 */
export class WriteError extends Error {
  override name = "WriteError";
  constructor(
    readonly code: string,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** What an errno means for the user, in a few words. */
export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT":
      return "no such file or directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "EISDIR":
      return "it is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "the disk quota is exceeded";
    case "EFBIG":
      return "the file is too large";
    case "EIO":
      return "an input/output error from the device";
    case "ENAMETOOLONG":
      return "the file name is too long";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "ENXIO":
      return "no process is reading from it";
    case "ETXTBSY":
      return "the file is busy";
    case "EBUSY":
      return "the device or file is busy";
    default:
      return err?.message ?? String(e);
  }
}

const fail = (code: string, path: string, message: string): never => {
  throw new WriteError(code, path, message);
};
const wrap = (path: string, what: string, e: unknown): never => {
  if (e instanceof WriteError) throw e;
  const code = (e as NodeJS.ErrnoException)?.code ?? "EIO";
  return fail(code, path, `cannot write ${path}: ${what}${describeFsError(e)}`);
};

/** Write into a node that is not a regular file (device, FIFO): no temp file, no rename. */
function writeInto(path: string, content: string): void {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_APPEND);
  } catch (e) {
    return wrap(path, "", e);
  }
  try {
    const buf = Buffer.from(content, "utf8");
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
  } catch (e) {
    wrap(path, "", e);
  } finally {
    closeSync(fd);
  }
}

/**
 * Write `content` to `path` atomically: a temporary file in the same directory, fsync, rename over the
 * original, keeping its mode, owner and group. A symlinked config is written through to its target,
 * not replaced. Throws WriteError (never a bare fs error).
 */
export function writeAtomic(path: string, content: string, opts: WriteOptions = {}): void {
  let target = resolve(path);
  try {
    target = realpathSync(target);
  } catch {
    /* a new file (or a dangling link: the rename below then creates the file) */
  }
  let old: Stats | undefined;
  try {
    old = statSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") wrap(target, "", e);
  }
  if (old && !old.isFile()) {
    if (old.isDirectory()) fail("EISDIR", target, `cannot write ${target}: it is a directory`);
    // A device, FIFO or socket: write into it, never replace the node with a regular file.
    return writeInto(target, content);
  }
  const mode = old ? old.mode & 0o7777 : undefined;
  if (old && !opts.allowReadOnly && (old.mode & 0o222) === 0)
    fail(
      "EREADONLY",
      target,
      `${target} is read-only (mode ${(old.mode & 0o777).toString(8).padStart(4, "0")}); it was not changed. Make it writable first.`,
    );
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch (e) {
    // ENOENT here means the directory is missing (-o into a folder that does not exist).
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return fail("ENOENT", target, `cannot write ${target}: no such directory`);
    return wrap(target, "", e);
  }
  let renamed = false;
  try {
    const buf = Buffer.from(content, "utf8");
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    if (old) {
      const uid = process.getuid?.();
      if (uid !== undefined && (old.uid !== uid || old.gid !== process.getgid?.())) {
        try {
          fchownSync(fd, old.uid, old.gid);
        } catch {
          // Only root may give a file away: say so rather than leave the owner's config owned by us.
          fail("EOWNER", target, `${target} belongs to another user (uid ${old.uid}, gid ${old.gid}); it was not changed, because the new file would belong to you. Run as its owner.`);
        }
      }
    }
    fchmodSync(fd, mode ?? 0o666 & ~process.umask());
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    if (opts.expected !== undefined) unchangedSince(target, old, opts.expected);
    renameSync(tmp, target);
    renamed = true;
  } catch (e) {
    wrap(target, "", e);
  } finally {
    if (fd! >= 0) closeSync(fd!);
    if (!renamed)
      try {
        unlinkSync(tmp);
      } catch {
        /* already gone */
      }
  }
}

/** Throws ECHANGED when the file at `target` no longer holds `expected` (or appeared, went away, was replaced). */
function unchangedSince(target: string, old: Stats | undefined, expected: string): void {
  const changed = (why: string) => fail("ECHANGED", target, `${target} changed on disk while it was being fixed (${why}); it was not written, so the other change is kept. Run --fix again.`);
  let now: Stats | undefined;
  try {
    now = lstatSync(target);
  } catch {
    if (old) changed("it was removed");
    return;
  }
  if (!old) return changed("it was created");
  if (now.isSymbolicLink()) now = statSync(target);
  if (now.ino !== old.ino || now.dev !== old.dev) return changed("it was replaced");
  // The text itself, not mtime+size: a same-size edit within the clock's resolution is still a change.
  if (readRegularFile(target) !== expected) changed("another program wrote it");
}
