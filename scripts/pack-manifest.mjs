// `npm pack` / `npm publish` hooks (prepack, postpack): the published package.json carries no
// `prepare` script. `prepare` builds dist/ for installs from git (npm runs it there, with the
// devDependencies); in the tarball dist/ is already built, and a `prepare` script there would only
// make installs of the tarball warn about an unreviewed install script. postpack restores it, from a
// copy kept next to package.json while packing.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = join(root, "package.json");
const saved = join(root, ".package.json.prepack");

if (process.argv[2] === "strip") {
  const text = readFileSync(manifest, "utf8");
  const pkg = JSON.parse(text);
  if (pkg.scripts?.prepare) {
    writeFileSync(saved, text);
    delete pkg.scripts.prepare;
    writeFileSync(manifest, JSON.stringify(pkg, null, 2) + "\n");
  }
} else if (process.argv[2] === "restore") {
  if (existsSync(saved)) renameSync(saved, manifest);
} else {
  rmSync(saved, { force: true });
  throw new Error("usage: node scripts/pack-manifest.mjs strip|restore");
}
