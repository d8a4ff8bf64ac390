/**
 * The timeline as an SVG drawn at build time: one mark per dated event, as wide as its date is
 * vague (a month spans its month, a year its year, a range the whole range), labels placed in
 * lanes so that none overlaps another, every mark a link. Labels are never cut: a long title
 * wraps onto several lines. No script; it follows the page's colours through CSS classes, so it
 * works offline, in the dark scheme and in print.
 */
import { earliestDay, latestDay, type DossierDate } from '../model/dossier-date.ts';
import { escapeXml, round, textWidth, wrapBalanced } from './svg-text.ts';

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
  /** Longest label line in characters; longer titles wrap onto further lines. */
  lineLength?: number;
}

/** The picture's natural width: it fills a desktop column and scrolls on a phone. */
export const TIMELINE_WIDTH = 860;
const DAY = 86_400_000;
/** The label font size, as the stylesheet sets it (`.tl-mark text`). */
const LABEL_FONT = 12;
const LINE_HEIGHT = 15;
const BAR_HEIGHT = 8;
/** From a lane's top to the baseline of its labels' first line. */
const FIRST_BASELINE = 22;
/** Below a lane's last line of text, before the next lane. */
const LANE_GAP = 8;
const AXIS_HEIGHT = 34;
/** Room kept free between two labels in one lane. */
const LABEL_GAP = 8;
const PAD = 16;

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export interface TimelineMark {
  item: TimelineItem;
  x: number;
  w: number;
  lane: number;
  /** The title in lines, together the whole title. */
  lines: string[];
  labelX: number;
  anchor: 'start' | 'end';
  /** The label's estimated extent, for lane planning (and tests). */
  labelLeft: number;
  labelRight: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  marks: TimelineMark[];
  /** Top of each lane; a lane is as tall as its longest label. */
  laneTops: number[];
  years: { year: number; x: number }[];
  axisY: number;
}

/**
 * Where a label goes beside its mark: rightwards from the mark's start, or, where that would
 * run past the right edge, leftwards from the mark's end; never past either edge.
 */
function placeLabel(x: number, w: number, labelWidth: number, width: number): { labelX: number; anchor: 'start' | 'end'; left: number } {
  if (x + labelWidth <= width - PAD) return { labelX: x, anchor: 'start', left: x };
  const end = Math.min(x + w, width - PAD);
  if (end - labelWidth >= PAD) return { labelX: end, anchor: 'end', left: end - labelWidth };
  return { labelX: PAD, anchor: 'start', left: PAD };
}

export function layoutTimeline(items: readonly TimelineItem[], options: TimelineOptions = {}): TimelineLayout {
  const width = options.width ?? TIMELINE_WIDTH;
  const lineLength = options.lineLength ?? 34;
  const starts = items.map((i) => toTime(earliestDay(i.date.from)));
  const ends = items.map((i) => toTime(latestDay(i.date.to ?? i.date.from)) + DAY);
  const firstYear = new Date(Math.min(...starts)).getUTCFullYear();
  const lastYear = new Date(Math.max(...ends) - 1).getUTCFullYear();
  const t0 = Date.UTC(firstYear, 0, 1);
  // The axis ends a little after the last mark, not at the end of its year: no empty half-year.
  const latest = Math.max(...ends);
  const t1 = Math.min(Date.UTC(lastYear + 1, 0, 1), latest + (latest - t0) * 0.04);
  const scale = (t: number) => PAD + ((t - t0) / (t1 - t0)) * (width - 2 * PAD);

  // Earliest first; each mark and its label go into the first lane where they touch nothing.
  const order = items.map((item, i) => ({ item, start: starts[i]!, end: ends[i]! })).sort((a, b) => a.start - b.start || a.end - b.end || a.item.title.localeCompare(b.item.title, 'de-CH'));
  const laneEnds: number[] = [];
  const laneLines: number[] = [];
  const marks = order.map(({ item, start, end }): TimelineMark => {
    const x = scale(start);
    const w = Math.max(4, scale(end) - x);
    const lines = wrapBalanced(item.title, lineLength);
    const labelWidth = Math.max(...lines.map((l) => textWidth(l, LABEL_FONT)));
    const { labelX, anchor, left } = placeLabel(x, w, labelWidth, width);
    // A lane holds a mark's bar as well as its label: neither may touch the one before.
    const occupiedLeft = Math.min(x, left);
    const occupiedRight = Math.max(x + w, left + labelWidth);
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + LABEL_GAP <= occupiedLeft);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = occupiedRight;
    laneLines[lane] = Math.max(laneLines[lane] ?? 0, lines.length);
    return { item, x, w, lane, lines, labelX, anchor, labelLeft: left, labelRight: left + labelWidth };
  });
  const laneTops: number[] = [];
  let y = 8;
  for (const lines of laneLines) {
    laneTops.push(y);
    y += FIRST_BASELINE + (lines - 1) * LINE_HEIGHT + LANE_GAP;
  }
  const axisY = Math.max(y, 8 + FIRST_BASELINE + LANE_GAP) + 8;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ year: firstYear + i, x: scale(Date.UTC(firstYear + i, 0, 1)) }));
  return { width, height: axisY + AXIS_HEIGHT - 8, marks, laneTops, years, axisY };
}

/**
 * `hidden`: the page shows a text equivalent right after the picture, so the picture is hidden
 * from assistive technology and its links are kept out of the tab order.
 */
export function timelineSvg(items: readonly TimelineItem[], options: TimelineOptions & { title: string; hidden?: boolean }): string {
  if (items.length === 0) return '';
  const layout = layoutTimeline(items, options);
  const { axisY } = layout;
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
    const top = layout.laneTops[mark.lane]!;
    const lines = mark.lines.map((line, i) => `<tspan x="${round(mark.labelX)}" y="${top + FIRST_BASELINE + i * LINE_HEIGHT}">${escapeXml(line)}</tspan>`).join('');
    parts.push(
      `<a href="${escapeXml(mark.item.href)}"${options.hidden ? ' tabindex="-1"' : ''} class="tl-mark" data-event="${escapeXml(mark.item.id)}">` +
        `<title>${escapeXml(`${mark.item.title} (${mark.item.dateLabel})`)}</title>` +
        `<rect x="${round(mark.x)}" y="${top}" width="${round(mark.w)}" height="${BAR_HEIGHT}" rx="2"/>` +
        `<text text-anchor="${mark.anchor}">${lines}</text>` +
        `</a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
