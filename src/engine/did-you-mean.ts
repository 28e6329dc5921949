// Did-you-mean: Damerau-Levenshtein over candidates, ignoring case and punctuation differences first.

export function editDistance(a: string, b: string): number {
  const al = a.length,
    bl = b.length;
  if (!al) return bl;
  if (!bl) return al;
  const d: number[][] = Array.from({ length: al + 1 }, (_, i) => [i, ...Array(bl).fill(0)]);
  for (let j = 1; j <= bl; j++) d[0][j] = j;
  for (let i = 1; i <= al; i++)
    for (let j = 1; j <= bl; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[al][bl];
}

const squash = (s: string) => s.toLowerCase().replace(/[-_.\s]/g, "");

/** Up to `max` candidates close to `input`, best first. */
export function didYouMean(input: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(input.length / 4));
  const scored: { c: string; score: number }[] = [];
  for (const c of new Set(candidates)) {
    if (c === input) continue;
    let score: number;
    if (squash(c) === squash(input)) score = 0;
    else if (c.toLowerCase() === input.toLowerCase()) score = 0;
    else score = editDistance(input.toLowerCase(), c.toLowerCase());
    if (score <= limit) scored.push({ c, score });
  }
  return scored.sort((a, b) => a.score - b.score || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0)).slice(0, max).map((s) => s.c);
}
