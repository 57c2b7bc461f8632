import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createTranslator } from '~/lib/i18n';
import { indexContent } from '~/lib/site-index';
import { layoutForest } from '~/lib/tree/layout-forest';
import { layoutTree } from '~/lib/tree/layout-tree';
import { renderForestSvg } from '~/lib/tree/render-forest-svg';
import { renderTreeSvg } from '~/lib/tree/render-tree-svg';
import type { TreeInput } from '~/lib/tree/types';
import { buildMunicipalityTree, treeInputFor, WIDE_STEPS, wideFrom } from '~/lib/view-models/tree';
import { siteContent } from '../fixtures/site-content';
import { defaultSettings } from '../fixtures/page-context';

const words = { fruitWord: 'Hedelmä', attractionWord: 'vetovoimatekijä' };
const options = { id: 'puu-testi', title: 'Hyvinvointipuu – Testi', description: 'Kuvaus.', ...words };

function input(): TreeInput {
  return {
    branches: [
      { id: 'liikunta', name: 'Liikunta', colour: '#2e7d32', href: '/t/kasvustot/liikunta/' },
      { id: 'turvallisuus', name: 'Turvallisuus', colour: '#283593', href: '/t/kasvustot/turvallisuus/' },
    ],
    actors: [{ id: 't/seura', name: 'Seura "<script>" & co', href: '/t/toimijat/seura/', branches: ['liikunta'], priority: 0 }],
    fruits: [{ id: 't/kisat', title: 'Kisat', href: '/t/hedelmat/kisat/', branch: 'liikunta', attraction: true }],
    text: {
      more: (count) => `+${count} muuta`,
      tally: (actors, fruits) => `${actors} toimijaa · ${fruits} hedelmää`,
    },
  };
}

