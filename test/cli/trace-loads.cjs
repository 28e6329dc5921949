"use strict";
// Preloaded with `node -r` by test/cli/startup.test.ts: records every module the CLI requires and every
// file it reads, and writes them as JSON to $OQL_TRACE_OUT at exit.
const fs = require("node:fs");
const Module = require("node:module");
const modules = [];
const reads = [];
const load = Module._load;
Module._load = function (request, parent, isMain) {
  let resolved = request;
  try {
    resolved = Module._resolveFilename(request, parent, isMain);
  } catch {
    // left to the real loader to report
  }
  modules.push(resolved);
  return load.apply(this, arguments);
};
const readFileSync = fs.readFileSync;
fs.readFileSync = function (path) {
  reads.push(String(path));
  return readFileSync.apply(this, arguments);
};
process.once("exit", () => fs.writeFileSync(process.env.OQL_TRACE_OUT, JSON.stringify({ modules, reads })));
