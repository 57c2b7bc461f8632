import { curveCatmullRomClosed, line } from 'd3-shape';
import type { Point } from './types';

const outline = line<Point>()
  .x((point) => point.x)
  .y((point) => point.y)
  .curve(curveCatmullRomClosed.alpha(0.5))
  .digits(1);

/**
 * A closed, smooth outline around a quadratic curve from `start` (width `startWidth`) through
 * `control` to `end` (width `endWidth`): the shape of a branch or a trunk that tapers.
 */
export function taperedPath(start: Point, control: Point, end: Point, startWidth: number, endWidth: number, samples = 8): string {
  const left: Point[] = [];
  const right: Point[] = [];
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    const u = 1 - t;
    const x = u * u * start.x + 2 * u * t * control.x + t * t * end.x;
    const y = u * u * start.y + 2 * u * t * control.y + t * t * end.y;
    const dx = 2 * u * (control.x - start.x) + 2 * t * (end.x - control.x);
    const dy = 2 * u * (control.y - start.y) + 2 * t * (end.y - control.y);
    const length = Math.hypot(dx, dy) || 1;
    const half = (startWidth + (endWidth - startWidth) * t) / 2;
    left.push({ x: x - (dy / length) * half, y: y + (dx / length) * half });
    right.push({ x: x + (dy / length) * half, y: y - (dx / length) * half });
  }
  return outline([...left, ...right.reverse()])!;
}
