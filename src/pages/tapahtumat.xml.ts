import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { pageContext } from '../data/site-content';
import { formatSpan } from '../lib/format';
import { localize } from '../lib/localize';
import { placeOf } from '../lib/site-index';
import { toIsoWithOffset } from '../lib/helsinki-time';
import { urls } from '../lib/urls';
import { upcomingEvents } from '~/lib/view-models/feed-events';

/** Upcoming events as RSS, written by Astro's own feed library. */
export const GET: APIRoute = async ({ site }) => {
  const ctx = await pageContext('fi');
  return rss({
    title: ctx.t('calendar.upcoming'),
    description: ctx.t('calendar.intro'),
    site: site!,
    items: upcomingEvents(ctx).map((event) => ({
      title: `${localize(event.data.title, ctx.lang).text} – ${formatSpan(event.data.start, event.data.end, ctx.lang)}`,
      link: urls.event(ctx.lang, event.id),
      description: `${localize(event.data.summary, ctx.lang).text} ${placeOf(ctx.index, event).name}.`,
      pubDate: new Date(toIsoWithOffset(event.data.start)),
    })),
    customData: '<language>fi</language>',
  });
};
