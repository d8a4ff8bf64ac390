/** The dossier's edition: the date of its newest source, and the offline zip named after it. */
import type { Dossier } from '../graph/dossier.ts';
import { formatDossierDate } from './format-date.ts';

export function edition(dossier: Dossier): { label: string; zipName: string } {
  const latest = dossier.latestSource();
  const raw = latest?.data.date.raw ?? 'ohne-datum';
  return { label: latest ? formatDossierDate(latest.data.date) : 'ohne Datum', zipName: `briefing-dossier-${raw.replace(/[^0-9a-z-]+/gi, '_')}.zip` };
}
