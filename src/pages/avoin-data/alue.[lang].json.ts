import type { APIRoute } from 'astro';
import { settings } from '~/config/settings';
import { pageContext } from '~/data/site-content';
import { regionSummaryExport } from '~/lib/endpoints/exports';
import type { Language } from '~/i18n/languages';

/** No cache key: the summary lists the whole region and is written by every build. */
export function getStaticPaths() {
  return settings.editions.map((lang) => ({ params: { lang } }));
}

/** The region's summary for the national site, in one edition's language (`/avoin-data/alue.fi.json`, …). */
export const GET: APIRoute = async ({ params, site }) => regionSummaryExport(await pageContext(params.lang as Language), site!);
