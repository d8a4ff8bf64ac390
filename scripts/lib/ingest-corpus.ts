/**
 * How well ingest drafts on real agency articles: each corpus article is ingested into the
 * dossier a careful editor would have at that moment (the seed, plus the earlier articles of its
 * story as their gold says), and its drafts are compared with the gold
 * (tests/fixtures/ingest-corpus-gold/README.md): quotes, speakers, channels, dates, new events,
 * reports on known events, disagreements, entity candidates and credit. The blind part is
 * compared in sealed form and reported only in sums.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { draftFacts } from '../../src/ingest/draft-facts.ts';
import { draftFiles, type KnownEvent } from '../../src/ingest/make-drafts.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';
import { canonicalCredit } from '../../src/ingest/read-credit.ts';
import { readKnownEvents } from '../../src/ingest/known-events.ts';
import { MentionMatcher } from '../../src/mentions/mention-matcher.ts';
import { readMentionTargets, type LinkableTarget } from '../../src/mentions/read-mention-targets.ts';
import { earliestDay, latestDay, parseDossierDate } from '../../src/model/dossier-date.ts';
import { fileDigest, partyKey, quoteDigest, seal, type GoldArticle, type GoldParty, type SealedArticle } from './ingest-gold.ts';

export interface Tally {
  /** Gold items, drafted items, and gold items the drafts got right. */
  expected: number;
  found: number;
  correct: number;
}

export interface CorpusResult {
  article: string;
  part: 'dev' | 'blind';
  quotes: Tally;
  speakers: Tally;
  channels: Tally;
  dates: Tally;
  newEvents: Tally;
  reports: Tally;
  disagreements: Tally;
  /** Drafted new events that are in fact a known event the article reports on. */
  knownAsNew: number;
  entities: Tally;
  /** Entity kinds right, on the entities found. */
  entityKinds: Tally;
  credit: Tally;
  /** A credit drafted where the text names none. */
  inventedCredit: number;
  /** One line per miss (dev part only). */
  misses: string[];
}

const tally = (): Tally => ({ expected: 0, found: 0, correct: 0 });

/** What the drafts say, in the terms the gold is compared in; `key` seals a value for the blind part. */
interface DraftedView {
  credit: string | null;
  quotes: { paragraph: number; digest: string; speaker: string | null; channel: string | null; text: string }[];
  dates: { paragraph: number; value: string; text: string }[];
  events: { paragraphs: number[]; kind: string; date: string; report: string | null; abweichend: boolean; title: string }[];
  entities: { name: string; kind: string; shown: string }[];
}

/** The dossier an article is ingested into: seed entries and events, plus what earlier articles of its story added. */
export interface DossierAtTheTime {
  targets: LinkableTarget[];
  events: KnownEvent[];
}

function knownFromGold(base: DossierAtTheTime, earlier: readonly GoldArticle[], corpusDir: string): DossierAtTheTime {
  const targets = [...base.targets];
  const events = [...base.events];
  for (const gold of earlier) {
    // The editor wrote the event from the earlier article's paragraphs: its account holds their figures.
    const text = parseArticle(readFileSync(path.join(corpusDir, gold.article)), gold.article).paragraphs;
    for (const entity of gold.entities) {
      const id = partyKey({ name: entity.name });
      if (!targets.some((t) => t.id === id)) targets.push({ id, kind: entity.kind, name: entity.name, aliases: entity.aliases ?? [], spellings: [] });
    }
    for (const event of gold.events) {
      if (event.report !== null) continue;
      const parsed = parseDossierDate(event.date);
      const ids = (parties: readonly GoldParty[]) => parties.map((p) => partyKey(p));
      events.push({
        id: event.id,
        kind: event.kind,
        ...(parsed.ok ? { from: earliestDay(parsed.date.from), to: latestDay(parsed.date.to ?? parsed.date.from) } : {}),
        ...(event.place ? { place: partyKey(event.place) } : {}),
        participants: ids(event.participants),
        countries: ids(event.countries),
        title: event.title,
        summary: event.paragraphs.map((p) => text[p - 1] ?? '').join('\n'),
      });
    }
  }
  targets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { targets, events };
}

