import { localize } from '../localize';
import { urls } from '../urls';
import type { PageContext } from '../page-context';

/** A way on from a page with nothing to show: never to another empty page. */
export interface NextStep {
  label: string;
  href: string;
}

/**
 * What a reader can do where nothing is recorded yet: suggest an actor or an event for this
 * municipality (and branch), visit the municipality's own website or browse the A–Ö list.
 */
export function nextSteps(ctx: PageContext, municipalityId: string, branchId?: string): NextStep[] {
  const { index, lang, t } = ctx;
  const municipality = index.municipality.get(municipalityId)!;
  const kunta = `?kunta=${encodeURIComponent(municipalityId)}`;
  const kasvusto = branchId ? `&kasvusto=${encodeURIComponent(branchId)}` : '';
  return [
    { label: t('nextSteps.suggestActor'), href: `${urls.submitActor(lang)}${kunta}` },
    { label: t('nextSteps.suggestEvent'), href: `${urls.submitEvent(lang)}${kunta}${kasvusto}` },
    {
      label: t('nextSteps.website', { municipality: localize(municipality.data.name, lang).text }),
      href: municipality.data.website,
    },
    { label: t('nav.directory'), href: urls.directory(lang) },
  ];
}
