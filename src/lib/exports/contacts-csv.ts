import { stringify } from 'csv-stringify/sync';
import type { Translate } from '../i18n';
import { roleContactText, type ContactFacts } from './contact-facts';

/** The columns of the contacts CSV, in order; their headings come from the dictionary. */
export const CSV_COLUMNS = [
  'id',
  'name',
  'alternateName',
  'kind',
  'municipality',
  'serves',
  'branches',
  'email',
  'contacts',
  'website',
  'street',
  'postalCode',
  'city',
  'businessId',
  'associationRegisterNumber',
  'verified',
  'page',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Several values in one cell, e.g. branches: a semicolon, which the CSV's commas never clash with. */
const LIST_SEPARATOR = '; ';

function csvRow(facts: ContactFacts): Record<CsvColumn, string> {
  return {
    id: facts.id,
    name: facts.name,
    alternateName: facts.alternateName ?? '',
    kind: facts.kind,
    municipality: facts.municipality,
    serves: facts.serves.join(LIST_SEPARATOR),
    branches: facts.branches.join(LIST_SEPARATOR),
    email: facts.email ?? '',
    contacts: facts.contacts.map(roleContactText).join(LIST_SEPARATOR),
    website: facts.website ?? '',
    street: facts.address?.street ?? '',
    postalCode: facts.address?.postalCode ?? '',
    city: facts.address?.city ?? '',
    businessId: facts.businessId ?? '',
    associationRegisterNumber: facts.associationRegisterNumber ?? '',
    verified: facts.verified,
    page: facts.pageUrl,
  };
}

/**
 * A cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or
 * a carriage return) gets an apostrophe in front, as OWASP's guidance on CSV injection says:
 * the text stays readable and nothing runs. Staff open these files in spreadsheets, as the
 * open-data page tells them to, and the cells hold what anyone typed into a content file.
 */
export function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * Contacts as CSV (RFC 4180: commas, double quotes, CRLF), one row per actor, headed in the
 * edition's language. It starts with a UTF-8 byte order mark so that spreadsheet programs
 * read Ä and Ö correctly. Every cell is made safe to open (`spreadsheetSafe`).
 */
export function contactsCsv(facts: ContactFacts[], t: Translate): string {
  const header = CSV_COLUMNS.map((column) => t(`export.csv.${column}`));
  return stringify([header, ...facts.map((fact) => CSV_COLUMNS.map((column) => spreadsheetSafe(csvRow(fact)[column])))], {
    bom: true,
    record_delimiter: 'windows',
  });
}
