/**
 * The benchmark's comparison of two variants built from the same content: «vorher» (a git
 * revision, `npm run bench -- --compare <rev>`) and «nachher» (this working tree). One row per
 * figure with both values and nachher/vorher, and the change's targets judged at the largest
 * size. Pure: takes measured results, returns rows, checks and markdown.
 */
import { passMark, table, type Check, type SizeResult } from './bench-report.ts';

const KiB = 1024;
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
/** The size the absolute targets are meant for. */
const LARGE = 10_000;

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** One figure of a variant's result: how to read it and how to show it. */
export interface Metric {
  name: string;
  value: (r: SizeResult) => number | undefined;
  show: (n: number, r: SizeResult) => string;
}

const metric = (name: string, value: Metric['value'], show: Metric['show'] = (n) => fmt(n)): Metric => ({ name, value, show });

const PAGES = metric('Seiten (HTML-Dateien)', (r) => (r.cold ? r.pages : undefined), (n) => String(n));
const COLD_S = metric('Build kalt (s)', (r) => r.cold && r.cold.ms / 1000);
const MS_PER_PAGE = metric('Build kalt: ms je Seite', (r) => r.cold?.msPerPage);
const PEAK_RSS = metric('Spitzen-RSS kalt (GiB)', (r) => r.cold && r.cold.peakRssBytes / GiB, (n) => fmt(n, 2));
const REBUILD_S = metric('Neubau unverändert (s)', (r) => r.rebuild && r.rebuild.ms / 1000);
const INGEST_S = metric('Neubau nach einem neuen Artikel (s)', (r) => (r.ingest?.ms === undefined ? undefined : r.ingest.ms / 1000));
const INGEST_RENDERED = metric('– davon Seiten neu gerendert', (r) => r.ingest?.rendered, (n, r) => `${n} von ${r.ingest?.total ?? '?'}`);
const INGEST_PAGEFIND = metric('– davon Pagefind (s)', (r) => r.ingest?.pagefindSeconds, (n) => String(n));
const ACCEPT_S = metric('Neubau nach Übernahme seiner Entwürfe (s)', (r) => (r.ingest?.accept?.ms === undefined ? undefined : r.ingest.accept.ms / 1000));
const ACCEPT_RENDERED = metric('– davon Seiten neu gerendert', (r) => r.ingest?.accept?.rendered, (n, r) => `${n} von ${r.ingest?.accept?.total ?? '?'}`);
const ACCEPT_NEW = metric(
  '– neue Einträge (Seiten, die darauf verweisen)',
  (r) => r.ingest?.accept?.newEntries?.length,
  (n, r) => `${n}: ${(r.ingest?.accept?.newEntries ?? []).map((e) => `${e.path} (${e.pages})`).join(', ')}`,
);
const LARGEST_HTML = metric('Grösste HTML-Seite (kB)', (r) => r.largestHtml && r.largestHtml.bytes / 1000, (n, r) => `${fmt(n)} (${r.largestHtml!.page})`);
const ZIP_MIB = metric('Offline-ZIP (MiB)', (r) => (r.offlineZipBytes === undefined ? undefined : r.offlineZipBytes / MiB), (n) => fmt(n, 2));
const ZIP_PER_1000 = metric('Offline-ZIP je 1 000 Seiten (KiB)', (r) => (r.offlineZipBytes === undefined || !r.pages ? undefined : (r.offlineZipBytes / KiB / r.pages) * 1000), (n) => fmt(n, 0));
const QUERY_KB = metric('Suche: Bytes einer Abfrage (kB)', (r) => r.search && r.search.payloadBytes / 1000, (n, r) => `${fmt(n)} (${r.search!.requests} Anfragen)`);
const EVENT_GZIP_KB = metric('Ereignisseite gzip, HTML+CSS+JS (kB)', (r) => r.eventPage && r.eventPage.gzipBytes / 1000);
const CARD_MS = metric('Karten kalt: ms je Karte', (r) => r.cards?.msPerCard, (n, r) => `${fmt(n)} (${r.cards!.rendered} Karten)`);
const REBUILD_CARDS = metric('Neubau unverändert: Karten gerendert', (r) => r.rebuild?.cardsRendered, (n) => String(n));

