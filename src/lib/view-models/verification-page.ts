import { verification } from '../../config/verification';
import { formatDate } from '../format';
import { localize } from '../localize';
import { staleEntries } from '../verification';
import { urls } from '../urls';
import type { Crumb, PageContext } from './common';
import { staffCrumbs } from './staff-page';

export interface VerificationPage {
  maxAgeMonths: number;
  rows: { name: string; href: string; municipality: string; verified: string; datetime: string; ageMonths: number }[];
  breadcrumbs: Crumb[];
}

/** The staff page of actors whose details a person should confirm again. */
export function buildVerificationPage(ctx: PageContext): VerificationPage {
  const { index, lang, t } = ctx;
  const stale = staleEntries(
    index.actors.map((actor) => ({
      id: actor.id,
      name: actor.data.name,
      verified: actor.data.verified,
      status: actor.data.status,
    })),
    ctx.now.slice(0, 10),
    verification.maxAgeMonths,
  );
  return {
    maxAgeMonths: verification.maxAgeMonths,
    rows: stale.map((entry) => ({
      name: entry.name,
      href: urls.actor(lang, entry.id),
      municipality: localize(index.municipality.get(entry.id.split('/')[0]!)!.data.name, lang).text,
      verified: formatDate(entry.verified, lang),
      datetime: entry.verified,
      ageMonths: entry.ageMonths,
    })),
    breadcrumbs: staffCrumbs(ctx, t('verification.heading')),
  };
}
