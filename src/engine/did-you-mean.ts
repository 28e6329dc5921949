// Did-you-mean: Damerau-Levenshtein over candidates, ignoring case and punctuation differences first.

/**
 * Longest string compared character by character. Identifiers, keys and model ids are far shorter;
 * a longer one (a pasted blob, a 1 MB model ref) gets no suggestion rather than O(n·m) work.
 */
export const MAX_COMPARED_LENGTH = 256;

/**
 * Edit distance (optimal string alignment). Strings longer than MAX_COMPARED_LENGTH are not compared:
 * the result is then the trivial upper bound max(|a|, |b|), far above any suggestion threshold.
 */
export function editDistance(a: string, b: string): number {
  const al = a.length,
    bl = b.length;
  if (!al) return bl;
  if (!bl) return al;
  if (al > MAX_COMPARED_LENGTH || bl > MAX_COMPARED_LENGTH) return Math.max(al, bl);
  // Three rows (two back, for transpositions) instead of a full matrix.
  let prev2 = new Array<number>(bl + 1).fill(0);
  let prev = Array.from({ length: bl + 1 }, (_, j) => j);
  let cur = new Array<number>(bl + 1).fill(0);
  for (let i = 1; i <= al; i++) {
    cur[0] = i;
    for (let j = 1; j <= bl; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[bl];
}

/** Lower case without `-`, `_`, `.` and spaces: the slips between spellings ("api_key" ~ "apiKey"). */
export const squash = (s: string) => s.toLowerCase().replace(/[-_.\s]/g, "");

/** Up to `max` candidates close to `input`, best first. */
export function didYouMean(input: string, candidates: Iterable<string>, max = 3): string[] {
  if (input.length > MAX_COMPARED_LENGTH) return [];
  const limit = Math.max(2, Math.floor(input.length / 4));
  const scored: { c: string; score: number }[] = [];
  for (const c of new Set(candidates)) {
    if (c === input) continue;
    // The distance is at least the difference in length: skip the work when that is already too far.
    if (Math.abs(c.length - input.length) > limit && squash(c) !== squash(input)) continue;
    let score: number;
    if (squash(c) === squash(input)) score = 0;
    else if (c.toLowerCase() === input.toLowerCase()) score = 0;
    else score = editDistance(input.toLowerCase(), c.toLowerCase());
    if (score <= limit) scored.push({ c, score });
  }
  return scored.sort((a, b) => a.score - b.score || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0)).slice(0, max).map((s) => s.c);
}
