import { verification } from '~/config/verification';
import { municipalityOfId } from '../entry-id';
import { formatDate } from '../format';
import { localize, type Shown } from '../localize';
import type { LocalizedText } from '~/schemas/localized-text';
import { staleEntries } from '../verification';
import { urls } from '../urls';
import type { Crumb } from './common';
import type { PageContext } from '../page-context';
import { staffCrumbs } from './staff-page';

/** An entry's note for staff (its `note` field), which public pages never show. */
export interface StaffNote {
  label: Shown;
  href: string;
  /** Toimija, hedelmä or tapahtuma, in the edition's language. */
  kind: string;
  municipality: string;
  note: Shown;
}

export interface VerificationPage {
  maxAgeMonths: number;
  rows: {
    name: string;
    href: string;
    municipality: string;
    verified: string;
    datetime: string;
    ageMonths: number;
    note?: Shown;
  }[];
  /**
   * Every other actor, fruit and event with a note: open questions about sources do not wait for
   * the confirmation cycle, and fruits and events have no `verified` date to fall due.
   */
  notes: StaffNote[];
  breadcrumbs: Crumb[];
}

/** The staff page of actors whose details a person should confirm again, and of every entry's note for staff. */
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
  const municipality = (id: string) => localize(index.municipality.get(municipalityOfId(id))!.data.name, lang).text;
  const listed = new Set(stale.map((entry) => entry.id));
  const staffNote = (id: string, label: Shown, href: string, kind: string, text: LocalizedText | undefined): StaffNote[] =>
    text ? [{ label, href, kind, municipality: municipality(id), note: localize(text, lang) }] : [];
  return {
    maxAgeMonths: verification.maxAgeMonths,
    rows: stale.map((entry) => {
      const note = index.actor.get(entry.id)!.data.note;
      return {
        name: entry.name,
        href: urls.actor(lang, entry.id),
        municipality: municipality(entry.id),
        verified: formatDate(entry.verified, lang),
        datetime: entry.verified,
        ageMonths: entry.ageMonths,
        ...(note ? { note: localize(note, lang) } : {}),
      };
    }),
    notes: [
      ...index.actors
        .filter(({ id }) => !listed.has(id))
        .flatMap(({ id, data }) =>
          staffNote(id, { text: data.name, lang, fallback: false }, urls.actor(lang, id), t('search.type.actor'), data.note),
        ),
      ...index.fruits.flatMap(({ id, data }) =>
        staffNote(id, localize(data.title, lang), urls.fruit(lang, id), t('search.type.fruit'), data.note),
      ),
      ...index.events.flatMap(({ id, data }) =>
        staffNote(id, localize(data.title, lang), urls.event(lang, id), t('search.type.event'), data.note),
      ),
    ],
    breadcrumbs: staffCrumbs(ctx, t('verification.heading')),
  };
}
