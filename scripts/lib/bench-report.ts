/**
 * The benchmark's results judged against the project's targets (issue 10), as JSON and as a
 * markdown table with the target beside each figure.
 */

/** The middle value of a list of timings (the upper middle for an even count). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

export interface SizeResult {
  /** Pages asked for. */
  size: number;
  /** HTML pages the build wrote. */
  pages: number;
  plan: { sources: number; events: number; people: number; countries: number; places: number; organisations: number };
  error?: string;
  /** Measurements that failed while the builds went on (each a German sentence). */
  warnings?: string[];
  cold?: {
    ms: number;
    msPerPage: number;
    peakRssBytes: number;
    phases: { phase: string; seconds: number }[];
  };
  cards?: { cards: number; rendered: number; renderMs: number; msPerCard: number };
  rebuild?: { ms: number; msPerPage: number; cardsRendered: number; peakRssBytes: number };
  search?: { indexBytes: number; indexFiles: number; query: string; results: number; payloadBytes: number; requests: number };
  offlineZipBytes?: number;
  eventPage?: { page: string; rawBytes: number; gzipBytes: number; brotliBytes: number; files: string[] };
  /** The largest HTML file of the cold build. */
  largestHtml?: { page: string; bytes: number };
  /** One article ingested after the unchanged rebuild, then rebuilt with the same cache. */
  ingest?: IngestRebuild;
}

/** A rebuild after a change to the content, with the same cache. */
export interface Rebuild {
  error?: string;
  ms?: number;
  /** HTML pages Astro rendered (not taken from its incremental cache), of all it generated. */
  rendered?: number;
  total?: number;
  /** The Pagefind phase of that rebuild (from the log's time stamps; Pagefind re-indexes all). */
  pagefindSeconds?: number;
  peakRssBytes?: number;
}

export interface IngestRebuild extends Rebuild {
  /** The article file and the day it was ingested on (`DOSSIER_TODAY`). */
  article: string;
  day: string;
  /** The source file ingest wrote. */
  source?: string;
  /** Then every complete draft of the article accepted, and rebuilt with the same cache. */
  accept?: AcceptRebuild;
}

/** The drafts of the ingested article accepted (`npm run accept -- --source`), then a rebuild. */
export interface AcceptRebuild extends Rebuild {
  /** The content files accept wrote (relative to the content folder, e.g. `personen/x.mdx`). */
  published?: string[];
  /** Drafts left unpublished (incomplete). */
  kept?: number;
  /** The new entries (entities and events) among them, each with the number of other pages that link to it. */
  newEntries?: { path: string; pages: number }[];
}

export interface BaselineResult {
  available: boolean;
  /** Why not, when not available. */
  reason?: string;
  cards?: number;
  totalMs?: number;
  msPerCard?: number;
  /** Which build's specs were drawn. */
  fromSize?: number;
}

export interface Check {
  metric: string;
  size: number;
  value: string;
  target: string;
  /** undefined where no target applies to this size (the figure is shown for the trend). */
  pass?: boolean;
}

