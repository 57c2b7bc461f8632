import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { editionOf, inEveryEdition } from '~/data/editions';
import { municipalityEntryPaths } from '~/data/entry-paths';
import { pageContext } from '~/data/site-content';
import { localize } from '~/lib/localize';
import { eventFeed } from '~/lib/endpoints/calendar-feed';
import { feedEvent } from '~/lib/view-models/feed-events';
import { withEntryKey } from '~/data/cache-keys';

export async function getStaticPaths() {
  const site = new URL(import.meta.env.SITE);
  return withEntryKey('events', inEveryEdition(municipalityEntryPaths(await getCollection('events'), 'event')), (ctx, entry) => [
    feedEvent(ctx, ctx.index.event.get(entry.id)!, site),
  ]);
}

/** One event as a calendar file, for "add to calendar", in the edition's language. */
export const GET: APIRoute = async ({ params, props, site }) => {
  const ctx = await pageContext(editionOf(params.lang));
  const event = ctx.index.event.get((props as { entry: { id: string } }).entry.id)!;
  return eventFeed(ctx, localize(event.data.title, ctx.lang).text, [event], site!);
};
