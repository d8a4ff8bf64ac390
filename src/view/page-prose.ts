/**
 * The editors' prose an entry's page (and its print entry) links entity names in (LinkedText:
 * summary, facts, accounts, the context of each quote it shows), and what that linking gives.
 * The links, not all names of the dossier, are what the page's cache key holds: a new, renamed
 * or removed name re-renders a page exactly when it changes a link there.
 */
import type { Dossier } from '../graph/dossier.ts';
import type { DossierNode, StatementNode } from '../graph/types.ts';

/** One piece of linked prose: the text, and the page's own entry, which is never linked. */
export interface Prose {
  text: string;
  ownId?: string;
}

/** The prose of an entry itself: its summary, facts and (an event's) accounts. */
export function entryProse(node: DossierNode): Prose[] {
  if (node.kind === 'source') return [];
  const own = (text: string): Prose => ({ text, ownId: node.id });
  return [
    own(node.data.summary),
    ...node.data.facts.map((fact) => own(fact.text)),
    ...(node.kind === 'event' ? node.data.accounts.map((account) => own(account.text)) : []),
  ];
}

/** The prose of a quote as Statement.astro shows it: its context (linked without an own entry). */
export function statementProse(statement: StatementNode): Prose[] {
  return statement.data.context ? [{ text: statement.data.context }] : [];
}

/** What linking `prose` gives, link by link: the entry, its section (the address) and the span linked. */
export function proseLinks(dossier: Dossier, prose: readonly Prose[]): unknown[] {
  return prose.map(({ text, ownId }) => dossier.linkProse(text, ownId).flatMap((part) => (part.node ? [[part.node.id, part.node.section, part.text]] : [])));
}