describe('the tree SVG', () => {
  test('is the same, byte for byte, as the last approved drawing', () => {
    expect(renderTreeSvg(layoutTree(input()), options)).toMatchSnapshot();
  });

  test('has a title and a description, and links with accessible names', () => {
    const svg = renderTreeSvg(layoutTree(input()), options);
    expect(svg).toContain('aria-labelledby="puu-testi-otsikko" aria-describedby="puu-testi-kuvaus"');
    expect(svg).toContain('<title id="puu-testi-otsikko">Hyvinvointipuu – Testi</title>');
    // An SVG link takes its accessible name (and its hover text) from its <title> child.
    expect(svg).toContain(
      '<a href="/t/hedelmat/kisat/" class="hp-apple hp-apple--attraction"><title>Hedelmä: Kisat, vetovoimatekijä</title>',
    );
    // An empty branch is not offered as a page with content: its name is quiet text, not a link.
    expect(svg).not.toContain('/t/kasvustot/turvallisuus/');
    expect(svg).toContain('font-size="15" fill="#4a524c">Turvallisuus</text>');
    // Under a branch's name, a line says what it holds.
    expect(svg).toContain('>1 toimijaa · 1 hedelmää</text>');
  });

  test('makes the name of an actor beside the tree one link with its leaf', () => {
    const svg = renderTreeSvg(layoutTree(input()), options);
    const links = svg.match(/<a href="\/t\/toimijat\/seura\/">.*?<\/a>/g) ?? [];
    expect(links).toHaveLength(1);
    expect(links[0]).toContain('<use href="#puu-testi-lehti"');
    expect(links[0]).toMatch(/<text [^>]*>Seura "&#x3C;script>" &#x26; co<\/text>/);
    // The name is no longer a separate, hidden text outside the link.
    expect(svg).not.toMatch(/<text aria-hidden="true"[^>]*>Seura/);
  });

  test('escapes names, so content cannot add markup to the drawing', () => {
    const svg = renderTreeSvg(layoutTree(input()), options);
    expect(svg).not.toContain('<script>');
    // Text needs only `<` and `&` escaped to stay text; quotes and `>` are written as they are.
    expect(svg).toContain('<title>Seura "&#x3C;script>" &#x26; co</title>');
  });

  test('marks attraction apples with a star shape, not with colour alone', () => {
    const plain = renderTreeSvg(layoutTree({ ...input(), fruits: [{ ...input().fruits[0]!, attraction: false }] }), options);
    const attraction = renderTreeSvg(layoutTree(input()), options);
    expect(attraction).toContain('class="hp-apple hp-apple--attraction"');
    expect(attraction).toContain('<use href="#puu-testi-omena-tahti"');
    expect(plain).not.toContain('<use href="#puu-testi-omena-tahti"');
    // The star is a shape of its own (a ten-point path), drawn over the apple.
    expect(attraction).toMatch(/<g id="puu-testi-omena-tahti">.*<path d="M0,-6\.6L[^"]*Z" [^>]*fill="#ffd54f"/);
  });
});

describe('the forest', () => {
  test('stands every tree on one ground line at one scale, each a single link', () => {
    const small = input();
    const big: TreeInput = {
      ...input(),
      actors: Array.from({ length: 60 }, (_, i) => ({
        id: `b/a${i}`,
        name: `A${i}`,
        href: '/',
        branches: ['liikunta'],
        priority: 0,
      })),
    };
    const forest = layoutForest([
      { id: 'pieni', name: 'Pieni', href: '/pieni/', label: 'Pieni: 1 toimija', input: small },
      { id: 'iso', name: 'Iso', href: '/iso/', label: 'Iso: 60 toimijaa', input: big },
    ]);
    const [first, second] = forest.trees;
    expect(first!.y + first!.tree.ground.y).toBeCloseTo(forest.groundY, 5);
    expect(second!.y + second!.tree.ground.y).toBeCloseTo(forest.groundY, 5);
    expect(second!.tree.height).toBeGreaterThan(first!.tree.height);
    expect(second!.x).toBeGreaterThanOrEqual(first!.x + first!.tree.width);
    const svg = renderForestSvg(forest, { ...options, id: 'metsa' });
    expect(svg.match(/<a /g)).toHaveLength(2);
    expect(svg).toContain('<a href="/iso/" aria-label="Iso: 60 toimijaa">');
  });
});

describe('the tree of a municipality', () => {
  const ctx = {
    lang: 'fi' as const,
    t: createTranslator('fi'),
    index: indexContent(siteContent()),
    now: '2026-01-01 12:00',
    settings: defaultSettings,
  };

  test('grows the actors that count for it (based there or serving it, not defunct), with the ones who share fruits first', () => {
    const tree = treeInputFor(ctx, 'alajarvi');
    expect(tree.actors.map((actor) => [actor.name, actor.priority])).toEqual([
      ['Tauolla ry', 0],
      ['Urheiluseura', 2],
      ['Ääneseura', 0],
      ['SPR:n Vimpelin osasto', 1],
    ]);
    // An actor from elsewhere says so, in the words of every listing, in its leaf's name.
    expect(tree.actors.find((actor) => actor.name === 'SPR:n Vimpelin osasto')?.note).toBe(
      'Vimpeli, toimii myös kunnassa Alajärvi',
    );
    expect(buildMunicipalityTree(ctx, 'alajarvi').svg).toContain(
      '<title>SPR:n Vimpelin osasto (Vimpeli, toimii myös kunnassa Alajärvi)</title>',
    );
    expect(tree.branches.map((branch) => branch.href)).toContain('/alajarvi/kasvustot/vapaaehtoistoiminta/');
  });

  test('says in its description how many actors and fruits it holds and where its text is', () => {
    const tree = buildMunicipalityTree(ctx, 'vimpeli');
    expect(tree.title).toBe('Hyvinvointipuu – Vimpeli');
    expect(tree.description).toContain('Puussa on 1 toimija ja 1 hedelmä.');
    expect(tree.posters).toEqual([
      { text: 'PDF, A3', href: '/vimpeli/juliste-a3.pdf' },
      { text: 'PDF, A4', href: '/vimpeli/juliste-a4.pdf' },
      { text: 'SVG, A3', href: '/vimpeli/hyvinvointipuu.svg' },
    ]);
  });
});

describe('the choice between the wide drawing and the narrow tree', () => {
  test('shows the drawing from the first container width that holds it with its frame', () => {
    expect(wideFrom(500)).toBe(600);
    expect(wideFrom(598)).toBe(600);
    expect(wideFrom(599)).toBe(700);
    expect(wideFrom(903)).toBe(1000);
  });

  test('keeps the narrow tree on every screen for a drawing wider than any step', () => {
    expect(wideFrom(1500)).toBeUndefined();
  });

  test('has a container query in the stylesheet for every step it can choose, and for no other', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    const steps = [...css.matchAll(/\.hp-tree--wide-from-(\d+) \.hp-tree__scroll/g)].map(([, step]) => Number(step));
    expect(steps).toEqual([...WIDE_STEPS]);
    for (const step of WIDE_STEPS) expect(css).toContain(`@container hp-tree (width >= ${step}px)`);
  });
});
