/**
 * Dates that carry their precision. The article says "im August 2024" or "im vergangenen Jahr";
 * the dossier must never show a day it does not know, so a date is a year, a month or a day,
 * or a range between two such points (ISO 8601 interval notation: `2024-08/2025-07`).
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface DatePoint {
  year: number;
  /** 1-12; present for month and day precision. */
  month?: number;
  /** 1-31; present for day precision. */
  day?: number;
  precision: DatePrecision;
}

export interface DossierDate {
  /** The notation as written in the content, e.g. `2025-07` or `2024-08/2025-07`. */
  raw: string;
  from: DatePoint;
  /** Only for ranges: the latest point the event can fall on. */
  to?: DatePoint;
}

export type DateParseResult = { ok: true; date: DossierDate } | { ok: false; reason: string };

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parsePoint(text: string): DatePoint | string {
  const match = POINT.exec(text);
  if (!match) return `«${text}» ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT`;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `«${text}»: Monat ${match[2]} gibt es nicht (01 bis 12)`;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  const maxDay = daysInMonth(year, month);
  if (day < 1 || day > maxDay) return `«${text}»: Tag ${match[3]} gibt es in diesem Monat nicht (01 bis ${maxDay})`;
  return { year, month, day, precision: 'day' };
}

/** First day a point can mean, as `YYYY-MM-DD`; used for sorting and range checks. */
export function earliestDay(point: DatePoint): string {
  const mm = String(point.month ?? 1).padStart(2, '0');
  const dd = String(point.day ?? 1).padStart(2, '0');
  return `${point.year}-${mm}-${dd}`;
}

/** Last day a point can mean, as `YYYY-MM-DD`. */
export function latestDay(point: DatePoint): string {
  const month = point.month ?? 12;
  const day = point.day ?? daysInMonth(point.year, month);
  return `${point.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseDossierDate(input: string): DateParseResult {
  const raw = input.trim();
  const parts = raw.split('/');
  if (parts.length > 2) return { ok: false, reason: `«${raw}» enthält mehr als einen Schrägstrich` };
  const from = parsePoint(parts[0] ?? '');
  if (typeof from === 'string') return { ok: false, reason: from };
  if (parts.length === 1) return { ok: true, date: { raw, from } };
  const to = parsePoint(parts[1] ?? '');
  if (typeof to === 'string') return { ok: false, reason: to };
  if (earliestDay(to) < earliestDay(from)) {
    return { ok: false, reason: `«${raw}»: das Ende liegt vor dem Anfang` };
  }
  return { ok: true, date: { raw, from, to } };
}

/** Sort key: the earliest day the date can mean. */
export function dateSortKey(date: DossierDate): string {
  return earliestDay(date.from);
}

/** Machine-readable value for `<time datetime>`: as precise as the content, no more. */
export function isoDatetime(point: DatePoint): string {
  const parts = [String(point.year).padStart(4, '0')];
  if (point.month !== undefined) parts.push(String(point.month).padStart(2, '0'));
  if (point.day !== undefined) parts.push(String(point.day).padStart(2, '0'));
  return parts.join('-');
}
