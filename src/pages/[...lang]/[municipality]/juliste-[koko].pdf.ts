import type { APIRoute } from 'astro';
import { withMunicipalityKey } from '~/data/cache-keys';
import { editionOf } from '~/data/editions';
import { municipalityPagePaths } from '~/data/entry-paths';
import { pageContext } from '~/data/site-content';
import { SHEETS, type SheetSize } from '~/lib/poster/poster-layout';
import { posterPdf } from '~/lib/poster/poster-pdf';
import { buildPoster } from '~/lib/view-models/poster';

export async function getStaticPaths() {
  const sizes = Object.keys(SHEETS) as SheetSize[];
  const paths = (await municipalityPagePaths()).flatMap((path) => sizes.map((koko) => ({ params: { ...path.params, koko } })));
  return withMunicipalityKey(paths);
}

/** The municipality's poster as a PDF on an A3 or A4 sheet (`juliste-a3.pdf`, `juliste-a4.pdf`), made at build time. */
export const GET: APIRoute = async ({ params, site }) => {
  const ctx = await pageContext(editionOf(params.lang));
  const { svg, orientation, title } = buildPoster(ctx, params.municipality!, site!);
  const pdf = await posterPdf(svg, { size: params.koko as SheetSize, orientation, title, lang: ctx.lang });
  return new Response(new Uint8Array(pdf), { headers: { 'Content-Type': 'application/pdf' } });
};
