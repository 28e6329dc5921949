// `npm run build`: compile src/ to dist/ (library modules + type declarations), then bundle the CLI
// into dist/cli.cjs so that starting it reads one file instead of ~100 modules.
import { execFileSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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

// One CommonJS file, so bin/openclaw-qwen-lint.cjs can load it through V8's code cache (bin/load-cached.cjs):
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
// SARIF's rule descriptors, made once here from the rule metadata and doc pages instead of on every
// `--format sarif` run (src/cli/format-context.ts reads them, with the docs base filled in).
{
  const { formatContext, DOCS_BASE_TOKEN } = await import(pathToFileURL(join(root, "dist", "cli", "format-context.js")).href);
  const { ruleDescriptors } = await import(pathToFileURL(join(root, "dist", "formatters", "sarif.js")).href);
  const ctx = formatContext({ cwd: root, color: false, source: () => undefined, docsUrl: (id) => `${DOCS_BASE_TOKEN}${id}.md` });
  // ASCII (\uXXXX escapes): read as latin1, it is a one-byte string with no UTF-8 decoding, which V8's
  // JSON.parse also reads faster (a --format sarif run: 194 KB, ~2 ms).
  const sarifRules = JSON.stringify({ ids: ctx.rules.map((r) => r.id), descriptors: ruleDescriptors(ctx) }).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  writeFileSync(join(root, "dist", "sarif-rules.json"), sarifRules);
}

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
    // The bundle's own path for the modules that need it (package-root, SARIF rules, lint threads):
    // making and parsing a file URL compiles ~20 functions of node:internal/url on every start.
    __OQL_BUNDLE_FILE__: "__filename",
    // Anything else asking for import.meta.url gets one made when it asks.
    "import.meta.url": "__openclawQwenLintMeta.url",
    __OQL_SARIF_RULES__: JSON.stringify("sarif-rules.json"),
    __OQL_BUNDLE__: "true",
    __OQL_PACKAGE_JSON__: JSON.stringify({ name: pkg.name, version: pkg.version, homepage: pkg.homepage }),
  },
  banner: { js: 'const __openclawQwenLintMeta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };' },
  minifySyntax: true,
  minifyWhitespace: true,
  // Short names: a smaller bundle and code cache (~1 ms of every start). `--debug` loads the bundle with
  // source maps on (bin/openclaw-qwen-lint.cjs), so its stack traces name the dist/cli/*.js modules.
  // OQL_READABLE=1 npm run build: long names, for profiles.
  minifyIdentifiers: process.env.OQL_READABLE !== "1",
  sourcemap: "linked",
  sourcesContent: false,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
  plugins: [noOptionalPicomatch],
  write: false,
});
// An ASCII bundle: bin/load-cached.cjs reads it as latin1, skipping UTF-8 decoding, and V8 keeps it as a
// one-byte string. esbuild escapes non-ASCII in strings but not in regular expression literals, so those
// are written with \uXXXX escapes in src/; the build refuses a bundle that is not ASCII. Escaping here
// instead would shift the columns the source map points at.
for (const out of bundled.outputFiles) {
  const at = out.text.search(/[^\x00-\x7f]/);
  if (at >= 0) throw new Error(`${out.path}: non-ASCII character at offset ${at} (…${out.text.slice(Math.max(0, at - 60), at + 10)}…): write it as \\uXXXX in src/`);
  writeFileSync(out.path, out.text);
}
// The bundle's third-party code ships with its licenses (legal comments are stripped above).
writeThirdPartyLicenses(root, bundled.metafile, join(root, "dist", "THIRD-PARTY-LICENSES.md"));
// The library for require() and CommonJS TypeScript projects.
await buildCjs(root);
