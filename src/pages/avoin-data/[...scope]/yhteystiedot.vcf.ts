import type { APIRoute } from 'astro';
import { loadSiteIndex, pageContext } from '~/data/site-content';
import { contactsExport } from '~/lib/endpoints/exports';
import { withMunicipalityKey, withSiteKey } from '~/data/cache-keys';

/** The whole region at `/avoin-data/yhteystiedot.vcf`, each municipality under its own folder. */
export async function getStaticPaths() {
  const { municipalities } = await loadSiteIndex();
  return [
    ...(await withSiteKey([{ params: { scope: undefined } }])),
    ...(await withMunicipalityKey(
      municipalities.map((municipality) => ({ params: { scope: municipality.id } })),
      (path) => path.params.scope,
    )),
  ];
}

export const GET: APIRoute = async ({ params, site }) => contactsExport(await pageContext('fi'), 'vcf', site!, params.scope);
