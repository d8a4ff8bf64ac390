/**
 * Hands the graph that the content check built, before Astro started, to the pages of the same
 * build, so that a build reads, parses and checks the content once. The pages run from a bundle
 * that Vite made of them, with their own copies of every module: a module variable would not
 * reach them, the process's global object does. Only a graph of the same content folder and the
 * same draft setting is handed over.
 */
import type { Dossier } from '../graph/dossier.ts';
import { siteConfig } from '../site.config.ts';
import { reviewContent } from './check-content.ts';

interface CheckedDossier {
  contentDir: string;
  includeDrafts: boolean;
  dossier: Dossier;
}

const KEY = Symbol.for('briefing-dossier.checked-dossier');

type WithChecked = typeof globalThis & { [KEY]?: CheckedDossier };

/** Keeps the content check's graph of `contentDir` for the pages of this process. */
export function handOverCheckedDossier(checked: CheckedDossier): void {
  (globalThis as WithChecked)[KEY] = checked;
}

/** The graph the content check built from `contentDir` in this process, if it did. */
export function checkedDossier(contentDir: string, includeDrafts: boolean): Dossier | undefined {
  const checked = (globalThis as WithChecked)[KEY];
  return checked && checked.contentDir === contentDir && checked.includeDrafts === includeDrafts ? checked.dossier : undefined;
}

/** The graph the content check built in this process from the configured content folder, if it did (a build always has). */
export function builtDossier(): Dossier | undefined {
  return checkedDossier(siteConfig.contentDir, siteConfig.includeDrafts);
}

/**
 * The graph of the configured content folder as it is now: the build's, or in the preview the
 * files read again (those with a problem left out; the pages show the problems).
 */
export function currentDossier(): Dossier {
  return builtDossier() ?? reviewContent(siteConfig.contentDir, { includeDrafts: siteConfig.includeDrafts }).dossier;
}
