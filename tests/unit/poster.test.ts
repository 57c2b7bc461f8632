import { describe, expect, test } from 'vitest';
import { posterLayout, treeShare, wrap, wrapAddress } from '~/lib/poster/poster-layout';
import { posterPdf } from '~/lib/poster/poster-pdf';
import { qrCode } from '~/lib/poster/qr-code';
import { renderPosterSvg } from '~/lib/poster/render-poster-svg';
import { layoutTree } from '~/lib/tree/layout-tree';
import { syntheticTreeInput } from '~/lib/synthetic/tree-input';

const text = {
  heading: 'Hyvinvointipuu – Vimpeli',
  subtitle: 'Hyvinvointipuun oksat ovat asukkaiden hyvinvointiin vaikuttavia tekijöitä.',
  legend: [
    { icon: 'leaf' as const, text: 'lehti: toimija' },
    { icon: 'apple' as const, text: 'omena: kumppanuuden hedelmä' },
    { icon: 'attraction' as const, text: 'tähti omenassa: vetovoimatekijä' },
    { icon: 'bud' as const, text: 'nuppu: ei vielä toimijoita' },
  ],
  more: 'Koko luettelo ja yhteystiedot',
  address: 'https://hyvinvointipuu.example.fi/vimpeli/',
};
const options = {
  id: 'juliste-testi',
  title: 'Hyvinvointipuu – Vimpeli',
  description: 'Kuvaus.',
  fruitWord: 'Hedelmä',
  attractionWord: 'vetovoimatekijä',
};

describe('the poster layout', () => {
  test('puts a wide tree on a landscape sheet and a tall one on a portrait sheet', () => {
    expect(posterLayout({ width: 1120, height: 540 }, text).orientation).toBe('landscape');
    expect(posterLayout({ width: 700, height: 1400 }, text).orientation).toBe('portrait');
  });

  test('draws the tree as large as its space allows, clear of the heading and the panel', () => {
    for (const tree of [
      { width: 1120, height: 540 },
      { width: 700, height: 1400 },
      { width: 1400, height: 1300 },
    ]) {
      const layout = posterLayout(tree, text);
      const { tree: box, panel } = layout;
      expect(box.x).toBeGreaterThanOrEqual(135);
      expect(box.y).toBeGreaterThan(layout.subtitle.y);
      if (panel.arrangement === 'column') expect(box.x + box.width).toBeLessThanOrEqual(panel.x);
      else expect(box.y + box.height).toBeLessThanOrEqual(panel.y);
      expect(box.width / box.height).toBeCloseTo(tree.width / tree.height, 2);
      expect(treeShare(layout)).toBeGreaterThan(0.33);
    }
  });

  test('wraps text at spaces and an address after its slashes and dots', () => {
    expect(wrap('yksi kaksi kolme neljä', 11)).toEqual(['yksi kaksi', 'kolme neljä']);
    expect(wrapAddress('https://hyvinvointipuu.example.fi/sv/kauhava/', 24)).toEqual([
      'https://hyvinvointipuu.',
      'example.fi/sv/kauhava/',
    ]);
    expect(wrapAddress('https://a.fi/pitkakuntanimijokaeimahdu/', 10)).toEqual([
      'https://a.',
      'fi/',
      'pitkakunta',
      'nimijokaei',
      'mahdu/',
    ]);
  });
});

describe('the QR code', () => {
  test('has a finder square in its corner and the quiet zone a reader needs', () => {
    const code = qrCode(text.address);
    // Version v has 17 + 4v modules a side; four blank modules surround them.
    expect((code.modules - 8 - 17) % 4).toBe(0);
    expect(code.path.startsWith('M4 4h7v1h-7z')).toBe(true);
  });

  test('refuses an address that is not plain ASCII', () => {
    expect(() => qrCode('https://hyvinvointipuu.fi/kunta/ähtäri/')).toThrow('printable ASCII');
  });
});

describe('the poster', () => {
  const { svg, orientation } = renderPosterSvg(layoutTree(syntheticTreeInput(12, 2)), { ...options, text });

  test('is an A3 sheet with the heading, the tree, the QR code, the address and the legend', () => {
    expect(orientation).toBe('landscape');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 4200 2970" width="420mm" height="297mm"/);
    expect(svg).toContain('font-weight="700" fill="#1b1f1c">Hyvinvointipuu – Vimpeli</text>');
    // The side column is narrow: the words and the address wrap.
    expect(svg).toContain('>Koko luettelo ja</text>');
    expect(svg).toContain('>https://hyvinvointipuu.</text>');
    expect(svg).toContain('>example.fi/vimpeli/</text>');
    expect(svg).toContain(`<path d="${qrCode(text.address).path}" fill="#000000"`);
    expect(svg).toContain('>omena: kumppanuuden</text>');
  });

  test('is a one-page PDF on A3 and A4, in the orientation of the drawing, with its text', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (const [size, sheet] of [
      ['a3', [1190.55, 841.89]],
      ['a4', [841.89, 595.28]],
    ] as const) {
      const pdf = await posterPdf(svg, { size, orientation, title: text.heading, lang: 'fi' });
      const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
      const document = await task.promise;
      expect(document.numPages).toBe(1);
      const page = await document.getPage(1);
      expect(page.view.map((n) => Math.round(n * 100) / 100)).toEqual([0, 0, ...sheet]);
      const words = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
      expect(words).toContain('Hyvinvointipuu – Vimpeli');
      expect(words).toContain('example.fi/vimpeli/');
      expect(words).toContain('tähti omenassa: vetovoimatekijä');
      const { info } = (await document.getMetadata()) as { info: { Title?: string } };
      expect(info.Title).toBe('Hyvinvointipuu – Vimpeli');
      await task.destroy();
    }
  });
});
