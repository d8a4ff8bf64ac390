/**
 * How well ingest drafts the facts of the fixture articles (tests/fixtures/ingest/): precision
 * and recall of quotes (paragraph and exact text), of speakers (on the quotes found: the same
 * known entry, or the same name for a new one; a speaker where the text names none counts
 * against precision), and of dates (paragraph, value and precision, the expression the same up
 * to case). Shared by `npm run measure:ingest` and the test that keeps it above its target.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { draftFacts, type FactDrafts } from '../../src/ingest/draft-facts.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';
import { MentionMatcher } from '../../src/mentions/mention-matcher.ts';
import type { LinkableTarget } from '../../src/mentions/read-mention-targets.ts';
import { foldForSearch } from '../../src/text/normalise.ts';

interface Party {
  id?: string;
  name: string;
}

export interface ExpectedDrafts {
  quotes: { paragraph: number; text: string; speaker: Party | null; channel: Party | null }[];
  dates: { paragraph: number; text: string; value: string; precision: string }[];
}

export interface Counts {
  found: number;
  expected: number;
  correct: number;
}

export interface FixtureResult {
  name: string;
  quotes: Counts;
  speakers: Counts;
  /** Channels, on the quotes found, counted like speakers (reported, not a target of the issue). */
  channels: Counts;
  dates: Counts;
  /** Drafted quote texts that are not a slice of their paragraph (must be none). */
  notVerbatim: number;
  /** What went wrong, one line each. */
  errors: string[];
}

const same = (a: Party, b: Party) => (a.id !== undefined && a.id === b.id) || foldForSearch(a.name) === foldForSearch(b.name);

/** Compares the drafts of one article with what a careful editor expects. */
export function scoreFixture(name: string, paragraphs: readonly string[], drafted: FactDrafts, expected: ExpectedDrafts): FixtureResult {
  const errors: string[] = [];
  const quotes: Counts = { found: drafted.quotes.length, expected: expected.quotes.length, correct: 0 };
  const speakers: Counts = { found: 0, expected: expected.quotes.filter((q) => q.speaker).length, correct: 0 };
  const channels: Counts = { found: 0, expected: expected.quotes.filter((q) => q.channel).length, correct: 0 };
  let notVerbatim = 0;
  for (const quote of drafted.quotes) if (!paragraphs[quote.paragraph - 1]?.includes(quote.text)) notVerbatim++;
  const unmatched = [...drafted.quotes];
  for (const want of expected.quotes) {
    const at = unmatched.findIndex((q) => q.paragraph === want.paragraph && q.text === want.text);
    if (at < 0) {
      errors.push(`${name}: Zitat nicht gefunden: Absatz ${want.paragraph} «${want.text}»`);
      continue;
    }
    const [got] = unmatched.splice(at, 1);
    quotes.correct++;
    if (got!.speaker) speakers.found++;
    if (got!.channel) channels.found++;
    if (want.channel && got!.channel && same(got!.channel, want.channel)) channels.correct++;
    else if (want.channel || got!.channel) errors.push(`${name}: Kanal von «${want.text}»: erwartet ${want.channel?.name ?? 'keiner'}, erhalten ${got!.channel?.name ?? 'keiner'}`);
    if (want.speaker && got!.speaker && same(got!.speaker, want.speaker)) speakers.correct++;
    else if (want.speaker || got!.speaker) errors.push(`${name}: Sprecher von «${want.text}»: erwartet ${want.speaker?.name ?? 'keiner'}, erhalten ${got!.speaker?.name ?? 'keiner'}`);
  }
  for (const extra of unmatched) {
    errors.push(`${name}: Zitat zu viel: Absatz ${extra.paragraph} «${extra.text}»`);
    if (extra.speaker) speakers.found++;
    if (extra.channel) channels.found++;
  }
  const dates: Counts = { found: drafted.dates.length, expected: expected.dates.length, correct: 0 };
  const open = [...drafted.dates];
  for (const want of expected.dates) {
    const at = open.findIndex((d) => d.paragraph === want.paragraph && d.value === want.value && d.precision === want.precision && d.text.toLowerCase() === want.text.toLowerCase());
    if (at < 0) {
      const near = open.find((d) => d.paragraph === want.paragraph && (d.text.toLowerCase().includes(want.text.toLowerCase()) || want.text.toLowerCase().includes(d.text.toLowerCase())));
      errors.push(`${name}: Datum Absatz ${want.paragraph} «${want.text}» -> ${want.value} (${want.precision}): ${near ? `erhalten «${near.text}» -> ${near.value} (${near.precision})` : 'nicht gefunden'}`);
      continue;
    }
    open.splice(at, 1);
    dates.correct++;
  }
  for (const extra of open) errors.push(`${name}: Datum zu viel: Absatz ${extra.paragraph} «${extra.text}» -> ${extra.value}`);
  return { name, quotes, speakers, channels, dates, notVerbatim, errors };
}

/** Scores every fixture in `dir` (`NN-name.txt` with `NN-name.expected.json`) against the dossier's known entries `targets`. */
export function scoreFixtures(dir: string, targets: readonly LinkableTarget[]): FixtureResult[] {
  const matcher = new MentionMatcher(targets);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const article = parseArticle(readFileSync(path.join(dir, file)), file);
      const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as ExpectedDrafts;
      return scoreFixture(file.replace(/\.txt$/, ''), article.paragraphs, draftFacts(article.paragraphs, article.date, targets, matcher), expected);
    });
}

/** Precision and recall over all fixtures, per measure. */
export function totals(results: readonly FixtureResult[]): Record<'quotes' | 'speakers' | 'channels' | 'dates', { precision: number; recall: number } & Counts> {
  const sum = (key: 'quotes' | 'speakers' | 'channels' | 'dates') => {
    const c = results.reduce((acc, r) => ({ found: acc.found + r[key].found, expected: acc.expected + r[key].expected, correct: acc.correct + r[key].correct }), { found: 0, expected: 0, correct: 0 });
    return { ...c, precision: c.found === 0 ? 1 : c.correct / c.found, recall: c.expected === 0 ? 1 : c.correct / c.expected };
  };
  return { quotes: sum('quotes'), speakers: sum('speakers'), channels: sum('channels'), dates: sum('dates') };
}
