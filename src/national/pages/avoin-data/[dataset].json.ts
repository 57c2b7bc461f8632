import type { APIRoute } from 'astro';
import { settings } from '~/config/settings';
import { regionDocuments } from '~/data/national';
import { jsonDatasets, type JsonDataset } from '~/lib/exports/json-schemas';
import { helsinkiToInstant } from '~/lib/helsinki-time';
import { mergedDataset } from '~/lib/national/merged-exports';
import { urls } from '~/lib/urls';
import { exportPaths } from '~/lib/view-models/open-data-page';

export function getStaticPaths() {
  return jsonDatasets.map((dataset) => ({ params: { dataset } }));
}

/** One dataset of the whole country: the published regions' files of the same name, merged. */
export const GET: APIRoute = ({ params, site }) => {
  const dataset = params.dataset as JsonDataset;
  const document = mergedDataset(regionDocuments(dataset), {
    schema: new URL(exportPaths.datasetSchema(dataset), site).href,
    source: new URL(urls.home('fi'), site).href,
    licence: settings.openDataLicence,
    generated: helsinkiToInstant(settings.now).toISOString(),
  });
  return new Response(`${JSON.stringify(document)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
