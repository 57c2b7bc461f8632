import type { CollectionName } from '~/schemas/collections';

/** A text without parameters, or one that fills in the parameters it needs. */
type Text<Params = never> = [Params] extends [never] ? string : (params: Params) => string;

/**
 * Every text of the content check in one language. Each language file is typed with this
 * interface, so TypeScript refuses a language that lacks a text or fills in other parameters.
 * Found/expected texts complete the sentence `file:line field: found …, expected …`.
 */
export interface CheckTexts {
  /**
   * What a schema expects, by key: schemas name these with `expects('email')` or
   * `schemaMessage('eventEnd', { start })` from `src/schemas/messages.ts`.
   */
  schema: {
    postalCode: Text;
    actorName: Text;
    atLeastOneBranch: Text;
    languageCode: Text;
    wholeNumber: Text;
    colour: Text;
    leadDays: Text;
    phoneNumber: Text;
    phoneDigits: Text;
    email: Text;
    calendarDate: Text;
    helsinkiTime: Text;
    helsinkiTimeOrDate: Text;
    wholeNumberOfPeople: Text;
    atLeastOneOrganiser: Text;
    eventStart: Text;
    reservedEventStart: Text;
    eventPlace: Text;
    eventEnd: Text<{ start: string }>;
    atLeastOnePartner: Text;
    year: Text;
    businessIdFormat: Text;
    businessIdCheckDigit: Text;
    registerNumberInQuotes: Text;
    registerNumber: Text;
    imagePath: Text;
    text: Text;
    nonEmptyText: Text;
    localizedText: Text<{ list: string }>;
    municipalityCode: Text;
    regionCode: Text;
    id: Text<{ example: string }>;
    idFormat: Text<{ example: string }>;
    webAddressScheme: Text;
    fullWebAddress: Text;
    /** The settings (environment variables) of `src/config/settings.ts`. */
    editionCodes: Text<{ list: string }>;
    repositoryAddress: Text;
    branchName: Text;
    applicationId: Text;
  };
  /** Zod's own issues (a wrong type, an empty list, an unknown field), which staff never read raw. */
  zod: {
    /** A value that is not there. */
    nothing: Text;
    /** Added to what is expected when the field is missing. */
    required: Text<{ expected: string }>;
    types: Record<'string' | 'number' | 'int' | 'boolean' | 'array' | 'object' | 'date', string>;
    /** A type zod names that has no word above. */
    otherType: Text<{ type: string }>;
    nonEmptyText: Text;
    atLeastItems: Text<{ count: number }>;
    atMostItems: Text<{ count: number }>;
    atLeast: Text<{ count: number }>;
    atMost: Text<{ count: number }>;
    atMostCharacters: Text<{ count: number }>;
    email: Text;
    url: Text;
    format: Text;
    /** The list of allowed values of an enumeration. */
    oneOf: Text<{ list: string }>;
    /** A suggestion added after the allowed values: `…; did you mean club (seura)?` */
    didYouMean: Text<{ guess: string }>;
    /** Joins the forms a union accepts. */
    or: Text;
    unknownField: Text;
    knownField: Text;
    knownFieldDidYouMean: Text<{ guess: string }>;
    oneOfFields: Text<{ list: string }>;
    /** Anything else zod refuses. */
    invalid: Text;
  };
  /** The content check's own findings and how its reports are worded. */
  content: {
    problem: Text<{ place: string; field: string; found: string; expected: string }>;
    header: Text<{ count: number }>;
    hint: Text;
    warning: Text<{ problem: string }>;
    summaryProblems: Text<{ count: number; files: number; seconds: string }>;
    summaryPassed: Text<{ files: number; seconds: string }>;
    checkedNoProblems: Text<{ files: number }>;
    /** Field names of problems that are not about one field. */
    fields: Record<'file' | 'folder' | 'fileName' | 'bodyLink' | 'body' | 'yaml' | 'frontmatter', string>;
    noFrontmatter: Text;
    frontmatterExpected: Text;
    yamlColon: Text<{ text: string }>;
    yamlQuote: Text;
    yamlQuotesExpected: Text<{ fix: string }>;
    yamlBracket: Text<{ text: string }>;
    yamlBracketExpected: Text;
    yamlDuplicateKey: Text<{ key: string }>;
    yamlDuplicateKeyExpected: Text;
    yamlTab: Text;
    yamlTabExpected: Text;
    yamlOther: Text<{ message: string }>;
    yamlOtherExpected: Text;
    unsafeLink: Text<{ target: string }>;
    unsafeLinkExpected: Text;
    html: Text<{ html: string }>;
    htmlExpected: Text;
    duplicateId: Text<{ id: string; other: string }>;
    duplicateIdExpected: Text;
    directlyInCollection: Text<{ collection: string }>;
    inMunicipalityFolder: Text<{ collection: string }>;
    unknownFolder: Text<{ folder: string }>;
    municipalityFolderLike: Text<{ guess: string }>;
    municipalityFolderOf: Text<{ list: string }>;
    /** An entry of each collection as the owner of an id: "olemassa olevan kasvuston", "an existing branch". */
    existingEntry: Record<CollectionName, string>;
    existingIdLike: Text<{ entry: string; guess: string }>;
    existingIdOf: Text<{ entry: string; list: string }>;
    existingIdIn: Text<{ entry: string; collection: string }>;
    branchLoop: Text<{ chain: string }>;
    branchLoopExpected: Text;
    missingImage: Text<{ src: string; folder: string }>;
    missingImageExpected: Text;
    noSuchFile: Text;
    requiredPage: Text<{ page: string }>;
    requiredPages: Record<'saavutettavuusseloste' | 'tietosuojaseloste', string>;
    extension: Text<{ extension: string }>;
    noExtension: Text;
    extensionExpected: Text<{ allowed: string }>;
    extensionExpectedNoMdx: Text<{ allowed: string }>;
    or: Text;
    /** Two upcoming events that overlap, with what they share (`sama kunta, sama paikka`). */
    clash: Text<{ first: string; second: string; reasons: string }>;
    eventsChecked: Text<{ now: string; count: number }>;
    /** A setting (an environment variable such as `HYVINVOINTIPUU_NOW`) that holds a value in the wrong form. */
    setting: Text<{ variable: string; found: string; expected: string }>;
    /** A municipality whose file is in two regions' folders of a national layout. */
    municipalityInTwoRegions: Text<{ regions: string }>;
    municipalityOnce: Text;
    /** Municipalities of another region (by their region code) in a region's folder. */
    regionCodeOfFolder: Text<{ code: string }>;
    regionCodeExpected: Text<{ code: string; region: string }>;
    /** Two region folders whose municipalities have the same region code. */
    regionInTwoFolders: Text<{ folders: string }>;
    regionOnce: Text;
  };
}

/** The keys a schema may use for its messages. */
export type SchemaMessageKey = keyof CheckTexts['schema'];

/** The parameters a schema message needs: none, or one object. */
export type SchemaMessageParams<K extends SchemaMessageKey> = CheckTexts['schema'][K] extends (params: infer P) => string
  ? [params: P]
  : [];
