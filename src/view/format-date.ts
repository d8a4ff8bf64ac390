/** de-CH date display: `2024`, `Juli 2025`, `12. Juli 2025`, ranges `August 2024 bis Juli 2025`. */
import { ui } from '../i18n/de-CH.ts';
import type { DatePoint, DossierDate } from '../model/dossier-date.ts';

export function formatDatePoint(point: DatePoint): string {
  if (point.month === undefined) return String(point.year);
  const month = ui.months[point.month - 1];
  if (point.day === undefined) return `${month} ${point.year}`;
  return `${point.day}. ${month} ${point.year}`;
}

export function formatDossierDate(date: DossierDate | undefined): string {
  if (!date) return ui.undated;
  if (!date.to) return formatDatePoint(date.from);
  return `${formatDatePoint(date.from)}${ui.dateRangeSeparator}${formatDatePoint(date.to)}`;
}
