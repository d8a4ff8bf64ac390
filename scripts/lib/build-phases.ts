/**
 * Where a build's time went, read from its log: Astro and our integrations print a line at the
 * end of each phase, each with a wall-clock time stamp (whole seconds), so the gaps between
 * those lines are the phases. Coarse, but enough to see which phase grows with the dossier.
 * Also how many pages a build rendered and how many it took from Astro's incremental cache.
 */
import { readFileSync } from 'node:fs';

/**
 * Lines that end a phase, and the phase they end. A build's phases are taken in the order their
 * lines appear in its log: the offline edition is packed inside Astro in older revisions and
 * by scripts/build.ts after Astro has ended in newer ones.
 */
const MARKERS: [RegExp, string][] = [
  [/\[content\] Synced content/, 'Inhalte laden'],
  [/\[build\] Building static entrypoints/, 'Typen, Build-Info'],
  [/\[build\] Rearranging server assets/, 'Vite-Bundles'],
  [/^\d\d:\d\d:\d\d ✓ Completed in/, 'Seiten rendern'],
  [/\[pagefind\] Pagefind wrote index/, 'Pagefind'],
  [/Suchindex geprüft/, 'Suchindex-Prüfung'],
  [/\[dossier:og-cards\] Vorschaukarten:/, 'Vorschaukarten'],
  [/\[dossier:offline-edition\] Offline-Ausgabe: /, 'Offline-ZIP'],
  [/\[dossier:publish(?:-output)?\] /, 'Übernehmen'],
  [/\[build\] Complete!/, 'Abschluss Astro'],
];

const seconds = (stamp: string) => {
  const [h, m, s] = stamp.split(':').map(Number) as [number, number, number];
  return h * 3600 + m * 60 + s;
};

/** Seconds per phase of a build log's text, in log order; the first phase starts at the log's first time stamp. */
export function phasesOfLog(log: string): { phase: string; seconds: number }[] {
  const stamped = log
    .split('\n')
    .map((line) => ({ line, at: /^(\d\d:\d\d:\d\d) /.exec(line)?.[1] }))
    .filter((l): l is { line: string; at: string } => Boolean(l.at));
  if (stamped.length === 0) return [];
  const ends = MARKERS.map(([pattern, phase]) => ({ phase, index: stamped.findIndex((l) => pattern.test(l.line)) }))
    .filter((end) => end.index >= 0)
    .sort((a, b) => a.index - b.index);
  let previous = seconds(stamped[0]!.at);
  return ends.map(({ phase, index }) => {
    let at = seconds(stamped[index]!.at);
    while (at < previous) at += 24 * 3600; // the build ran over midnight
    const phaseSeconds = at - previous;
    previous = at;
    return { phase, seconds: phaseSeconds };
  });
}

/** `phasesOfLog` for a log file. */
export function buildPhases(logFile: string): { phase: string; seconds: number }[] {
  return phasesOfLog(readFileSync(logFile, 'utf8'));
}

/** One generated page in Astro's log: `  ├─ /pfad/index.html (+12ms)` or `… (cached)`. */
const PAGE_LINE = /[├└]─ (\S+\.html)(.*)$/;

/**
 * Pages in a build log: every HTML page Astro generated, and of those the ones it rendered
 * rather than took unchanged from its incremental cache (`(cached)` or `(restored)`, with
 * `experimental.incrementalBuild`; without it every page is rendered).
 */
export function countRenderedPages(log: string): { rendered: number; total: number } {
  let total = 0;
  let skipped = 0;
  for (const line of log.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const page = PAGE_LINE.exec(line);
    if (!page) continue;
    total += 1;
    if (/\((?:cached|restored)\)/.test(page[2]!)) skipped += 1;
  }
  return { rendered: total - skipped, total };
}

/** `countRenderedPages` for a log file. */
export function renderedPages(logFile: string): { rendered: number; total: number } {
  return countRenderedPages(readFileSync(logFile, 'utf8'));
}
