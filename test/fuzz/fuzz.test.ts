// Property tests over generated and mutated inputs, with fixed seeds and a small budget so `npm test`
// stays quick and deterministic. `npm run fuzz` runs the same properties for minutes with any seed
// (docs/fuzz.md).
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { configText, fixtureTexts, HOSTILE, mutatedFixture } from "./gen.js";
import { fixSound, lintChecked, loadFormatters, noCanary } from "./properties.js";

/** Per input; generous for a loaded CI machine (a typical input takes milliseconds). */
const BOUND_MS = 5_000;

describe("fuzz (fixed seeds)", { timeout: 120_000 }, () => {
  beforeAll(() => loadFormatters());

  it("generated OpenClaw-shaped configs: a well-formed report, a sound --fix, no planted secret in any format", () => {
    // Secrets planted everywhere: under the keys meant for them and where people paste them by
    // mistake (model refs, listing keys, URL userinfo, misspelt keys).
    fc.assert(
      fc.property(configText(true), (text) => {
        const r = lintChecked(text, BOUND_MS);
        noCanary(text, r);
        fixSound(text);
      }),
      { seed: 20261129, numRuns: 100 },
    );
  });

  it("byte mutations of every fixture: a well-formed report and a sound --fix", () => {
    const texts = fixtureTexts();
    fc.assert(
      fc.property(mutatedFixture(texts), (text) => {
        lintChecked(text, BOUND_MS);
        fixSound(text);
      }),
      { seed: 91, numRuns: 250 },
    );
  });

  it("issue 9's hostile inputs", () => {
    for (const text of HOSTILE) {
      lintChecked(text, BOUND_MS);
      fixSound(text);
    }
  });
});
