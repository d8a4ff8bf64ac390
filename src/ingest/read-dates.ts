/**
 * Temporal expressions in an agency article, read relative to the article's date at the
 * precision the text allows. The article's own date is a month (its date line says `YYYY-MM`),
 * so anything the text places in the article's week («am Samstag», «gestern», «seit Montag») is
 * that month, never an invented day. Durations («seit zehn Jahren», «wochenlang») are not dates
 * and are not reported. Used by ingest to draft dates and events (src/ingest/draft-facts.ts).
 */

export type DatePrecision = 'year' | 'month' | 'day';

/** A temporal expression found in a paragraph. */
export interface DateMention {
  /** The expression as it stands in the text, e.g. `im April`, `am 12. März 2025`. */
  text: string;
  /** Offsets of `text` in the paragraph. */
  start: number;
  end: number;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a range `A/B` of those. */
  value: string;
  /** The precision of `value` (of its ends, for a range). */
  precision: DatePrecision;
}

const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const MONTH = '(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)';
const WEEKDAY = '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)';
const YEAR = '((?:19|20)\\d{2})';
/** Words that place a time within a month or a year without making it more precise. */
const PART = '(?:Anfang|Mitte|Ende)';

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => (name.toLowerCase() === 'jänner' ? 1 : MONTHS.indexOf(name.toLowerCase()) + 1);

interface Rule {
  pattern: RegExp;
  /** The value for a match, given the article's year and month; undefined to skip the match. */
  read: (match: RegExpExecArray, year: number, month: number) => { value: string; precision: DatePrecision } | undefined;
}

/**
 * The month a month name without a year means: the last such month not after the article's, or
 * one of the next two months (agency news announce what comes: «Anfang Dezember» in a November
 * article); a month further ahead is last year's.
 */
function lastMonth(wanted: number, year: number, month: number): string {
  const ahead = (wanted - month + 12) % 12;
  return `${wanted <= month || ahead <= 2 ? year : year - 1}-${pad(wanted)}`;
}

/**
 * Rules, most specific first; a later rule never reads text an earlier one has read. Every
 * pattern starts and ends at word boundaries (letters on either side are not part of a match).
 */
