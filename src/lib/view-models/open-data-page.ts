import { countedActors } from '../counts';
import { actorsForExport } from '../exports/contact-facts';
import { jsonDatasets, type JsonDataset } from '../exports/json-schemas';
import { formatTime } from '../format';
import { localize } from '../localize';
import { isListed } from '../site-index';
import { files } from '../urls';
import { crumbs, type Crumb } from './common';
import type { PageContext } from '../page-context';

export interface ContactExportRow {
  /** The municipality, or the whole region. */
  label: string;
  /** The actors that count for the area, as every other page counts them (`counts.ts`). */
  actorCount: number;
  /** The contacts in its files: active actors only, those on a break are left out. */
  contactCount: number;
  csv: string;
  vcard: string;
}

export interface DatasetRow {
  label: string;
  description: string;
  itemCount: number;
  href: string;
  schema: string;
}

export interface OpenDataPage {
  licence: { name: string; url: string };
  builtAt: string;
  contactRows: ContactExportRow[];
  datasetRows: DatasetRow[];
  hsds: { organizations: string; taxonomyTerms: string; organizationCount: number; termCount: number };
  breadcrumbs: Crumb[];
}

/** Where each export is written; the endpoints and the page both ask here. */
export const exportPaths = {
  contactsCsv: (municipalityId?: string) => files.openData(...(municipalityId ? [municipalityId] : []), 'yhteystiedot.csv'),
  contactsVCard: (municipalityId?: string) => files.openData(...(municipalityId ? [municipalityId] : []), 'yhteystiedot.vcf'),
  dataset: (dataset: JsonDataset) => files.openData(`${dataset}.json`),
  datasetSchema: (dataset: JsonDataset) => files.openData(`${dataset}.schema.json`),
  hsdsOrganizations: () => files.openData('hsds', 'organizations.json'),
  hsdsTaxonomyTerms: () => files.openData('hsds', 'taxonomy_terms.json'),
};

function itemCount(ctx: PageContext, dataset: JsonDataset): number {
  const { index } = ctx;
  const counts: Record<JsonDataset, number> = {
    kunnat: index.municipalities.length,
    kasvustot: index.branchesInOrder.length,
    toimijat: index.actors.length,
    hedelmat: index.fruits.length,
    tapahtumat: index.events.length,
  };
  return counts[dataset];
}

/** The open-data page: every export the build writes, what is in it, and the licence. */
export function buildOpenDataPage(ctx: PageContext): OpenDataPage {
  const licence = ctx.settings.openDataLicence;
  const { index, lang, t } = ctx;
  const contactRow = (label: string, municipalityId?: string): ContactExportRow => ({
    label,
    actorCount: municipalityId ? countedActors(index, municipalityId).length : index.actors.filter(isListed).length,
    contactCount: actorsForExport(ctx, municipalityId).length,
    csv: exportPaths.contactsCsv(municipalityId),
    vcard: exportPaths.contactsVCard(municipalityId),
  });
  return {
    licence,
    builtAt: formatTime(ctx.now, lang),
    contactRows: [
      contactRow(t('openData.allMunicipalities')),
      ...index.municipalities.map((municipality) => contactRow(localize(municipality.data.name, lang).text, municipality.id)),
    ],
    datasetRows: jsonDatasets.map((dataset) => ({
      label: t(`openData.dataset.${dataset}`),
      description: t(`openData.dataset.${dataset}.description`),
      itemCount: itemCount(ctx, dataset),
      href: exportPaths.dataset(dataset),
      schema: exportPaths.datasetSchema(dataset),
    })),
    hsds: {
      organizations: exportPaths.hsdsOrganizations(),
      taxonomyTerms: exportPaths.hsdsTaxonomyTerms(),
      organizationCount: actorsForExport(ctx).length,
      termCount: index.branchesInOrder.length,
    },
    breadcrumbs: crumbs(ctx, undefined, { label: t('openData.heading') }),
  };
}
