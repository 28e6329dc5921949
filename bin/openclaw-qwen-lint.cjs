#!/usr/bin/env node
// openclaw-qwen-lint command. `npm run build` compiles src/ and bundles the CLI into dist/cli.cjs.
// CommonJS by its .cjs name, with no top-level await: an ES module entry costs Node ~6 ms more to start, and a
// .js one makes Node look up and read the nearest package.json for its module type (~0.5 ms).
"use strict";
// A path, not require.resolve: resolving walks and realpaths every directory (~0.3 ms per start).
const bundle = require("node:path").join(__dirname, "..", "dist", "cli.cjs");
const argv = process.argv.slice(2);
// The bundle's names are minified: with --debug, load it through Node's loader with source maps on, so a
// stack trace names the modules (dist/cli/*.js), their functions and lines (dist/cli.cjs.map).
const debug = argv.includes("--debug") && typeof process.setSourceMapsEnabled === "function";
if (debug) process.setSourceMapsEnabled(true);
const { run, keepsRunning } = debug ? require(bundle) : require("./load-cached.cjs")(bundle);
run(argv).then((code) => {
  // A failed write to stdout already set 2 (src/cli/io.ts): keep the worse code.
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
  // Done: the output is written (synchronously). Only the language server runs on.
  if (!keepsRunning()) process.exit();
});
