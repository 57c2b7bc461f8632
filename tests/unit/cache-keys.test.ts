import { describe, expect, test } from 'vitest';
import { digestOf, entryPageKey, municipalityKey, siteKey, viewModelKey, type KeyContext } from '~/lib/cache-keys';
import { buildCalendar } from '~/lib/view-models/calendar';
import { createTranslator } from '~/lib/i18n';
import { indexContent, type SiteContent } from '~/lib/site-index';
import { buildActorPage } from '~/lib/view-models/actor-page';
import type { PageContext } from '~/lib/page-context';
import { siteContent } from '../fixtures/site-content';
import { defaultSettings } from '../fixtures/page-context';

const NOW = '2026-12-01 12:00';

/** Key context of plain content: each entry's digest is the digest of its data, as Astro's is of its file. */
function keyContext(content: SiteContent, now = NOW, settings: unknown = { site: 'https://example.org/' }): KeyContext {
  const digests = new Map<string, string>();
  for (const [collection, entries] of Object.entries(content))
    for (const entry of entries as { id: string; data: unknown }[])
      digests.set(`${collection}:${entry.id}`, digestOf(entry.data));
  return { index: indexContent(content), digests, now, settings };
}

/** The content with one entry's data changed. */
function edited(collection: keyof SiteContent, id: string, change: (data: Record<string, unknown>) => void): SiteContent {
  const content = siteContent();
  const entry = (content[collection] as { id: string; data: Record<string, unknown> }[]).find((e) => e.id === id)!;
  change(entry.data);
  return content;
}

function actorPageKey(content: SiteContent, id: string, now = NOW): string {
  const ctx = keyContext(content, now);
  const page: PageContext = { lang: 'fi', t: createTranslator('fi'), index: ctx.index, now, settings: defaultSettings };
  return entryPageKey(ctx, 'actors', id, buildActorPage(page, id, new URL('https://example.org/')));
}

/** The key of a branch's calendar page, made of what the page shows. */
function branchCalendarKey(content: SiteContent, branch: string): string {
  const ctx = keyContext(content);
  const page: PageContext = { lang: 'fi', t: createTranslator('fi'), index: ctx.index, now: NOW, settings: defaultSettings };
  return viewModelKey(ctx, buildCalendar(page, { branch }));
}

describe('incremental build keys', () => {
  test('a page keyed by its view models keeps its key when an organiser’s description changes, not when its event does', () => {
    const [event] = siteContent().events;
    const before = branchCalendarKey(siteContent(), event!.data.branch);
    const organiser = event!.data.organisers[0]!;
    const described = edited('actors', organiser, (data) => (data.description = { fi: 'Uusi.' }));
    const retitled = edited('events', event!.id, (data) => (data.title = { fi: 'Uusi tapahtuma' }));
    expect(branchCalendarKey(described, event!.data.branch)).toBe(before);
    expect(branchCalendarKey(retitled, event!.data.branch)).not.toBe(before);
  });

  test('are the same for the same content, settings and time', () => {
    expect(municipalityKey(keyContext(siteContent()), 'vimpeli')).toBe(municipalityKey(keyContext(siteContent()), 'vimpeli'));
    expect(siteKey(keyContext(siteContent()))).toBe(siteKey(keyContext(siteContent())));
    expect(actorPageKey(siteContent(), 'vimpeli/spr')).toBe(actorPageKey(siteContent(), 'vimpeli/spr'));
  });

  test('an actor page changes when its own description changes, and not when an unrelated actor does', () => {
    const before = actorPageKey(siteContent(), 'vimpeli/spr');
    const own = edited('actors', 'vimpeli/spr', (data) => (data.description = { fi: 'Uusi kuvaus.' }));
    const other = edited('actors', 'alajarvi/tauolla', (data) => (data.description = { fi: 'Uusi kuvaus.' }));
    expect(actorPageKey(own, 'vimpeli/spr')).not.toBe(before);
    expect(actorPageKey(other, 'vimpeli/spr')).toBe(before);
  });

  test('an actor page changes when a branch it belongs to is renamed or a fruit it shares is retitled', () => {
    const before = actorPageKey(siteContent(), 'vimpeli/spr');
    const branch = edited('branches', 'vapaaehtoistoiminta', (data) => (data.name = { fi: 'Vapaaehtoistyö' }));
    const fruit = edited('fruits', 'vimpeli/hyvan-teon-kampanja', (data) => (data.title = { fi: 'Hyvän teon viikko' }));
    expect(actorPageKey(branch, 'vimpeli/spr')).not.toBe(before);
    expect(actorPageKey(fruit, 'vimpeli/spr')).not.toBe(before);
  });

  test('a municipality changes with its own actors, with actors from elsewhere that serve it, and with shared branches', () => {
    const before = municipalityKey(keyContext(siteContent()), 'alajarvi');
    const own = edited('actors', 'alajarvi/tauolla', (data) => (data.name = 'Levossa ry'));
    const visiting = edited('actors', 'vimpeli/spr', (data) => (data.name = 'SPR Vimpeli'));
    const branch = edited('branches', 'liikunta', (data) => (data.name = { fi: 'Urheilu' }));
    expect(municipalityKey(keyContext(own), 'alajarvi')).not.toBe(before);
    expect(municipalityKey(keyContext(visiting), 'alajarvi')).not.toBe(before);
    expect(municipalityKey(keyContext(branch), 'alajarvi')).not.toBe(before);
  });

  test('a municipality stays the same when another municipality’s own actor changes', () => {
    const content = siteContent();
    content.actors.push({ id: 'vimpeli/kuoro', data: structuredClone(content.actors[0]!.data) });
    const before = municipalityKey(keyContext(content), 'alajarvi');
    const changed = structuredClone(content);
    changed.actors.find((actor) => actor.id === 'vimpeli/kuoro')!.data.name = 'Vimpelin kuoro';
    expect(municipalityKey(keyContext(changed), 'alajarvi')).toBe(before);
    expect(municipalityKey(keyContext(changed), 'vimpeli')).not.toBe(municipalityKey(keyContext(content), 'vimpeli'));
  });

  test('the region changes with any entry, with the day, and with the settings', () => {
    const before = siteKey(keyContext(siteContent()));
    const anyEntry = edited('actors', 'alajarvi/tauolla', (data) => (data.name = 'Levossa ry'));
    expect(siteKey(keyContext(anyEntry))).not.toBe(before);
    expect(siteKey(keyContext(siteContent(), '2026-12-02 08:00'))).not.toBe(before);
    expect(siteKey(keyContext(siteContent(), NOW, { site: 'https://hyvinvointipuu.example.org/' }))).not.toBe(before);
  });

  test('a municipality changes when one of its events ends, though no file changed', () => {
    const content = siteContent();
    const event = content.events[0]!;
    const dayBefore = `${event.data.start.slice(0, 10)} 08:00`;
    const dayAfter = '2026-12-01 08:00';
    expect(municipalityKey(keyContext(content, dayBefore), 'alajarvi')).not.toBe(
      municipalityKey(keyContext(content, dayAfter), 'alajarvi'),
    );
    // Within the same state of every event, the time of day makes no difference.
    expect(municipalityKey(keyContext(content, '2026-12-01 09:00'), 'alajarvi')).toBe(
      municipalityKey(keyContext(content, dayAfter), 'alajarvi'),
    );
  });
});
