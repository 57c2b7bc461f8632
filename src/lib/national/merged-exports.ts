import type { LicenceSettings } from '../site-settings';

/** A region's open-data file (`/avoin-data/toimijat.json`, …) as the national build read it. */
export interface RegionDocument {
  region: string;
  document: unknown;
}

/** The items of a dataset document, or none when it is not one. */
function itemsOf(document: unknown): Record<string, unknown>[] {
  const items = (document as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items.filter((item) => typeof item === 'object' && item !== null) : [];
}

/**
 * One national dataset from the regions' files of the same name: every region's items as the
 * region published them (their addresses lead to the regional sites), in the regions' order,
 * each id once (the branches are the same in every region). The document has the regional
 * files' shape, so the same JSON Schema describes it.
 */
export function mergedDataset(
  documents: readonly RegionDocument[],
  options: { schema: string; source: string; licence: LicenceSettings; generated: string },
): Record<string, unknown> {
  const seen = new Set<unknown>();
  const items = documents.flatMap(({ document }) =>
    itemsOf(document).filter((item) => {
      if (item.id === undefined) return true;
      if (seen.has(item.id)) return false;
      seen.add(item.id);
      return true;
    }),
  );
  return {
    $schema: options.schema,
    licence: options.licence,
    source: options.source,
    generated: options.generated,
    items,
  };
}
