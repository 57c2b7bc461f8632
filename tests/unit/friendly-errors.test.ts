import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { checkTexts } from '~/i18n/checks';
import { enumLabelKeys } from '~/lib/enum-labels';
import { describeIssue, fieldProblems } from '~/lib/friendly-errors';
import { dictionaries } from '~/lib/i18n';
import { actorSchema } from '~/schemas/actor';
import { eventSchema } from '~/schemas/event';
import { identifiersSchema } from '~/schemas/identifiers';
import { languages } from '~/i18n/languages';
import { schemaMessage, schemaMessageText } from '~/schemas/messages';

const actor = { name: 'Seura', kind: 'club', branches: ['liikunta'], description: 'D', verified: '2026-01-15' };
const event = { title: 'T', place: 'P', organisers: ['a/b'], branch: 'c', kind: 'meeting', summary: 'S' };

describe('fieldProblems', () => {
  test('finds nothing in valid data', () => {
    expect(fieldProblems(actorSchema, actor, 'sv')).toEqual([]);
  });

  test('speaks Swedish to the Swedish form, beside each field', () => {
    const data = { ...actor, kind: 'förening', contacts: [{ title: 'ordförande', email: 'ordf.seura.fi' }], verified: undefined };
    expect(fieldProblems(actorSchema, data, 'sv')).toMatchInlineSnapshot(`
      [
        {
          "expected": "ett av värdena association (förening), club (idrottsförening), village-society (byförening), company (företag), public-service (offentlig service), parish (församling), project (projekt), other (annan aktör); menade du association (förening)?",
          "field": "kind",
          "found": ""förening"",
          "path": [
            "kind",
          ],
        },
        {
          "expected": "en e-postadress, till exempel info@yhdistys.fi",
          "field": "contacts[0].email",
          "found": ""ordf.seura.fi"",
          "path": [
            "contacts",
            0,
            "email",
          ],
        },
        {
          "expected": "ett datum skrivet som ÅÅÅÅ-MM-DD, till exempel 2018-04-17 (ett obligatoriskt fält)",
          "field": "verified",
          "found": "ingenting",
          "path": [
            "verified",
          ],
        },
      ]
    `);
  });

  test('speaks Finnish and English with the same fields', () => {
    const data = { ...actor, website: 'www.seura.fi', webiste: 'x' };
    expect(fieldProblems(actorSchema, data, 'fi').map(({ field, expected }) => `${field}: ${expected}`)).toMatchInlineSnapshot(`
      [
        "website: verkko-osoitetta, joka alkaa https: tai http:, esimerkiksi https://www.alajarvi.fi/",
        "webiste: tunnettua kenttää (tarkoititko "website"?)",
      ]
    `);
    expect(fieldProblems(actorSchema, data, 'en').map(({ field, expected }) => `${field}: ${expected}`)).toMatchInlineSnapshot(`
      [
        "website: a web address with the scheme https: or http:, such as https://www.alajarvi.fi/",
        "webiste: a known field (did you mean "website"?)",
      ]
    `);
  });

  test('fills in the parameters of a message, such as the start an end must follow', () => {
    const data = { ...event, start: '2026-06-01 18:00', end: '2026-06-01 16:00' };
    expect(fieldProblems(eventSchema, data, 'sv')).toEqual([
      {
        field: 'end',
        path: ['end'],
        found: '"2026-06-01 16:00"',
        expected: 'en tid som är samma som eller senare än starttiden (2026-06-01 18:00)',
      },
    ]);
  });
});

describe('describeIssue', () => {
  test('answers in Finnish unless given another language', () => {
    const issue = identifiersSchema.safeParse({ associationRegisterNumber: 123.45 }).error!.issues[0]!;
    expect(describeIssue(issue, { associationRegisterNumber: 123.45 })).toEqual([
      { path: ['associationRegisterNumber'], found: '123.45', expected: 'numeroa lainausmerkeissä, esimerkiksi "123.456"' },
    ]);
    expect(describeIssue(issue, {}, undefined, 'en')[0]!.expected).toBe('the number in quotes, such as "123.456"');
  });

  test("words zod's own issues from the catalogue too", () => {
    const schema = z.object({ tags: z.array(z.string()).min(2), count: z.number() }).strict();
    expect(fieldProblems(schema, { tags: [], count: 'x' }, 'fi').map(({ expected }) => expected)).toEqual([
      'vähintään 2 kohtaa',
      'lukua',
    ]);
  });
});

describe('the message catalogue', () => {
  /** Every text of a language, by dotted key. */
  const texts = (node: object, prefix = ''): [string, unknown][] =>
    Object.entries(node).flatMap(([key, value]) =>
      value && typeof value === 'object' ? texts(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
    );

  test.each(languages)('has a text for every key in %s', (language) => {
    const keys = texts(checkTexts.fi).map(([key]) => key);
    expect(texts(checkTexts[language]).map(([key]) => key)).toEqual(keys);
    const empty = texts(checkTexts[language]).filter(([, text]) => typeof text === 'string' && text.trim() === '');
    expect(empty).toEqual([]);
  });

  test('turns a schema key into the text of each language', () => {
    const message = schemaMessage('id', { example: 'alajarvi' });
    expect(['fi', 'sv', 'en'].map((language) => schemaMessageText(message, language as 'fi'))).toEqual([
      'tunnusta, esimerkiksi alajarvi',
      'ett id, till exempel alajarvi',
      'an id such as alajarvi',
    ]);
    expect(schemaMessageText('Invalid input', 'fi')).toBeUndefined();
  });

  test.each(languages)('has a label in %s for every value of every enumeration', (language) => {
    expect(enumLabelKeys.filter((key) => !dictionaries[language][key])).toEqual([]);
  });
});
