/** Edit distance between two short strings (Levenshtein). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `value`, when it is close enough to be a likely typo, or the only
 * candidate that starts with it (a shortened id such as `kulttuuri` for `kulttuuri-ja-harrastukset`).
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const startingWith = [...candidates].filter((candidate) => value.length >= 3 && candidate.startsWith(value));
  if (startingWith.length === 1) return startingWith[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}
