import { expect, test } from 'vitest';
import { readDates } from '../../src/ingest/read-dates.ts';

// [text, article month, expected readings as «expression -> value (precision)»]
test.each([
  ['Lawrow sei am Samstag empfangen worden.', '2025-07', ['am Samstag -> 2025-07 (month)']],
  ['Im April bestätigte Nordkorea die Entsendung.', '2025-07', ['Im April -> 2025-04 (month)']],
  ['Im November hatte die Regierung gewarnt.', '2025-03', ['Im November -> 2024-11 (month)']],
  ['Im Juli reiste er ab.', '2025-07', ['Im Juli -> 2025-07 (month)']],
  ['Im vergangenen Jahr stiegen die Exporte.', '2025-03', ['Im vergangenen Jahr -> 2024 (year)']],
  ['Seit Montag gilt die Waffenruhe.', '2025-07', ['Seit Montag -> 2025-07 (month)']],
  ['Das wird seit zehn Jahren diskutiert, wochenlang und seit Monaten.', '2025-07', []],
  ['Im August 2024 begann die Offensive.', '2025-07', ['Im August 2024 -> 2024-08 (month)']],
  ['Am 12. März 2025 unterzeichneten beide.', '2025-07', ['Am 12. März 2025 -> 2025-03-12 (day)']],
  ['Am 19. August traf er ein.', '2025-08', ['Am 19. August -> 2025-08-19 (day)']],
  ['2019 traf Kim Trump. Es kamen 2000 Soldaten, rund 2000 nordkoreanische Kräfte, gemäss Resolution 2087.', '2025-07', ['2019 -> 2019 (year)']],
  ['Zwischen 2022 und 2024 wurden Granaten geliefert.', '2025-07', ['Zwischen 2022 und 2024 -> 2022/2024 (year)']],
  ['Von März bis Mai 2024 auch Raketen.', '2025-07', ['Von März bis Mai 2024 -> 2024-03/2024-05 (month)']],
  ['Das Treffen fand Ende Juni statt, gestern bestätigt.', '2025-07', ['Ende Juni -> 2025-06 (month)', 'gestern -> 2025-07 (month)']],
  ['Er blieb bis Sonntag.', '2025-07', ['bis Sonntag -> 2025-07 (month)']],
  ['Im vergangenen Monat sank der Preis.', '2025-01', ['Im vergangenen Monat -> 2024-12 (month)']],
  ['Die Monatsmitte war ruhig; Montagmorgen nicht.', '2025-07', ['Montagmorgen -> 2025-07 (month)']],
  ['Er war im vorigen Jahr in Moskau.', '2025-11', ['im vorigen Jahr -> 2024 (year)']],
  ['Er landete in der Nacht zu Freitag; an diesem Freitag beginnen die Gespräche.', '2026-02', ['in der Nacht zu Freitag -> 2026-02 (month)', 'an diesem Freitag -> 2026-02 (month)']],
  ['Am vergangenen Freitag und Ende vergangener Woche kam er.', '2025-07', ['Am vergangenen Freitag -> 2025-07 (month)', 'Ende vergangener Woche -> 2025-07 (month)']],
  ['Von Anfang 2023 bis Ende 2024 sitzt sie im Rat.', '2023-01', ['Von Anfang 2023 bis Ende 2024 -> 2023/2024 (year)']],
  ['Ende letzten Jahres kam er, Anfang dieses Jahres wieder.', '2025-03', ['Ende letzten Jahres -> 2024 (year)', 'Anfang dieses Jahres -> 2025 (year)']],
  ['Nächsten Monat und im kommenden Jahr kommt er.', '2025-12', ['Nächsten Monat -> 2026-01 (month)', 'im kommenden Jahr -> 2026 (year)']],
])('%s (Artikel %s)', (text, articleDate, expected) => {
  expect(readDates(text, articleDate).map((d) => `${d.text} -> ${d.value} (${d.precision})`)).toEqual(expected);
});

test('offsets point at the expression in the paragraph', () => {
  const text = 'Bereits im April 2024 hatte Kim gewarnt.';
  const [reading] = readDates(text, '2025-07');
  expect(text.slice(reading!.start, reading!.end)).toBe('im April 2024');
});
