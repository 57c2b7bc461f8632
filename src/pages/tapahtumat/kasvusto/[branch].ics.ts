import type { APIRoute } from 'astro';
import { loadSiteIndex, pageContext } from '../../../data/site-content';
import { localize } from '../../../lib/localize';
import { eventFeed } from '../../../lib/view-models/feeds';
import { withSiteKey } from '../../../data/cache-keys';

export async function getStaticPaths() {
  return withSiteKey((await loadSiteIndex()).branchesInOrder.map(({ entry }) => ({ params: { branch: entry.id } })));
}

/** A branch's events across the region as an iCalendar feed. */
export const GET: APIRoute = async ({ params, site }) => {
  const ctx = await pageContext('fi');
  const id = params.branch!;
  const name = ctx.t('calendar.branchHeading', { branch: localize(ctx.index.branch.get(id)!.data.name, ctx.lang).text });
  return eventFeed(
    ctx,
    name,
    ctx.index.events.filter((event) => event.data.branch === id),
    site!,
  );
};
