import { pick } from './random';

/** Parts of realistic Finnish association names, for synthetic content only. */
const PLACES = [
  'Alajärven',
  'Evijärven',
  'Kauhavan',
  'Lappajärven',
  'Soinin',
  'Vimpelin',
  'Kurejoen',
  'Möksyn',
  'Itäkylän',
  'Luoma-ahon',
  'Hirvijoen',
  'Kortesjärven',
  'Ylikylän',
  'Ruotsalon',
  'Karvosen',
];
const KINDS = [
  'Nuorisoseura',
  'Kyläyhdistys',
  'Eläkeläiset',
  'Metsästysseura',
  'Urheiluseura',
  'Kuoro',
  'Partiolaiset',
  'Marttayhdistys',
  'Kotiseutuyhdistys',
  'Vapaapalokunta',
  'Maamiesseura',
  'Kalastusseura',
  'Näyttämö',
  'Lions Club',
  'Sotaveteraanit',
  'Yrittäjät',
  'Mieskuoro',
  'Ladyt',
  'Hiihtoseura',
  'Shakkikerho',
];

/** A name such as "Kurejoen Nuorisoseura ry", numbered when it would repeat. */
export function associationName(random: () => number, index: number): string {
  const base = `${pick(random, PLACES)} ${pick(random, KINDS)}`;
  const suffix = index >= PLACES.length * KINDS.length ? ` ${Math.floor(index / (PLACES.length * KINDS.length)) + 1}` : '';
  return `${base}${suffix} ry`;
}
