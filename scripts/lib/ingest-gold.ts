/**
 * The gold annotations of the real-article corpus (tests/fixtures/ingest-corpus-gold/): their
 * format, the digests that name a quote without copying it, and the sealing of the blind part
 * (every value replaced by a digest, so that the rules cannot be tuned on it). The corpus texts
 * are the publishers'; the gold holds paragraph numbers, digests and our own words only.
 */
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { foldText } from '../../src/text/normalise.ts';
import { canonicalCredit } from '../../src/ingest/read-credit.ts';

/** A speaker, channel or participant: a known entry by id, or a new one by its name. */
export type GoldParty = { id: string } | { name: string };

export interface GoldEvent {
  /** Our id for the event, so that a later article of the same story can report on it. */
  id: string;
  /** Our own headline-style title (never the article's words); not scored. */
  title: string;
  kind: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a range `A/B`, at the text's precision. */
  date: string;
  participants: GoldParty[];
  countries: GoldParty[];
  place: GoldParty | null;
  /** The paragraphs that carry the event (1-based). */
  paragraphs: number[];
  /** The id of the event already in the dossier this paragraph reports on, or null for a new event. */
  report: string | null;
  /** A report whose figures, dates or claims differ from the known event's account. */
  abweichend: boolean;
}

export interface GoldArticle {
  /** File name in the corpus folder. */
  article: string;
  /** Digest of the article file, so that a changed text is noticed. */
  textDigest: string;
  /** A story several articles report on, and this article's place in it (1 = first). */
  cluster: { id: string; order: number } | null;
  /** The agency credit as the text gives it (`dpa-AFX`, `sda`, `APA/dpa/sda`), or null where it names none. */
  credit: string | null;
  quotes: { paragraph: number; digest: string; speaker: GoldParty | null; channel: GoldParty | null }[];
  dates: { paragraph: number; value: string; precision: 'year' | 'month' | 'day' }[];
  events: GoldEvent[];
  /** Every person, country, place and organisation the article names that the dossier does not know yet, in base form. */
  entities: { name: string; kind: 'person' | 'country' | 'place' | 'organisation'; aliases?: string[] }[];
}

/** The blind part: the same shape, every value a digest (`seal`), titles left out. */
export interface SealedArticle {
  article: string;
  textDigest: string;
  cluster: { id: string; order: number } | null;
  credit: string | null;
  quotes: { paragraph: number; digest: string; speaker: string | null; channel: string | null }[];
  dates: { paragraph: number; value: string }[];
  events: { paragraphs: number[]; kind: string; date: string; report: string | null; abweichend: boolean }[];
  /** A new entry's name, kind, and the other names it goes by (all sealed). */
  entities: { name: string; kind: string; aliases: string[] }[];
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The digest of a file's bytes. */
export const fileDigest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/**
 * A quote's text as compared: quotation marks and the punctuation at its ends left out,
 * spaces collapsed, lower case; so that «Wir …», „Wir …“ and "Wir …." name the same quote.
 */
export function normaliseQuote(text: string): string {
  return foldText(text)
    .normalize('NFC')
    .replace(/[«»‹›„“”"‚‘’]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[\s.,;:!?…–-]+|[\s.,;:!?…–-]+$/gu, '')
    .toLocaleLowerCase('de-CH');
}

/** The digest that names a quote in the gold. */
export const quoteDigest = (text: string) => hash(`quote:${normaliseQuote(text)}`);

/** The key a party is compared by: a known entry's id, a new one's name as a slug. */
export function partyKey(party: GoldParty | { id?: string; name: string }): string {
  if ('id' in party && party.id) return party.id;
  return slugify(foldText((party as { name: string }).name), { locale: 'de' });
}

/** A value of the blind part, sealed. */
export const seal = (field: string, value: string) => `h:${hash(`${field}:${value}`)}`;

/** The blind form of a gold article. */
export function sealArticle(gold: GoldArticle): SealedArticle {
  const party = (p: GoldParty | null) => (p ? seal('party', partyKey(p)) : null);
  return {
    article: gold.article,
    textDigest: gold.textDigest,
    cluster: gold.cluster,
    credit: gold.credit === null ? null : seal('credit', canonicalCredit(gold.credit)),
    quotes: gold.quotes.map((q) => ({ paragraph: q.paragraph, digest: q.digest, speaker: party(q.speaker), channel: party(q.channel) })),
    dates: gold.dates.map((d) => ({ paragraph: d.paragraph, value: seal('date', `${d.value}|${d.precision}`) })),
    events: gold.events.map((e) => ({
      paragraphs: e.paragraphs,
      kind: seal('kind', e.kind),
      date: seal('date', e.date),
      report: e.report === null ? null : seal('event', e.report),
      abweichend: e.abweichend,
    })),
    entities: gold.entities.map((e) => ({ name: seal('party', partyKey({ name: e.name })), kind: seal('kind', e.kind), aliases: (e.aliases ?? []).map((a) => seal('party', partyKey({ name: a }))) })),
  };
}
