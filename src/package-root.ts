// The installed package's root directory, found from this module's location so it is right both for
// the compiled modules (dist/**) and for the bundled CLI (dist/cli-bundle/*).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface PackageJson {
  name: string;
  version: string;
  homepage?: string;
}

/** Set by scripts/build.mjs in the bundled CLI (dist/cli.cjs): package.json's fields, read at build time. */
declare const __OQL_PACKAGE_JSON__: PackageJson | undefined;
/** Set by scripts/build.mjs in the bundled CLI: the bundle's path (its __filename). */
declare const __OQL_BUNDLE_FILE__: string;

function find(): { root: string; pkg: PackageJson } {
  // The bundle sits at <root>/dist/cli.cjs: no search and no package.json read on every start.
  if (typeof __OQL_PACKAGE_JSON__ === "object") return { root: dirname(dirname(__OQL_BUNDLE_FILE__)), pkg: __OQL_PACKAGE_JSON__ };
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const p = join(dir, "package.json");
    if (existsSync(p)) {
      const pkg = JSON.parse(readFileSync(p, "utf8")) as PackageJson;
      if (pkg.name === "openclaw-qwen-lint") return { root: dir, pkg };
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("openclaw-qwen-lint: cannot find the package's package.json");
    dir = up;
  }
}

const found = find();
export const PACKAGE_ROOT = found.root;
export const PACKAGE_JSON: PackageJson = found.pkg;
