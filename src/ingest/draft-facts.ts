/**
 * What ingest drafts from an article for an editor to review: every quoted passage with its
 * speaker and channel (read-quotes.ts), every date (read-dates.ts), an event for each sentence
 * that reports an action with a date, and the entities involved, known or proposed. Pure: it
 * reads the article and the dossier's known entries and writes nothing (drafts.ts writes).
 * Every draft cites its paragraph; quote texts are slices of the paragraph, verbatim.
 */
import slugify from '@sindresorhus/slugify';
import type { MentionMatcher } from '../mentions/mention-matcher.ts';
import type { LinkableTarget } from '../mentions/read-mention-targets.ts';
import type { EntityKind, EventKind } from '../model/vocabulary.ts';
import { foldText } from '../text/normalise.ts';
import { nameResolver } from './name-resolver.ts';
import { readDates, type DateMention, type DatePrecision } from './read-dates.ts';
import { quotedSpans, readQuotes, sentenceSpans, type NamedParty } from './read-quotes.ts';
import { nameCandidates, type Candidate } from './name-candidates.ts';

export interface QuoteDraft {
  text: string;
  /** 1-based paragraph number. */
  paragraph: number;
  speaker: NamedParty | null;
  channel: NamedParty | null;
  /** The statement's form as the text names it («in einer Erklärung»), for an institution's statement. */
  form?: string;
}

export interface DateDraft {
  text: string;
  paragraph: number;
  value: string;
  precision: DatePrecision;
}

export interface EventDraft {
  title: string;
  kind: EventKind;
  date: string;
  precision: DatePrecision;
  /** The expression the date was read from, e.g. `im April`. */
  dateText: string;
  paragraph: number;
  /** The sentence that reports the event, verbatim. */
  sentence: string;
  participants: string[];
  place?: string;
  countries: string[];
}

export interface FactDrafts {
  quotes: QuoteDraft[];
  dates: DateDraft[];
  events: EventDraft[];
  entities: { known: { id: string; paragraphs: number[] }[]; candidates: Candidate[] };
}

/** Words that say what kind of event a sentence reports, by their stem (lower case). */
const EVENT_KIND_WORDS: [RegExp, EventKind][] = [
  [/(?<!\p{L})(?:besuch|reiste|empfang|empfing|besichtig|zu gast)/u, 'besuch'],
  [/(?<!\p{L})(?:abkommen|vertrag|unterzeichn|vereinbar)/u, 'abkommen'],
  [/(?<!\p{L})(?:entsend|entsandt|soldaten|truppen)/u, 'entsendung'],
  [/(?<!\p{L})(?:liefer|geliefert)/u, 'lieferung'],
  [/(?<!\p{L})(?:offensive|angriff|griffen? an|erober|zurückerober|vorstoss|gestartet|beschoss|angegriffen)/u, 'offensive'],
  [/(?<!\p{L})(?:(?:traf|trafen)(?!\p{L})|treffen|getroffen|gespräch|sprach mit|kamen zusammen|kam zusammen)/u, 'treffen'],
];

/** A finite verb of a report in the past (agency German writes events in the past tense). */
const PAST_VERB = /(?<!\p{L})(?:\p{Ll}+(?:te|ten)|hat|hatte|hatten|haben|ist|war|waren|wurde|wurden|traf|trafen|kam|kamen|begann|begannen|schloss|schlossen|griff|griffen|reiste|sprach|gab|ging|fand|stand|hielt|rief|empfing|unterzeichnete|bestätigte)(?!\p{L})/u;

/** Past-tense endings that are not verbs («Mitte», «Rakete», «Elite», «Staaten», «Soldaten»). */
const NOT_A_VERB = /(?<!\p{L})(?:\p{Lu}\p{L}*|mitte|seite|rakete|elite|staaten|soldaten|daten|beamten|raketen|gebiete|rechte|späte|letzte|letzten|erste|ersten|zweite|dritte|gute|weite|breite|harte|harten|leichte|rechten|achte|neunte)(?!\p{L})/u;

