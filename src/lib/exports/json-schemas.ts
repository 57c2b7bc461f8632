import { languageName, languages } from '~/i18n/languages';
import { actorKinds, actorStatuses } from '~/schemas/actor';
import { audiences, eventKinds, eventStatuses } from '~/schemas/event';
import { fruitKinds } from '~/schemas/fruit';

/**
 * The documented shape of each JSON export, as JSON Schema 2020-12. Each schema is published
 * beside its dataset (`toimijat.schema.json`) and the tests validate the exports against it,
 * so the documentation cannot drift from the data.
 */

type Schema = Record<string, unknown>;

const text = (description: string): Schema => ({ type: 'string', minLength: 1, description });
const ids = (description: string): Schema => ({ type: 'array', items: { type: 'string' }, description });

/** "Swedish (sv) and English (en)": the registry's languages besides Finnish, for the schemas' readers. */
const translations = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(
  languages.filter((lang) => lang !== 'fi').map((lang) => `${languageName(lang, 'en')} (${lang})`),
);

const localizedText = (description: string): Schema => ({
  type: 'object',
  description: `${description} Finnish (fi) is always present; ${translations} when translated.`,
  required: ['fi'],
  additionalProperties: false,
  properties: Object.fromEntries(languages.map((lang) => [lang, { type: 'string' }])),
});

