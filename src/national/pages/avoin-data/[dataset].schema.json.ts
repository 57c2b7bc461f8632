import type { APIRoute } from 'astro';
import { datasetSchemaExport } from '~/lib/endpoints/exports';
import { jsonDatasets, type JsonDataset } from '~/lib/exports/json-schemas';

export function getStaticPaths() {
  return jsonDatasets.map((dataset) => ({ params: { dataset } }));
}

/** The same schema as a regional site's: the merged files have the regional files' shape. */
export const GET: APIRoute = ({ params, site }) => datasetSchemaExport(params.dataset as JsonDataset, site!);
