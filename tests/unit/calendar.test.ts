import { describe, expect, test } from 'vitest';
import { deadlineOf, helsinkiNow } from '~/lib/events/event-facts';
import { createTranslator } from '~/lib/i18n';
import { indexContent } from '~/lib/site-index';
import { channelSchema } from '~/schemas/channel';
import { eventSchema } from '~/schemas/event';
import { buildBreakfastsPage } from '~/lib/view-models/breakfasts';
import { announcementsByChannel, buildCalendar, eventsAtTheSameTime } from '~/lib/view-models/calendar';
import { siteContent } from '../fixtures/site-content';
import { defaultSettings } from '../fixtures/page-context';

function context(now: string) {
  const content = siteContent();
  const planned = (id: string, fields: Record<string, unknown>) => ({
    id,
    data: eventSchema.parse({
      title: 'T',
      place: 'Seurantalo',
      organisers: ['alajarvi/urheiluseura'],
      branch: 'liikunta',
      kind: 'meeting',
      summary: 'S',
      ...fields,
    }),
  });
  content.events.push(
    planned('alajarvi/kesajuhla', {
      title: 'Kesäjuhla',
      start: '2026-06-12',
      status: 'reserved',
      channels: ['lehti', 'facebook'],
    }),
    planned('alajarvi/iltatapahtuma', { title: 'Ilta', start: '2026-06-12 18:00', end: '2026-06-12 20:00' }),
    planned('vimpeli/aamiainen', {
      title: 'Aamiainen',
      start: '2026-07-01 08:00',
      kind: 'partnership-breakfast',
      status: 'cancelled',
    }),
  );
  content.channels.push(
    { id: 'lehti', data: channelSchema.parse({ name: 'Lehti', kind: 'newspaper', leadDays: 14, text: 'long' }) },
    { id: 'facebook', data: channelSchema.parse({ name: 'Facebook', kind: 'social-media', leadDays: 7, text: 'short' }) },
  );
  return { lang: 'fi' as const, t: createTranslator('fi'), index: indexContent(content), now, settings: defaultSettings };
}

describe('the calendar', () => {
  test('splits events into upcoming and past by the build time, grouped by month', () => {
    const calendar = buildCalendar(context('2026-06-12 19:00'));
    expect(
      calendar.upcoming.map((month) => [month.label, month.events.map((event) => [event.title.text, event.status ?? ''])]),
    ).toEqual([
      [
        'kesäkuu 2026',
        [
          ['Kesäjuhla', 'varattu päivä'],
          ['Ilta', ''],
        ],
      ],
      ['heinäkuu 2026', [['Aamiainen', 'peruttu']]],
    ]);
    expect(calendar.past.map((month) => month.label)).toEqual(['huhtikuu 2018']);
  });

  test('an event is past once its last day or end time has gone by', () => {
    expect(buildCalendar(context('2026-06-12 23:59')).upcoming[0]!.events.map((event) => event.title.text)).toEqual([
      'Kesäjuhla',
    ]);
    expect(buildCalendar(context('2026-06-13 00:00')).upcoming[0]!.label).toBe('heinäkuu 2026');
  });

  test('narrows to a municipality', () => {
    expect(
      buildCalendar(context('2026-01-01 00:00'), { municipality: 'vimpeli' }).upcoming.flatMap((m) =>
        m.events.map((e) => e.title.text),
      ),
    ).toEqual(['Aamiainen']);
  });

  test('lists the events at the same time, not cancelled ones', () => {
    expect(eventsAtTheSameTime(context('2026-01-01 00:00'), 'alajarvi/iltatapahtuma').map((event) => event.title.text)).toEqual([
      'Kesäjuhla',
    ]);
  });

  test('gives each channel its announcements with deadlines counted back from the first day', () => {
    const channels = announcementsByChannel(context('2026-06-01 12:00'));
    expect(channels.map((channel) => [channel.channel, channel.rows.map((row) => [row.deadline, row.overdue])])).toEqual([
      ['Facebook', [['2026-06-05', false]]],
      ['Lehti', [['2026-05-29', true]]],
    ]);
    expect(deadlineOf('2026-03-01 10:00', 1)).toBe('2026-02-28');
  });

  test('shows the breakfasts held, and a cancelled one is not the next', () => {
    const page = buildBreakfastsPage(context('2026-01-01 00:00'));
    expect(page.held.map((row) => [row.date, row.attendance])).toEqual([['17.4.2018', 10]]);
    expect(page.next).toBeUndefined();
    expect(page.chart.bars).toHaveLength(1);
  });

  test('reads the time in Helsinki whatever the machine’s zone', () => {
    expect(helsinkiNow(new Date('2026-06-01T21:30:00Z'))).toBe('2026-06-02 00:30');
    expect(helsinkiNow(new Date('2026-01-01T21:30:00Z'))).toBe('2026-01-01 23:30');
  });
});