const itemSchemas: Record<string, { title: string; description: string; item: Schema }> = {
  kunnat: {
    title: 'Municipalities',
    description: 'The municipalities whose actors the site lists.',
    item: {
      required: ['id', 'name', 'code', 'region', 'website', 'url'],
      properties: {
        id: text('The municipality id, used as the first part of every entry id, e.g. "vimpeli".'),
        name: localizedText('The municipality name.'),
        code: { type: 'string', pattern: '^\\d{3}$', description: 'Statistics Finland\'s municipality code, e.g. "934".' },
        region: {
          type: 'object',
          description: 'The region (maakunta) it belongs to.',
          required: ['name', 'code'],
          additionalProperties: false,
          properties: { name: localizedText('The region name.'), code: { type: 'string', pattern: '^\\d{2}$' } },
        },
        website: { type: 'string', format: 'uri', description: "The municipality's own website." },
        url: { type: 'string', format: 'uri', description: "The municipality's page on this site." },
      },
    },
  },
  kasvustot: {
    title: 'Branches of the wellbeing tree',
    description: 'The factors of local wellbeing under which actors, fruits and events are organised.',
    item: {
      required: ['id', 'name', 'description', 'order'],
      properties: {
        id: text('The branch id, e.g. "liikunta-ja-ulkoilu".'),
        name: localizedText('The branch name.'),
        description: localizedText('What the branch covers.'),
        parent: text('The id of the branch this one grows from, for sub-branches.'),
        order: { type: 'integer', description: 'Position on the tree; smaller comes first.' },
      },
    },
  },
  toimijat: {
    title: 'Actors',
    description: 'Associations, clubs, village societies, companies, public services, parishes and projects.',
    item: {
      required: [
        'id',
        'name',
        'kind',
        'municipality',
        'serves',
        'branches',
        'description',
        'contacts',
        'languages',
        'status',
        'verified',
        'url',
      ],
      properties: {
        id: text('The entry id: home municipality and actor, e.g. "vimpeli/spr-vimpelin-osasto".'),
        name: text('The registered name.'),
        alternateName: text('Another name it is known by.'),
        kind: { enum: [...actorKinds], description: 'What sort of actor it is.' },
        municipality: text('The id of its home municipality (see kunnat.json).'),
        serves: ids('Ids of other municipalities it also works in.'),
        branches: ids('Ids of its branches (see kasvustot.json), most important first.'),
        description: localizedText('One or two sentences on what it does.'),
        email: { type: 'string', format: 'email', description: 'A general email address.' },
        website: { type: 'string', format: 'uri', description: 'Its own website.' },
        address: {
          type: 'object',
          description: 'Where to find it.',
          required: ['street', 'postalCode', 'city'],
          additionalProperties: false,
          properties: {
            street: { type: 'string' },
            postalCode: { type: 'string', pattern: '^\\d{5}$' },
            city: { type: 'string' },
          },
        },
        contacts: {
          type: 'array',
          description: 'Role contacts (a person is named only with their consent).',
          items: {
            type: 'object',
            required: ['title', 'phones'],
            additionalProperties: false,
            properties: {
              title: localizedText('The role, e.g. "puheenjohtaja".'),
              name: text("The person's name."),
              email: { type: 'string', format: 'email' },
              phones: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['number', 'type'],
                  additionalProperties: false,
                  properties: {
                    number: { type: 'string', pattern: '^\\+?\\d+$', description: 'In international form, e.g. "+35861234567".' },
                    type: { enum: ['voice', 'text', 'fax'] },
                    description: localizedText('When to call or what the line is for.'),
                  },
                },
              },
            },
          },
        },
        businessId: { type: 'string', pattern: '^\\d{7}-\\d$', description: 'Finnish business ID (Y-tunnus).' },
        associationRegisterNumber: text('Number in the Finnish Register of Associations.'),
        languages: ids('Languages it serves people in, e.g. ["fi", "sv"].'),
        status: { enum: [...actorStatuses], description: 'Whether it is running.' },
        verified: { type: 'string', format: 'date', description: 'When a person last confirmed the entry.' },
        url: { type: 'string', format: 'uri', description: 'Its page on this site.' },
      },
    },
  },
  hedelmat: {
    title: 'Fruits of partnership',
    description: 'Results of partnership, the apples of the tree; some are attractions for visitors.',
    item: {
      required: ['id', 'municipality', 'title', 'branch', 'partners', 'date', 'kind', 'attraction', 'summary', 'url'],
      properties: {
        id: text('The entry id, e.g. "vimpeli/hyvan-teon-kampanjat".'),
        municipality: text('The id of its municipality.'),
        title: localizedText('Its title.'),
        branch: text('The id of the branch it grows on.'),
        partners: ids('Ids of the actors who made it together (see toimijat.json).'),
        date: {
          anyOf: [{ type: 'integer' }, { type: 'string', format: 'date' }],
          description: 'When it happened: a year or a date.',
        },
        kind: { enum: [...fruitKinds], description: 'What sort of result it is.' },
        attraction: { type: 'boolean', description: 'Whether it is worth showing to tourists and prospective movers.' },
        summary: localizedText('One or two sentences on the result.'),
        image: {
          type: 'object',
          required: ['url', 'alt'],
          additionalProperties: false,
          properties: { url: { type: 'string', format: 'uri' }, alt: localizedText('The alternative text.') },
        },
        url: { type: 'string', format: 'uri', description: 'Its page on this site.' },
      },
    },
  },
  tapahtumat: {
    title: 'Events',
    description: 'Events of the actors, past and planned, in Finnish time.',
    item: {
      required: [
        'id',
        'municipality',
        'title',
        'start',
        'status',
        'place',
        'audience',
        'organisers',
        'branch',
        'kind',
        'summary',
        'url',
      ],
      properties: {
        id: text('The entry id, e.g. "vimpeli/kumppanuusaamiainen-2018".'),
        municipality: text('The id of its municipality.'),
        title: localizedText('Its title.'),
        start: text('ISO 8601 with the Helsinki offset ("2018-02-14T08:00:00+02:00"), or a date for an all-day event.'),
        end: text('In the same form as start.'),
        status: { enum: [...eventStatuses], description: 'Whether the date is only reserved, confirmed or cancelled.' },
        place: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: { name: { type: 'string' }, address: { type: 'string' } },
        },
        audience: { type: 'array', items: { enum: [...audiences] }, description: 'Who it is for.' },
        organisers: ids('Ids of the organising actors.'),
        branch: text('The id of its branch.'),
        kind: { enum: [...eventKinds], description: 'What sort of event it is.' },
        attendance: { type: 'integer', minimum: 0, description: 'How many came, once it has taken place.' },
        summary: localizedText('One or two sentences on the event.'),
        url: { type: 'string', format: 'uri', description: 'Its page on this site.' },
      },
    },
  },
};

/** The JSON datasets, by file name without `.json`. */
export const jsonDatasets = Object.keys(itemSchemas) as JsonDataset[];
export type JsonDataset = 'kunnat' | 'kasvustot' | 'toimijat' | 'hedelmat' | 'tapahtumat';

/** The full JSON Schema of one dataset file, published at `schemaUrl`. */
export function jsonSchemaOf(dataset: JsonDataset, schemaUrl: string): Schema {
  const { title, description, item } = itemSchemas[dataset]!;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title,
    description,
    type: 'object',
    required: ['licence', 'source', 'generated', 'items'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', format: 'uri', description: 'This schema.' },
      licence: {
        type: 'object',
        description: 'The licence the data is published under.',
        required: ['name', 'url'],
        properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } },
      },
      source: { type: 'string', format: 'uri', description: 'The site the data comes from.' },
      generated: { type: 'string', format: 'date-time', description: 'When the site was built.' },
      items: { type: 'array', items: { type: 'object', additionalProperties: false, ...item } },
    },
  };
}
