import type { APIRoute } from 'astro';
import { pageContext } from '../data/site-content';
import { eventFeed } from '../lib/view-models/feeds';

/** Every event of the region as an iCalendar feed. */
export const GET: APIRoute = async ({ site }) => {
  const ctx = await pageContext('fi');
  return eventFeed(ctx, ctx.t('calendar.feedName'), ctx.index.events, site!);
};
