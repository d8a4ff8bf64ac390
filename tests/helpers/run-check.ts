import { describe, expect, test } from 'vitest';
/** Runs one check of the dossier graph over a fresh copy of the mini dossier, broken as a test case says. */
import { assembleGraph } from '../../src/graph/assemble-graph.ts';
import type { Check } from '../../src/graph/checks/check.ts';
import type { DossierInput, ValidationIssue } from '../../src/graph/types.ts';
import { miniDossier } from './mini-dossier.ts';

export function runCheck(check: Check, breakIt: (input: DossierInput) => void = () => {}): ValidationIssue[] {
  const input = miniDossier();
  breakIt(input);
  return check({ input, dossier: assembleGraph(input) });
}

/** A case of a check's table: how to break the mini dossier and what the check must say (file, field, message). */
export interface CheckCase {
  name: string;
  breakIt: (input: DossierInput) => void;
  expected: Pick<ValidationIssue, 'file' | 'field' | 'message'>[];
}

/** The issues without their hints, for comparing with a case's expectation; every hint must say something. */
export function withoutHints(issues: ValidationIssue[]): Pick<ValidationIssue, 'file' | 'field' | 'message'>[] {
  for (const issue of issues) if (issue.hint.trim().length < 10) throw new Error(`Hinweis fehlt: ${JSON.stringify(issue)}`);
  return issues.map(({ file, field, message }) => ({ file, field, message }));
}

/** The test of one check: it passes the mini dossier, and says exactly what each case expects. */
export function describeCheck(title: string, check: Check, cases: CheckCase[]): void {
  describe(title, () => {
    test('passes the mini dossier', () => {
      expect(runCheck(check)).toEqual([]);
    });

    test.each(cases)('$name', ({ breakIt, expected }) => {
      expect(withoutHints(runCheck(check, breakIt))).toEqual(expected);
    });
  });
}
