/**
 * Whether a drafted event is one the dossier already has: the ranked candidates (known-events.ts)
 * and the scores from which one is offered, taken as the same event, or sure; and the figures a
 * second source gives differently («100 Delegationen» against «90 Delegationen»). make-drafts.ts
 * drafts a report or a new event from them.
 */
import { earliestDay, latestDay, parseDossierDate } from '../model/dossier-date.ts';
import { foldText } from '../text/normalise.ts';
import { slugOfWords } from './draft-facts.ts';
import { rankKnownEvents, type EventCandidate, type KnownEvent } from './known-events.ts';
import type { EventDraft } from './draft-events.ts';

/** A known event counts as the one a drafted event reports on from this score on; below it, the candidates are only offered. */
export const REPORT_SCORE = 7;
/** A known event is offered as a candidate from this score on. */
export const OFFER_SCORE = 4;
/** From this score on, the match is sure; between REPORT_SCORE and this, the editor checks it. */
export const SURE_REPORT_SCORE = 10;

/** The ranked known events a drafted event may report on. */
export function eventCandidates(event: EventDraft, evidence: string, known: readonly KnownEvent[]): EventCandidate[] {
  const parsed = parseDossierDate(event.date);
  const dates = parsed.ok ? { from: earliestDay(parsed.date.from), to: latestDay(parsed.date.to ?? parsed.date.from) } : {};
  const ref = (r: string) => (/^[a-z0-9-]+$/u.test(r) ? r : slugOfWords(r, 200));
  return rankKnownEvents(
    { kind: event.kind, ...dates, ...(event.place ? { place: ref(event.place) } : {}), participants: event.participants.map(ref), countries: event.countries.map(ref), text: evidence },
    known,
  );
}

/**
 * Figures that differ between a report and the known event's account: the same noun counted
 * differently («100 Delegationen» against «90 Delegationen», «179 Millionen» against «79 Millionen»).
 */
export function differingFigures(report: string, account: string): string[] {
  // A figure is a number or a vague count («tausende»), and the noun it counts.
  const figures = (text: string) =>
    new Map(
      [...text.matchAll(/(?<![\d.,\p{L}])(\d{1,3}(?:[.'’ ]\d{3})*(?:,\d+)?|\d+|[Dd]utzende|[Hh]underte|[Tt]ausende|[Zz]ehntausende)\s+(\p{L}{3,})/gu)].map(
        (m) => [foldText(m[2]!).toLocaleLowerCase('de-CH').slice(0, 6), { figure: m[1]!.toLocaleLowerCase('de-CH').replace(/[.'’ ]/gu, ''), words: m[0] }] as const,
      ),
    );
  // «Die Zahl der Delegationen … ist auf 100 angewachsen»: the noun before the figure.
  const counted = (text: string) =>
    new Map([
      ...figures(text),
      ...[...text.matchAll(/Zahl der (\p{L}{3,})[^.]{0,80}?(?:auf|bei|von) (?:rund |etwa |mehr als |über )?(\d{1,3}(?:[.'’ ]\d{3})*|\d+)(?![\d.,])/gu)].map(
        (m) => [foldText(m[1]!).toLocaleLowerCase('de-CH').slice(0, 6), { figure: m[2]!.replace(/[.'’ ]/gu, ''), words: m[0] }] as const,
      ),
    ]);
  const before = counted(account);
  return [...counted(report).entries()].flatMap(([noun, now]) => {
    const then = before.get(noun);
    return then && then.figure !== now.figure ? [`«${now.words}» gegenüber «${then.words}»`] : [];
  });
}

/**
 * Whether a candidate could be the same event: it shares the kind, an actor or the place; a shared
 * country and the month alone do not make the same event («Länder: russland; gemeinsame Wörter: russis»).
 */
export const couldBeSame = (candidate: EventCandidate) => candidate.reasons.some((r) => /^(?:Art|Beteiligte|Ort):/u.test(r));