function draftedView(file: string, dossier: DossierAtTheTime): { view: DraftedView; paragraphs: string[] } {
  const article = parseArticle(readFileSync(file), path.basename(file));
  const matcher = new MentionMatcher(dossier.targets);
  const facts = draftFacts(article.paragraphs, article.date, dossier.targets, matcher, article.title);
  const pages = new Set(dossier.targets.map((t) => t.id));
  const taken = (file: string) => /^[a-z]+\/[a-z0-9-]+\.mdx?$/u.test(file) && pages.has(file.replace(/^.*\//u, '').replace(/\.mdx?$/u, ''));
  const set = draftFiles(facts, 'quelle', article.title, article.date, taken, '2026-01-01', dossier.events, article.credit?.text ?? '', article.paragraphs);
  const party = (p: { id?: string; name: string } | null) => (p ? partyKey(p) : null);
  const events = set.drafts.flatMap((d): DraftedView['events'] => {
    if (d.entwurf.art === 'ereignis') {
      return [{ paragraphs: (d.entwurf.absaetze ?? [d.entwurf.absatz]) as number[], kind: String(d.daten.kind), date: String(d.daten.date), report: null, abweichend: false, title: String(d.daten.title) }];
    }
    if (d.entwurf.art === 'bericht') {
      const id = d.entwurf.ziel.replace(/^.*\//, '').replace(/\.mdx?$/, '');
      return [{ paragraphs: (d.entwurf.absaetze ?? [d.entwurf.absatz]) as number[], kind: '', date: '', report: id, abweichend: d.daten.abweichend === true, title: `Bericht zu ${id}` }];
    }
    return [];
  });
  const entities = new Map<string, { name: string; kind: string; shown: string }>();
  for (const c of facts.entities.candidates) entities.set(partyKey({ name: c.name }), { name: partyKey({ name: c.name }), kind: c.kind ?? '', shown: c.name });
  return {
    paragraphs: article.paragraphs,
    view: {
      credit: article.credit ? canonicalCredit(article.credit.text) : null,
      quotes: facts.quotes.map((q) => ({ paragraph: q.paragraph, digest: quoteDigest(q.text), speaker: party(q.speaker), channel: party(q.channel), text: q.text })),
      dates: facts.dates.map((d) => ({ paragraph: d.paragraph, value: `${d.value}|${d.precision}`, text: d.text })),
      events,
      entities: [...entities.values()],
    },
  };
}

/** The drafted view in sealed form, to compare with the blind part. */
function sealView(view: DraftedView): DraftedView {
  const s = (field: string, v: string | null) => (v === null ? null : seal(field, v));
  return {
    credit: view.credit === null ? null : seal('credit', view.credit),
    quotes: view.quotes.map((q) => ({ ...q, speaker: s('party', q.speaker), channel: s('party', q.channel) })),
    dates: view.dates.map((d) => ({ ...d, value: seal('date', d.value) })),
    events: view.events.map((e) => ({ ...e, kind: seal('kind', e.kind), date: seal('date', e.date), report: s('event', e.report) })),
    entities: view.entities.map((e) => ({ ...e, name: seal('party', e.name), kind: seal('kind', e.kind) })),
  };
}

/** The gold in the terms of the comparison (plain gold keyed like the sealed one). */
function goldView(gold: GoldArticle): SealedArticle {
  const party = (p: GoldParty | null) => (p ? partyKey(p) : null);
  return {
    article: gold.article,
    textDigest: gold.textDigest,
    cluster: gold.cluster,
    credit: gold.credit === null ? null : canonicalCredit(gold.credit),
    quotes: gold.quotes.map((q) => ({ paragraph: q.paragraph, digest: q.digest, speaker: party(q.speaker), channel: party(q.channel) })),
    dates: gold.dates.map((d) => ({ paragraph: d.paragraph, value: `${d.value}|${d.precision}` })),
    events: gold.events.map((e) => ({ paragraphs: e.paragraphs, kind: e.kind, date: e.date, report: e.report, abweichend: e.abweichend })),
    entities: gold.entities.map((e) => ({ name: partyKey({ name: e.name }), kind: e.kind, aliases: (e.aliases ?? []).map((a) => partyKey({ name: a })) })),
  };
}

function score(article: string, part: 'dev' | 'blind', gold: SealedArticle, drafted: DraftedView): CorpusResult {
  const r: CorpusResult = {
    article, part, quotes: tally(), speakers: tally(), channels: tally(), dates: tally(), newEvents: tally(), reports: tally(),
    disagreements: tally(), knownAsNew: 0, entities: tally(), entityKinds: tally(), credit: tally(), inventedCredit: 0, misses: [],
  };
  const miss = (line: string) => r.misses.push(`${article}: ${line}`);
  // A name the gold lists as another name of a new entry («Christian Stöcker» for Christian Stocker) means that entry.
  const canonical = new Map(gold.entities.flatMap((e) => e.aliases.map((a) => [a, e.name] as const)));
  const as = (key: string | null) => (key === null ? null : canonical.get(key) ?? key);
  drafted = {
    ...drafted,
    quotes: drafted.quotes.map((q) => ({ ...q, speaker: as(q.speaker), channel: as(q.channel) })),
    entities: [...new Map(drafted.entities.map((e) => [as(e.name)!, { ...e, name: as(e.name)! }])).values()],
  };

  r.quotes = { expected: gold.quotes.length, found: drafted.quotes.length, correct: 0 };
  const openQuotes = [...drafted.quotes];
  for (const want of gold.quotes) {
    const at = openQuotes.findIndex((q) => q.paragraph === want.paragraph && q.digest === want.digest);
    if (at < 0) {
      miss(`Zitat in Absatz ${want.paragraph} nicht gefunden (${want.digest})`);
      continue;
    }
    // Speakers and channels are measured on the quotes found (a quote not found is counted once, under quotes).
    if (want.speaker) r.speakers.expected++;
    if (want.channel) r.channels.expected++;
    const [got] = openQuotes.splice(at, 1);
    r.quotes.correct++;
    if (got!.speaker) r.speakers.found++;
    if (got!.channel) r.channels.found++;
    if (want.speaker && got!.speaker === want.speaker) r.speakers.correct++;
    else if (want.speaker || got!.speaker) miss(`Sprecher von «${got!.text.slice(0, 40)}…» (Absatz ${want.paragraph}): erwartet ${want.speaker ?? 'keiner'}, entworfen ${got!.speaker ?? 'keiner'}`);
    if (want.channel && got!.channel === want.channel) r.channels.correct++;
    else if (want.channel || got!.channel) miss(`Kanal von «${got!.text.slice(0, 40)}…»: erwartet ${want.channel ?? 'keiner'}, entworfen ${got!.channel ?? 'keiner'}`);
  }
  for (const extra of openQuotes) {
    miss(`Zitat zu viel in Absatz ${extra.paragraph}: «${extra.text.slice(0, 50)}»`);
    if (extra.speaker) r.speakers.found++;
    if (extra.channel) r.channels.found++;
  }

  r.dates = { expected: gold.dates.length, found: drafted.dates.length, correct: 0 };
  const openDates = [...drafted.dates];
  for (const want of gold.dates) {
    const at = openDates.findIndex((d) => d.paragraph === want.paragraph && d.value === want.value);
    if (at < 0) miss(`Datum in Absatz ${want.paragraph} fehlt oder falsch: ${want.value}${openDates.filter((d) => d.paragraph === want.paragraph).map((d) => ` (entworfen «${d.text}» ${d.value})`).join('')}`);
    else {
      openDates.splice(at, 1);
      r.dates.correct++;
    }
  }
  for (const extra of openDates) miss(`Datum zu viel in Absatz ${extra.paragraph}: «${extra.text}» ${extra.value}`);

  const overlaps = (a: readonly number[], b: readonly number[]) => a.some((p) => b.includes(p));
  const newGold = gold.events.filter((e) => e.report === null);
  const reportGold = gold.events.filter((e) => e.report !== null);
  r.newEvents.expected = newGold.length;
  r.reports.expected = reportGold.length;
  r.disagreements.expected = reportGold.filter((e) => e.abweichend).length;
  const matched = new Set<number>();
  const draftedNew = drafted.events.filter((e) => e.report === null);
  const draftedReports = drafted.events.filter((e) => e.report !== null);
  r.newEvents.found = draftedNew.length;
  r.reports.found = draftedReports.length;
  r.disagreements.found = draftedReports.filter((e) => e.abweichend).length;
  for (const want of gold.events) {
    const at = drafted.events.findIndex(
      (d, i) => !matched.has(i) && overlaps(d.paragraphs, want.paragraphs) && (want.report !== null ? d.report === want.report : d.report === null && d.kind === want.kind && d.date === want.date),
    );
    if (at < 0) {
      const near = drafted.events.filter((d) => overlaps(d.paragraphs, want.paragraphs)).map((d) => (d.report ? `Bericht zu ${d.report}` : `«${d.title}» ${d.kind} ${d.date}`));
      miss(`${want.report ? `Bericht zu ${want.report}` : `Ereignis ${want.kind} ${want.date}`} in Absatz ${want.paragraphs.join(', ')} fehlt${near.length ? ` (entworfen: ${near.join('; ')})` : ''}`);
      continue;
    }
    matched.add(at);
    const got = drafted.events[at]!;
    if (want.report !== null) {
      r.reports.correct++;
      if (want.abweichend && got.abweichend) r.disagreements.correct++;
      else if (want.abweichend !== got.abweichend) miss(`Bericht zu ${want.report}: abweichend erwartet ${want.abweichend}, entworfen ${got.abweichend}`);
    } else r.newEvents.correct++;
  }
  drafted.events.forEach((d, i) => {
    if (matched.has(i)) return;
    if (d.report === null && reportGold.some((g) => overlaps(g.paragraphs, d.paragraphs))) r.knownAsNew++;
    miss(`Ereignis zu viel: ${d.report ? `Bericht zu ${d.report}` : `«${d.title}» ${d.kind} ${d.date}`} (Absatz ${d.paragraphs.join(', ')})`);
  });

  r.entities = { expected: gold.entities.length, found: drafted.entities.length, correct: 0 };
  const names = new Map(drafted.entities.map((e) => [e.name, e]));
  for (const want of gold.entities) {
    const got = names.get(want.name);
    if (!got) {
      miss(`Eintrag nicht vorgeschlagen: ${want.name} (${want.kind})`);
      continue;
    }
    names.delete(want.name);
    r.entities.correct++;
    r.entityKinds.found++;
    r.entityKinds.expected++;
    if (got.kind === want.kind) r.entityKinds.correct++;
    else miss(`Art von ${got.shown}: erwartet ${want.kind}, entworfen ${got.kind || 'keine'}`);
  }
  for (const junk of names.values()) miss(`Vorschlag ohne Gold-Eintrag: «${junk.shown}»`);

  r.credit = { expected: gold.credit === null ? 0 : 1, found: drafted.credit === null ? 0 : 1, correct: gold.credit !== null && gold.credit === drafted.credit ? 1 : 0 };
  if (gold.credit === null && drafted.credit !== null) r.inventedCredit = 1;
  if (gold.credit !== drafted.credit) miss(`Agentur: erwartet ${gold.credit ?? 'keine'}, entworfen ${drafted.credit ?? 'keine'}`);
  return r;
}

/** Scores every article that has gold, in the order of their stories. */
export function scoreCorpus(corpusDir: string, goldDir: string, contentDir: string): CorpusResult[] {
  const read = <T,>(dir: string) =>
    existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as T) : [];
  const dev = read<GoldArticle>(path.join(goldDir, 'dev'));
  const blind = read<SealedArticle>(path.join(goldDir, 'blind'));
  const seedTargets = readMentionTargets(contentDir);
  const seed: DossierAtTheTime = { targets: seedTargets, events: readKnownEvents(contentDir) };
  const earlierOf = (cluster: { id: string; order: number } | null) =>
    cluster ? dev.filter((g) => g.cluster?.id === cluster.id && g.cluster.order < cluster.order).sort((a, b) => a.cluster!.order - b.cluster!.order) : [];
  const results: CorpusResult[] = [];
  for (const [part, golds] of [['dev', dev], ['blind', blind]] as const) {
    for (const gold of golds) {
      const file = path.join(corpusDir, gold.article);
      if (!existsSync(file)) continue;
      if (fileDigest(readFileSync(file)) !== gold.textDigest) throw new Error(`${gold.article}: der Text hat sich seit der Annotation geändert (Digest).`);
      const dossier = knownFromGold(seed, earlierOf(gold.cluster), corpusDir);
      const { view } = draftedView(file, dossier);
      results.push(part === 'dev' ? score(gold.article, part, goldView(gold as GoldArticle), view) : { ...score(gold.article, part, gold as SealedArticle, sealView(view)), misses: [] });
    }
  }
  return results;
}

export const TALLIES = ['quotes', 'speakers', 'channels', 'dates', 'newEvents', 'reports', 'disagreements', 'entities', 'entityKinds', 'credit'] as const;

/** Sums of one part's results. */
export function sumTallies(results: readonly CorpusResult[]) {
  const sums = Object.fromEntries(TALLIES.map((k) => [k, tally()])) as Record<(typeof TALLIES)[number], Tally>;
  for (const r of results) for (const k of TALLIES) {
    sums[k].expected += r[k].expected;
    sums[k].found += r[k].found;
    sums[k].correct += r[k].correct;
  }
  return { sums, knownAsNew: results.reduce((n, r) => n + r.knownAsNew, 0), inventedCredit: results.reduce((n, r) => n + r.inventedCredit, 0), articles: results.length };
}
