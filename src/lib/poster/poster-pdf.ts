import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { SHEETS, type SheetSize } from './poster-layout';

/** Millimetres to PDF points. */
const POINTS_PER_MM = 72 / 25.4;

/**
 * The poster's typeface, embedded (as a subset) so every printer draws the same letters:
 * DejaVu Sans covers Finnish, Swedish and Sámi letters and the arrow of sub-branches.
 * Resolved from the project, as the build runs there.
 */
function fontFile(name: string): string {
  return createRequire(join(process.cwd(), 'package.json')).resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);
}

export interface PosterPdfOptions {
  size: SheetSize;
  /** The drawing's orientation, which the sheet takes (`renderPosterSvg` chose it). */
  orientation: 'portrait' | 'landscape';
  /** The document's title, shown by PDF readers. */
  title: string;
  lang: string;
}

/**
 * A poster SVG as a one-page PDF on an A3 or A4 sheet, drawn with vectors and text (no browser,
 * no raster): the same drawing as the SVG, scaled to the sheet and its orientation.
 */
export function posterPdf(svg: string, options: PosterPdfOptions): Promise<Buffer> {
  const sheet = SHEETS[options.size];
  const [long, short] = [sheet.height * POINTS_PER_MM, sheet.width * POINTS_PER_MM];
  const [width, height] = options.orientation === 'landscape' ? [long, short] : [short, long];
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    lang: options.lang,
    displayTitle: true,
    // A fixed date keeps the file the same from build to build when its content is.
    info: { Title: options.title, Creator: 'Hyvinvointipuu', CreationDate: new Date(0) },
  });
  doc.registerFont('DejaVuSans', fontFile('DejaVuSans'));
  doc.registerFont('DejaVuSans-Bold', fontFile('DejaVuSans-Bold'));
  doc.registerFont('DejaVuSans-Italic', fontFile('DejaVuSans-Oblique'));
  doc.registerFont('DejaVuSans-BoldItalic', fontFile('DejaVuSans-BoldOblique'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  SVGtoPDF(doc, svg, 0, 0, {
    width,
    height,
    preserveAspectRatio: 'xMidYMid meet',
    fontCallback: (_family: string, bold: boolean, italic: boolean) =>
      `DejaVuSans${bold && italic ? '-BoldItalic' : bold ? '-Bold' : italic ? '-Italic' : ''}`,
    warningCallback: (message: string) => {
      throw new Error(`The poster could not be made into a PDF: ${message}`);
    },
  });
  doc.end();
  return done;
}