/** An agency dateline at the start of an article: «PJÖNGJANG (dpa) - ». */
const DATELINE = /^[\p{Lu}][\p{Lu}\s./-]+\s\([^)]+\)\s+[-–]\s+/u;

/** Words after which a word is an adjective or a noun, not a finite verb («der jüngsten», «die sogenannten»). */
const ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|seine|seinen|ihre|ihren|dieser|diese|diesen|jeder|jede|alle|allen|beiden|vielen|am|im|zum|zur|vom|beim)$/iu;

function isReport(sentence: string): boolean {
  const words = sentence.split(/\s+/u).map((w) => w.replace(/[^\p{L}]/gu, ''));
  return words.some((w, i) => PAST_VERB.test(w) && !NOT_A_VERB.test(w) && !/(?:sten|nnten)$/u.test(w) && !ARTICLE.test(words[i - 1] ?? ''));
}

/**
 * A title for the event a sentence reports: the sentence's first clause without the date
 * expression, its subject moved before the verb when the date opened the sentence («Im April
 * bestätigte Nordkorea …» -> «Nordkorea bestätigte …»). A proposal for the editor.
 */
function eventTitle(sentence: string, date: DateMention, mentions: readonly string[]): string {
  let text = `${sentence.slice(0, date.start)}${sentence.slice(date.end)}`.replace(/\s+/gu, ' ').trim();
  text = text.replace(/^[,\s]+/u, '');
  let clause = text.split(/,\s|;\s|:\s|\s[–-]\s/u)[0]!.replace(/[.!?]+$/u, '').trim();
  clause = clause.replace(LEADING_ADVERB, '');
  // Verb first (the date or an adverb opened the sentence): put the subject before the verb.
  const [verb = '', ...rest] = clause.split(' ');
  const names = mentions.map(escape).join('|');
  const subject = names && new RegExp(`^((?:(?:der|die|das|den) )?(?:${names})(?: und (?:(?:der|die|das|den) )?(?:${names}))?)(?= |$)`, 'u').exec(rest.join(' '));
  // Without a known name: the words after the verb up to the next article («hatten beide Länder ein Abkommen …»).
  const untilArticle = /^((?:\S+ ){0,3}?\S+?)(?= (?:ein|eine|einen|einem|einer|die|den|das|der|dem|des) )/u.exec(rest.join(' '));
  const head = subject?.[1] ?? untilArticle?.[1];
  const title = !/^\p{Ll}/u.test(verb) || !head ? clause : `${head} ${verb.toLocaleLowerCase('de-CH')}${rest.join(' ').slice(head.length)}`;
  return title.charAt(0).toLocaleUpperCase('de-CH') + title.slice(1);
}

/** Adverbs that may open a sentence before its verb («Zuvor hatte Lawrow …»). */
const LEADING_ADVERB = /^(?:Zuvor|Danach|Später|Dann|Zudem|Daraufhin|Bereits|Schon|Erst|Damals|Anschliessend|Inzwischen|Kurz darauf) /u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The event kind a sentence suggests; `erklaerung` when no word says more. */
function eventKind(sentence: string): EventKind {
  const lower = sentence.toLocaleLowerCase('de-CH');
  return EVENT_KIND_WORDS.find(([pattern]) => pattern.test(lower))?.[1] ?? 'erklaerung';
}

/**
 * Drafts the facts of an article. `paragraphs` verbatim, `articleDate` `YYYY-MM`; `targets` and
 * `matcher` are the dossier's known entries (src/mentions/read-mention-targets.ts).
 */
