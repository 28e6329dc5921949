"use strict";
// Loads a CommonJS bundle through V8's code cache, the technique of v8-compile-cache: the first run
// compiles as usual and stores V8's compiled code; later runs reuse it and skip almost all parsing and
// compiling, which is most of a linter's start-up.
//
// V8 compiles functions lazily, so a cache holds only the code that had run when it was written. The
// bundle names what a run did (`cacheKey()`, e.g. "lint:json" or "version"); the cache file records
// the keys it covers, and a run whose key is not among them writes the cache again at exit, now with
// its own code too. So a first run of `--version` does not leave linting uncached for good.
//
// The cache lives in a per-user directory (0700), is keyed by the bundle's size and mtime and the Node
// version, is written atomically, and any problem with it just means no cache. Writing a new cache
// removes the old ones of other builds and Node versions, keeping the two most recent (another
// install of the tool may be in use). OPENCLAW_QWEN_LINT_CACHE=0 turns it off, another value is the
// directory to use.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
// The CommonJS loader's own class, already loaded: require("node:module") and require("node:os") each
// cost ~0.2 ms of every start, for two functions and a home directory.
const Module = typeof module.constructor.createRequire === "function" ? module.constructor : require("node:module");

const MAGIC = "oqlc1 ";
const KEEP_OTHERS = 2;

function cacheDir() {
  const setting = process.env.OPENCLAW_QWEN_LINT_CACHE;
  if (setting === "0" || setting === "false") return undefined;
  if (setting) return setting;
  const home = process.env.HOME || require("node:os").homedir();
  const base = process.env.XDG_CACHE_HOME || (home ? path.join(home, ".cache") : undefined);
  return base ? path.join(base, "openclaw-qwen-lint") : undefined;
}

/** `oqlc1 key,key\n` + V8 data; undefined for anything else. */
function readCache(file) {
  let buf;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const nl = buf.indexOf(10);
  if (nl < 0 || nl > 4096 || buf.toString("latin1", 0, MAGIC.length) !== MAGIC) return undefined;
  const keys = buf.toString("latin1", MAGIC.length, nl).split(",").filter(Boolean);
  return { keys, data: buf.subarray(nl + 1) };
}

/** Removes caches of other bundles and Node versions but the newest KEEP_OTHERS, and stale temp files. */
function prune(dir, prefix, current) {
  const now = Date.now();
  const others = [];
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(prefix) || name === path.basename(current)) continue;
    const file = path.join(dir, name);
    try {
      const st = fs.lstatSync(file);
      if (!st.isFile()) continue;
      if (name.endsWith(".tmp")) {
        if (now - st.mtimeMs > 3600e3) fs.unlinkSync(file);
      } else if (name.endsWith(".v8")) others.push({ file, mtime: st.mtimeMs });
    } catch {
      // gone already, or not ours to remove
    }
  }
  others.sort((a, b) => b.mtime - a.mtime);
  for (const o of others.slice(KEEP_OTHERS)) {
    try {
      fs.unlinkSync(o.file);
    } catch {
      // another process pruned it
    }
  }
}

/** `readOnly`: use the cache but never write it (the lint worker threads: the main thread writes it). */
module.exports = function loadCached(file, { readOnly = false } = {}) {
  // The build writes the bundle as ASCII (scripts/build.mjs): latin1 reads it without UTF-8 decoding.
  const code = fs.readFileSync(file, "latin1");
  const dir = cacheDir();
  let cacheFile;
  let cache;
  if (dir) {
    const st = fs.statSync(file);
    cacheFile = path.join(dir, `${path.basename(file)}-${st.size}-${Math.floor(st.mtimeMs)}-${process.version}-${process.arch}.v8`);
    cache = readCache(cacheFile);
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${code}\n});`, { filename: file, cachedData: cache && cache.data });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  if (cacheFile && !readOnly) {
    const covered = cache && !script.cachedDataRejected ? cache.keys : undefined;
    // At exit, so the cache also holds the functions this run compiled.
    process.once("exit", () => {
      // A run that changed V8's flags (a long run): every process with the default flags would refuse
      // the cache it wrote.
      if (typeof mod.exports.cacheable === "function" && !mod.exports.cacheable()) return;
      const key = typeof mod.exports.cacheKey === "function" ? String(mod.exports.cacheKey() || "") : "";
      if (covered && (!key || covered.includes(key))) return;
      const keys = [...new Set([...(covered || []), key].filter((k) => k && /^[\w:.-]+$/.test(k)))];
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}${keys.join(",")}\n`, "latin1"), script.createCachedData()]), { mode: 0o600 });
        fs.renameSync(tmp, cacheFile);
        if (!covered) prune(dir, `${path.basename(file)}-`, cacheFile);
      } catch {
        // no cache this time
      }
    });
  }
  return mod.exports;
};