/** The rows of the comparison table, in this order. */
export const METRICS: readonly Metric[] = [PAGES, COLD_S, MS_PER_PAGE, PEAK_RSS, REBUILD_S, INGEST_S, INGEST_RENDERED, INGEST_PAGEFIND, ACCEPT_S, ACCEPT_RENDERED, ACCEPT_NEW, LARGEST_HTML, ZIP_MIB, ZIP_PER_1000, QUERY_KB, EVENT_GZIP_KB, CARD_MS, REBUILD_CARDS];

/** nachher/vorher, or undefined where either is missing or vorher is 0. */
export function ratio(before: number | undefined, after: number | undefined): number | undefined {
  return before === undefined || after === undefined || before === 0 ? undefined : after / before;
}

/** A ratio as the table shows it, e.g. `0.52×`; `—` where there is none. */
export function showRatio(value: number | undefined): string {
  return value === undefined ? '—' : `${fmt(value, 2)}×`;
}

const showValue = (m: Metric, r: SizeResult | undefined): string => {
  const value = r ? m.value(r) : undefined;
  return value === undefined ? '—' : m.show(value, r!);
};

export interface ComparisonRow {
  metric: string;
  before: string;
  after: string;
  ratio: string;
}

/** Both variants' figures at one size, side by side, with nachher/vorher. */
export function comparisonRows(before: SizeResult | undefined, after: SizeResult | undefined): ComparisonRow[] {
  return METRICS.map((m) => ({
    metric: m.name,
    before: showValue(m, before),
    after: showValue(m, after),
    ratio: showRatio(ratio(before && m.value(before), after && m.value(after))),
  }));
}

/** A target of the change: at most `limit` times vorher, or at most `limit` itself. */
export interface Target {
  metric: Metric;
  label: string;
  target: string;
  limit: number;
  relative: boolean;
  /** Judged only from this size on (the figure is shown below it). */
  from?: number;
}

/**
 * The change's targets, judged at the largest size: the publishing loop (an unchanged rebuild,
 * the rebuild after an article and its accepted drafts) as shares of the cold build, the cold
 * build no slower than vorher, memory within the machine's means; page weight and search stay
 * within the limits an earlier change set.
 */
export const TARGETS: readonly Target[] = [
  { metric: COLD_S, label: 'Build kalt (s)', target: '≤ 1.0× vorher', limit: 1.0, relative: true },
  { metric: PEAK_RSS, label: 'Spitzen-RSS, Prozessbaum (GiB)', target: '≤ 3 GiB', limit: 3, relative: false },
  { metric: LARGEST_HTML, label: 'Grösste HTML-Seite (kB)', target: '≤ 250 kB', limit: 250, relative: false },
  { metric: QUERY_KB, label: 'Suche: Bytes einer Abfrage (kB)', target: '≤ 300 kB', limit: 300, relative: false },
  { metric: EVENT_GZIP_KB, label: 'Typische Ereignisseite, gzip (kB)', target: '≤ 50 kB', limit: 50, relative: false },
];

/** How large the rebuild after one ingested article may be, as a share of nachher's cold build (shown, not a target of this change). */
export const INGEST_SHARE = 0.25;
/** How large the unchanged rebuild may be, as a share of nachher's cold build. */
export const REBUILD_SHARE = 0.1;
/** How large the rebuild after the article's drafts were accepted may be, as a share of nachher's cold build. */
export const ACCEPT_SHARE = 0.15;
/** How many of the pages it may re-render. */
export const ACCEPT_RENDERED_SHARE = 0.05;

function judgeTarget(t: Target, size: number, before: SizeResult | undefined, after: SizeResult): Check {
  const check = { metric: t.label, size, target: t.target };
  const a = t.metric.value(after);
  if (a === undefined) return { ...check, value: 'nicht gemessen', pass: after.error ? false : undefined };
  const shown = t.metric.show(a, after);
  if (!t.relative) return { ...check, value: shown, pass: t.from !== undefined && size < t.from ? undefined : a <= t.limit };
  const b = before && t.metric.value(before);
  const r = ratio(b, a);
  if (r === undefined) return { ...check, value: `${shown} (${before ? 'vorher nicht gemessen' : 'kein Vergleich, ohne --compare'})` };
  return { ...check, value: `${showRatio(r)}: ${shown} statt ${t.metric.show(b!, before!)}`, pass: r <= t.limit };
}

