import { line } from 'd3-shape';
import { municipalityOfId } from '../entry-id';
import { hasEnded } from '../events/event-facts';
import { formatDate, formatTime } from '../format';
import { localize } from '../localize';
import { placeOf } from '../site-index';
import { urls } from '../urls';
import type { PageContext } from '../page-context';

export interface BreakfastRow {
  date: string;
  datetime: string;
  municipality: string;
  place: string;
  attendance?: number;
  href: string;
}

export interface BreakfastChart {
  width: number;
  height: number;
  bars: { x: number; y: number; width: number; height: number; label: string; value: number }[];
  /** The line through the bar tops, drawn with d3-shape. */
  trend: string;
  baseline: number;
}

export interface BreakfastsPage {
  held: BreakfastRow[];
  next?: BreakfastRow;
  chart: BreakfastChart;
}

const CHART = { width: 640, height: 260, top: 24, bottom: 48, side: 24 };

/**
 * The partnership breakfasts: those held, with date, place and attendance, a small bar chart of
 * attendance drawn with d3-shape at build time, and the next one in the calendar.
 */
export function buildBreakfastsPage(ctx: PageContext): BreakfastsPage {
  const { index, lang } = ctx;
  const rows = index.events
    .filter((event) => event.data.kind === 'partnership-breakfast' && event.data.status !== 'cancelled')
    .map((event) => ({
      event,
      row: {
        date: formatTime(event.data.start, lang),
        datetime: event.data.start.replace(' ', 'T'),
        municipality: localize(index.municipality.get(municipalityOfId(event.id))!.data.name, lang).text,
        place: placeOf(index, event).name,
        ...(event.data.attendance ? { attendance: event.data.attendance.count } : {}),
        href: urls.event(lang, event.id),
      },
    }));
  const held = rows.filter(({ event }) => hasEnded(event.data, ctx.now)).map(({ row }) => row);
  const next = rows.find(({ event }) => !hasEnded(event.data, ctx.now))?.row;
  const counted = held.filter((row) => row.attendance !== undefined);
  const max = Math.max(1, ...counted.map((row) => row.attendance!));
  const slot = (CHART.width - 2 * CHART.side) / Math.max(counted.length, 1);
  const plot = CHART.height - CHART.top - CHART.bottom;
  const bars = counted.map((row, i) => {
    const height = Math.round((row.attendance! / max) * plot);
    return {
      x: Math.round(CHART.side + i * slot + slot * 0.2),
      y: CHART.top + plot - height,
      width: Math.round(slot * 0.6),
      height,
      label: `${row.municipality} ${formatDate(row.datetime.slice(0, 10), lang)}`,
      value: row.attendance!,
    };
  });
  const trend =
    line<(typeof bars)[number]>()
      .x((bar) => bar.x + bar.width / 2)
      .y((bar) => bar.y)
      .digits(1)(bars) ?? '';
  return {
    held,
    ...(next ? { next } : {}),
    chart: { width: CHART.width, height: CHART.height, bars, trend, baseline: CHART.top + plot },
  };
}
