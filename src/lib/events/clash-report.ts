import { checkTexts } from '~/i18n/checks';
import type { Event } from '~/schemas/event';
import type { MessageLanguage } from '../friendly-errors';
import { dictionaries } from '../i18n';
import type { CheckedEntry } from '../content-check/integrity';
import { findClashes, type ClashRules } from './clashes';
import { clashEventOf, hasEnded } from './event-facts';

/** One clash in the words of a staff report: both files, both times and what they share. */
export interface ClashLine {
  first: string;
  second: string;
  text: string;
}

/**
 * The upcoming clashes among checked content entries (events that end after `now`), for the
 * build's warning and `npm run events:check`. Works on the content check's entries, so it needs
 * no build.
 */
export function clashReport(
  entries: CheckedEntry[],
  now: string,
  rules: ClashRules,
  language: MessageLanguage = 'fi',
): ClashLine[] {
  const upcoming = entries.filter((entry) => entry.collection === 'events' && !hasEnded(entry.data as Event, now));
  const byId = new Map(upcoming.map((entry) => [entry.id, entry]));
  const clashes = findClashes(
    upcoming.map((entry) => clashEventOf({ id: entry.id, data: entry.data as Event })),
    rules,
  );
  const describe = (entry: CheckedEntry) => {
    const data = entry.data as Event;
    return `${data.start}${data.end ? `–${data.end}` : ''} ${data.title.fi}`;
  };
  return clashes.map((clash) => {
    const first = byId.get(clash.first)!;
    const second = byId.get(clash.second)!;
    return {
      first: first.source.displayPath,
      second: second.source.displayPath,
      text: checkTexts[language].content.clash({
        first: `${first.source.displayPath} (${describe(first)})`,
        second: `${second.source.displayPath} (${describe(second)})`,
        reasons: clash.reasons.map((reason) => dictionaries[language][`clash.reason.${reason}`]).join(', '),
      }),
    };
  });
}
