import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, inject, test } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { municipalityOfId } from '~/lib/entry-id';
import { stableUuid } from '~/lib/exports/stable-uuid';

/**
 * The exports as the build wrote them, fetched from the served site and read back with
 * independent parsers: nothing an active actor has may be lost on the way.
 */
const baseUrl = inject('baseUrl');
const entries = checkContent(inject('contentRoot')).entries;
const activeActors = entries.filter((entry) => entry.collection === 'actors' && (entry.data.status ?? 'active') === 'active');
const municipalities = entries.filter((entry) => entry.collection === 'municipalities').map((entry) => entry.id);

async function download(path: string): Promise<{ type: string; text: string }> {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.status, path).toBe(200);
  return { type: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** Active actors a municipality's files must hold: its own and those that also serve it. */
function expectedIds(municipalityId?: string): string[] {
  return activeActors
    .filter(
      (actor) =>
        !municipalityId ||
        municipalityOfId(actor.id) === municipalityId ||
        ((actor.data.serves as string[] | undefined) ?? []).includes(municipalityId),
    )
    .map((actor) => actor.id)
    .sort();
}

const scopes = [undefined, ...municipalities];
const folder = (municipalityId?: string) => (municipalityId ? `/avoin-data/${municipalityId}` : '/avoin-data');

describe('the exports written by the build', () => {
  test('the bundled content has active actors to export, in more than one municipality', () => {
    expect(activeActors.length).toBeGreaterThan(10);
    expect(new Set(activeActors.map((actor) => municipalityOfId(actor.id))).size).toBeGreaterThan(3);
  });

  test.each(scopes)('the contacts CSV of %s holds one row per active actor', async (municipalityId) => {
    const { type, text } = await download(`${folder(municipalityId)}/yhteystiedot.csv`);
    expect(type).toContain('text/csv');
    const rows: Record<string, string>[] = parseCsv(text, { bom: true, columns: true });
    expect(rows.map((row) => row['tunniste']!).sort()).toEqual(expectedIds(municipalityId));
  });

  test.each(scopes)('the vCards of %s hold one card per active actor', async (municipalityId) => {
    const { text } = await download(`${folder(municipalityId)}/yhteystiedot.vcf`);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    const parsed = ICAL.parse(text) as unknown[];
    const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]).map((card) => new ICAL.Component(card as never));
    const uids = cards.map((card) => card.getFirstPropertyValue('uid'));
    expect(uids.sort()).toEqual(
      expectedIds(municipalityId)
        .map((id) => `urn:uuid:${stableUuid('organization', id)}`)
        .sort(),
    );
  });

  test('the actors JSON holds every actor, and every active one as active', async () => {
    const items = JSON.parse((await download('/avoin-data/toimijat.json')).text).items as { id: string; status: string }[];
    const actorIds = entries.filter((entry) => entry.collection === 'actors').map((entry) => entry.id);
    expect(items.map((item) => item.id).sort()).toEqual(actorIds.sort());
    expect(
      items
        .filter((item) => item.status === 'active')
        .map((item) => item.id)
        .sort(),
    ).toEqual(expectedIds());
  });

  test('the HSDS organizations hold every active actor once', async () => {
    const organizations = JSON.parse((await download('/avoin-data/hsds/organizations.json')).text) as { id: string }[];
    expect(organizations.map((organization) => organization.id).sort()).toEqual(
      expectedIds()
        .map((id) => stableUuid('organization', id))
        .sort(),
    );
  });

  test('each JSON dataset names its published schema, which is served too', async () => {
    for (const dataset of ['kunnat', 'kasvustot', 'toimijat', 'hedelmat', 'tapahtumat']) {
      const document = JSON.parse((await download(`/avoin-data/${dataset}.json`)).text) as { $schema: string };
      const schema = JSON.parse((await download(new URL(document.$schema).pathname)).text) as { $schema: string };
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  test('the open-data page links every file and names the licence', async () => {
    const { text } = await download('/avoin-data/');
    for (const municipalityId of scopes) {
      expect(text).toContain(`href="${folder(municipalityId)}/yhteystiedot.csv"`);
      expect(text).toContain(`href="${folder(municipalityId)}/yhteystiedot.vcf"`);
    }
    expect(text).toContain('href="/avoin-data/hsds/organizations.json"');
    expect(text).toMatch(/<a href="https:\/\/creativecommons.org\/licenses\/by\/4.0\/deed.fi" rel="license">CC BY 4.0<\/a>/);
  });
});
