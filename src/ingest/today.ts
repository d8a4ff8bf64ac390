/**
 * The day ingest and accept record as `added`: the editor's local calendar day, or
 * `DOSSIER_TODAY` (`YYYY-MM-DD`) where a fixed day is wanted (tests, importing an archive on
 * the day it was collected). Written into the content, so builds stay deterministic.
 */
export function today(): string {
  const fixed = process.env.DOSSIER_TODAY?.trim();
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`DOSSIER_TODAY muss ein Tag der Form JJJJ-MM-TT sein, ist «${fixed}».`);
    return fixed;
  }
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