function judgeIngest(size: number, after: SizeResult): Check {
  const check = { metric: 'Neubau nach einem neuen Artikel', size, target: `≤ ${INGEST_SHARE * 100} % des kalten Builds (nachher)` };
  const ingest = after.ingest;
  if (ingest?.ms === undefined || !after.cold) return { ...check, value: ingest?.error ? `nicht gemessen: ${ingest.error.split('\n')[0]}` : 'nicht gemessen', pass: after.error || ingest?.error ? false : undefined };
  const share = ingest.ms / after.cold.ms;
  const pages = ingest.rendered === undefined ? '' : `, ${ingest.rendered} von ${ingest.total} Seiten neu gerendert`;
  return { ...check, value: `${fmt(share * 100, 0)} %: ${fmt(ingest.ms / 1000)} s von ${fmt(after.cold.ms / 1000)} s${pages}`, pass: share <= INGEST_SHARE };
}

function judgeRebuild(size: number, after: SizeResult): Check {
  const check = { metric: 'Neubau unverändert', size, target: `≤ ${REBUILD_SHARE * 100} % des kalten Builds (nachher)` };
  if (!after.rebuild || !after.cold) return { ...check, value: 'nicht gemessen', pass: after.error ? false : undefined };
  const share = after.rebuild.ms / after.cold.ms;
  return { ...check, value: `${fmt(share * 100, 0)} %: ${fmt(after.rebuild.ms / 1000)} s von ${fmt(after.cold.ms / 1000)} s`, pass: share <= REBUILD_SHARE };
}

function judgeAccept(size: number, after: SizeResult): Check[] {
  const time = { metric: 'Neubau nach Artikel und Übernahme', size, target: `≤ ${ACCEPT_SHARE * 100} % des kalten Builds (nachher)` };
  const pages = { metric: '– Seiten neu gerendert', size, target: `≤ ${ACCEPT_RENDERED_SHARE * 100} % der Seiten` };
  const accept = after.ingest?.accept;
  const error = accept?.error ?? after.ingest?.error;
  if (accept?.ms === undefined || !after.cold) {
    const missing = { value: error ? `nicht gemessen: ${error.split('\n')[0]}` : 'nicht gemessen', pass: after.error || error ? false : undefined };
    return [{ ...time, ...missing }, { ...pages, ...missing }];
  }
  const share = accept.ms / after.cold.ms;
  const rendered = accept.rendered !== undefined && accept.total ? accept.rendered / accept.total : undefined;
  return [
    { ...time, value: `${fmt(share * 100, 0)} %: ${fmt(accept.ms / 1000)} s von ${fmt(after.cold.ms / 1000)} s`, pass: share <= ACCEPT_SHARE },
    rendered === undefined
      ? { ...pages, value: 'nicht gemessen' }
      : { ...pages, value: `${fmt(rendered * 100, 1)} %: ${accept.rendered} von ${accept.total}`, pass: rendered <= ACCEPT_RENDERED_SHARE },
  ];
}

/** The change's targets for one size (meant for the largest measured). */
export function judgeTargets(size: number, before: SizeResult | undefined, after: SizeResult): Check[] {
  return [...TARGETS.map((t) => judgeTarget(t, size, before, after)), judgeRebuild(size, after), judgeIngest(size, after), ...judgeAccept(size, after)];
}

/** The results of both variants at one size. */
export interface SizePair {
  size: number;
  before?: SizeResult;
  after: SizeResult;
  /** nachher's cold build of a copy of the corpus in which `percent` of the entries use the editors' components. */
  components?: { percent: number; entries: number; result: SizeResult };
}

/** How much slower the cold build may be when a share of the entries use components, against the same branch without. */
export const COMPONENTS_COLD_LIMIT = 1.1;

