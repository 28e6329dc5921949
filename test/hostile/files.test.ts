// Files a stranger controls, with real files: symlinks out of the config directory, FIFOs, devices
// (mknod, as root), hard links, another user (setpriv), a full disk (a 64 KB tmpfs, and /dev/full).
// A facility this machine lacks skips its test with a note saying which.
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAtomic, WriteError } from "../../src/engine/write-atomic.js";
import { lintText } from "../../src/index.js";
import { BIN, cli, ensureBuilt } from "../cli/run-cli.js";

const CANARY = "ghp_CanaryTokenThatMustNeverBePrinted0123";
// Fixable (the alias), and nothing left after the fix but an info finding (exit 0).
const FIXABLE = `{\n  agents: { defaults: { model: { primary: "modelstudio/qwen3.7-plus" } } },\n}\n`;
const FIXED = FIXABLE.replace("modelstudio/", "qwen/");
const isRoot = process.getuid?.() === 0;
const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const note = (what: string) => console.log(`files.test: skipped: ${what}`);

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), "oql-hostile-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
beforeAll(() => ensureBuilt(), 120_000);

const mkfifo = (p: string) => spawnSync("mkfifo", [p]).status === 0;
const lintFile = (path: string) => lintText(readFileSync(path, "utf8"), { filePath: path, env: {} });
const includeFindings = (path: string) => lintFile(path).diagnostics.filter((d) => d.ruleId === "include-error");

describe("$include: real paths, regular files only", () => {
  it("a symlink out of the config directory is refused as OpenClaw refuses it, and its target is never printed", () => {
    const outside = tmp();
    writeFileSync(join(outside, "credentials"), `https://user:${CANARY}@github.com\n{ oops`);
    const dir = tmp();
    symlinkSync(join(outside, "credentials"), join(dir, "models.json5"));
    writeFileSync(join(dir, "openclaw.json5"), `{\n  models: { $include: "./models.json5" },\n}\n`);
    const found = includeFindings(join(dir, "openclaw.json5"));
    expect(found.map((d) => d.message)).toEqual([
      `Include path resolves outside config directory (symlink): ./models.json5 (root: ${dir}). OpenClaw refuses it and so nothing of it was read; point the $include at a file that really lives under that directory.`,
    ]);
    for (const format of ["stylish", "json", "sarif", "github", "compact", "junit"]) {
      const r = cli(["--format", format, "openclaw.json5"], { cwd: dir });
      expect(r.code, format).toBe(1);
      expect(r.stdout + r.stderr, format).not.toContain(CANARY);
    }
  });

  it("a symlinked directory out of the root, and links to /dev/zero and /proc/self/environ, are refused the same way", () => {
    const outside = tmp();
    writeFileSync(join(outside, "a.json5"), `{ x: "${CANARY}" }`);
    const dir = tmp();
    symlinkSync(outside, join(dir, "sub"));
    symlinkSync("/dev/zero", join(dir, "zero.json5"));
    symlinkSync("/proc/self/environ", join(dir, "env.json5"));
    writeFileSync(join(dir, "openclaw.json5"), `{ a: { $include: "./sub/a.json5" }, b: { $include: "./zero.json5" }, c: { $include: "./env.json5" } }`);
    const found = includeFindings(join(dir, "openclaw.json5"));
    expect(found).toHaveLength(3);
    for (const d of found) expect(d.message).toMatch(/^Include path resolves outside config directory \(symlink\)/);
    expect(JSON.stringify(found)).not.toContain(CANARY);
  });

  it("a symlink that stays inside the directory is followed", () => {
    const dir = tmp();
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real", "m.json5"), `{ mode: "merge" }`);
    symlinkSync(join(dir, "real", "m.json5"), join(dir, "m.json5"));
    writeFileSync(join(dir, "openclaw.json5"), `{ models: { $include: "./m.json5" } }`);
    expect(includeFindings(join(dir, "openclaw.json5"))).toEqual([]);
  });

  it("a FIFO is refused at once, not waited on", () => {
    const dir = tmp();
    if (!mkfifo(join(dir, "m.json5"))) return note("mkfifo failed");
    writeFileSync(join(dir, "openclaw.json5"), `{ models: { $include: "./m.json5" } }`);
    expect(includeFindings(join(dir, "openclaw.json5")).map((d) => d.message)).toEqual([
      "Included file ./m.json5 is a FIFO (named pipe), not a regular file; OpenClaw reads only regular files. Include a regular file.",
    ]);
  });

  it("a character device made with mknod is refused (root only)", () => {
    if (!isRoot || !has("mknod")) return note("mknod needs root");
    const dir = tmp();
    if (spawnSync("mknod", [join(dir, "m.json5"), "c", "1", "5"]).status !== 0) return note("mknod failed (no CAP_MKNOD)");
    writeFileSync(join(dir, "openclaw.json5"), `{ models: { $include: "./m.json5" } }`);
    expect(includeFindings(join(dir, "openclaw.json5")).map((d) => d.message)).toEqual([
      "Included file ./m.json5 is a character device, not a regular file; OpenClaw reads only regular files. Include a regular file.",
    ]);
  });

  it("a file with a second hard link is refused, in OpenClaw's words", () => {
    const dir = tmp();
    writeFileSync(join(dir, "m.json5"), `{ mode: "merge" }`);
    linkSync(join(dir, "m.json5"), join(dir, "other-name.json5"));
    writeFileSync(join(dir, "openclaw.json5"), `{ models: { $include: "./m.json5" } }`);
    expect(includeFindings(join(dir, "openclaw.json5")).map((d) => d.message)).toEqual([
      `Included file ./m.json5 has more than one hard link; OpenClaw refuses it ("Include file failed security checks (regular file, max 2097152 bytes, no hardlinks)"). Copy it to a file of its own.`,
    ]);
  });
});

