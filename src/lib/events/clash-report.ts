import type { Event } from '../../schemas/event';
import type { CheckedEntry } from '../content-check/integrity';
import { municipalityOfId } from '../entry-id';
import { isBefore } from '../helsinki-time';
import { findClashes, type ClashRules } from './clashes';

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
export function clashReport(entries: CheckedEntry[], now: string, rules: ClashRules): ClashLine[] {
  const events = entries.filter((entry) => entry.collection === 'events');
  const venues = new Map(
    entries.filter((entry) => entry.collection === 'venues').map((entry) => [entry.id, entry.data.name as string]),
  );
  const upcoming = events.filter((entry) => {
    const data = entry.data as Event;
    const last = data.end ?? data.start;
    return !isBefore(last.length === 10 ? `${last} 23:59` : last, now);
  });
  const byId = new Map(upcoming.map((entry) => [entry.id, entry]));
  const clashes = findClashes(
    upcoming.map((entry) => {
      const data = entry.data as Event;
      const place = data.venue ? venues.get(data.venue) : data.place?.name;
      return {
        id: entry.id,
        start: data.start,
        end: data.end,
        municipality: municipalityOfId(entry.id),
        venue: data.venue ?? place?.toLocaleLowerCase('fi'),
        audience: data.audience,
        status: data.status,
      };
    }),
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
      text: `${first.source.displayPath} (${describe(first)}) and ${second.source.displayPath} (${describe(second)}) overlap: same ${clash.reasons.join(', same ')}`,
    };
  });
}
