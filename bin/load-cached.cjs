"use strict";
// Loads a CommonJS bundle through V8's code cache, the technique of v8-compile-cache: the first run
// compiles as usual and stores V8's compiled code; later runs reuse it and skip almost all parsing and
// compiling, which is most of a linter's start-up. The cache lives in a per-user directory (0700),
// is keyed by the bundle's size and mtime and the Node version, is written atomically, and any
// problem with it just means no cache. OPENCLAW_QWEN_LINT_CACHE=0 turns it off.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

function cacheDir() {
  const setting = process.env.OPENCLAW_QWEN_LINT_CACHE;
  if (setting === "0" || setting === "false") return undefined;
  if (setting) return setting;
  const base = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), ".cache") : undefined);
  return base ? path.join(base, "openclaw-qwen-lint") : undefined;
}

module.exports = function loadCached(file) {
  const code = fs.readFileSync(file, "utf8");
  const dir = cacheDir();
  let cacheFile;
  let cachedData;
  if (dir) {
    const st = fs.statSync(file);
    cacheFile = path.join(dir, `${path.basename(file)}-${st.size}-${Math.floor(st.mtimeMs)}-${process.version}-${process.arch}.v8`);
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(code), { filename: file, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // After the run, so the cache also holds the functions the run compiled.
    process.once("exit", () => {
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, cacheFile);
      } catch {
        // no cache this time
      }
    });
  }
  return mod.exports;
};
