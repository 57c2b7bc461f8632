import type { APIRoute } from 'astro';
import { jsonDatasets, type JsonDataset } from '~/lib/exports/json-schemas';
import { datasetSchemaExport } from '~/lib/endpoints/exports';
import { withSiteKey } from '~/data/cache-keys';

export function getStaticPaths() {
  return withSiteKey(jsonDatasets.map((dataset) => ({ params: { dataset } })));
}

export const GET: APIRoute = ({ params, site }) => datasetSchemaExport(params.dataset as JsonDataset, site!);
