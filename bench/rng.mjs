// The one seeded PRNG of the project's generators (bench corpus, differential mutants, fuzz configs):
// mulberry32, small, fast and the same on every machine, so a seed names the same inputs everywhere.

/** A generator of floats in [0, 1) for `seed`, with int(n) in [0, n), pick(xs) and chance(p). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (xs) => xs[next.int(xs.length)];
  next.chance = (p) => next() < p;
  return next;
}
