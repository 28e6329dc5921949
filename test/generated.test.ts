// Generated files are committed; this fails when one is stale (run `npm run generate`), and proves
// generation is deterministic by running it twice.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateAll, ROOT } from "../scripts/generate.js";

describe("generated files", () => {
  const first = generateAll();
  it("are deterministic (byte-identical on rerun)", () => {
    const second = generateAll();
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, content] of second) expect(content, path).toBe(first.get(path));
  });
  for (const [path, content] of first)
    it(`${path} is current`, () => {
      expect(readFileSync(join(ROOT, path), "utf8") === content, `${path} is stale: run \`npm run generate\``).toBe(true);
    });
});
