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
  return `Das Dossier ist nicht stimmig (${count}):\n\n${issueBlocks(issues)}`;
}

/** How many warnings the build log shows; the rest are counted, so a large dossier's log stays readable. */
const SHOWN_WARNINGS = 25;

/** The build's warnings (src/content-check/content-warnings.ts) in the same form as its problems, the first SHOWN_WARNINGS of them. */
export function formatWarnings(warnings: readonly ValidationIssue[]): string {
  const count = warnings.length === 1 ? '1 Hinweis' : `${warnings.length} Hinweise`;
  const rest = warnings.length - SHOWN_WARNINGS;
  return `Zum Prüfen vor der nächsten Ausgabe (${count}; der Build läuft weiter):\n\n${issueBlocks(warnings.slice(0, SHOWN_WARNINGS))}${rest > 0 ? `\n\n… und ${rest} weitere Hinweise.` : ''}`;
}

function issueBlocks(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.file}${issue.line === undefined ? '' : `, Zeile ${issue.line}`}\n  ${issue.field}: ${issue.message}\n  Hinweis: ${issue.hint}`).join('\n\n');
}
