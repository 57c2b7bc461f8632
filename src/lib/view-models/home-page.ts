import { localize, type Shown } from '../localize';
import { tally, tallyText } from '../counts';
import { urls } from '../urls';
import { eventItem, fruitItem, type EventItem, type FruitItem } from './common';
import type { PageContext } from '../page-context';

export interface MunicipalityCard {
  name: Shown;
  href: string;
  intro: Shown;
  /** What counts for the municipality, in words: "7 toimijaa · 1 hedelmä · 1 tapahtuma" (`counts.ts`). */
  counts: string;
}

export interface HomePage {
  municipalities: MunicipalityCard[];
  breakfasts: EventItem[];
  /** The newest fruits; each municipality's page has all of its own. */
  fruits: FruitItem[];
  fruitCount: number;
}

/** How many of the newest fruits the front page shows. */
const FRONT_PAGE_FRUITS = 12;

/** The regional front page: the municipalities, the partnership breakfasts and the fruits. */
export function buildHomePage(ctx: PageContext): HomePage {
  const { index, lang, t } = ctx;
  return {
    municipalities: index.municipalities.map((municipality) => ({
      name: localize(municipality.data.name, lang),
      href: urls.municipality(lang, municipality.id),
      intro: localize(municipality.data.intro, lang),
      counts: tallyText(t, tally(index, municipality.id)),
    })),
    breakfasts: index.events.filter((event) => event.data.kind === 'partnership-breakfast').map((event) => eventItem(event, ctx)),
    fruits: index.fruits.slice(0, FRONT_PAGE_FRUITS).map((fruit) => fruitItem(fruit, ctx)),
    fruitCount: index.fruits.length,
  };
}
