/**
 * The events the dossier already has, as ingest compares a drafted event with them (kind, dates,
 * place, participants, countries, the words of title and summary), read from their files, and
 * the ranking of the known events a paragraph may report on (make-drafts.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from '../io/files.ts';
import { earliestDay, latestDay, parseDossierDate } from '../model/dossier-date.ts';
import { COLLECTION, isCollectionFile } from '../model/vocabulary.ts';
import { foldForSearch } from '../text/normalise.ts';

/** An event already in the dossier, as ingest compares a drafted one with it. */
export interface KnownEvent {
  id: string;
  kind: string;
  /** First and last day its date can mean (`YYYY-MM-DD`), if it has one. */
  from?: string;
  to?: string;
  place?: string;
  participants: string[];
  countries: string[];
  title: string;
  summary: string;
  /** An event draft of another source, not yet published. */
  pending?: boolean;
}

const texts = (value: unknown): unknown[] => (Array.isArray(value) ? value.map((v) => (v && typeof v === 'object' ? (v as { text?: unknown }).text : undefined)) : []);
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The events in the content folder's events folder. */
export function readKnownEvents(contentDir: string): KnownEvent[] {
  const dir = path.join(contentDir, COLLECTION.event.folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => isCollectionFile('event', name))
    .sort()
    .map((name) => {
      const data = readFrontmatter(path.join(dir, name));
      const raw = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : data.date === undefined ? undefined : String(data.date);
      const parsed = raw === undefined ? undefined : parseDossierDate(raw);
      return {
        id: name.replace(/\.[^.]+$/, ''),
        kind: String(data.kind ?? ''),
        ...(parsed?.ok ? { from: earliestDay(parsed.date.from), to: latestDay(parsed.date.to ?? parsed.date.from) } : {}),
        ...(typeof data.place === 'string' ? { place: data.place } : {}),
        participants: strings(data.participants),
        countries: strings(data.countries),
        title: String(data.title ?? ''),
        // What the dossier says of it: the summary, its facts and each source's account (their figures are compared).
        summary: [data.summary, ...texts(data.facts), ...texts(data.accounts)].filter((t) => typeof t === 'string').join('\n'),
      };
    });
}

/**
 * Event drafts of other sources still waiting for the editor, as known events (id: the file they
 * become): a second article on the same event reports on the draft instead of drafting it again;
 * accept publishes the draft with the report.
 */
export function readPendingEvents(drafts: readonly { entwurf: { art: string; ziel: string; quelle: string }; daten: Record<string, unknown> }[], exceptSource: string): KnownEvent[] {
  return drafts
    .filter((d) => d.entwurf.art === 'ereignis' && d.entwurf.quelle !== exceptSource)
    .map((d) => {
      const raw = d.daten.date === undefined ? undefined : String(d.daten.date);
      const parsed = raw === undefined ? undefined : parseDossierDate(raw);
      return {
        id: d.entwurf.ziel.replace(/^.*\//u, '').replace(/\.[^.]+$/u, ''),
        kind: String(d.daten.kind ?? ''),
        ...(parsed?.ok ? { from: earliestDay(parsed.date.from), to: latestDay(parsed.date.to ?? parsed.date.from) } : {}),
        ...(typeof d.daten.place === 'string' ? { place: d.daten.place } : {}),
        participants: strings(d.daten.participants),
        countries: strings(d.daten.countries),
        title: String(d.daten.title ?? ''),
        summary: String(d.daten.summary ?? ''),
        pending: true,
      };
    });
}

/** What a drafted event offers for comparison. */
export interface EventEvidence {
  kind: string;
  /** First and last day the drafted date can mean, if it has one. */
  from?: string;
  to?: string;
  place?: string;
  participants: readonly string[];
  countries: readonly string[];
  /** The words of the sentences that carry it. */
  text: string;
}

/** A known event a paragraph may report on, with its score and the reasons, strongest first. */
export interface EventCandidate {
  id: string;
  score: number;
  reasons: string[];
}

/** Words too common to say that two texts speak of the same event. */
const COMMON = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'und', 'oder', 'in', 'im', 'an', 'am', 'auf', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'fuer', 'ueber', 'nach', 'bei', 'aus', 'hat', 'ist', 'wird', 'sich', 'als', 'wie', 'dass', 'es', 'er', 'sie', 'nicht', 'auch', 'noch', 'laut', 'sagte', 'sagt', 'nach', 'angaben', 'zufolge', 'heute', 'sollen', 'werden', 'wurde', 'wurden', 'haben', 'hatte', 'seien', 'sowie', 'bisher', 'weiter', 'dabei', 'einer', 'einem', 'eines', 'seine', 'ihre', 'diese', 'dieser', 'unter', 'gegen', 'zwischen']);

/**
 * A text's content words by their first six letters, and long words also by their last six, so
 * that compounds with the same head meet («Friedenskonferenz», «Ukraine-Konferenz»: «~ferenz»).
 */
const contentWords = (text: string) =>
  new Set(
    foldForSearch(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3 && !COMMON.has(w))
      .flatMap((w) => (w.length > 8 ? [w.slice(0, 6), `~${w.slice(-6)}`] : [w.slice(0, 6)])),
  );

/**
 * The known events a drafted event may be a report on, ranked: each shared participant, country
 * and the same place adds, the same kind adds, dates that overlap add (dates far apart rule an
 * event out), and words shared with the known event's title and summary add. Only candidates
 * whose dates are compatible and that share at least an actor or a place, or are of the same
 * kind in the same time, are kept.
 */
export function rankKnownEvents(event: EventEvidence, known: readonly KnownEvent[]): EventCandidate[] {
  const words = contentWords(event.text);
  const ranked: EventCandidate[] = [];
  for (const k of known) {
    const reasons: string[] = [];
    let score = 0;
    const datesKnown = event.from !== undefined && k.from !== undefined && k.to !== undefined && event.to !== undefined;
    if (datesKnown) {
      if (k.from! > event.to! || event.from! > k.to!) continue;
      score += 2;
      reasons.push('Zeitraum passt');
    }
    const sharedPeople = event.participants.filter((p) => k.participants.includes(p));
    const sharedCountries = event.countries.filter((c) => k.countries.includes(c));
    const samePlace = event.place !== undefined && event.place === k.place;
    // Without a shared actor or place, only the same kind in the same time may be the same event
    // (two agencies on one conference, one naming the venue, the other the country).
    if (sharedPeople.length === 0 && sharedCountries.length === 0 && !samePlace && !(datesKnown && k.kind === event.kind)) continue;
    score += 3 * sharedPeople.length + 1.5 * sharedCountries.length + (samePlace ? 3 : 0);
    if (sharedPeople.length) reasons.push(`Beteiligte: ${sharedPeople.join(', ')}`);
    if (sharedCountries.length) reasons.push(`Länder: ${sharedCountries.join(', ')}`);
    if (samePlace) reasons.push(`Ort: ${k.place}`);
    if (k.kind === event.kind) {
      score += 2;
      reasons.push(`Art: ${k.kind}`);
    }
    const shared = [...contentWords(`${k.title} ${k.summary}`)].filter((w) => words.has(w));
    if (shared.length) {
      score += Math.min(4, shared.length);
      reasons.push(`gemeinsame Wörter: ${shared.slice(0, 5).join(', ')}`);
    }
    ranked.push({ id: k.id, score, reasons });
  }
  return ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
