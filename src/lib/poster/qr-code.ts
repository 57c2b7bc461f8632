import type { Element } from 'hast';
import { s } from 'hastscript';
import qrcode from 'qrcode-generator';

/** A QR code as one SVG path of dark modules, on a white square with its quiet zone. */
export interface QrCode {
  /** Modules per side, the quiet zone included. */
  modules: number;
  /** The dark modules in module units: one rectangle (`M x y h… v1 h… z`) per run of them in a row. */
  path: string;
}

/** The blank margin a QR reader needs around the code, in modules (the standard asks for four). */
const QUIET_ZONE = 4;

/**
 * Encodes an address as a QR code with medium error correction (about 15 % of the code may be
 * dirty or torn, as on a poster in a hallway). Only ASCII is accepted: `URL.href` already
 * encodes other characters, and readers disagree on what bytes above 127 mean.
 */
export function qrCode(address: string): QrCode {
  if (!/^[\x20-\x7e]+$/.test(address)) throw new Error(`A QR code address must be printable ASCII: ${address}`);
  const code = qrcode(0, 'M');
  code.addData(address, 'Byte');
  code.make();
  const size = code.getModuleCount();
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let column = 0; column <= size; column++) {
      const dark = column < size && code.isDark(row, column);
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h${start - column}z`);
        start = -1;
      }
    }
  }
  return { modules: size + 2 * QUIET_ZONE, path: runs.join('') };
}

/** The code drawn as SVG at `x`, `y` with sides of `size` units: a white square and the dark modules. */
export function qrCodeSvg(code: QrCode, x: number, y: number, size: number): Element {
  const scale = Math.round((size / code.modules) * 1000) / 1000;
  return s('g', { transform: `translate(${x} ${y}) scale(${scale})`, 'aria-hidden': 'true' }, [
    s('rect', { width: code.modules, height: code.modules, fill: '#ffffff' }),
    // No anti-aliasing, which would draw faint seams between the rows of modules.
    s('path', { d: code.path, fill: '#000000', 'shape-rendering': 'crispEdges' }),
  ]);
}
