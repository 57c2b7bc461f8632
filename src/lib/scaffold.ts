import { slug } from 'github-slugger';
import { stringify } from 'yaml';

export type EntryKind = 'actor' | 'fruit' | 'event';

/** One question of the scaffolder: the field, what to ask in Finnish, and how to read the answer. */
export interface Question {
  field: string;
  /** The question shown to staff. */
  prompt: string;
  /** A comma-separated answer becomes a list. */
  list?: boolean;
  /** Used when the answer is left empty. */
  fallback?: (today: string) => string;
}

const COMMON_END = '(pilkuilla erotettuna)';

/** The required fields of each kind of entry, in the order they are asked. */
export const QUESTIONS: Record<EntryKind, Question[]> = {
  actor: [
    { field: 'name', prompt: 'Toimijan nimi (esim. Vimpelin Nuorisoseura ry)' },
    { field: 'municipality', prompt: 'Kunta (kansion nimi, esim. vimpeli)' },
    { field: 'kind', prompt: 'Tyyppi: association, club, village-society, company, public-service, parish, project tai other' },
    { field: 'branches', prompt: `Kasvustot, tärkein ensin ${COMMON_END}, esim. liikunta-ja-ulkoilu`, list: true },
    { field: 'description', prompt: 'Lyhyt kuvaus (yksi tai kaksi virkettä)' },
    {
      field: 'verified',
      prompt: 'Päivä, jolloin tiedot on vahvistettu toimijalta (VVVV-KK-PP, tyhjä = tänään)',
      fallback: (today) => today,
    },
  ],
  fruit: [
    { field: 'title', prompt: 'Hedelmän otsikko (esim. Yhteiset talkoot)' },
    { field: 'municipality', prompt: 'Kunta (kansion nimi, esim. vimpeli)' },
    { field: 'branch', prompt: 'Kasvusto (esim. kylat-ja-yhteisot)' },
    { field: 'partners', prompt: `Kumppanit ${COMMON_END}, esim. vimpeli/spr-vimpelin-osasto`, list: true },
    {
      field: 'date',
      prompt: 'Vuosi tai päivä (VVVV tai VVVV-KK-PP, tyhjä = tämä vuosi)',
      fallback: (today) => today.slice(0, 4),
    },
    { field: 'kind', prompt: 'Tyyppi: partnership-result, good-deed-campaign, joint-event, initiative tai other' },
    { field: 'summary', prompt: 'Tiivistelmä (yksi tai kaksi virkettä)' },
  ],
  event: [
    { field: 'title', prompt: 'Tapahtuman nimi' },
    { field: 'municipality', prompt: 'Kunta (kansion nimi, esim. vimpeli)' },
    { field: 'start', prompt: 'Alkaa (VVVV-KK-PP TT:MM Suomen aikaa, tai VVVV-KK-PP koko päivän tapahtumalle)' },
    { field: 'place', prompt: 'Paikka (esim. Seurantalo)' },
    { field: 'organisers', prompt: `Järjestäjät ${COMMON_END}, esim. vimpeli/vimpelin-kunta`, list: true },
    { field: 'branch', prompt: 'Kasvusto (esim. kulttuuri-ja-harrastukset)' },
    { field: 'kind', prompt: 'Tyyppi: partnership-breakfast, meeting, celebration, sports, culture, volunteering tai other' },
    { field: 'summary', prompt: 'Tiivistelmä (yksi tai kaksi virkettä)' },
  ],
};

/** A file name of plain letters: "Kesätanssit" → "kesatanssit", as ids allow only a–z, 0–9 and dashes. */
export function fileSlug(text: string): string {
  return slug(text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

const FOLDERS: Record<EntryKind, string> = { actor: 'actors', fruit: 'fruits', event: 'events' };
const TITLE_FIELD: Record<EntryKind, string> = { actor: 'name', fruit: 'title', event: 'title' };

/**
 * The file of a new entry from the answers: its path in the content folder and Markdown with
 * the fields as frontmatter, written by the YAML library so that quoting is always right.
 */
export function scaffold(kind: EntryKind, answers: Record<string, string>, today: string): { path: string; text: string } {
  const data: Record<string, unknown> = {};
  for (const question of QUESTIONS[kind]) {
    if (question.field === 'municipality') continue;
    const answer = (answers[question.field] ?? '').trim() || question.fallback?.(today) || '';
    data[question.field] = question.list
      ? answer
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : question.field === 'date' && /^\d{4}$/.test(answer)
        ? Number(answer)
        : answer;
  }
  const municipality = fileSlug((answers.municipality ?? '').trim());
  const file = fileSlug(String(data[TITLE_FIELD[kind]]));
  const body = kind === 'event' ? 'Ohjelma tai raportti tulee tähän.' : 'Pidempi esittely tulee tähän.';
  return {
    path: `${FOLDERS[kind]}/${municipality}/${file}.md`,
    text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`,
  };
}
