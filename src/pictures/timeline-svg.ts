/**
 * The timeline as an SVG drawn at build time: one mark per dated event, as wide as its date is
 * vague (a month spans its month, a year its year, a range the whole range), labels placed in
 * lanes so that none overlaps another, every mark a link. No script; it follows the page's
 * colours through CSS classes, so it works offline, in the dark scheme and in print.
 */
import { earliestDay, latestDay, type DossierDate } from '../model/dossier-date.ts';
import { escapeXml, round } from './svg-text.ts';

export interface TimelineItem {
  id: string;
  title: string;
  href: string;
  date: DossierDate;
  /** The date as the page shows it, for the tooltip. */
  dateLabel: string;
}

export interface TimelineOptions {
  width?: number;
  /** Longest label in characters; longer titles are cut with an ellipsis. */
  maxLabel?: number;
}

const DAY = 86_400_000;
const LANE_HEIGHT = 30;
const AXIS_HEIGHT = 34;
const CHAR_WIDTH = 6.6; // average width of a 12px sans-serif character, for lane planning

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export interface TimelineLayout {
  width: number;
  height: number;
  marks: { item: TimelineItem; x: number; w: number; lane: number; label: string; labelX: number; anchor: 'start' | 'end' }[];
  years: { year: number; x: number }[];
}

export function layoutTimeline(items: readonly TimelineItem[], options: TimelineOptions = {}): TimelineLayout {
  const width = options.width ?? 860;
  const maxLabel = options.maxLabel ?? 48;
  const pad = 16;
  const starts = items.map((i) => toTime(earliestDay(i.date.from)));
  const ends = items.map((i) => toTime(latestDay(i.date.to ?? i.date.from)) + DAY);
  const firstYear = new Date(Math.min(...starts)).getUTCFullYear();
  const lastYear = new Date(Math.max(...ends) - 1).getUTCFullYear();
  const t0 = Date.UTC(firstYear, 0, 1);
  // The axis ends a little after the last mark, not at the end of its year: no empty half-year.
  const latest = Math.max(...ends);
  const t1 = Math.min(Date.UTC(lastYear + 1, 0, 1), latest + (latest - t0) * 0.04);
  const scale = (t: number) => pad + ((t - t0) / (t1 - t0)) * (width - 2 * pad);

  // Earliest first; each label goes into the first lane where it does not touch the one before.
  const order = items.map((item, i) => ({ item, start: starts[i]!, end: ends[i]! })).sort((a, b) => a.start - b.start || a.end - b.end || a.item.title.localeCompare(b.item.title, 'de-CH'));
  const laneEnds: number[] = [];
  const marks = order.map(({ item, start, end }) => {
    const x = scale(start);
    const w = Math.max(4, scale(end) - x);
    const label = clip(item.title, maxLabel);
    const labelWidth = label.length * CHAR_WIDTH + 8;
    // Labels run rightwards from the mark; near the right edge they run leftwards from its end.
    const anchor: 'start' | 'end' = x + labelWidth > width - pad ? 'end' : 'start';
    const left = anchor === 'start' ? x : x + w - labelWidth;
    const right = anchor === 'start' ? Math.max(x + w, x + labelWidth) : x + w;
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + 6 <= left);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = right;
    return { item, x, w, lane, label, labelX: anchor === 'start' ? x : x + w, anchor };
  });
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ year: firstYear + i, x: scale(Date.UTC(firstYear + i, 0, 1)) }));
  return { width, height: AXIS_HEIGHT + Math.max(1, laneEnds.length) * LANE_HEIGHT + 8, marks, years };
}

/**
 * `hidden`: the page shows a text equivalent right after the picture, so the picture is hidden
 * from assistive technology and its links are kept out of the tab order.
 */
export function timelineSvg(items: readonly TimelineItem[], options: TimelineOptions & { title: string; hidden?: boolean }): string {
  if (items.length === 0) return '';
  const layout = layoutTimeline(items, options);
  const axisY = layout.height - AXIS_HEIGHT + 8;
  const parts: string[] = [];
  parts.push(
    `<svg class="timeline-svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" ${
      options.hidden ? 'aria-hidden="true"' : `role="img" aria-label="${escapeXml(options.title)}"`
    } xmlns="http://www.w3.org/2000/svg">`,
  );
  parts.push(`<line class="tl-axis" x1="0" x2="${layout.width}" y1="${axisY}" y2="${axisY}"/>`);
  for (const { year, x } of layout.years) {
    parts.push(`<line class="tl-tick" x1="${round(x)}" x2="${round(x)}" y1="0" y2="${axisY + 6}"/>`);
    parts.push(`<text class="tl-year" x="${round(x) + 4}" y="${axisY + 22}">${year}</text>`);
  }
  for (const mark of layout.marks) {
    const y = 8 + mark.lane * LANE_HEIGHT;
    parts.push(
      `<a href="${escapeXml(mark.item.href)}"${options.hidden ? ' tabindex="-1"' : ''} class="tl-mark" data-event="${escapeXml(mark.item.id)}">` +
        `<title>${escapeXml(`${mark.item.title} (${mark.item.dateLabel})`)}</title>` +
        `<rect x="${round(mark.x)}" y="${y}" width="${round(mark.w)}" height="8" rx="2"/>` +
        `<text x="${round(mark.labelX)}" y="${y + 22}" text-anchor="${mark.anchor}">${escapeXml(mark.label)}</text>` +
        `</a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