const RULES: Rule[] = [
  // «zwischen 2022 und 2024», «von 2022 bis 2024»
  {
    pattern: new RegExp(`\\b(?:zwischen|von) (?:${PART} )?${YEAR} (?:und|bis) (?:${PART} )?${YEAR}\\b`, 'gu'),
    read: (m) => ({ value: `${m[1]}/${m[2]}`, precision: 'year' }),
  },
  // «zwischen dem 1. und dem 4. November», «vom 1. bis 4. November 2024», «am 4. und 5. Dezember»
  {
    pattern: new RegExp(`\\b(?:zwischen dem|vom|von|am) (\\d{1,2})\\. (?:und dem|bis zum|bis|und) (\\d{1,2})\\. ${MONTH}(?: ${YEAR})?\\b`, 'gu'),
    read: (m, year, month) => {
      const at = m[4] ? `${m[4]}-${pad(monthNumber(m[3]!))}` : lastMonth(monthNumber(m[3]!), year, month);
      return { value: `${at}-${pad(Number(m[1]))}/${at}-${pad(Number(m[2]))}`, precision: 'day' };
    },
  },
  // «zwischen Juni 2018 und Juni 2019»
  {
    pattern: new RegExp(`\\b(?:zwischen|von) ${MONTH} ${YEAR} (?:und|bis) ${MONTH} ${YEAR}\\b`, 'gu'),
    read: (m) => ({ value: `${m[2]}-${pad(monthNumber(m[1]!))}/${m[4]}-${pad(monthNumber(m[3]!))}`, precision: 'month' }),
  },
  // «seit Oktober vergangenen Jahres», «im März des vergangenen Jahres»
  {
    pattern: new RegExp(`\\b(?:im|seit|bis|ab|${PART}) ${MONTH} (?:des )?(?:vergangenen|letzten) Jahres\\b`, 'gu'),
    read: (m, year) => ({ value: `${year - 1}-${pad(monthNumber(m[1]!))}`, precision: 'month' }),
  },
  // «von März bis Mai 2024», «zwischen Juni und August 2025»
  {
    pattern: new RegExp(`\\b(?:zwischen|von) ${MONTH} (?:und|bis) ${MONTH} ${YEAR}\\b`, 'gu'),
    read: (m) => ({ value: `${m[3]}-${pad(monthNumber(m[1]!))}/${m[3]}-${pad(monthNumber(m[2]!))}`, precision: 'month' }),
  },
  // «am 12. März 2025», «12. März 2025»
  {
    pattern: new RegExp(`\\b(?:(?:am|vom|seit dem|bis zum) )?(\\d{1,2})\\. ${MONTH} ${YEAR}\\b`, 'gu'),
    read: (m) => ({ value: `${m[3]}-${pad(monthNumber(m[2]!))}-${pad(Number(m[1]))}`, precision: 'day' }),
  },
  // «am 12. März»: the last such day not after the article's month
  {
    pattern: new RegExp(`\\b(?:(?:am|vom|seit dem|bis zum) )?(\\d{1,2})\\. ${MONTH}\\b`, 'gu'),
    read: (m, year, month) => ({ value: `${lastMonth(monthNumber(m[2]!), year, month)}-${pad(Number(m[1]))}`, precision: 'day' }),
  },
  // «im August 2024», «Ende Juli 2025», «seit April 2023», «August 2024»
  {
    pattern: new RegExp(`\\b(?:(?:im|seit|bis|ab|vom|Anfang|Mitte|Ende|seit Anfang|seit Mitte|seit Ende) )?${MONTH} ${YEAR}\\b`, 'gu'),
    read: (m) => ({ value: `${m[2]}-${pad(monthNumber(m[1]!))}`, precision: 'month' }),
  },
  // «im April», «Ende Juli», «seit März»: the last such month not after the article's month
  {
    pattern: new RegExp(`\\b(?:im|seit|bis|ab|${PART}|seit ${PART}) ${MONTH}\\b`, 'gu'),
    read: (m, year, month) => ({ value: lastMonth(monthNumber(m[1]!), year, month), precision: 'month' }),
  },
  // «im Jahr 2023», «im Frühjahr 2024», «Ende 2022», «seit 2014», «2019»
  {
    // Not a count or a number: «2000 Soldaten», «rund 2000 nordkoreanische», «Resolution 2087».
    pattern: new RegExp(`(?<!(?:rund|etwa|ungefähr|mehr als|über|knapp|fast|bis zu|Resolution|Nummer|Nr\\.) )\\b(?:(?:im Jahr|im Jahre|im Frühjahr|im Frühling|im Sommer|im Herbst|im Winter|Anfang|Mitte|Ende|seit|bis|ab|vor|nach|im) )?${YEAR}\\b(?! (?:\\p{Lu}\\p{Ll}|Prozent)|%| %)`, 'gu'),
    read: (m, _year, _month) => ({ value: m[1]!, precision: 'year' }),
  },
  // «Ende letzten Jahres», «Anfang vergangenen Jahres»
  {
    pattern: new RegExp(`\\b${PART} (?:des )?(?:letzten|vergangenen|vorigen) Jahres\\b`, 'gu'),
    read: (_m, year) => ({ value: String(year - 1), precision: 'year' }),
  },
  // «Anfang dieses Jahres», «Mitte des Jahres»
  {
    pattern: new RegExp(`\\b${PART} (?:dieses|des) Jahres\\b`, 'gu'),
    read: (_m, year) => ({ value: String(year), precision: 'year' }),
  },
  // «im kommenden Jahr», «nächstes Jahr»
  {
    pattern: /\b(?:im kommenden Jahr|im nächsten Jahr|nächstes Jahr|kommendes Jahr)\b/gu,
    read: (_m, year) => ({ value: String(year + 1), precision: 'year' }),
  },
  // «nächsten Monat», «im kommenden Monat»
  {
    pattern: /\b(?:im kommenden Monat|im nächsten Monat|nächsten Monat|kommenden Monat)\b/gu,
    read: (_m, year, month) => ({ value: month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`, precision: 'month' }),
  },
  // «Ende des Monats», «Anfang dieses Monats»
  {
    pattern: new RegExp(`\\b${PART} (?:des|dieses) Monats\\b`, 'gu'),
    read: (_m, year, month) => ({ value: `${year}-${pad(month)}`, precision: 'month' }),
  },
  // «im vergangenen Jahr», «im vorigen Jahr», «letztes Jahr», «im Vorjahr»
  {
    pattern: /\b(?:im vergangenen Jahr|im vorigen Jahr|im letzten Jahr|letztes Jahr|vergangenes Jahr|voriges Jahr|im Vorjahr)\b/gu,
    read: (_m, year) => ({ value: String(year - 1), precision: 'year' }),
  },
  // «in diesem Jahr», «dieses Jahr», «im laufenden Jahr»
  {
    pattern: /\b(?:in diesem Jahr|dieses Jahr|im laufenden Jahr)\b/gu,
    read: (_m, year) => ({ value: String(year), precision: 'year' }),
  },
  // «im vergangenen Monat», «letzten Monat», «im Vormonat»
  {
    pattern: /\b(?:im vergangenen Monat|im letzten Monat|letzten Monat|vergangenen Monat|im Vormonat)\b/gu,
    read: (_m, year, month) => ({ value: month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`, precision: 'month' }),
  },
  // Within the article's week: «am Samstag», «seit Montag», «gestern», «in der Nacht zum Sonntag», «an diesem Freitag», «Anfang der Woche», «diese Woche»
  {
    pattern: new RegExp(
      `\\b(?:(?:am|seit|bis|vom|ab|an diesem|diesen|am vergangenen|vergangenen|vorigen|letzten|am letzten|in der Nacht (?:zum|zu|auf)|am frühen|am späten) ${WEEKDAY}(?:abend|morgen|nachmittag|vormittag|mittag)?|${WEEKDAY}(?:abend|morgen|nachmittag|vormittag|mittag)|vorgestern|gestern|heute|am Vortag|am Vorabend|am Wochenende|(?:Anfang|Mitte|Ende|zu Beginn) der Woche|(?:Anfang|Mitte|Ende) (?:vergangener|letzter|dieser) Woche|in dieser Woche|diese Woche|(?:in der )?vergangenen Woche|vergangene Woche|vorige Woche|(?:in der )?vorigen Woche|letzte Woche|in der Vorwoche|(?:in der )?kommenden Woche|kommende Woche|nächste Woche)\\b`,
      'gu',
    ),
    read: (_m, year, month) => ({ value: `${year}-${pad(month)}`, precision: 'month' }),
  },
];

