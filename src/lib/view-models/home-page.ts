import { localize, type Shown } from '../localize';
import { isListed } from '../site-index';
import { urls } from '../urls';
import { eventItem, fruitItem, type EventItem, type FruitItem, type PageContext } from './common';

export interface MunicipalityCard {
  name: Shown;
  href: string;
  intro: Shown;
  counts: string[];
}

export interface HomePage {
  municipalities: MunicipalityCard[];
  breakfasts: EventItem[];
  /** The newest fruits; each municipality's page has all of its own. */
  fruits: FruitItem[];
  fruitCount: number;
}

/** How many of the newest fruits the front page shows. */
export const FRONT_PAGE_FRUITS = 12;

/** The regional front page: the municipalities, the partnership breakfasts and the fruits. */
export function buildHomePage(ctx: PageContext): HomePage {
  const { index, lang, t } = ctx;
  return {
    municipalities: index.municipalities.map((municipality) => {
      const actors = (index.actorsOf.get(municipality.id) ?? []).filter(isListed).length;
      const fruits = index.fruitsOf.get(municipality.id)?.length ?? 0;
      const events = index.eventsOf.get(municipality.id)?.length ?? 0;
      return {
        name: localize(municipality.data.name, lang),
        href: urls.municipality(lang, municipality.id),
        intro: localize(municipality.data.intro, lang),
        counts: [
          t('counts.actors', { count: actors }),
          t('counts.fruits', { count: fruits }),
          t('counts.events', { count: events }),
        ],
      };
    }),
    breakfasts: index.events.filter((event) => event.data.kind === 'partnership-breakfast').map((event) => eventItem(event, ctx)),
    fruits: index.fruits.slice(0, FRONT_PAGE_FRUITS).map((fruit) => fruitItem(fruit, ctx)),
    fruitCount: index.fruits.length,
  };
}
