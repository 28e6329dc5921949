// Print the rendered diagnostic lines of fixture files, for writing `.expected` files.
// Review every line by hand before you save it: the expected file is the spec, not a snapshot.
//   npx tsx scripts/fixture-lines.ts test/fixtures/err/<case>.json5 [...]
import { lines, lintFixture } from "../test/helpers.js";

for (const f of process.argv.slice(2)) {
  if (process.argv.length > 3) console.log(`== ${f}`);
  for (const l of lines(lintFixture(f))) console.log(l);
}
