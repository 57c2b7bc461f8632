import { associationName } from './names';
import { pick, seededRandom } from './random';

/** One file of synthetic content, relative to a content root. */
export interface SyntheticFile {
  path: string;
  text: string;
}

export interface SyntheticOptions {
  actors: number;
  /** How many municipalities share the actors; about 300 actors each by default. */
  municipalities?: number;
  seed?: number;
}

const PLACE_PARTS = ['Järvi', 'Koski', 'Salo', 'Mäki', 'Niemi', 'Harju', 'Lahti', 'Kangas', 'Joki', 'Vaara'];
const PLACE_ENDS = ['la', 'nen', 'mäki', 'järvi', 'koski', 'vesi', 'maa', 'lahti'];
const BRANCHES = [
  'liikunta-ja-ulkoilu',
  'kulttuuri-ja-harrastukset',
  'kylat-ja-yhteisot',
  'osallisuus-ja-yhteistyo',
  'terveys-ja-sosiaalinen-hyvinvointi',
  'vapaaehtoistoiminta',
  'lapset-nuoret-ja-perheet',
  'ikaantyneet',
  'koulutus-ja-oppiminen',
  'tyo-ja-yrittajyys',
  'asuminen-ja-ymparisto',
  'turvallisuus',
  'luonto-ja-matkailu',
  'hengellinen-elama',
];
const KINDS = ['association', 'club', 'village-society', 'company', 'public-service', 'parish', 'project', 'other'];
const ACTIVITIES = [
  'järjestää kerhoja ja retkiä kaikenikäisille',
  'pitää kylätaloa ja kokoaa talkoita',
  'harjoittelee viikoittain ja esiintyy juhlissa',
  'tukee jäseniään vertaistuella ja ystävätoiminnalla',
  'ylläpitää latuja, polkuja ja uimarantaa',
  'järjestää konsertteja, näyttelyitä ja kesäteatteria',
  'kouluttaa vapaaehtoisia ensiapuun ja turvallisuuteen',
  'kokoaa nuoret harrastamaan ja vaikuttamaan',
];

/** Sentences of a realistic length for a description or a body. */
function sentences(random: () => number, name: string, count: number): string {
  return Array.from({ length: count }, (_, i) =>
    i === 0
      ? `${name} ${pick(random, ACTIVITIES)}.`
      : `Toiminta ${pick(random, ACTIVITIES)} yhdessä muiden paikallisten toimijoiden kanssa.`,
  ).join(' ');
}

const yamlString = (text: string) => JSON.stringify(text);

/**
 * Deterministic synthetic content for builds at scale: municipalities, actors with role
 * contacts on the reserved example.org domain, fruits (one per ten actors) and events (one per
 * five). The shared branches and legal pages are not generated: copy them from `content/`.
 */
export function syntheticContent({
  actors,
  municipalities = Math.max(1, Math.round(actors / 300)),
  seed = 1,
}: SyntheticOptions): SyntheticFile[] {
  const random = seededRandom(seed);
  const files: SyntheticFile[] = [];
  const towns = Array.from({ length: municipalities }, (_, i) => {
    const name = `${PLACE_PARTS[i % PLACE_PARTS.length]}${PLACE_ENDS[Math.floor(i / PLACE_PARTS.length) % PLACE_ENDS.length]}${i >= PLACE_PARTS.length * PLACE_ENDS.length ? ` ${i}` : ''}`;
    const id = `kunta-${i + 1}`;
    files.push({
      path: `municipalities/${id}.yaml`,
      text: `name: ${yamlString(name)}\ncode: "${String(100 + (i % 900)).padStart(3, '0')}"\nstatus: municipality\nregion: { name: Etelä-Pohjanmaa, code: "14" }\nwebsite: https://example.org/${id}/\nintro: ${yamlString(`${name} on synteettisen testiaineiston kunta.`)}\n`,
    });
    return { id, name };
  });
  const actorIds: string[] = [];
  for (let i = 0; i < actors; i++) {
    const town = towns[i % towns.length]!;
    const name = associationName(random, i);
    const slug = `toimija-${i + 1}`;
    const branches = [pick(random, BRANCHES), ...(random() < 0.3 ? [pick(random, BRANCHES)] : [])];
    actorIds.push(`${town.id}/${slug}`);
    files.push({
      path: `actors/${town.id}/${slug}.md`,
      text:
        `---\nname: ${yamlString(name)}\nkind: ${pick(random, KINDS)}\nbranches: [${[...new Set(branches)].join(', ')}]\n` +
        `description: ${yamlString(sentences(random, name, 1))}\n` +
        `contacts:\n  - title: puheenjohtaja\n    email: toimija-${i + 1}@example.org\n` +
        `website: https://example.org/${town.id}/${slug}/\nverified: 2026-0${1 + (i % 9)}-15\n---\n\n${sentences(random, name, 3 + Math.floor(random() * 4))}\n`,
    });
  }
  for (let i = 0; i < Math.floor(actors / 10); i++) {
    const town = towns[i % towns.length]!;
    const partners = [actorIds[(i * 7) % actorIds.length]!, actorIds[(i * 13 + 1) % actorIds.length]!];
    files.push({
      path: `fruits/${town.id}/hedelma-${i + 1}.md`,
      text:
        `---\ntitle: ${yamlString(`Yhteinen talkoopäivä ${i + 1}`)}\nbranch: ${pick(random, BRANCHES)}\npartners: [${[...new Set(partners)].join(', ')}]\n` +
        `date: ${2015 + (i % 11)}\nkind: partnership-result\nattraction: ${random() < 0.3}\nsummary: ${yamlString('Toimijat järjestivät yhdessä talkoot ja avoimen juhlan.')}\n---\n\n${sentences(random, 'Talkoopäivä', 2)}\n`,
    });
  }
  for (let i = 0; i < Math.floor(actors / 5); i++) {
    const town = towns[i % towns.length]!;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    files.push({
      path: `events/${town.id}/tapahtuma-${i + 1}.md`,
      text:
        `---\ntitle: ${yamlString(`Kyläilta ${i + 1}`)}\nstart: 2026-${month}-${day} 18:00\nend: 2026-${month}-${day} 20:00\nplace: ${yamlString(`${town.name}n seurantalo`)}\n` +
        `organisers: [${actorIds[(i * 3) % actorIds.length]}]\nbranch: ${pick(random, BRANCHES)}\nkind: culture\nsummary: ${yamlString('Avoin ilta kaikille kyläläisille.')}\n---\n\n${sentences(random, 'Kyläilta', 2)}\n`,
    });
  }
  return files;
}
