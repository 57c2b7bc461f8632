import { newIssueUrl, type ForgeRepository } from '../forge';

/**
 * The text a submission reaches staff as, the same by email, as an issue and as copied text.
 * It is in Finnish, as staff work in Finnish and the file's field names are the schema's:
 * a heading, the file's path, a line on consent, facts for staff only, and the file itself
 * between two marker lines that `npm run new -- --from` looks for.
 */
const FILE_LINE = 'Tiedosto:';
const TARGET_LINE = 'Kohde:';
const FILE_START = '===== TIEDOSTO ALKAA =====';
const FILE_END = '===== TIEDOSTO PÄÄTTYY =====';

export type SubmissionKind = 'event' | 'actor' | 'correction';

const HEADINGS: Record<SubmissionKind, string> = {
  event: 'Uusi tapahtuma',
  actor: 'Uusi toimija',
  correction: 'Korjausehdotus',
};

/** A line of the message: a label and a value, left out when there is no value. */
export type Fact = readonly [label: string, value: string | undefined];

export interface SubmissionDraft {
  kind: SubmissionKind;
  /** The entry's name, for the subject line. */
  name: string;
  /** The address of the form it was sent from. */
  formUrl: string;
  /** The date it was written, `YYYY-MM-DD`. */
  date: string;
  /** Whether the sender consented to the publication of the persons' details they gave. */
  consent: boolean;
  /** Facts that belong to the submission itself (what a correction is about, what is wrong). */
  facts: Fact[];
  /** Facts for staff only, never published: the sender's contact, details without consent. */
  staffOnly: Fact[];
  /** The new entry's file: its path under `content/` and its text. */
  file?: { path: string; text: string };
  /** The correction's target, as `content/<collection>/<municipality>/<id>.md`. */
  target?: string;
}

/** The subject of the email and the title of the issue, e.g. "Uusi tapahtuma: Kesätanssit". */
export function subjectOf(draft: SubmissionDraft): string {
  return `${HEADINGS[draft.kind]}: ${draft.name}`;
}

function consentLine(consent: boolean): string {
  return consent
    ? 'Suostumus henkilötietojen julkaisuun: KYLLÄ. Lähettäjä antoi luvan julkaista lomakkeelle kirjoittamansa nimet, puhelinnumerot ja sähköpostiosoitteet.'
    : 'Suostumus henkilötietojen julkaisuun: EI. Henkilöiden nimiä, puhelinnumeroita ja sähköpostiosoitteita ei ole julkaistavassa tiedostossa; ne ovat vain henkilökunnalle.';
}

/** One line per fact; line breaks in a value are kept, indented under it, so no value can pass for a line of the message. */
function factLines(facts: Fact[]): string[] {
  return facts
    .filter((fact): fact is readonly [string, string] => Boolean(fact[1]))
    .map(([label, value]) => `${label}: ${value.replace(/\r\n?/g, '\n').split('\n').join('\n    ')}`);
}

/** The longest run of backticks in a text, so that a fence around it is one longer. */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(longest + 1);
}

/**
 * The whole submission as text. `audience: 'public'` is for an issue, which anyone may read:
 * the facts for staff are left out and the file is fenced, so that the forge shows it as it is.
 */
