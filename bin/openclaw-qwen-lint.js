#!/usr/bin/env node
// openclaw-qwen-lint command. `npm run build` compiles src/ and bundles the CLI into dist/cli-bundle/.
import { run } from "../dist/cli-bundle/main.js";

process.exitCode = await run(process.argv.slice(2));
