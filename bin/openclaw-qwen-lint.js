#!/usr/bin/env node
// openclaw-qwen-lint command. The code lives in dist/ (npm run build).
import { run } from "../dist/cli/main.js";

process.exitCode = await run(process.argv.slice(2));