export function submissionText(draft: SubmissionDraft, audience: 'staff' | 'public' = 'staff'): string {
  const lines = [`Hyvinvointipuu – ${subjectOf(draft)}`, ''];
  if (draft.file) lines.push(`${FILE_LINE} content/${draft.file.path}`);
  if (draft.target) lines.push(`${TARGET_LINE} ${draft.target}`);
  lines.push(`Lomake: ${draft.formUrl}`, `Päivä: ${draft.date}`, consentLine(draft.consent));
  const facts = factLines(draft.facts);
  if (facts.length) lines.push('', ...facts);
  const staffOnly = factLines(draft.staffOnly);
  if (audience === 'staff' && staffOnly.length)
    lines.push('', 'Vain henkilökunnalle, ei julkaista:', ...staffOnly.map((line) => `- ${line}`));
  if (audience === 'public' && staffOnly.length) {
    lines.push('', 'Lähettäjän yhteystiedot ja muut henkilötiedot on jätetty pois tästä julkisesta viestistä.');
  }
  if (draft.file) {
    const fence = audience === 'public' ? fenceFor(draft.file.text) : undefined;
    lines.push(
      '',
      'Henkilökunta tallentaa tämän viestin tiedostoksi ja lisää merkinnän komennolla: npm run new -- --from viesti.txt',
      '',
      FILE_START,
      ...(fence ? [`${fence}markdown`] : []),
      draft.file.text.replace(/\n$/, ''),
      ...(fence ? [fence] : []),
      FILE_END,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A `mailto:` link with the subject and the text (line breaks as CRLF, as RFC 6068 asks). */
export function mailtoHref(address: string, draft: SubmissionDraft): string {
  const encode = (text: string) => encodeURIComponent(text);
  const body = submissionText(draft).replace(/\n/g, '\r\n');
  return `mailto:${encode(address).replace(/%40/g, '@')}?subject=${encode(subjectOf(draft))}&body=${encode(body)}`;
}

/** The forge's new-issue page, filled in with the public form of the text. */
export function issueHref(repository: ForgeRepository, draft: SubmissionDraft): string {
  return newIssueUrl(repository, subjectOf(draft), submissionText(draft, 'public'));
}

/** What `npm run new -- --from` finds in a submission. */
export type ParsedSubmission =
  | { kind: 'entry'; path: string; collection: string; municipality: string; id: string; text: string }
  | { kind: 'correction'; target: string }
  | { kind: 'invalid'; reason: string };

const ENTRY_PATH = /^content\/(actors|fruits|events)\/([a-z0-9-]+)\/([a-z0-9-]+)\.md$/;

/** A mail client's quoting (`> `) taken off every line, when every line of the text has it. */
function unquoted(lines: string[]): string[] {
  const quoted = lines.filter((line) => line.trim()).every((line) => /^>\s?/.test(line));
  return quoted ? lines.map((line) => line.replace(/^>\s?/, '')) : lines;
}

/**
 * Reads a submission as staff received it: an email's text, an issue's text or the copied
 * text. The path is the first `Tiedosto:` line before the file; the file is what lies between
 * the first start marker and the last end marker (a body may quote the markers), without the
 * fence an issue puts around it. Only a path inside an actor, fruit or event folder is taken.
 */
export function parseSubmission(text: string): ParsedSubmission {
  // Lines are compared from their first character: what a sender typed is indented under its label.
  const raw = unquoted(text.replace(/\r\n?/g, '\n').split('\n'));
  const lines = raw.map((line) => line.trimEnd());
  const start = lines.indexOf(FILE_START);
  const header = start === -1 ? lines : lines.slice(0, start);
  const fileLine = header.find((line) => line.startsWith(FILE_LINE));
  if (!fileLine) {
    const targetLine = header.find((line) => line.startsWith(TARGET_LINE));
    if (targetLine) return { kind: 'correction', target: targetLine.trim().slice(TARGET_LINE.length).trim() };
    return { kind: 'invalid', reason: `viestistä puuttuu rivi "${FILE_LINE} content/…"` };
  }
  const path = fileLine.trim().slice(FILE_LINE.length).trim();
  const match = ENTRY_PATH.exec(path);
  if (!match) {
    return {
      kind: 'invalid',
      reason: `tiedoston polku "${path}" ei ole muotoa content/actors|fruits|events/<kunta>/<tunnus>.md`,
    };
  }
  const endIndex = lines.lastIndexOf(FILE_END);
  if (start === -1 || endIndex <= start) {
    return { kind: 'invalid', reason: `tiedoston sisältö puuttuu: rivien "${FILE_START}" ja "${FILE_END}" välistä` };
  }
  let file = raw.slice(start + 1, endIndex);
  const fence = /^(`{3,}|~{3,})\w*\s*$/.exec(file[0] ?? '')?.[1];
  if (fence && file.at(-1)?.trimEnd() === fence) file = file.slice(1, -1);
  const [, collection, municipality, id] = match as unknown as [string, string, string, string];
  return { kind: 'entry', path: path.slice('content/'.length), collection, municipality, id, text: `${file.join('\n')}\n` };
}
