import { municipalityOfId, slugOfId } from '../lib/entry-id';

/**
 * Static paths for entries that live in a municipality folder: `vimpeli/spr` becomes
 * `{ municipality: 'vimpeli', [param]: 'spr' }`, with the entry itself as a prop.
 */
export function municipalityEntryPaths<E extends { id: string }, P extends string>(entries: E[], param: P) {
  return entries.map((entry) => ({
    params: { municipality: municipalityOfId(entry.id), [param]: slugOfId(entry.id) } as { municipality: string } & Record<
      P,
      string
    >,
    props: { entry },
  }));
}
