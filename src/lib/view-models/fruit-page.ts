import { municipalityOfId } from '../entry-id';
import { formatWhen } from '../format';
import { localize, type Shown } from '../localize';
import { urls } from '../urls';
import { actorLink, branchLink, crumbs, type Crumb, type TextLink } from './common';
import type { PageContext } from '../page-context';
import { correctionBox, type CorrectionBox } from './correction-box';

export interface FruitPage {
  title: Shown;
  summary: Shown;
  kind: string;
  when: string;
  attraction: boolean;
  branch: TextLink;
  partners: (TextLink & { municipality: string })[];
  image?: { src: string; alt: Shown };
  /** Where staff and readers can correct the fruit. */
  corrections: CorrectionBox;
  breadcrumbs: Crumb[];
}

/** A fruit of partnership: what was reached, when, on which branch and by whom. */
export function buildFruitPage(ctx: PageContext, fruitId: string, site: URL): FruitPage {
  const { index, lang, t } = ctx;
  const { data } = index.fruit.get(fruitId)!;
  const municipalityId = municipalityOfId(fruitId);
  const title = localize(data.title, lang);
  return {
    title,
    summary: localize(data.summary, lang),
    kind: t(`fruitKind.${data.kind}`),
    when: formatWhen(data.date, lang),
    attraction: data.attraction,
    branch: branchLink(ctx, municipalityId, data.branch),
    partners: data.partners.map((id) => ({
      ...actorLink(ctx, id),
      municipality: localize(index.municipality.get(municipalityOfId(id))!.data.name, lang).text,
    })),
    ...(data.image ? { image: { src: data.image.src, alt: localize(data.image.alt, lang) } } : {}),
    corrections: correctionBox(ctx, {
      collection: 'fruits',
      id: fruitId,
      title: title.text,
      pageUrl: new URL(urls.fruit(lang, fruitId), site).href,
    }),
    breadcrumbs: crumbs(ctx, municipalityId, { label: title.text }),
  };
}
