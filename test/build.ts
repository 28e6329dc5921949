// Tests that run the built program (CLI, language server) build it first when any source file is
// newer than the build. `npm test` builds up front, so this only matters for single test runs.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUTPUTS = [join(ROOT, "dist", "cli.cjs"), join(ROOT, "dist", "index.js"), join(ROOT, "dist", "lsp", "server.js")];

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : /\.(ts|js|json)$/.test(e.name) ? statSync(p).mtimeMs : 0);
  }
  return t;
}

export function ensureBuilt(): void {
  const src = Math.max(newest(join(ROOT, "src")), statSync(join(ROOT, "package.json")).mtimeMs);
  if (OUTPUTS.every((f) => existsSync(f) && statSync(f).mtimeMs >= src)) return;
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--allow-type-errors"], { cwd: ROOT, stdio: "pipe" });
  for (const f of OUTPUTS) if (!existsSync(f)) throw new Error(`the build did not produce ${f}`);
}
