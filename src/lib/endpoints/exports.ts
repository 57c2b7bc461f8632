// The open-data files as the endpoints under `src/pages/avoin-data/` answer them: each export
// (`src/lib/exports/`) as a `Response` with its content type. Pages stay free of headers and
// view models free of `Response`s.
import { activeActors, actorsForExport, contactFacts } from '../exports/contact-facts';
import { contactsCsv } from '../exports/contacts-csv';
import { hsdsOrganizations, hsdsTaxonomyTerms } from '../exports/hsds';
import { datasetDocument } from '../exports/json-export';
import { jsonSchemaOf, type JsonDataset } from '../exports/json-schemas';
import { vCardFile } from '../exports/vcard';
import { buildRegionSummary } from '../national/region-summary';
import type { PageContext } from '../page-context';
import { exportPaths } from '../view-models/open-data-page';

export type ContactFormat = 'csv' | 'vcf';

const CONTENT_TYPES: Record<ContactFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  vcf: 'text/vcard; charset=utf-8',
};

/** The contacts of one municipality's active actors (or the whole region's) as CSV or vCards. */
export function contactsExport(ctx: PageContext, format: ContactFormat, site: URL, municipalityId?: string): Response {
  const facts = actorsForExport(ctx, municipalityId).map((actor) => contactFacts(ctx, actor, site));
  const body = format === 'csv' ? contactsCsv(facts, ctx.t) : vCardFile(facts);
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}

function json(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function datasetExport(ctx: PageContext, dataset: JsonDataset, site: URL): Response {
  return json(datasetDocument(ctx, dataset, site, exportPaths.datasetSchema(dataset)));
}

export function datasetSchemaExport(dataset: JsonDataset, site: URL): Response {
  return json(jsonSchemaOf(dataset, new URL(exportPaths.datasetSchema(dataset), site).href));
}

export function hsdsOrganizationsExport(ctx: PageContext, site: URL): Response {
  return json(hsdsOrganizations(ctx, activeActors(ctx.index.actors), site));
}

export function hsdsTaxonomyTermsExport(ctx: PageContext, site: URL): Response {
  return json(hsdsTaxonomyTerms(ctx, site));
}

/** Compact, unlike the other exports: it is read by the national build, not by people, and a large region's runs to megabytes. */
export function regionSummaryExport(ctx: PageContext, site: URL): Response {
  return new Response(JSON.stringify(buildRegionSummary(ctx, site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
