/** One page of a long listing, and where the others are. */
export interface Paged<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
}

/**
 * A listing cut into pages of at most `size` items, so that no page grows with the whole
 * site (a national directory may list 20,000 actors). Always at least one page.
 */
export function paginate<T>(items: T[], size: number): Paged<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), number: i + 1, count }));
}