const KiB = 1024;
const GiB = 1024 ** 3;
const LARGE = 10_000;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** The targets for a 2-core machine, applied to what was measured (one row per figure and size). */
export function judge(results: readonly SizeResult[], baseline: BaselineResult): Check[] {
  const checks: Check[] = [];
  const atLarge = (r: SizeResult) => r.size >= LARGE;
  for (const r of results) {
    if (r.error) {
      checks.push({ metric: 'Build', size: r.size, value: `fehlgeschlagen: ${r.error.split('\n')[0]}`, target: 'gelingt', pass: false });
      continue;
    }
    if (r.cold) {
      checks.push({ metric: 'Build kalt: ms je Seite', size: r.size, value: `${fmt(r.cold.msPerPage)} ms (${fmt(r.cold.ms / 1000)} s, ${r.pages} Seiten)`, target: atLarge(r) ? '≤ 25 ms bei 10 000 Seiten' : 'Verlauf', pass: atLarge(r) ? r.cold.msPerPage <= 25 : undefined });
      checks.push({ metric: 'Spitzenspeicher (RSS, Prozessbaum)', size: r.size, value: `${fmt(r.cold.peakRssBytes / GiB, 2)} GiB`, target: atLarge(r) ? '≤ 4 GiB bei 10 000 Seiten' : 'Verlauf', pass: atLarge(r) ? r.cold.peakRssBytes <= 4 * GiB : undefined });
    }
    if (r.cards) {
      checks.push({ metric: 'Karten kalt: ms je Karte (amortisiert)', size: r.size, value: `${fmt(r.cards.msPerCard)} ms (${r.cards.rendered} Karten)`, target: '≤ 20 ms', pass: r.cards.msPerCard <= 20 });
      if (baseline.available && baseline.msPerCard) {
        const ratio = baseline.msPerCard / r.cards.msPerCard;
        checks.push({ metric: 'Karten: schneller als Basislinie', size: r.size, value: `${fmt(ratio)}× (Basislinie ${fmt(baseline.msPerCard)} ms je Karte)`, target: '≥ 5×', pass: ratio >= 5 });
      } else {
        checks.push({ metric: 'Karten: schneller als Basislinie', size: r.size, value: `nicht gemessen (${baseline.reason ?? 'keine Basislinie'})`, target: '≥ 5×' });
      }
    }
    if (r.rebuild) {
      checks.push({ metric: 'Neubau unverändert: Karten gerendert', size: r.size, value: `${r.rebuild.cardsRendered} (Neubau ${fmt(r.rebuild.ms / 1000)} s, ${fmt(r.rebuild.msPerPage)} ms je Seite)`, target: '0', pass: r.rebuild.cardsRendered === 0 });
    }
    if (r.eventPage) {
      checks.push({ metric: 'Ereignisseite komprimiert (HTML+CSS+JS, ohne Karte)', size: r.size, value: `${kB(r.eventPage.gzipBytes)} gzip, ${kB(r.eventPage.brotliBytes)} brotli (${kB(r.eventPage.rawBytes)} roh)`, target: '≤ 50 kB (gzip)', pass: r.eventPage.gzipBytes <= 50_000 });
    }
    if (r.search) {
      checks.push({ metric: 'Suche: Bytes einer Abfrage', size: r.size, value: `${kB(r.search.payloadBytes)} in ${r.search.requests} Anfragen («${r.search.query}», ${r.search.results} Treffer)`, target: atLarge(r) ? '≤ 300 kB bei 10 000 Seiten' : 'Verlauf', pass: atLarge(r) ? r.search.payloadBytes <= 300_000 : undefined });
      checks.push({ metric: 'Suchindex auf Disk', size: r.size, value: `${fmt(r.search.indexBytes / KiB / 1024, 1)} MiB in ${r.search.indexFiles} Dateien`, target: '—' });
    }
    if (r.offlineZipBytes !== undefined) checks.push({ metric: 'Offline-ZIP', size: r.size, value: `${fmt(r.offlineZipBytes / KiB / 1024, 1)} MiB`, target: '—' });
  }
  return checks;
}

/** How a check reads in the table's last column: met, missed, or empty where no target applies. */
export function passMark(pass?: boolean): string {
  return pass === undefined ? '' : pass ? '✓ erfüllt' : '✗ verfehlt';
}

/** A markdown table; `|` in cells is escaped. */
export function table(header: string[], rows: string[][]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`)].join('\n');
}

/** The report as markdown: the judged table, growth per size, the card baseline; `sections` (e.g. a comparison) go first. */
export function markdownReport(results: readonly SizeResult[], baseline: BaselineResult, checks: readonly Check[], context: { started: string; machine: string }, sections: readonly string[] = []): string {
  const ok = results.filter((r) => r.cold);
  const phases = [...new Set(ok.flatMap((r) => r.cold!.phases.map((p) => p.phase)))];
  const growth = ok.length
    ? table(
        ['Seiten', 'Quellen', 'Ereignisse', 'Build kalt (s)', 'ms je Seite', 'Spitzen-RSS (GiB)', 'Neubau (s)', ...phases.map((p) => `${p} (s)`)],
        ok.map((r) => [
          String(r.pages),
          String(r.plan.sources),
          String(r.plan.events),
          fmt(r.cold!.ms / 1000),
          fmt(r.cold!.msPerPage),
          fmt(r.cold!.peakRssBytes / GiB, 2),
          r.rebuild ? fmt(r.rebuild.ms / 1000) : '—',
          ...phases.map((p) => String(r.cold!.phases.find((x) => x.phase === p)?.seconds ?? '—')),
        ]),
      )
    : '';
  const baselineLine = baseline.available
    ? `Basislinie der Karten: ${baseline.cards} Karten aus dem Build mit ${baseline.fromSize} Seiten in ${fmt((baseline.totalMs ?? 0) / 1000)} s, ${fmt(baseline.msPerCard ?? 0)} ms je Karte.`
    : `Basislinie der Karten: nicht gemessen (${baseline.reason}).`;
  return [
    '# Benchmark Briefing-Dossier',
    '',
    `Gemessen ${context.started} auf ${context.machine}. Zeiten sind Wandzeit; ein geteilter Rechner macht sie unruhig.`,
    '',
    ...sections.flatMap((section) => [section, '']),
    ...(sections.length ? ['## Kennzahlen (nachher)', ''] : []),
    table(['Kennzahl', 'Seiten', 'Wert', 'Ziel', 'erfüllt?'], checks.map((c) => [c.metric, String(c.size), c.value, c.target, passMark(c.pass)])),
    '',
    '## Wachstum je Grösse',
    '',
    'Wächst «ms je Seite» mit der Grösse, wächst die Arbeit schneller als linear. Phasen aus den Zeitstempeln des Build-Protokolls (ganze Sekunden).',
    '',
    growth,
    '',
    baselineLine,
    '',
  ].join('\n');
}
