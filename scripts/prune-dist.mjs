// Removes from dist/ what the current sources no longer produce. tsc only adds and overwrites, so a
// module that was renamed or deleted in src/ stayed in dist/ and shipped in every tarball packed from a
// used checkout (and its declarations were copied into dist/cjs/). Only stale files go: the current
// outputs stay in place, so tests reading dist/ while a build runs are not disturbed.
import { existsSync, readdirSync, rmSync, rmdirSync } from "node:fs";
import { join, relative } from "node:path";

// Outputs of the build steps after tsc (bundles, notices, the SARIF rule descriptors); dist/cjs/ is rebuilt whole.
const BUILD_OUTPUTS = new Set(["cli.cjs", "cli.cjs.map", "THIRD-PARTY-LICENSES.md", "sarif-rules.json", "cjs"]);
const MODULE = /^(.*?)(\.d\.ts|\.js|\.js\.map|\.d\.ts\.map)$/;

/** Deletes stale files under `root`/dist and returns their paths relative to dist. */
export function pruneDist(root) {
  const dist = join(root, "dist");
  const src = join(root, "src");
  const removed = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      const rel = relative(dist, path);
      if (dir === dist && BUILD_OUTPUTS.has(e.name)) continue;
      if (e.isDirectory()) {
        walk(path);
        if (readdirSync(path).length === 0) rmdirSync(path);
        continue;
      }
      const m = MODULE.exec(rel);
      // A module is current when its TypeScript source exists, or (src/generated/) its plain-JS source.
      const current = m && (existsSync(join(src, `${m[1]}.ts`)) || existsSync(join(src, `${m[1]}${m[2]}`)));
      if (!current) {
        rmSync(path, { force: true });
        removed.push(rel);
      }
    }
  };
  if (existsSync(dist)) walk(dist);
  return removed;
}
