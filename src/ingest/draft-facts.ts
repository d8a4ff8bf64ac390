/**
 * What ingest drafts from an article for an editor to review: every quoted passage with its
 * speaker and channel (read-quotes.ts), every date (read-dates.ts), the events a policy editor
 * would record (draft-events.ts), and the entities involved, known or proposed
 * (name-candidates.ts). Pure: it reads the article and the dossier's known entries and writes
 * nothing (drafts.ts writes). Every draft cites its paragraph; quote texts are slices of the
 * paragraph, verbatim. Each quote and event says why it was drafted and whether the editor
 * must check it (`pruefen`) before it is published.
 */
import slugify from '@sindresorhus/slugify';
import type { MentionMatcher } from '../mentions/mention-matcher.ts';
import type { LinkableTarget } from '../mentions/read-mention-targets.ts';
import type { EntityKind } from '../model/vocabulary.ts';
import { foldText } from '../text/normalise.ts';
import { nameResolver, type NamedInstitution } from './name-resolver.ts';
import { sameNameInflected, startOfNameInflected } from './name-forms.ts';
import { readDates, type DatePrecision } from './read-dates.ts';
import { readQuotes, type NamedParty } from './read-quotes.ts';
import { quotedSpans, sentenceSpans } from './quote-spans.ts';
import { nameCandidates, type Candidate } from './name-candidates.ts';
import { draftEvents, type EventDraft, type NamedIn, type SentenceInfo } from './draft-events.ts';
import { countryNamed } from './country-names.ts';
import { readCredit } from './read-credit.ts';

export type { EventDraft } from './draft-events.ts';

export interface QuoteDraft {
  text: string;
  /** 1-based paragraph number. */
  paragraph: number;
  speaker: NamedParty | null;
  channel: NamedParty | null;
  /** The statement's form as the text names it («in einer Erklärung»), for an institution's statement. */
  form?: string;
  state: 'sicher' | 'pruefen';
  /** What the editor must check, one item each. */
  check: string[];
  /** Why it was drafted and how its speaker was found. */
  why: string;
}

export interface DateDraft {
  text: string;
  paragraph: number;
  value: string;
  precision: DatePrecision;
}

export interface FactDrafts {
  quotes: QuoteDraft[];
  dates: DateDraft[];
  events: EventDraft[];
  entities: { known: { id: string; paragraphs: number[] }[]; candidates: Candidate[] };
}

