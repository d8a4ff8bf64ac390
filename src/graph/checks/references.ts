/**
 * The rule for every reference by id (a relation's target, an event's participants, a
 * statement's speaker …): the entry exists and is of a kind the field allows. A typo gets the
 * closest existing id as a suggestion.
 */
import { closest, distance } from 'fastest-levenshtein';
import { ui } from '../../i18n/de-CH.ts';
import { contentFolderLabel, type Kind } from '../../model/vocabulary.ts';
import type { Dossier } from '../dossier.ts';
import type { ValidationIssue } from '../types.ts';
import { issue, kindList } from './check.ts';

/** The problem with `target` in `file`'s `field`, or undefined if it names an entry of an `allowed` kind. */
export function referenceIssue(dossier: Dossier, file: string, field: string, target: string, allowed: readonly Kind[]): ValidationIssue | undefined {
  const node = dossier.get(target);
  if (!node) {
    const candidates = [...dossier.nodes.values()].filter((n) => allowed.includes(n.kind)).map((n) => n.id);
    const guess = candidates.length ? closest(target, candidates) : undefined;
    const suggestion = guess && distance(guess, target) <= Math.max(2, target.length / 3) ? `Gemeint ist vielleicht «${guess}». ` : '';
    return issue(
      file,
      field,
      `«${target}» verweist auf keinen Eintrag im Dossier.`,
      `${suggestion}Erwartet wird das Kürzel (Dateiname ohne Endung) eines Eintrags unter: ${kindList(allowed)}. Fehlt der Eintrag, die Datei unter ${contentFolderLabel(allowed[0]!)} anlegen.`,
      target,
    );
  }
  if (!allowed.includes(node.kind)) {
    return issue(file, field, `«${target}» ist ${ui.kinds[node.kind].withArticle}; erwartet wird ein Eintrag unter: ${kindList(allowed)}.`, 'Auf einen Eintrag der passenden Art verweisen.');
  }
  return undefined;
}

/** The problems of a list of references in `field[i]`. */
export function referenceListIssues(dossier: Dossier, file: string, field: string, targets: readonly string[], allowed: readonly Kind[]): ValidationIssue[] {
  return targets.flatMap((target, i) => referenceIssue(dossier, file, `${field}[${i}]`, target, allowed) ?? []);
}
