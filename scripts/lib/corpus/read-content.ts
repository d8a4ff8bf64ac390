/**
 * Reads a content folder into the shape the dossier graph takes, without Astro (the build's own
 * content check, src/content-check/read-content.ts), for tests and scripts that run the graph's
 * whole validation over a generated corpus in a second instead of a build. Drafts are left out,
 * as the published build leaves them out.
 */
import { readContent } from '../../../src/content-check/read-content.ts';
import { formatIssues } from '../../../src/graph/build-graph.ts';
import type { DossierInput } from '../../../src/graph/types.ts';

/** Every collection of the content folder `dir`; throws listing every file that cannot be read or fails its schema. */
export function readContentDir(dir: string): DossierInput {
  const { input, problems } = readContent(dir);
  if (problems.length > 0) throw new Error(formatIssues(problems));
  return input;
}