/** An agency dateline at the start of an article: «PJÖNGJANG (dpa) - », «Seoul (Reuters) - ». */
const DATELINE = /^[^\s(][^()\n]{0,60}?\s*\([^()]{2,40}\)\s*[-–‐—]\s+/u;

/**
 * Drafts the facts of an article. `paragraphs` verbatim, `articleDate` `YYYY-MM`, `title` its
 * headline; `targets` and `matcher` are the dossier's known entries
 * (src/mentions/read-mention-targets.ts).
 */
export function draftFacts(paragraphs: readonly string[], articleDate: string, targets: readonly LinkableTarget[], matcher: MentionMatcher, title = ''): FactDrafts {
  const names = new Map(targets.map((t) => [t.id, t.name]));
  const kindOf = new Map<string, EntityKind>(targets.map((t) => [t.id, t.kind]));
  const people = new Set(targets.filter((t) => t.kind === 'person').map((t) => t.id));
  // Institutions the article names, in order, for a spokesperson it does not name («ein Ministeriumssprecher»).
  // A known entry in another case («des Auswärtigen Amts» for Auswärtiges Amt) is known, not a new name.
  const knownByForm = (name: string) => targets.find((t) => sameNameInflected(t.name, name) || t.aliases?.some((a) => sameNameInflected(a, name)));
  const drafted = nameCandidates(paragraphs.map(foldText), matcher, creditLineOf(paragraphs)).map((c) => ({ candidate: c, target: knownByForm(c.name) }));
  const candidates = drafted.flatMap(({ candidate, target }) => (target ? [] : [candidate]));
  const knownInOtherCase = drafted.flatMap(({ candidate, target }) => (target ? [{ id: target.id, paragraphs: candidate.paragraphs }] : []));
  const mentions = paragraphs.map((text) => matcher.findAll(text));
  // Each with the paragraphs (0-based) that name it, in the order the article first names them:
  // an unnamed spokesperson speaks for the one named last.
  const knownInstitutions = new Map<string, number[]>();
  mentions.forEach((found, i) => {
    for (const m of found) if (kindOf.get(m.id) === 'organisation' && !knownInstitutions.get(m.id)?.includes(i)) knownInstitutions.set(m.id, [...(knownInstitutions.get(m.id) ?? []), i]);
  });
  const institutions: NamedInstitution[] = [
    ...candidates.filter((c) => c.kind === 'organisation').map((c) => ({ party: { name: c.name, person: false }, paragraphs: c.paragraphs.map((p) => p - 1) })),
    ...[...knownInstitutions].map(([id, where]) => ({ party: { id, name: names.get(id) ?? id, person: false }, paragraphs: where })),
  ].sort((a, b) => (a.paragraphs[0] ?? 0) - (b.paragraphs[0] ?? 0));
  const resolve = nameResolver(paragraphs, matcher, names, people, targets, institutions);
  // The person flag travels with the draft (a new speaker's kind), not into the report. A new
  // name in another case («des Auswärtigen Amts») or another form is the candidate's base form.
  const party = (p: NamedParty | null): NamedParty | null => {
    if (!p) return null;
    const target = p.id ? undefined : knownByForm(p.name);
    if (target) return { id: target.id, name: target.name, person: target.kind === 'person' };
    const base = p.id
      ? undefined
      : candidates.find((c) => c.name === p.name || c.aliases?.includes(p.name) || sameNameInflected(c.name, p.name)) ??
        candidates.find((c) => c.kind === 'organisation' && startOfNameInflected(c.name, p.name));
    return { ...(p.id ? { id: p.id } : {}), name: base?.name ?? p.name, ...(p.person !== undefined ? { person: p.person } : {}) };
  };

  const quotes: QuoteDraft[] = readQuotes(paragraphs, resolve).flatMap((readings, i) =>
    readings.map(({ text, speaker: read, channel, form, rule }) => {
      // The name as the entry is proposed or known (base form), in the checks too.
      const speaker = read && { ...read, ...party(read) };
      const check: string[] = [];
      if (!speaker) check.push('Sprecher: die Meldung nennt keinen; wer hat es gesagt?');
      else if (speaker.id && kindOf.get(speaker.id) === 'country') check.push(`Sprecher: «${speaker.name}» ist ein Land; welche Person oder Stelle hat es gesagt?`);
      else if (!speaker.id && speaker.person && !speaker.name.includes(' ')) check.push(`Sprecher: nur «${speaker.name}» steht da; wer ist gemeint (voller Name)?`);
      if (rule === 'weitergefuehrt') check.push(`Sprecher: aus dem vorigen Satz übernommen (${speaker?.name ?? '–'}); stimmt das?`);
      if (rule === 'rueckbezug') check.push(`Sprecher: aus einem späteren Satz («Das teilte … mit») übernommen (${speaker?.name ?? '–'}); gilt er für dieses Zitat?`);
      // A channel is never the speaker itself.
      const via = channel && speaker && (channel.id ?? channel.name) === (speaker.id ?? speaker.name) ? null : channel;
      return {
        text,
        paragraph: i + 1,
        speaker: party(speaker),
        channel: party(via),
        ...(form ? { form } : {}),
        state: check.length ? ('pruefen' as const) : ('sicher' as const),
        check,
        why: `Text in Anführungszeichen in Absatz ${i + 1}; Sprecher ${speaker ? `«${speaker.name}» ${RULE_LABEL[rule]}` : 'nicht gefunden'}.`,
      };
    }),
  );

  const creditLine = creditLineOf(paragraphs);

  const byEntity = new Map<string, Set<number>>();
  mentions.forEach((found, i) => {
    for (const m of found) byEntity.set(m.id, (byEntity.get(m.id) ?? new Set()).add(i + 1));
  });
  for (const { id, paragraphs: where } of knownInOtherCase) for (const p of where) byEntity.set(id, (byEntity.get(id) ?? new Set()).add(p));
  const known = [...byEntity.entries()].map(([id, set]) => ({ id, paragraphs: [...set].sort((a, b) => a - b) })).sort((a, b) => a.id.localeCompare(b.id));

  const dates: DateDraft[] = [];
  const sentences: SentenceInfo[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (creditLine.has(i + 1)) return;
    const quoted = quotedSpans(paragraph);
    const insideQuote = (at: number) => quoted.some((q) => at >= q.start && at < q.end);
    const found = readDates(paragraph, articleDate).filter((d) => !insideQuote(d.start));
    for (const d of found) dates.push({ text: d.text, paragraph: i + 1, value: d.value, precision: d.precision });
    // A known entry is named by its own name in made titles («Ukraine», not the adjective «ukrainische» the text used).
    const knownHere = mentions[i]!.map((m) => ({ ref: m.id, name: names.get(m.id) ?? m.text, kind: kindOf.get(m.id), start: m.start, end: m.end }));
    const named = namesIn(paragraph, knownHere, candidates);
    for (const span of sentenceSpans(paragraph, quoted)) {
      // A dateline («PJÖNGJANG (dpa) - ») opens the article's first sentence; it is not part of what happened.
      const dateline = span.start === 0 ? DATELINE.exec(paragraph)?.[0].length ?? 0 : 0;
      const start = span.start + dateline;
      const text = paragraph.slice(start, span.end);
      const unquoted = [...text].map((c, k) => (insideQuote(start + k) ? ' ' : c)).join('');
      sentences.push({ paragraph: i + 1, start, end: span.end, text, unquoted, dates: found.filter((d) => d.start >= start && d.end <= span.end), names: named.filter((n) => n.start >= start && n.end <= span.end) });
    }
  });
  const events = draftEvents(sentences, title, articleDate);
  return { quotes, dates, events, entities: { known, candidates } };
}

