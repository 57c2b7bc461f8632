import { describe, expect, test } from 'vitest';
import { countedActors, isEmptyTally, tally, tallyText } from '~/lib/counts';
import { createTranslator } from '~/lib/i18n';
import { indexContent } from '~/lib/site-index';
import { buildLivingHerePage } from '~/lib/view-models/living-here-page';
import { siteContent } from '../fixtures/site-content';
import { defaultSettings } from '../fixtures/page-context';

const index = indexContent(siteContent());
const t = createTranslator('fi');

describe('one way to count', () => {
  test('an actor counts where it is based and where it serves, a defunct one nowhere', () => {
    expect(countedActors(index, 'alajarvi').map((actor) => actor.id)).toEqual([
      'alajarvi/tauolla',
      'alajarvi/urheiluseura',
      'alajarvi/aanekoski-seura',
      'vimpeli/spr',
    ]);
    expect(countedActors(index, 'vimpeli').map((actor) => actor.id)).toEqual(['vimpeli/spr']);
  });

  test('a branch counts the actors, fruits and events on it and on the branches it is given', () => {
    expect(tally(index, 'alajarvi')).toEqual({ actors: 4, fruits: 0, events: 1 });
    expect(tally(index, 'alajarvi', new Set(['liikunta']))).toEqual({ actors: 3, fruits: 0, events: 1 });
    expect(tally(index, 'vimpeli', new Set(['terveys', 'vapaaehtoistoiminta']))).toEqual({ actors: 1, fruits: 1, events: 0 });
    expect(isEmptyTally(tally(index, 'vimpeli', new Set(['liikunta'])))).toBe(true);
  });

  test('says what it counts: actors always, fruits and events when there are any, singular for one', () => {
    expect(tallyText(t, { actors: 2, fruits: 1, events: 0 })).toBe('2 toimijaa · 1 hedelmä');
    expect(tallyText(t, { actors: 0, fruits: 0, events: 3 })).toBe('0 toimijaa · 3 tapahtumaa');
    expect(tallyText(createTranslator('en'), { actors: 1, fruits: 2, events: 1 })).toMatch(/^1 actor · 2 fruits · 1 event$/);
  });
});

describe('the living-here page with empty branches', () => {
  test('names an empty branch without a link to its empty page', () => {
    const page = buildLivingHerePage({ lang: 'fi', t, index, now: '2026-11-30 12:00', settings: defaultSettings }, 'vimpeli');
    expect(page.quietBranches).toEqual([{ label: expect.objectContaining({ text: 'Liikunta' }) }]);
    expect(page.nextSteps).toBeUndefined();
  });
});
