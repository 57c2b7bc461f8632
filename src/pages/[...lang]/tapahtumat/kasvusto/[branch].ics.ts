import type { APIRoute } from 'astro';
import { editionOf, inEveryEdition } from '~/data/editions';
import { loadSiteIndex, pageContext } from '~/data/site-content';
import { localize } from '~/lib/localize';
import { eventFeed } from '~/lib/endpoints/calendar-feed';
import { feedEvent } from '~/lib/view-models/feed-events';
import { withViewModelKey } from '~/data/cache-keys';

export async function getStaticPaths() {
  const paths = inEveryEdition((await loadSiteIndex()).branchesInOrder.map(({ entry }) => ({ params: { branch: entry.id } })));
  const site = new URL(import.meta.env.SITE);
  // Keyed by the feed's events as the feed writes them, so other edits keep it cached.
  return withViewModelKey(paths, (ctx, { params }) => [
    ctx.index.branch.get(params.branch)!.data.name,
    ctx.index.events.filter((event) => event.data.branch === params.branch).map((event) => feedEvent(ctx, event, site)),
  ]);
}

/** A branch's events across the region as an iCalendar feed, in the edition's language. */
export const GET: APIRoute = async ({ params, site }) => {
  const ctx = await pageContext(editionOf(params.lang));
  const id = params.branch!;
  const name = ctx.t('calendar.branchHeading', { branch: localize(ctx.index.branch.get(id)!.data.name, ctx.lang).text });
  return eventFeed(
    ctx,
    name,
    ctx.index.events.filter((event) => event.data.branch === id),
    site!,
  );
};
