import type { APIRoute } from 'astro';
import { withMunicipalityKey } from '~/data/cache-keys';
import { editionOf } from '~/data/editions';
import { municipalityPagePaths } from '~/data/entry-paths';
import { pageContext } from '~/data/site-content';
import { buildPoster } from '~/lib/view-models/poster';

export async function getStaticPaths() {
  return withMunicipalityKey(await municipalityPagePaths());
}

/** The municipality's tree as a standalone poster (SVG, A3), linked for download from its page. */
export const GET: APIRoute = async ({ params, site }) => {
  const { svg } = buildPoster(await pageContext(editionOf(params.lang)), params.municipality!, site!);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
