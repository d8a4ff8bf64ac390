/**
 * The whole content check before a build: every file read and validated (read-content.ts), then
 * the dossier graph built from the files that passed and checked (src/graph/checks/), so that
 * schema, YAML and graph problems come in one round. Run by the build before Astro reads anything
 * (src/integrations/content-check.ts).
 */
import { readFileSync } from 'node:fs';
import { buildDossierGraph } from '../graph/build-graph.ts';
import type { ValidationIssue } from '../graph/types.ts';
import type { Dossier } from '../graph/dossier.ts';
import { readContent } from './read-content.ts';
import { contentWarnings } from './content-warnings.ts';
import { lineOf } from './schema-issues.ts';

/**
 * Every problem of the content folder `dir`, sorted by file (stable within a file). A graph
 * problem about a missing entry whose own file was left out for a problem («x» verweist auf
 * keinen Eintrag) is a consequence, and dropped: fixing that file fixes it.
 */
export function checkContent(dir: string, options: { includeDrafts?: boolean } = {}): ValidationIssue[] {
  return reviewContent(dir, options).problems;
}

/**
 * The content check with its warnings (src/content-check/content-warnings.ts): the problems as
 * `checkContent` gives them, and, where the content has none, what the build warns about; and
 * the dossier graph of the files that passed (complete when there are no problems), from which
 * the build starts drawing the cards before the pages render (src/integrations/og-cards.ts).
 */
export function reviewContent(dir: string, options: { includeDrafts?: boolean } = {}): { problems: ValidationIssue[]; warnings: ValidationIssue[]; dossier: Dossier } {
  const { input, problems, rejectedIds } = readContent(dir, options);
  const graph = buildDossierGraph(input);
  const graphIssues = graph.issues.filter((issue) => issue.missing === undefined || !rejectedIds.has(issue.missing));
  const all = [...problems, ...graphIssues.map(withLine)];
  const order = [...new Set(all.map((issue) => issue.file))].sort();
  const sorted = order.flatMap((file) => all.filter((issue) => issue.file === file));
  return { problems: sorted, warnings: sorted.length === 0 ? contentWarnings(input, graph.dossier) : [], dossier: graph.dossier };
}

/**
 * A graph problem with the line of its field's top-level key (`cite` for `cite[0]`), read from
 * the file: the graph knows fields, not lines.
 */
function withLine(issue: ValidationIssue): ValidationIssue {
  if (issue.line !== undefined) return issue;
  let text: string;
  try {
    text = readFileSync(issue.file, 'utf8');
  } catch {
    return issue;
  }
  const line = lineOf(text, /^[A-Za-z]+/.exec(issue.field)?.[0]);
  return line === undefined ? issue : { ...issue, line };
}