/** «seit zehn Jahren», «wochenlang»: durations, which are not dates (kept from being read as one). */
const DURATIONS = /\b(?:seit|vor|für|über|nach) (?:\d+|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|vielen|mehreren|einigen|Jahren|Monaten|Wochen|Tagen)(?: \p{L}+)? (?:Jahren|Jahre|Jahr|Monaten|Monate|Monat|Wochen|Woche|Tagen|Tage|Tag|Stunden)\b|\b(?:jahrelang|monatelang|wochenlang|tagelang|stundenlang|seit Jahren|seit Monaten|seit Wochen|seit Tagen|seit Jahrzehnten)\b/gu;

/** Words that open a temporal expression, as they stand inside a sentence. */
const LEAD_WORDS = new Set(['nächsten', 'nächstes', 'kommenden', 'kommendes', 'vorigen', 'voriges', 'an', 'diesen', 'im', 'am', 'seit', 'zwischen', 'von', 'vom', 'bis', 'ab', 'in', 'gestern', 'heute', 'vorgestern', 'letztes', 'letzte', 'letzten', 'vergangenes', 'vergangenen', 'dieses', 'diese', 'für', 'vor', 'nach', 'über']);

/** `text` with a lead word that opens a sentence in lower case, so that one pattern reads «Im April» and «im April»; same length, same offsets. */
function withLeadWordsLowered(text: string): string {
  return text.replace(/(^|[.!?:»«"“]\s+)(\p{Lu}\p{Ll}*)/gu, (whole, before: string, word: string) =>
    LEAD_WORDS.has(word.toLowerCase()) ? `${before}${word[0]!.toLowerCase()}${word.slice(1)}` : whole,
  );
}

/**
 * Every temporal expression in `paragraph`, in text order, read relative to the article's
 * `articleDate` (`YYYY-MM`). Overlapping readings keep the first rule's (the most specific).
 */
export function readDates(paragraph: string, articleDate: string): DateMention[] {
  const [year, month] = articleDate.split('-').map(Number) as [number, number];
  const text = withLeadWordsLowered(paragraph);
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && s < end);
  for (const m of text.matchAll(DURATIONS)) taken.push([m.index, m.index + m[0].length]);
  const found: DateMention[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // Letters right before or after belong to another word (\b is ASCII-only for umlauts).
      if (/\p{L}/u.test(paragraph[start - 1] ?? '') || /\p{L}/u.test(paragraph[end] ?? '') || overlaps(start, end)) continue;
      const reading = rule.read(m, year, month);
      if (!reading) continue;
      taken.push([start, end]);
      found.push({ text: paragraph.slice(start, end), start, end, ...reading });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