export function draftFacts(paragraphs: readonly string[], articleDate: string, targets: readonly LinkableTarget[], matcher: MentionMatcher): FactDrafts {
  const names = new Map(targets.map((t) => [t.id, t.name]));
  const kindOf = new Map<string, EntityKind>(targets.map((t) => [t.id, t.kind]));
  const people = new Set(targets.filter((t) => t.kind === 'person').map((t) => t.id));
  const resolve = nameResolver(paragraphs, matcher, names, people);
  // The person flag travels with the draft (a new speaker's kind), not into the report.
  const party = (p: NamedParty | null): NamedParty | null => (p ? { ...(p.id ? { id: p.id } : {}), name: p.name, ...(p.person !== undefined ? { person: p.person } : {}) } : null);

  const quotes = readQuotes(paragraphs, resolve).flatMap((readings, i) =>
    readings.map(({ text, speaker, channel, form }) => ({ text, paragraph: i + 1, speaker: party(speaker), channel: party(channel), ...(form ? { form } : {}) })),
  );

  const dates: DateDraft[] = [];
  const events: EventDraft[] = [];
  paragraphs.forEach((paragraph, i) => {
    const quoted = quotedSpans(paragraph);
    const insideQuote = (at: number) => quoted.some((q) => at >= q.start && at < q.end);
    const found = readDates(paragraph, articleDate).filter((d) => !insideQuote(d.start));
    for (const d of found) dates.push({ text: d.text, paragraph: i + 1, value: d.value, precision: d.precision });
    for (const span of sentenceSpans(paragraph, quoted)) {
      // A dateline («PJÖNGJANG (dpa) - ») opens the article's first sentence; it is not part of what happened.
      const dateline = i === 0 && span.start === 0 ? DATELINE.exec(paragraph)?.[0].length ?? 0 : 0;
      const sentence = { start: span.start + dateline, end: span.end };
      const text = paragraph.slice(sentence.start, sentence.end);
      const date = found.find((d) => d.start >= sentence.start && d.end <= sentence.end);
      if (!date || !isReport(text.slice(0, date.start - sentence.start) + text.slice(date.end - sentence.start))) continue;
      const mentions = matcher.findAll(text);
      const ids = [...new Set(mentions.map((m) => m.id))];
      const local = { ...date, start: date.start - sentence.start, end: date.end - sentence.start };
      events.push({
        title: eventTitle(text, local, mentions.map((m) => m.text)),
        kind: eventKind(text),
        date: date.value,
        precision: date.precision,
        dateText: date.text,
        paragraph: i + 1,
        sentence: text,
        participants: ids.filter((id) => kindOf.get(id) === 'person' || kindOf.get(id) === 'organisation'),
        place: ids.find((id) => kindOf.get(id) === 'place'),
        countries: ids.filter((id) => kindOf.get(id) === 'country'),
      });
    }
  });

  const byEntity = new Map<string, Set<number>>();
  paragraphs.forEach((text, i) => {
    for (const m of matcher.findAll(text)) byEntity.set(m.id, (byEntity.get(m.id) ?? new Set()).add(i + 1));
  });
  const known = [...byEntity.entries()].map(([id, set]) => ({ id, paragraphs: [...set].sort((a, b) => a - b) })).sort((a, b) => a.id.localeCompare(b.id));
  // Names are proposed as words, without the invisible characters a feed may have put in them.
  const candidates = nameCandidates(paragraphs.map(foldText), matcher);
  return { quotes, dates, events, entities: { known, candidates } };
}

/** Function words a slug must not end with: a cut after «zu» or «die» reads as a broken phrase. */
const SLUG_TAIL = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'vor', 'zu', 'zum', 'zur', 'fuer', 'ueber', 'unter', 'gegen', 'um', 'als', 'wie']);

/**
 * A slug of whole words: the text's words, folded, as many as fit in `maxLength` characters,
 * without a trailing function word. Never cuts inside a word, except a first word longer than
 * `maxLength` on its own.
 */
export function slugOfWords(text: string, maxLength = 60): string {
  const words = slugify(foldText(text), { locale: 'de' }).split('-').filter((w) => w !== '');
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join('-').length > maxLength) break;
    kept.push(word);
  }
  while (kept.length > 1 && SLUG_TAIL.has(kept.at(-1)!)) kept.pop();
  return kept.join('-') || words[0]?.slice(0, maxLength) || 'eintrag';
}
