import { placeName, regionContent, type SyntheticFile, type SyntheticMunicipality } from './content';
import { seededRandom } from './random';

/**
 * Finland's 19 regions (maakunnat) with their statistical codes, how many municipalities each
 * has and roughly how many people live there (thousands, rounded): the sizes a synthetic
 * national layout copies so that its regions are as unequal as the real ones. Benchmark input
 * only; no page shows these figures.
 */
export const REGIONS = [
  { id: 'uusimaa', code: '01', name: 'Uusimaa', municipalities: 26, population: 1750 },
  { id: 'varsinais-suomi', code: '02', name: 'Varsinais-Suomi', municipalities: 27, population: 490 },
  { id: 'satakunta', code: '04', name: 'Satakunta', municipalities: 16, population: 210 },
  { id: 'kanta-hame', code: '05', name: 'Kanta-Häme', municipalities: 11, population: 170 },
  { id: 'pirkanmaa', code: '06', name: 'Pirkanmaa', municipalities: 23, population: 540 },
  { id: 'paijat-hame', code: '07', name: 'Päijät-Häme', municipalities: 10, population: 200 },
  { id: 'kymenlaakso', code: '08', name: 'Kymenlaakso', municipalities: 6, population: 160 },
  { id: 'etela-karjala', code: '09', name: 'Etelä-Karjala', municipalities: 9, population: 125 },
  { id: 'etela-savo', code: '10', name: 'Etelä-Savo', municipalities: 12, population: 130 },
  { id: 'pohjois-savo', code: '11', name: 'Pohjois-Savo', municipalities: 19, population: 250 },
  { id: 'pohjois-karjala', code: '12', name: 'Pohjois-Karjala', municipalities: 13, population: 165 },
  { id: 'keski-suomi', code: '13', name: 'Keski-Suomi', municipalities: 22, population: 275 },
  { id: 'etela-pohjanmaa', code: '14', name: 'Etelä-Pohjanmaa', municipalities: 18, population: 190 },
  { id: 'pohjanmaa', code: '15', name: 'Pohjanmaa', municipalities: 14, population: 175 },
  { id: 'keski-pohjanmaa', code: '16', name: 'Keski-Pohjanmaa', municipalities: 8, population: 70 },
  { id: 'pohjois-pohjanmaa', code: '17', name: 'Pohjois-Pohjanmaa', municipalities: 30, population: 420 },
  { id: 'kainuu', code: '18', name: 'Kainuu', municipalities: 8, population: 70 },
  { id: 'lappi', code: '19', name: 'Lappi', municipalities: 21, population: 175 },
  { id: 'ahvenanmaa', code: '21', name: 'Ahvenanmaa', municipalities: 16, population: 30 },
] as const;

/** One region of a synthetic national layout: its id and its own files (municipalities, actors, fruits, events). */
export interface SyntheticRegionContent {
  id: string;
  code: string;
  name: string;
  actors: number;
  municipalities: number;
  files: SyntheticFile[];
}

/** `total` split in proportion to `weights`, each share rounded so that the shares add up to `total`. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  const left = total - shares.reduce((a, b) => a + b, 0);
  // The largest remainders get the units rounding left over.
  [...exact.keys()]
    .sort((a, b) => exact[b]! - shares[b]! - (exact[a]! - shares[a]!))
    .slice(0, left)
    .forEach((i) => shares[i]!++);
  return shares;
}

/**
 * A national layout of synthetic content: every region's actors in proportion to its
 * population, and within a region a few large municipalities and many small ones (the `k`th
 * largest has about 1/k^1.2 of the largest's share), as in Finland.
 */
export function syntheticNation({
  actors = 20_000,
  seed = 1,
}: { actors?: number; seed?: number } = {}): SyntheticRegionContent[] {
  const random = seededRandom(seed);
  const perRegion = apportion(
    actors,
    REGIONS.map((region) => region.population),
  );
  let municipalityIndex = 0;
  return REGIONS.map((region, r) => {
    const sizes = apportion(
      perRegion[r]!,
      Array.from({ length: region.municipalities }, (_, k) => 1 / (k + 1) ** 1.2),
    );
    const towns: SyntheticMunicipality[] = sizes.map((count, k) => {
      const index = municipalityIndex++;
      return {
        id: `kunta-${region.code}-${String(k + 1).padStart(2, '0')}`,
        name: placeName(index),
        code: String(100 + index).padStart(3, '0'),
        actors: count,
      };
    });
    return {
      id: region.id,
      code: region.code,
      name: region.name,
      actors: perRegion[r]!,
      municipalities: towns.length,
      files: regionContent({ name: region.name, code: region.code }, towns, random),
    };
  });
}
