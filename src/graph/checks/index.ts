/**
 * Every check of the dossier, run over the whole graph at once so that an editor sees all
 * problems in one round. Each check is a module of its own with its own table-driven test.
 */
import type { ValidationIssue } from '../types.ts';
import type { Check, CheckContext } from './check.ts';
import { checkAccounts } from './accounts.ts';
import { checkBriefing } from './briefing.ts';
import { checkChangeDays } from './change-days.ts';
import { checkCitations } from './citations.ts';
import { checkComponents } from './components.ts';
import { checkCountryOutlines } from './country-outlines.ts';
import { checkDerivedForms } from './derived-forms.ts';
import { checkEntityRelations } from './entity-relations.ts';
import { checkEventReferences } from './event-references.ts';
import { checkFormerSlugs } from './former-slugs.ts';
import { checkMentionCorrections } from './mention-corrections.ts';
import { checkParagraphCounts } from './paragraph-counts.ts';
import { checkStatements } from './statements.ts';
import { checkTerms } from './terms.ts';
import { checkUniqueIds } from './unique-ids.ts';
import { checkUniqueNames } from './unique-names.ts';

export const CHECKS: readonly Check[] = [
  checkUniqueIds,
  checkParagraphCounts,
  checkCitations,
  checkUniqueNames,
  checkDerivedForms,
  checkEntityRelations,
  checkCountryOutlines,
  checkEventReferences,
  checkStatements,
  checkFormerSlugs,
  checkMentionCorrections,
  checkBriefing,
  checkTerms,
  checkChangeDays,
  checkAccounts,
  checkComponents,
];

/** Every problem of the dossier, grouped by file (files in path order, problems in check order). */
export function checkDossier(context: CheckContext): ValidationIssue[] {
  const issues = CHECKS.flatMap((check) => check(context));
  return issues.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
