// Atomic file writes for --fix and -o: a temporary file in the same directory, fsync, rename.
import { chmodSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/**
 * Write `content` to `path` atomically: a temporary file in the same directory, fsync, rename over the
 * original, keeping its mode. A symlinked config is written through to its target, not replaced.
 */
export function writeAtomic(path: string, content: string): void {
  let target = resolve(path);
  try {
    target = realpathSync(target);
  } catch {
    /* new file */
  }
  let mode: number | undefined;
  try {
    mode = statSync(target).mode & 0o7777;
  } catch {
    /* new file */
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(tmp, "wx", mode ?? 0o644);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
  closeSync(fd);
  if (mode !== undefined) chmodSync(tmp, mode);
  renameSync(tmp, target);
}