/** The cold build with components beside the one without (same branch), judged against COMPONENTS_COLD_LIMIT. */
export function componentsMarkdown(pair: SizePair): string[] {
  const c = pair.components;
  if (!c) return [];
  const without = pair.after.cold;
  const withComponents = c.result.cold;
  const r = ratio(without?.ms, withComponents?.ms);
  const rss = (x: SizeResult['cold']) => (x ? fmt(x.peakRssBytes / GiB, 2) : '—');
  const pass = r === undefined ? undefined : r <= COMPONENTS_COLD_LIMIT;
  return [
    `#### ${pair.size} Seiten: ${c.entries} Einträge (${c.percent} %) mit Komponenten, derselbe Stand`,
    '',
    table(
      ['Kennzahl', 'ohne Komponenten', 'mit Komponenten', 'Verhältnis', 'Ziel', 'erfüllt?'],
      [
        ['Build kalt (s)', without ? fmt(without.ms / 1000) : '—', withComponents ? fmt(withComponents.ms / 1000) : '—', showRatio(r), `≤ ${COMPONENTS_COLD_LIMIT}×`, passMark(c.result.error ? false : pass)],
        ['Spitzen-RSS kalt (GiB)', rss(without), rss(withComponents), showRatio(ratio(without?.peakRssBytes, withComponents?.peakRssBytes)), '', ''],
      ],
    ),
    ...(c.result.error ? ['', `- mit Komponenten: ${c.result.error.split('\n')[0]}`] : []),
    '',
  ];
}

/** Which revision «vorher» was, for the report's heading. */
export interface CompareContext {
  rev: string;
  commit: string;
  subject: string;
}

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function errors(pair: SizePair): string[] {
  const lines: string[] = [];
  for (const [name, r] of [['vorher', pair.before], ['nachher', pair.after]] as const) {
    if (r?.error) lines.push(`- ${name}: ${r.error.split('\n')[0]}`);
    for (const warning of r?.warnings ?? []) lines.push(`- ${name}, nicht gemessen: ${warning}`);
    if (r?.ingest?.error) lines.push(`- ${name}, neuer Artikel: ${r.ingest.error.split('\n')[0]}`);
    if (r?.ingest?.accept?.error) lines.push(`- ${name}, Übernahme: ${r.ingest.accept.error.split('\n')[0]}`);
  }
  return lines.length ? ['', ...lines] : [];
}

/**
 * The comparison as markdown: a table per size (vorher | nachher | Verhältnis, or only nachher
 * without `--compare`), then the targets judged at the largest size.
 */
export function comparisonMarkdown(pairs: readonly SizePair[], compare: CompareContext | undefined): string {
  const sorted = [...pairs].sort((a, b) => a.size - b.size);
  const largest = sorted.at(-1);
  const intro = compare
    ? `vorher: \`${compare.commit.slice(0, 7)}\` (${compare.rev}, «${shorten(compare.subject)}»), nachher: diese Arbeitskopie. Je Grösse ein Korpus, beide Varianten nacheinander auf demselben Inhalt gebaut. Verhältnis = nachher/vorher (unter 1: kleiner oder schneller).`
    : 'Nur nachher (diese Arbeitskopie); mit `--compare <rev>` auch vorher und das Verhältnis.';
  const sizes = sorted.flatMap((pair) => {
    const rows = comparisonRows(pair.before, pair.after);
    const body = compare
      ? table(['Kennzahl', 'vorher', 'nachher', 'Verhältnis (nachher/vorher)'], rows.map((r) => [r.metric, r.before, r.after, r.ratio]))
      : table(['Kennzahl', 'nachher'], rows.map((r) => [r.metric, r.after]));
    return [`### ${pair.size} Seiten`, '', body, ...errors(pair), '', ...componentsMarkdown(pair)];
  });
  const targets = largest ? judgeTargets(largest.size, largest.before, largest.after) : [];
  const note = largest && largest.size < LARGE ? [`Die Ziele gelten für 10 000 Seiten; bei ${largest.size} Seiten ist das nur ein Probelauf.`, ''] : [];
  return [
    compare ? '## Vergleich vorher / nachher' : '## Kennzahlen je Grösse',
    '',
    intro,
    '',
    ...sizes,
    `### Ziele bei ${largest?.size ?? '—'} Seiten`,
    '',
    ...note,
    table(['Kennzahl', 'Wert', 'Ziel', 'erfüllt?'], targets.map((c) => [c.metric, c.value, c.target, passMark(c.pass)])),
  ].join('\n');
}
