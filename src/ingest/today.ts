/**
 * The day ingest and accept record as `added`: the editor's local calendar day, or
 * `DOSSIER_TODAY` (`YYYY-MM-DD`) where a fixed day is wanted (tests, importing an archive on
 * the day it was collected). Written into the content, so builds stay deterministic.
 */
import { changeDay } from '../schemas/fields.ts';

export function today(): string {
  const fixed = process.env.DOSSIER_TODAY?.trim();
  if (fixed) {
    if (!changeDay.safeParse(fixed).success) throw new Error(`DOSSIER_TODAY muss ein Tag der Form JJJJ-MM-TT sein, den es gibt, ist «${fixed}».`);
    return fixed;
  }
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
