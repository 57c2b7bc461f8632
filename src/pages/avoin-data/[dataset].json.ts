import type { APIRoute } from 'astro';
import { pageContext } from '~/data/site-content';
import { jsonDatasets, type JsonDataset } from '~/lib/exports/json-schemas';
import { datasetExport } from '~/lib/endpoints/exports';

export function getStaticPaths() {
  return jsonDatasets.map((dataset) => ({ params: { dataset } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  datasetExport(await pageContext('fi'), params.dataset as JsonDataset, site!);
