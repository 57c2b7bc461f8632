import type { APIRoute } from 'astro';
import { municipalityPagePaths } from '~/data/entry-paths';
import { editionOf } from '~/data/editions';
import { pageContext } from '~/data/site-content';
import { localize } from '~/lib/localize';
import { eventFeed } from '~/lib/endpoints/calendar-feed';
import { withMunicipalityKey } from '~/data/cache-keys';

export async function getStaticPaths() {
  return withMunicipalityKey(await municipalityPagePaths());
}

/** A municipality's events as an iCalendar feed, in the edition's language. */
export const GET: APIRoute = async ({ params, site }) => {
  const ctx = await pageContext(editionOf(params.lang));
  const id = params.municipality!;
  const name = ctx.t('calendar.municipalityHeading', {
    municipality: localize(ctx.index.municipality.get(id)!.data.name, ctx.lang).text,
  });
  return eventFeed(ctx, name, ctx.index.eventsOf.get(id) ?? [], site!);
};
