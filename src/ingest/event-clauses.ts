/**
 * A sentence's clauses, as draft-events.ts reads events from them: the main clause and the
 * subordinate clauses a conjunction opens («nachdem …», «als …»), each with its dates, main
 * clauses first. A date in a subordinate clause dates another event than the main clause's.
 */
import type { DateMention } from './read-dates.ts';

/** Conjunctions that open a subordinate clause: a date in one dates another event than the main clause's. */
const SUBORDINATE = /(?:^|,\s*)(?:nachdem|als|bevor|seit|seitdem|während|weil|da|obwohl|wenn|dass|ob|wie)\s/u;

export interface Clause {
  text: string;
  start: number;
  end: number;
  subordinate: boolean;
  dates: DateMention[];
}

/** A sentence's clauses: the main clause and the subordinate clauses a conjunction opens (offsets in the paragraph). */
export function clausesOf(sentence: { unquoted: string; start: number; dates: readonly DateMention[] }): Clause[] {
  const text = sentence.unquoted;
  const cuts = [0];
  for (const m of text.matchAll(/,\s*(?=(?:nachdem|als|bevor|seit|seitdem|während|weil|da|obwohl|wenn|dass|ob|wie|nachdem)\s)/gu)) cuts.push(m.index);
  // A sentence that opens with a conjunction («Nachdem …, hat …») has its main clause after the first comma that follows.
  const opensSubordinate = SUBORDINATE.test(text.trimStart().toLocaleLowerCase('de-CH').replace(/^/u, ''));
  cuts.push(text.length);
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const part = text.slice(from, to);
    const subordinate = i > 0 || (opensSubordinate && /^\s*\p{L}/u.test(part) && SUBORDINATE.test(part.trimStart().toLocaleLowerCase('de-CH')));
    const start = sentence.start + from;
    const end = sentence.start + to;
    clauses.push({ text: part, start, end, subordinate, dates: sentence.dates.filter((d) => d.start >= start && d.end <= end) });
  }
  // Main clauses first: an event is read from the clause that carries it.
  return clauses.sort((a, b) => Number(a.subordinate) - Number(b.subordinate));
}
