/**
 * What every check of the dossier graph shares: its input (the loaded collections and the
 * assembled graph), the shape of a problem, and the German phrasing of kinds in messages.
 */
import { ui } from '../../i18n/de-CH.ts';
import type { Kind } from '../../model/vocabulary.ts';
import type { Dossier } from '../dossier.ts';
import type { DossierInput, ValidationIssue } from '../types.ts';

export interface CheckContext {
  /** Every collection's entries as loaded. */
  input: DossierInput;
  /** The graph assembled from them (src/graph/assemble-graph.ts). */
  dossier: Dossier;
}

/** One check: every problem it finds, in the order of the content, none if all is well. */
export type Check = (context: CheckContext) => ValidationIssue[];

/** A problem; `missing` names the entry whose absence it is about (see ValidationIssue). */
export function issue(file: string, field: string, message: string, hint: string, missing?: string): ValidationIssue {
  return missing === undefined ? { file, field, message, hint } : { file, field, message, hint, missing };
}

/** «Personen, Organisationen»: plural names, as in the navigation; no declension after a colon. */
export function kindList(kinds: readonly Kind[]): string {
  return kinds.map((kind) => ui.kinds[kind].plural).join(', ');
}
