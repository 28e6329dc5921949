// dist/cjs/: the library for CommonJS consumers (require(), and TypeScript projects with
// `module`/`moduleResolution: node16` in a CommonJS package, which cannot import the ES module
// build's types). One bundled CommonJS file plus a copy of the declaration files inside a
// `"type": "commonjs"` scope, exposed through the `require` condition of package.json's exports.
// Dependencies stay external: they are installed with the package.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { build } from "esbuild";

export async function buildCjs(root) {
  const dist = join(root, "dist");
  const out = join(dist, "cjs");
  rmSync(out, { recursive: true, force: true });
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  await build({
    entryPoints: [join(dist, "index.js")],
    outfile: join(out, "index.js"),
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20.19",
    external: Object.keys(pkg.dependencies ?? {}),
    define: { "import.meta.url": "__openclawQwenLintUrl" },
    banner: { js: 'const __openclawQwenLintUrl = require("node:url").pathToFileURL(__filename).href;' },
    legalComments: "eof",
    logLevel: "warning",
  });
  const copy = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (p === out) continue;
      if (e.isDirectory()) copy(p);
      else if (e.name.endsWith(".d.ts")) {
        const target = join(out, relative(dist, p));
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(p, target);
      }
    }
  };
  copy(dist);
  writeFileSync(join(out, "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
}
