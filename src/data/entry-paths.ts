import { municipalityOfId, slugOfId } from '../lib/entry-id';
import { inEveryEdition } from './editions';
import { loadSiteIndex } from './site-content';

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

/** One page per municipality, in every edition: `{ lang, municipality }`. */
export async function municipalityPagePaths() {
  const { municipalities } = await loadSiteIndex();
  return inEveryEdition(municipalities.map((municipality) => ({ params: { municipality: municipality.id } })));
}
