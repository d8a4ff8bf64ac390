/**
 * Where a build's time went, read from its log: Astro and our integrations print a line at the
 * end of each phase, each with a wall-clock time stamp (whole seconds), so the gaps between
 * those lines are the phases. Coarse, but enough to see which phase grows with the dossier.
 */
import { readFileSync } from 'node:fs';

/** Lines that end a phase, in build order, and the phase they end. */
const MARKERS: [RegExp, string][] = [
  [/\[content\] Synced content/, 'Inhalte laden'],
  [/\[build\] Building static entrypoints/, 'Typen, Build-Info'],
  [/\[build\] Rearranging server assets/, 'Vite-Bundles'],
  [/^\d\d:\d\d:\d\d ✓ Completed in/, 'Seiten rendern'],
  [/\[pagefind\] Pagefind wrote index/, 'Pagefind'],
  [/Suchindex geprüft/, 'Suchindex-Prüfung'],
  [/\[dossier:og-cards\] Vorschaukarten:/, 'Vorschaukarten'],
  [/\[dossier:offline-edition\] Offline-Ausgabe:/, 'Offline-ZIP'],
  [/\[build\] Complete!/, 'Abschluss'],
];

const seconds = (stamp: string) => {
  const [h, m, s] = stamp.split(':').map(Number) as [number, number, number];
  return h * 3600 + m * 60 + s;
};

/** Seconds per phase, in build order; the first phase starts at the log's first time stamp. */
export function buildPhases(logFile: string): { phase: string; seconds: number }[] {
  const lines = readFileSync(logFile, 'utf8').split('\n');
  const stamped = lines.map((line) => ({ line, at: /^(\d\d:\d\d:\d\d) /.exec(line)?.[1] })).filter((l): l is { line: string; at: string } => Boolean(l.at));
  if (stamped.length === 0) return [];
  let previous = seconds(stamped[0]!.at);
  const phases: { phase: string; seconds: number }[] = [];
  let from = 0;
  for (const [pattern, phase] of MARKERS) {
    const index = stamped.findIndex((l, i) => i >= from && pattern.test(l.line));
    if (index < 0) continue;
    let at = seconds(stamped[index]!.at);
    if (at < previous) at += 24 * 3600; // the build ran over midnight
    phases.push({ phase, seconds: at - previous });
    previous = at;
    from = index + 1;
  }
  return phases;
}
