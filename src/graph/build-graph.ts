/**
 * The dossier graph from the loaded collections, validated once, as a whole: assembled first
 * (src/graph/assemble-graph.ts), then judged by every check (src/graph/checks/). Pages, cards,
 * search and the offline edition read the graph; none of them reads content again.
 */
import { assembleGraph } from './assemble-graph.ts';
import { checkDossier } from './checks/index.ts';
import type { Dossier } from './dossier.ts';
import type { DossierInput, ValidationIssue } from './types.ts';

export interface GraphResult {
  dossier: Dossier;
  /** Every problem found; the dossier must not be published unless this is empty. */
  issues: ValidationIssue[];
}

/**
 * Builds and checks the graph of `input` (every collection's entries, from Astro's content
 * layer or read from disk by a tool). Never throws on bad content: problems come back as
 * `issues`, each with file, field, message and hint.
 */
export function buildDossierGraph(input: DossierInput): GraphResult {
  const dossier = assembleGraph(input);
  return { dossier, issues: checkDossier({ input, dossier }) };
}

/** One readable block per problem: file (and line, where known), field, what is wrong, how to fix it. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  const count = issues.length === 1 ? '1 Fehler' : `${issues.length} Fehler`;
  const blocks = issues.map((issue) => `${issue.file}${issue.line === undefined ? '' : `, Zeile ${issue.line}`}\n  ${issue.field}: ${issue.message}\n  Hinweis: ${issue.hint}`);
  return `Das Dossier ist nicht stimmig (${count}):\n\n${blocks.join('\n\n')}`;
}
