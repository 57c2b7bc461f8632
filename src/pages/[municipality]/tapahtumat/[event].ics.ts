import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { municipalityEntryPaths } from '../../../data/entry-paths';
import { pageContext } from '../../../data/site-content';
import { localize } from '../../../lib/localize';
import { eventFeed } from '../../../lib/view-models/feeds';

export async function getStaticPaths() {
  return municipalityEntryPaths(await getCollection('events'), 'event');
}

/** One event as a calendar file, for "add to calendar". */
export const GET: APIRoute = async ({ props, site }) => {
  const ctx = await pageContext('fi');
  const event = ctx.index.event.get((props as { entry: { id: string } }).entry.id)!;
  return eventFeed(ctx, localize(event.data.title, ctx.lang).text, [event], site!);
};
