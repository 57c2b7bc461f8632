import type { TreeInput } from '../tree/types';
import { associationName } from './names';
import { seededRandom } from './random';

/** The twelve starting branches of the wellbeing tree, with one sub-branch, as in the bundled content. */
const BRANCHES = [
  ['liikunta-ja-ulkoilu', 'Liikunta ja ulkoilu', '#2e7d32'],
  ['kulttuuri-ja-harrastukset', 'Kulttuuri ja harrastukset', '#8e24aa'],
  ['kylat-ja-yhteisot', 'Kylät ja yhteisöt', '#6d4c41'],
  ['osallisuus-ja-yhteistyo', 'Osallisuus ja yhteistyö', '#00838f'],
  ['terveys-ja-sosiaalinen-hyvinvointi', 'Terveys ja sosiaalinen hyvinvointi', '#c62828'],
  ['vapaaehtoistoiminta', 'Vapaaehtoistoiminta', '#ad1457', 'terveys-ja-sosiaalinen-hyvinvointi'],
  ['lapset-nuoret-ja-perheet', 'Lapset, nuoret ja perheet', '#ef6c00'],
  ['ikaantyneet', 'Ikääntyneet', '#5d4037'],
  ['koulutus-ja-oppiminen', 'Koulutus ja oppiminen', '#1565c0'],
  ['tyo-ja-yrittajyys', 'Työ ja yrittäjyys', '#37474f'],
  ['asuminen-ja-ymparisto', 'Asuminen ja ympäristö', '#558b2f'],
  ['turvallisuus', 'Turvallisuus', '#283593'],
  ['luonto-ja-matkailu', 'Luonto ja matkailu', '#00695c'],
  ['hengellinen-elama', 'Hengellinen elämä', '#4e342e'],
] as const;

/**
 * A deterministic tree input with `actorCount` actors spread unevenly over the branches (as in
 * real municipalities, where sports and villages have many) and one fruit per ten actors.
 */
export function syntheticTreeInput(actorCount: number, seed = 1): TreeInput {
  const random = seededRandom(seed);
  const branches = BRANCHES.map(([id, name, colour, parent]) => ({ id, name, colour, parent, href: `/kunta/kasvustot/${id}/` }));
  // Zipf-like weights: the first branches get most actors.
  const weights = branches.map((_, i) => 1 / (i + 1));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const branchFor = () => {
    let r = random() * totalWeight;
    for (let i = 0; i < branches.length; i++) {
      r -= weights[i]!;
      if (r <= 0) return branches[i]!.id;
    }
    return branches[0]!.id;
  };
  const actors = Array.from({ length: actorCount }, (_, i) => ({
    id: `kunta/toimija-${i + 1}`,
    name: associationName(random, i),
    href: `/kunta/toimijat/toimija-${i + 1}/`,
    branches: [branchFor()],
    priority: Math.floor(random() * 4),
  }));
  const fruits = Array.from({ length: Math.floor(actorCount / 10) }, (_, i) => ({
    id: `kunta/hedelma-${i + 1}`,
    title: `Yhteinen hanke ${i + 1}`,
    href: `/kunta/hedelmat/hedelma-${i + 1}/`,
    branch: branchFor(),
    attraction: random() < 0.3,
  }));
  return {
    branches,
    actors,
    fruits,
    text: {
      more: (count) => `+${count} muuta`,
      tally: (actors, fruits) => `${actors} toimijaa · ${fruits} hedelmää`,
    },
  };
}
