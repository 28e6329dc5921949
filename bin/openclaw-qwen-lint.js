#!/usr/bin/env node
// openclaw-qwen-lint command. `npm run build` compiles src/ and bundles the CLI into dist/cli.cjs.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { run } = require("./load-cached.cjs")(require.resolve("../dist/cli.cjs"));
process.exitCode = await run(process.argv.slice(2));
