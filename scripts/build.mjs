// `npm run build`: compile src/ to dist/ (library modules + type declarations), then bundle the CLI
// into dist/cli-bundle/ so that starting it loads a handful of files instead of ~100 modules.
// Formatters and subcommands stay separate chunks, loaded only when used.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const allowTypeErrors = process.argv.includes("--allow-type-errors");

try {
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { cwd: root, stdio: allowTypeErrors ? "pipe" : "inherit" });
} catch (e) {
  if (!allowTypeErrors) process.exit(typeof e.status === "number" ? e.status : 1);
}

const outdir = join(root, "dist", "cli-bundle");
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: join(root, "dist", "cli", "main.js") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  // The language server's CommonJS dependencies load fine from node_modules, and only for `lsp`.
  external: ["vscode-languageserver", "vscode-languageserver/*", "vscode-languageserver-textdocument"],
  minifySyntax: true,
  legalComments: "none",
  logLevel: "warning",
});
