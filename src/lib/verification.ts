/** An entry whose details a person should confirm again. */
export interface StaleEntry {
  id: string;
  name: string;
  verified: string;
  /** Whole months since it was last confirmed. */
  ageMonths: number;
}

/** Whole months from date `from` to date `to` (both `YYYY-MM-DD`), counting a month only once its day has come. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** Whether details last confirmed on `verified` are `maxAgeMonths` or more months old on `today`. */
export function isStale(verified: string, today: string, maxAgeMonths: number): boolean {
  return monthsBetween(verified, today) >= maxAgeMonths;
}

/**
 * Entries last confirmed more than `maxAgeMonths` ago, oldest first. Stale entries are how
 * directories die: each one needs a person to check it, not only an edit.
 */
export function staleEntries(
  entries: { id: string; name: string; verified: string; status: string }[],
  today: string,
  maxAgeMonths: number,
): StaleEntry[] {
  return entries
    .filter((entry) => entry.status !== 'defunct')
    .map((entry) => ({
      id: entry.id,
      name: entry.name,
      verified: entry.verified,
      ageMonths: monthsBetween(entry.verified, today),
    }))
    .filter((entry) => isStale(entry.verified, today, maxAgeMonths))
    .sort((a, b) => a.verified.localeCompare(b.verified) || a.id.localeCompare(b.id));
}
