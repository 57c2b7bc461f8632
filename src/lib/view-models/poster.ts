import { localize } from '../localize';
import { renderPosterSvg } from '../poster/render-poster-svg';
import { urls } from '../urls';
import type { PageContext } from '../page-context';
import { buildMunicipalityTree } from './tree';

export interface Poster {
  /** The poster as an A3 SVG (landscape when the tree is wide). */
  svg: string;
  /** The sheet's orientation, for the PDFs. */
  orientation: 'portrait' | 'landscape';
  /** "Hyvinvointipuu – Vimpeli": the PDF's title. */
  title: string;
}

/** A municipality's tree as a printable poster, pointing (in words and by QR code) to the page at `site`. */
export function buildPoster(ctx: PageContext, municipalityId: string, site: URL): Poster {
  const { t } = ctx;
  const tree = buildMunicipalityTree(ctx, municipalityId, 'juliste');
  const name = localize(ctx.index.municipality.get(municipalityId)!.data.name, ctx.lang).text;
  const title = t('tree.title', { municipality: name });
  const { svg, orientation } = renderPosterSvg(tree.geometry, {
    id: `juliste-${municipalityId}`,
    title: tree.title,
    description: tree.description,
    fruitWord: t('tree.fruit'),
    attractionWord: t('tree.attraction'),
    text: {
      heading: title,
      subtitle: t('poster.subtitle'),
      legend: tree.legend,
      more: t('poster.more'),
      address: new URL(urls.municipality(ctx.lang, municipalityId), site).href,
    },
  });
  return { svg, orientation, title };
}
