// dist/THIRD-PARTY-LICENSES.md: the license of every package whose code the CLI bundle contains
// (esbuild's metafile lists the bundled files), so the bundle ships the notices the MIT/ISC/BSD
// licenses of those packages require. Called by scripts/build.mjs after bundling.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";

/** Standard license texts found in other installed packages, for bundled packages that ship none. */
const STANDARD_TEXTS = { "Apache-2.0": "node_modules/typescript/LICENSE.txt" };

/** The package directory (node_modules/<name> or node_modules/@scope/<name>) a bundled file comes from. */
function packageDir(file) {
  const parts = file.split(/[\\/]/);
  const i = parts.lastIndexOf("node_modules");
  if (i < 0) return undefined;
  const n = parts[i + 1]?.startsWith("@") ? 3 : 2;
  return parts.slice(0, i + n).join(sep);
}

export function writeThirdPartyLicenses(root, metafile, outFile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const d = packageDir(input);
    if (d) dirs.add(d);
  }
  const sections = [...dirs]
    .map((d) => {
      const pkg = JSON.parse(readFileSync(join(root, d, "package.json"), "utf8"));
      const licenseFile = readdirSync(join(root, d)).find((f) => /^(licen[cs]e|copying)(\.\w+)?$/i.test(f));
      if (licenseFile) return { name: pkg.name, version: pkg.version, license: pkg.license, text: readFileSync(join(root, d, licenseFile), "utf8").trim() };
      // A package that ships no license file: its author and the standard text of its SPDX license.
      const standard = STANDARD_TEXTS[pkg.license];
      if (!standard) throw new Error(`${pkg.name} is bundled but ships no license file and ${pkg.license} has no standard text here; add its notice by hand`);
      const author = typeof pkg.author === "string" ? pkg.author : pkg.author?.name;
      const text = `Copyright ${author ?? "the authors of " + pkg.name}. Licensed under ${pkg.license}:\n\n${readFileSync(join(root, standard), "utf8").trim()}`;
      return { name: pkg.name, version: pkg.version, license: pkg.license, text };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const out = [
    "# Third-party licenses",
    "",
    "`dist/cli.cjs` bundles code of these packages; their licenses follow.",
    "",
    ...sections.flatMap((s) => [`## ${s.name} ${s.version} (${s.license})`, "", "```", s.text, "```", ""]),
  ].join("\n");
  writeFileSync(outFile, out);
  return sections.map((s) => s.name);
}
