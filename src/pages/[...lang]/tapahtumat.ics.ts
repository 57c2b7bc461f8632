import type { APIRoute } from 'astro';
import { editionOf, inEveryEdition } from '~/data/editions';
import { pageContext } from '~/data/site-content';
import { eventFeed } from '~/lib/endpoints/calendar-feed';

/** No cache key: the region's feeds are written by every build. */
export function getStaticPaths() {
  return inEveryEdition([{ params: {} }]);
}

/** Every event of the region as an iCalendar feed, in the edition's language. */
export const GET: APIRoute = async ({ params, site }) => {
  const ctx = await pageContext(editionOf(params.lang));
  return eventFeed(ctx, ctx.t('calendar.feedName'), ctx.index.events, site!);
};
