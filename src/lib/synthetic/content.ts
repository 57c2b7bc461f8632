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

/** A municipality of synthetic content and how many actors it gets. */
export interface SyntheticMunicipality {
  id: string;
  name: string;
  /** A three-digit municipality code. */
  code: string;
  actors: number;
}

/** The region synthetic municipalities belong to. */
export interface SyntheticRegion {
  name: string;
  code: string;
}

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
  const towns = Array.from({ length: municipalities }, (_, i) => ({
    id: `kunta-${i + 1}`,
    name: placeName(i),
    code: String(100 + (i % 900)).padStart(3, '0'),
    // Actors go round the municipalities in turn, so the first ones get one more when they do not divide evenly.
    actors: Math.floor(actors / municipalities) + (i < actors % municipalities ? 1 : 0),
  }));
  return regionContent({ name: 'Etelä-Pohjanmaa', code: '14' }, towns, seededRandom(seed));
}

/** A name for the `index`th synthetic municipality. */
export function placeName(index: number): string {
  const name = `${PLACE_PARTS[index % PLACE_PARTS.length]}${PLACE_ENDS[Math.floor(index / PLACE_PARTS.length) % PLACE_ENDS.length]}`;
  return index >= PLACE_PARTS.length * PLACE_ENDS.length
    ? `${name} ${Math.floor(index / (PLACE_PARTS.length * PLACE_ENDS.length)) + 1}`
    : name;
}

/**
 * The content of one region: its municipalities with their actors, and fruits and events whose
 * partners and organisers are actors of the same region.
 */
export function regionContent(region: SyntheticRegion, towns: SyntheticMunicipality[], random: () => number): SyntheticFile[] {
  const files: SyntheticFile[] = towns.map((town) => ({
    path: `municipalities/${town.id}.yaml`,
    text: `name: ${yamlString(town.name)}\ncode: "${town.code}"\nstatus: municipality\nregion: { name: ${yamlString(region.name)}, code: "${region.code}" }\nwebsite: https://example.org/${town.id}/\nintro: ${yamlString(`${town.name} on synteettisen testiaineiston kunta.`)}\n`,
  }));
  const actorIds: string[] = [];
  const actorTowns: SyntheticMunicipality[] = [];
  let i = 0;
  for (const town of towns) {
    for (let k = 0; k < town.actors; k++, i++) {
      const name = associationName(random, i);
      const slug = `toimija-${i + 1}`;
      const branches = [pick(random, BRANCHES), ...(random() < 0.3 ? [pick(random, BRANCHES)] : [])];
      actorIds.push(`${town.id}/${slug}`);
      actorTowns.push(town);
      files.push({
        path: `actors/${town.id}/${slug}.md`,
        text:
          `---\nname: ${yamlString(name)}\nkind: ${pick(random, KINDS)}\nbranches: [${[...new Set(branches)].join(', ')}]\n` +
          `description: ${yamlString(sentences(random, name, 1))}\n` +
          `contacts:\n  - title: puheenjohtaja\n    email: toimija-${i + 1}@example.org\n` +
          `website: https://example.org/${town.id}/${slug}/\nverified: 2026-0${1 + (i % 9)}-15\n---\n\n${sentences(random, name, 3 + Math.floor(random() * 4))}\n`,
      });
    }
  }
  if (actorIds.length === 0) return files;
  // Fruits and events belong to the municipality of their first partner or organiser.
  for (let f = 0; f < Math.floor(actorIds.length / 10); f++) {
    const first = (f * 7) % actorIds.length;
    const partners = [actorIds[first]!, actorIds[(f * 13 + 1) % actorIds.length]!];
    files.push({
      path: `fruits/${actorTowns[first]!.id}/hedelma-${f + 1}.md`,
      text:
        `---\ntitle: ${yamlString(`Yhteinen talkoopäivä ${f + 1}`)}\nbranch: ${pick(random, BRANCHES)}\npartners: [${[...new Set(partners)].join(', ')}]\n` +
        `date: ${2015 + (f % 11)}\nkind: partnership-result\nattraction: ${random() < 0.3}\nsummary: ${yamlString('Toimijat järjestivät yhdessä talkoot ja avoimen juhlan.')}\n---\n\n${sentences(random, 'Talkoopäivä', 2)}\n`,
    });
  }
  for (let e = 0; e < Math.floor(actorIds.length / 5); e++) {
    const organiser = (e * 3) % actorIds.length;
    const town = actorTowns[organiser]!;
    const day = String(1 + (e % 28)).padStart(2, '0');
    const month = String(1 + (e % 12)).padStart(2, '0');
    files.push({
      path: `events/${town.id}/tapahtuma-${e + 1}.md`,
      text:
        `---\ntitle: ${yamlString(`Kyläilta ${e + 1}`)}\nstart: 2026-${month}-${day} 18:00\nend: 2026-${month}-${day} 20:00\nplace: ${yamlString(`${town.name}n seurantalo`)}\n` +
        `organisers: [${actorIds[organiser]}]\nbranch: ${pick(random, BRANCHES)}\nkind: culture\nsummary: ${yamlString('Avoin ilta kaikille kyläläisille.')}\n---\n\n${sentences(random, 'Kyläilta', 2)}\n`,
    });
  }
  return files;
}
