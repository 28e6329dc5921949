#!/usr/bin/env node
// openclaw-qwen-lint command. `npm run build` compiles src/ and bundles the CLI into dist/cli.cjs.
// CommonJS (bin/package.json), with no top-level await: an ES module entry costs Node ~6 ms more to start.
"use strict";
// A path, not require.resolve: resolving walks and realpaths every directory (~0.3 ms per start).
const { run } = require("./load-cached.cjs")(require("node:path").join(__dirname, "..", "dist", "cli.cjs"));
run(process.argv.slice(2)).then((code) => {
  // A failed write to stdout already set 2 (src/cli/io.ts): keep the worse code.
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
});