/** A paragraph that is only the credit line («© AFP», «Quelle: KNA») holds no facts: its number, if the article ends with one. */
function creditLineOf(paragraphs: readonly string[]): Set<number> {
  const credit = readCredit(paragraphs);
  const line = new Set<number>();
  // Never the first paragraph: a dateline («GENF (dpa) - …») opens the text, it does not close it.
  if (credit && credit.paragraph > 1 && credit.paragraph === paragraphs.length && paragraphs[credit.paragraph - 1]!.length <= 160 && credit.start <= 12) line.add(credit.paragraph);
  return line;
}

/** How a speaker was found, as the review says it. */
const RULE_LABEL: Record<string, string> = {
  rahmen: 'aus der Redeeinleitung nach dem Zitat',
  verb: 'als Subjekt des Verbs des Sagens',
  institution: 'aus «hiess es» mit der Stelle',
  zitiert: 'aus «zitierte … den/die …»',
  kanal: 'aus der berichtenden Stelle («wie X berichtet … hiess es»)',
  weitergefuehrt: 'aus dem vorigen Satz übernommen',
  rueckbezug: 'aus einem späteren «Das teilte … mit»',
  keiner: '',
};

/**
 * Where a paragraph names entries: the dossier's known ones (by id) and the article's new names
 * (by name, with the kind proposed), each occurrence with its offsets; a country also in its
 * genitive and before a hyphen («Irans», «US-Präsident»).
 */
export function namesIn(paragraph: string, knownNames: NamedIn[], candidates: readonly Candidate[]): NamedIn[] {
  const found = [...knownNames];
  const free = (start: number, end: number) => !found.some((n) => n.start < end && start < n.end);
  for (const c of candidates) {
    // A person is named again by the surname alone («Selenskyj» after «Wolodymyr Selenskyj»).
    const surname = c.kind === 'person' && c.name.includes(' ') ? [c.name.split(' ').at(-1)!] : [];
    for (const form of [c.name, ...(c.aliases ?? []), ...surname]) {
      for (let at = paragraph.indexOf(form); at >= 0; at = paragraph.indexOf(form, at + 1)) {
        // A whole word, or its genitive («Putins»): «Kim» is not named in «Kimberley», nor in «Kim-Il-Sung-Platz».
        const whole = !/[\p{L}-]/u.test(paragraph[at - 1] ?? '') && /^(?:(?:s|es|’s|'s)?(?![\p{L}-]))/u.test(paragraph.slice(at + form.length));
        if (free(at, at + form.length) && whole) found.push({ ref: c.name, name: c.name, kind: c.kind, start: at, end: at + form.length });
      }
    }
    if (c.kind === 'country') {
      for (const m of paragraph.matchAll(/\p{Lu}[\p{L}-]*/gu)) {
        const word = m[0];
        if ((countryNamed(word) ?? countryNamed(word.split('-')[0]!)) === c.name && free(m.index, m.index + word.length)) found.push({ ref: c.name, name: c.name, kind: 'country', start: m.index, end: m.index + word.length });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
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
