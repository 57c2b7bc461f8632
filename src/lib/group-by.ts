/**
 * Items grouped under each of their keys, in their original order. Appends in place: copying
 * a group on every item would make big listings quadratic in their size.
 */
export function groupBy<T>(items: Iterable<T>, keysOf: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
