import { describe, expect, test } from 'vitest';
import { actorSchema } from '~/schemas/actor';
import { calendarDateSchema, helsinkiTimeSchema } from '~/schemas/dates';
import { eventSchema } from '~/schemas/event';
import { localizedTextSchema } from '~/schemas/localized-text';
import { schemaMessage } from '~/schemas/messages';
import { webUrlSchema } from '~/schemas/url';

describe('the schemas', () => {
  test('a plain string is Finnish text', () => {
    expect(localizedTextSchema.parse('Kuoro')).toEqual({ fi: 'Kuoro' });
    expect(localizedTextSchema.parse({ fi: 'Kuoro', en: 'Choir' })).toEqual({ fi: 'Kuoro', en: 'Choir' });
  });

  test('Finnish is required when translations are given', () => {
    expect(localizedTextSchema.safeParse({ en: 'Choir' }).success).toBe(false);
  });

  test('dates read by Astro as Date objects keep the digits the author wrote', () => {
    // Astro's YAML 1.1 parser turns these into UTC instants; the content check reads text.
    expect(calendarDateSchema.parse(new Date('2018-04-17T00:00:00Z'))).toBe('2018-04-17');
    expect(helsinkiTimeSchema.parse(new Date('2018-04-17T09:30:00Z'))).toBe('2018-04-17 09:30');
    expect(helsinkiTimeSchema.parse('2018-04-17T09:30')).toBe('2018-04-17 09:30');
  });

  test('a time with a UTC offset is refused: content times are Finnish wall-clock times', () => {
    expect(helsinkiTimeSchema.safeParse('2018-04-17 09:30+03:00').success).toBe(false);
  });

  test('an event may end when it starts but not before', () => {
    const event = { title: 'T', place: 'P', organisers: ['a/b'], branch: 'c', kind: 'meeting', summary: 'S' };
    expect(eventSchema.safeParse({ ...event, start: '2018-04-17 09:00', end: '2018-04-17 09:00' }).success).toBe(true);
    expect(eventSchema.safeParse({ ...event, start: '2018-04-17', end: '2018-04-18' }).success).toBe(true);
    expect(eventSchema.safeParse({ ...event, start: '2018-04-17 09:00', end: '2018-04-16' }).success).toBe(false);
  });

  test('actor defaults: active, Finnish-speaking, no contacts', () => {
    const actor = actorSchema.parse({ name: 'A', kind: 'club', branches: ['b'], description: 'D', verified: '2026-01-01' });
    expect(actor).toMatchObject({ status: 'active', languages: ['fi'], contacts: [], serves: [], identifiers: {} });
  });

  test.each(['https://www.alajarvi.fi/', 'http://www.jpyp.fi/hanketoiminta/elinvoimaa_kuntiin/'])(
    'accepts the web address %s',
    (url) => {
      expect(webUrlSchema.safeParse(url).success).toBe(true);
    },
  );

  test.each(['www.alajarvi.fi', 'ftp://example.org/', 'mailto:info@example.org', 'https://'])(
    'refuses %s as a website',
    (url) => {
      expect(webUrlSchema.safeParse(url).success).toBe(false);
    },
  );
});

describe('the association register number', () => {
  test('asks for quotes when YAML has read it as a decimal number', async () => {
    const { identifiersSchema } = await import('~/schemas/identifiers');
    const result = identifiersSchema.safeParse({ associationRegisterNumber: 123.45 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(schemaMessage('registerNumberInQuotes'));
    expect(identifiersSchema.parse({ associationRegisterNumber: '123.450' })).toEqual({ associationRegisterNumber: '123.450' });
  });
});
