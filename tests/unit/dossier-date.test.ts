import { describe, expect, test } from 'vitest';
import { dateSortKey, parseDossierDate } from '../../src/model/dossier-date.ts';
import { formatDossierDate } from '../../src/view/format-date.ts';
import { dossierDate } from '../../src/schemas/fields.ts';

describe('dates with precision', () => {
  test.each([
    ['2024', '2024', '2024-01-01'],
    ['2024-08', 'August 2024', '2024-08-01'],
    ['2025-07-12', '12. Juli 2025', '2025-07-12'],
    ['2024-02-29', '29. Februar 2024', '2024-02-29'],
    ['2024-08/2025-07', 'August 2024 bis Juli 2025', '2024-08-01'],
    ['2024/2025-03', '2024 bis März 2025', '2024-01-01'],
  ])('%s is shown as «%s» and sorts as %s', (raw, shown, sortKey) => {
    const parsed = parseDossierDate(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(formatDossierDate(parsed.date)).toBe(shown);
    expect(dateSortKey(parsed.date)).toBe(sortKey);
  });

  test.each([
    ['2025-13', '«2025-13»: Monat 13 gibt es nicht (01 bis 12)'],
    ['2025-00', '«2025-00»: Monat 00 gibt es nicht (01 bis 12)'],
    ['2025-02-29', '«2025-02-29»: Tag 29 gibt es in diesem Monat nicht (01 bis 28)'],
    ['2025-04-31', '«2025-04-31»: Tag 31 gibt es in diesem Monat nicht (01 bis 30)'],
    ['Juli 2025', '«Juli 2025» ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT'],
    ['25-07', '«25-07» ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT'],
    ['2025-7', '«2025-7» ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT'],
    ['2025-07/2024-08', '«2025-07/2024-08»: das Ende liegt vor dem Anfang'],
    ['2024/2025/2026', '«2024/2025/2026» enthält mehr als einen Schrägstrich'],
  ])('%s is refused: %s', (raw, reason) => {
    expect(parseDossierDate(raw)).toEqual({ ok: false, reason });
  });

  test('YAML numbers and timestamps are read back into the notation they were written in', () => {
    expect(dossierDate.parse(2024).raw).toBe('2024');
    expect(dossierDate.parse(new Date('2025-07-12T00:00:00Z')).raw).toBe('2025-07-12');
  });

  test('the schema error names the problem and the allowed forms', () => {
    const result = dossierDate.safeParse('2025-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      '«2025-02-30»: Tag 30 gibt es in diesem Monat nicht (01 bis 28). Erlaubt: JJJJ, JJJJ-MM, JJJJ-MM-TT oder ein Bereich wie 2024-08/2025-07; nie genauer als die Quelle.',
    );
  });
});
