import { municipalityPagePaths } from '../../../data/entry-paths';
import { editionOf } from '../../../data/editions';
import type { APIRoute } from 'astro';
import { pageContext } from '../../../data/site-content';
import { localize } from '../../../lib/localize';
import { renderPosterSvg } from '../../../lib/tree/render-poster-svg';
import { urls } from '../../../lib/urls';
import { buildMunicipalityTree } from '../../../lib/view-models/tree';
import { withMunicipalityKey } from '../../../data/cache-keys';

export async function getStaticPaths() {
  return withMunicipalityKey(await municipalityPagePaths());
}

/** The municipality's tree as a standalone A3 poster (SVG), linked for download from its page. */
export const GET: APIRoute = async ({ params, site }) => {
  const ctx = await pageContext(editionOf(params.lang));
  const { t } = ctx;
  const id = params.municipality!;
  const tree = buildMunicipalityTree(ctx, id, 'juliste');
  const name = localize(ctx.index.municipality.get(id)!.data.name, ctx.lang).text;
  const svg = renderPosterSvg(tree.geometry, {
    id: `juliste-${id}`,
    title: tree.title,
    description: tree.description,
    fruitWord: t('tree.fruit'),
    attractionWord: t('tree.attraction'),
    text: {
      heading: t('tree.title', { municipality: name }),
      subtitle: t('poster.subtitle'),
      legend: [t('tree.legend.leaf'), t('tree.legend.apple'), t('tree.legend.attraction'), t('tree.legend.bud')],
      footer: t('poster.footer', { url: new URL(urls.municipality(ctx.lang, id), site).href }),
    },
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
