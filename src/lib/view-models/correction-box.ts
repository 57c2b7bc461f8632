import { correctionLinks } from '../corrections';
import { municipalityOfId } from '../entry-id';
import type { PageContext } from '../page-context';

/** One link of the box, with the words that say who it is for. */
export interface CorrectionBoxLink {
  label: string;
  href: string;
  /** A short note after the link, e.g. that the editor is for staff and in Finnish. */
  note?: string;
  /** The language of the page the link opens, when it is not the page's own (the editor is Finnish). */
  hreflang?: 'fi';
}

/** The "suggest a correction" box at the end of an actor's, fruit's or event's page. */
export interface CorrectionBox {
  links: CorrectionBoxLink[];
}

/**
 * The correction box of one entry: `collection` is `actors`, `fruits` or `events` and `pageUrl`
 * the page's full address, which the issue and the email quote.
 */
export function correctionBox(
  ctx: PageContext,
  entry: { collection: string; id: string; title: string; pageUrl: string },
): CorrectionBox {
  const { index, lang, t } = ctx;
  const municipality = index.municipality.get(municipalityOfId(entry.id))!;
  const links = correctionLinks(ctx.settings.corrections, {
    collection: entry.collection,
    id: entry.id,
    title: entry.title,
    pageUrl: entry.pageUrl,
    municipalityWebsite: municipality.data.website,
    lang,
  });
  return {
    links: links.map((link) => ({
      label: t(`correction.${link.kind}`),
      href: link.href,
      ...(link.kind === 'email' || link.kind === 'municipality' ? {} : { note: t(`correction.${link.kind}.note`) }),
      ...(link.kind === 'editor' && lang !== 'fi' ? { hreflang: 'fi' as const } : {}),
    })),
  };
}
