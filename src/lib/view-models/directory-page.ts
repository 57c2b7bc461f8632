import { municipalityOfId } from '../entry-id';
import { finnishCollator, localize } from '../localize';
import { isListed } from '../site-index';
import { actorItem, crumbs, type ActorItem, type Crumb, type PageContext } from './common';

export interface DirectoryPage {
  groups: { letter: string; id: string; actors: (ActorItem & { municipality: string })[] }[];
  breadcrumbs: Crumb[];
}

/** The A–Ö directory of every listed actor in the region, grouped by initial letter. */
export function buildDirectoryPage(ctx: PageContext): DirectoryPage {
  const groups = new Map<string, DirectoryPage['groups'][number]['actors']>();
  for (const actor of ctx.index.actors.filter(isListed)) {
    const letter = actor.data.name.charAt(0).toLocaleUpperCase('fi');
    const municipality = ctx.index.municipality.get(municipalityOfId(actor.id))!;
    groups.set(letter, [
      ...(groups.get(letter) ?? []),
      { ...actorItem(actor, ctx), municipality: localize(municipality.data.name, ctx.lang).text },
    ]);
  }
  return {
    groups: [...groups.entries()]
      .sort(([a], [b]) => finnishCollator.compare(a, b))
      .map(([letter, actors], i) => ({ letter, id: `kirjain-${i + 1}`, actors })),
    breadcrumbs: crumbs(ctx, undefined, { label: ctx.t('directory.heading') }),
  };
}