describe("CLI inputs and the project config: regular files only", () => {
  it("a FIFO, a symlink to /dev/zero and a directory-like device exit 2 at once with a clear message", () => {
    const dir = tmp();
    if (!mkfifo(join(dir, "fifo.json5"))) return note("mkfifo failed");
    symlinkSync("/dev/zero", join(dir, "zero.json5"));
    const fifo = cli(["fifo.json5"], { cwd: dir });
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toBe("openclaw-qwen-lint: cannot read fifo.json5: it is a FIFO (named pipe), not a regular file; pass a regular file, or - to read standard input\n");
    const zero = cli(["zero.json5"], { cwd: dir });
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe("openclaw-qwen-lint: cannot read zero.json5: it is a character device, not a regular file; pass a regular file, or - to read standard input\n");
    const config = cli(["--config", "fifo.json5", "-"], { cwd: dir, input: "{}" });
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/cannot read the project config: it is a FIFO \(named pipe\), not a regular file/);
  });

  it("standard input is bounded too", () => {
    const r = spawnSync("sh", ["-c", `head -c 25000000 /dev/zero | "${process.execPath}" "${BIN}" -`], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("openclaw-qwen-lint: standard input is larger than 20 MB, the most openclaw-qwen-lint reads\n");
  });
});

describe("-o and --fix: what is written, and over what", () => {
  it("-o into a FIFO writes into the pipe; the FIFO stays a FIFO", async () => {
    const dir = tmp();
    const fifo = join(dir, "out.fifo");
    if (!mkfifo(fifo)) return note("mkfifo failed");
    writeFileSync(join(dir, "c.json5"), FIXABLE);
    const reader = spawn("cat", [fifo]);
    let got = "";
    reader.stdout.on("data", (b) => (got += b));
    const done = new Promise((r) => reader.on("close", r));
    const r = spawnSync(process.execPath, [BIN, "--format", "json", "-o", fifo, "c.json5"], { cwd: dir, encoding: "utf8" });
    await done;
    expect(r.status).toBe(0);
    expect(JSON.parse(got).results[0].diagnostics.length).toBeGreaterThan(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("-o to a device node keeps the node (root: a /dev/null made with mknod)", () => {
    if (!isRoot) return note("mknod needs root");
    const dir = tmp();
    const dev = join(dir, "null");
    if (spawnSync("mknod", [dev, "c", "1", "3"]).status !== 0) return note("mknod failed (no CAP_MKNOD)");
    writeFileSync(join(dir, "c.json5"), FIXABLE);
    const r = cli(["-o", dev, "c.json5"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
    expect(cli(["-o", "/dev/null", "c.json5"], { cwd: dir }).code).toBe(0);
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("a full disk is the user's condition: a clear message, exit 2, nothing to report (/dev/full)", () => {
    if (!existsSync("/dev/full")) return note("no /dev/full");
    const dir = tmp();
    writeFileSync(join(dir, "c.json5"), FIXABLE);
    const r = cli(["-o", "/dev/full", "c.json5"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("openclaw-qwen-lint: cannot write /dev/full: no space left on the device\n");
  });

  it("--fix on a full file system (a 64 KB tmpfs) leaves the file as it was, exit 2", () => {
    if (!isRoot) return note("mounting a tmpfs needs root");
    const dir = tmp();
    if (spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir]).status !== 0) return note("mount -t tmpfs failed");
    try {
      // A config of 40 KB: its temporary copy does not fit next to it.
      const big = FIXABLE.replace("{\n", `{\n  // ${"x".repeat(40_000)}\n`);
      writeFileSync(join(dir, "c.json5"), big);
      const r = cli(["--fix", "c.json5"], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/cannot write .*c\.json5: no space left on the device\nNo file was written\. Nothing else was changed\.\n$/);
      expect(r.stderr).not.toMatch(/internal error|please report/);
      expect(readFileSync(join(dir, "c.json5"), "utf8")).toBe(big);
      expect(spawnSync("sh", ["-c", `ls -A "${dir}"`], { encoding: "utf8" }).stdout.trim()).toBe("c.json5");
    } finally {
      spawnSync("umount", [dir]);
    }
  });

  it("--fix keeps the owner, group and mode of another user's file (root)", () => {
    if (!isRoot) return note("chown needs root");
    const dir = tmp();
    const f = join(dir, "c.json5");
    writeFileSync(f, FIXABLE);
    chownSync(f, 65534, 65534);
    chmodSync(f, 0o640);
    const r = cli(["--fix", "c.json5"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(f, "utf8")).toBe(FIXED);
    const st = statSync(f);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([65534, 65534, 0o640]);
  });

  it("--fix refuses a read-only file unless --fix-read-only", () => {
    const dir = tmp();
    const f = join(dir, "c.json5");
    writeFileSync(f, FIXABLE);
    chmodSync(f, 0o444);
    const r = cli(["--fix", "c.json5"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `openclaw-qwen-lint: ${f} is read-only (mode 0444); it was not changed. Make it writable first, or pass --fix-read-only to rewrite it anyway (the mode stays).\nNo file was written. Nothing else was changed.\n`,
    );
    expect(readFileSync(f, "utf8")).toBe(FIXABLE);
    const forced = cli(["--fix", "--fix-read-only", "c.json5"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(f, "utf8")).toBe(FIXED);
    expect(statSync(f).mode & 0o777).toBe(0o444);
  });

  it("as another user: a file it cannot give back to its owner is left alone; an unwritable directory is EACCES (setpriv)", () => {
    if (!isRoot || !has("setpriv")) return note("setpriv needs root");
    const dir = tmp();
    chmodSync(dir, 0o777);
    const f = join(dir, "c.json5");
    writeFileSync(f, FIXABLE);
    chmodSync(f, 0o666);
    const asNobody = (args: string[]) =>
      spawnSync("setpriv", ["--reuid", "nobody", "--regid", "nogroup", "--clear-groups", process.execPath, BIN, ...args], { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH, HOME: dir } });
    const r = asNobody(["--fix", "c.json5"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/c\.json5 belongs to another user \(uid 0, gid 0\); it was not changed, because the new file would belong to you\. Run as its owner\./);
    expect(readFileSync(f, "utf8")).toBe(FIXABLE);
    expect(statSync(f).uid).toBe(0);
    const locked = tmp();
    chmodSync(locked, 0o755);
    const o = asNobody(["-o", join(locked, "report.json"), "c.json5"]);
    expect(o.status).toBe(2);
    expect(o.stderr).toBe(`openclaw-qwen-lint: cannot write ${join(locked, "report.json")}: permission denied\n`);
  });
});

describe("writeAtomic notices a concurrent change", () => {
  it("the file changed since it was read: nothing is written, ECHANGED", () => {
    const dir = tmp();
    const f = join(dir, "c.json5");
    writeFileSync(f, "{ a: 1 }\n");
    // What an editor saved in between (same size: mtime+size alone might miss it).
    writeFileSync(f, "{ a: 2 }\n");
    let err: unknown;
    try {
      writeAtomic(f, "{ a: 3 }\n", { expected: "{ a: 1 }\n" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WriteError);
    expect((err as WriteError).code).toBe("ECHANGED");
    expect((err as Error).message).toBe(`${f} changed on disk while it was being fixed (another program wrote it); it was not written, so the other change is kept. Run --fix again.`);
    expect(readFileSync(f, "utf8")).toBe("{ a: 2 }\n");
    expect(spawnSync("sh", ["-c", `ls -A "${dir}"`], { encoding: "utf8" }).stdout.trim()).toBe("c.json5");
    writeAtomic(f, "{ a: 3 }\n", { expected: "{ a: 2 }\n" });
    expect(readFileSync(f, "utf8")).toBe("{ a: 3 }\n");
  });
});
