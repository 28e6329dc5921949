// `npm run build`: compile src/ to dist/ (library modules + type declarations), then bundle the CLI
// into dist/cli.cjs so that starting it reads one file instead of ~100 modules.
import { execFileSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { buildCjs } from "./build-cjs.mjs";
import { pruneDist } from "./prune-dist.mjs";
import { writeThirdPartyLicenses } from "./third-party-licenses.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const allowTypeErrors = process.argv.includes("--allow-type-errors");

try {
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { cwd: root, stdio: allowTypeErrors ? "pipe" : "inherit" });
} catch (e) {
  if (!allowTypeErrors) process.exit(typeof e.status === "number" ? e.status : 1);
}

// Generated plain-JS modules (the ajv standalone validator) are copied as they are: tsc does not compile
// JS here, and re-printing it would double its size.
for (const f of readdirSync(join(root, "src", "generated")).filter((f) => f.endsWith(".js") || f.endsWith(".d.ts")))
  copyFileSync(join(root, "src", "generated", f), join(root, "dist", "generated", f));

// Before anything copies dist/ (the CommonJS declarations, the package): drop what no source makes now.
pruneDist(root);

// One CommonJS file, so bin/openclaw-qwen-lint.js can load it through V8's code cache (bin/load-cached.cjs):
// after the first run, starting the CLI skips almost all parsing and compiling.
rmSync(join(root, "dist", "cli-bundle"), { recursive: true, force: true });

// fdir (under tinyglobby) loads picomatch from node_modules at start-up, in case a caller uses its own
// glob(); tinyglobby never does and brings its own (bundled) picomatch. Loading the second copy cost
// ~7 ms per globbed run. The build fails if fdir changes, rather than silently loading it again.
const noOptionalPicomatch = {
  name: "fdir-without-optional-picomatch",
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const src = readFileSync(args.path, "utf8");
      const optional = /\n\t__require\.resolve\("picomatch"\);\n\tpm = __require\("picomatch"\);\n/;
      if (!optional.test(src)) throw new Error(`${args.path}: fdir's optional picomatch require changed; update scripts/build.mjs`);
      return { contents: src.replace(optional, "\n"), loader: "js" };
    });
  },
};
// Every rule's doc page in one file, for SARIF's rule descriptors: the bundled CLI reads it once
// instead of one page per rule on every `--format sarif` run (src/cli/format-context.ts).
const docsDir = join(root, "docs", "rules");
const ruleDocs = Object.fromEntries(
  readdirSync(docsDir)
    .filter((f) => /^[a-z0-9-]+\.md$/.test(f))
    .sort()
    .map((f) => [f.slice(0, -3), readFileSync(join(docsDir, f), "utf8")]),
);
writeFileSync(join(root, "dist", "rule-docs.json"), JSON.stringify(ruleDocs));

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const bundled = await build({
  entryPoints: [join(root, "dist", "cli", "main.js")],
  outfile: join(root, "dist", "cli.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20.19",
  // The language server's dependencies load from node_modules, and only for `lsp`.
  external: ["vscode-languageserver", "vscode-languageserver/*", "vscode-languageserver-textdocument"],
  define: {
    "import.meta.url": "__openclawQwenLintUrl",
    __OQL_RULE_DOCS__: JSON.stringify("rule-docs.json"),
    __OQL_BUNDLE__: "true",
    __OQL_PACKAGE_JSON__: JSON.stringify({ name: pkg.name, version: pkg.version, homepage: pkg.homepage }),
  },
  banner: { js: 'const __openclawQwenLintUrl = require("node:url").pathToFileURL(__filename).href;' },
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
  plugins: [noOptionalPicomatch],
  write: false,
});
// An ASCII bundle: bin/load-cached.cjs reads it as latin1, skipping UTF-8 decoding, and V8 keeps it as a
// one-byte string (half the memory of a two-byte one). esbuild escapes non-ASCII in strings but not in
// regular expression literals; a \uXXXX escape means the same code unit in both.
for (const out of bundled.outputFiles) {
  // `\×` would become `\\u00d7` (an escaped backslash): refuse rather than change a pattern's meaning.
  if (/\\[^\x00-\x7f]/.test(out.text)) throw new Error(`${out.path}: an escaped non-ASCII character; write it as \\uXXXX in the source`);
  writeFileSync(out.path, out.text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}
// The bundle's third-party code ships with its licenses (legal comments are stripped above).
writeThirdPartyLicenses(root, bundled.metafile, join(root, "dist", "THIRD-PARTY-LICENSES.md"));
// The library for require() and CommonJS TypeScript projects.
await buildCjs(root);
