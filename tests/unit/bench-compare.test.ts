/** The benchmark's pure report logic: ratios, comparison rows, judged targets, log reading, ingest day. No timing. */
import { describe, expect, test } from 'vitest';
import { comparisonMarkdown, comparisonRows, componentsMarkdown, judgeTargets, ratio, showRatio } from '../../scripts/lib/bench-compare.ts';
import { dayAfter, newestChangeDay } from '../../scripts/lib/bench-ingest.ts';
import type { SizeResult } from '../../scripts/lib/bench-report.ts';
import { countRenderedPages, phasesOfLog } from '../../scripts/lib/build-phases.ts';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

/** A made-up result; `figures` overrides what a case is about. */
function result(figures: { coldS?: number; rssGiB?: number; zipMiB?: number; rebuildS?: number; ingestS?: number; acceptS?: number; acceptRendered?: number; largestKB?: number; queryKB?: number; eventKB?: number; pages?: number; error?: string } = {}): SizeResult {
  const pages = figures.pages ?? 10_000;
  const coldMs = (figures.coldS ?? 300) * 1000;
  return {
    size: 10_000,
    pages,
    plan: { sources: 1, events: 1, people: 1, countries: 1, places: 1, organisations: 1 },
    ...(figures.error ? { error: figures.error } : {}),
    cold: { ms: coldMs, msPerPage: coldMs / pages, peakRssBytes: (figures.rssGiB ?? 2) * GiB, phases: [] },
    cards: { cards: pages, rendered: pages, renderMs: pages * 10, msPerCard: 10 },
    rebuild: { ms: (figures.rebuildS ?? 20) * 1000, msPerPage: 10, cardsRendered: 0, peakRssBytes: GiB },
    ingest: {
      article: 'a.txt',
      day: '2026-01-01',
      ms: (figures.ingestS ?? 30) * 1000,
      rendered: 12,
      total: pages + 1,
      pagefindSeconds: 7,
      accept: { published: ['personen/x.mdx'], kept: 0, newEntries: [{ path: 'personen/x.mdx', pages: 3 }], ms: (figures.acceptS ?? 40) * 1000, rendered: figures.acceptRendered ?? 100, total: pages },
    },
    largestHtml: { page: 'zeitleiste/index.html', bytes: (figures.largestKB ?? 100) * 1000 },
    offlineZipBytes: (figures.zipMiB ?? 20) * MiB,
    search: { indexBytes: 1, indexFiles: 1, query: 'x', results: 1, payloadBytes: (figures.queryKB ?? 200) * 1000, requests: 30 },
    eventPage: { page: 'ereignisse/x/index.html', rawBytes: 1, gzipBytes: (figures.eventKB ?? 20) * 1000, brotliBytes: 1, files: [] },
  };
}

describe('ratio nachher/vorher', () => {
  test.each([
    ['half', 10, 5, 0.5, '0.50×'],
    ['grown', 4, 5, 1.25, '1.25×'],
    ['vorher missing', undefined, 5, undefined, '—'],
    ['nachher missing', 5, undefined, undefined, '—'],
    ['vorher zero', 0, 5, undefined, '—'],
  ])('%s', (_name, before, after, expected, shown) => {
    expect(ratio(before, after)).toBe(expected);
    expect(showRatio(ratio(before, after))).toBe(shown);
  });
});

describe('comparison rows', () => {
  const rows = comparisonRows(result({ coldS: 400, zipMiB: 80 }), result({ coldS: 200, zipMiB: 20 }));
  const row = (name: string) => rows.find((r) => r.metric === name)!;

  test.each([
    ['Build kalt (s)', '400.0', '200.0', '0.50×'],
    ['Offline-ZIP (MiB)', '80.00', '20.00', '0.25×'],
    ['Offline-ZIP je 1 000 Seiten (KiB)', '8192', '2048', '0.25×'],
    ['– davon Seiten neu gerendert', '12 von 10001', '12 von 10001', '1.00×'],
    ['Grösste HTML-Seite (kB)', '100.0 (zeitleiste/index.html)', '100.0 (zeitleiste/index.html)', '1.00×'],
  ])('%s', (metric, before, after, shownRatio) => {
    expect(row(metric)).toEqual({ metric, before, after, ratio: shownRatio });
  });

  test('without vorher every row shows a dash for vorher and the ratio', () => {
    for (const r of comparisonRows(undefined, result())) expect([r.before, r.ratio]).toEqual(['—', '—']);
  });
});

describe('targets at the largest size', () => {
  const passOf = (checks: ReturnType<typeof judgeTargets>, metric: string) => checks.find((c) => c.metric === metric)?.pass;

  test.each([
    ['cold build 1.0× vorher', 'Build kalt (s)', result({ coldS: 400 }), result({ coldS: 400 }), true],
    ['cold build 1.1× vorher', 'Build kalt (s)', result({ coldS: 400 }), result({ coldS: 440 }), false],
    ['peak RSS 2.9 GiB', 'Spitzen-RSS, Prozessbaum (GiB)', result(), result({ rssGiB: 2.9 }), true],
    ['peak RSS 3.1 GiB', 'Spitzen-RSS, Prozessbaum (GiB)', result(), result({ rssGiB: 3.1 }), false],
    ['unchanged rebuild 10 % of cold', 'Neubau unverändert', result(), result({ coldS: 300, rebuildS: 30 }), true],
    ['unchanged rebuild 11 % of cold', 'Neubau unverändert', result(), result({ coldS: 300, rebuildS: 33 }), false],
    ['rebuild after an article 10 % of cold', 'Neubau nach einem neuen Artikel', result(), result({ coldS: 300, ingestS: 30 }), true],
    ['rebuild after an article 40 % of cold', 'Neubau nach einem neuen Artikel', result(), result({ coldS: 300, ingestS: 120 }), false],
    ['rebuild after accept 15 % of cold', 'Neubau nach Artikel und Übernahme', result(), result({ coldS: 300, acceptS: 45 }), true],
    ['rebuild after accept 20 % of cold', 'Neubau nach Artikel und Übernahme', result(), result({ coldS: 300, acceptS: 60 }), false],
    ['accept re-renders 5 % of the pages', '– Seiten neu gerendert', result(), result({ acceptRendered: 500 }), true],
    ['accept re-renders 6 % of the pages', '– Seiten neu gerendert', result(), result({ acceptRendered: 600 }), false],
    ['largest page 250 kB', 'Grösste HTML-Seite (kB)', result(), result({ largestKB: 250 }), true],
    ['largest page 251 kB', 'Grösste HTML-Seite (kB)', result(), result({ largestKB: 251 }), false],
    ['query 300 kB', 'Suche: Bytes einer Abfrage (kB)', result(), result({ queryKB: 300 }), true],
    ['query 301 kB', 'Suche: Bytes einer Abfrage (kB)', result(), result({ queryKB: 301 }), false],
    ['event page 49 kB', 'Typische Ereignisseite, gzip (kB)', result(), result({ eventKB: 49 }), true],
    ['event page 51 kB', 'Typische Ereignisseite, gzip (kB)', result(), result({ eventKB: 51 }), false],
    ['no vorher: a relative target is not judged', 'Build kalt (s)', undefined, result(), undefined],
    ['no vorher: an absolute target still is', 'Grösste HTML-Seite (kB)', undefined, result({ largestKB: 300 }), false],
  ])('%s', (_name, metric, before, after, pass) => {
    expect(passOf(judgeTargets(10_000, before, after), metric)).toBe(pass);
  });

  test('a failed accept misses both accept targets and says why', () => {
    const after = result();
    after.ingest!.accept = { error: 'Übernahme fehlgeschlagen' };
    const checks = judgeTargets(10_000, undefined, after).filter((c) => c.metric === 'Neubau nach Artikel und Übernahme' || c.metric === '– Seiten neu gerendert');
    expect(checks.map((c) => c.pass)).toEqual([false, false]);
    for (const check of checks) expect(check.value).toContain('Übernahme fehlgeschlagen');
  });

  test('a failed ingest misses the rebuild target and says why', () => {
    const after = result();
    after.ingest = { article: 'a.txt', day: '2026-01-01', error: 'Import fehlgeschlagen' };
    const check = judgeTargets(10_000, undefined, after).find((c) => c.metric === 'Neubau nach einem neuen Artikel')!;
    expect(check.pass).toBe(false);
    expect(check.value).toContain('Import fehlgeschlagen');
  });

  test('the markdown names both variants, the ratio column and the size judged', () => {
    const markdown = comparisonMarkdown([{ size: 10_000, before: result({ coldS: 400 }), after: result({ coldS: 200 }) }], { rev: 'HEAD~1', commit: '7e4d512aaaaaaaa', subject: 'Etwas' });
    expect(markdown).toContain('| Kennzahl | vorher | nachher | Verhältnis (nachher/vorher) |');
    expect(markdown).toContain('| Build kalt (s) | 400.0 | 200.0 | 0.50× |');
    expect(markdown).toContain('### Ziele bei 10000 Seiten');
    expect(markdown).not.toContain('Probelauf');
  });
});

describe('pages re-rendered, from the build log', () => {
  test.each([
    ['no incremental build: every page rendered', ['12:00:01   ├─ /a/index.html (+5ms) ', '12:00:01   ├─ /b/index.html (+3ms) '], { rendered: 2, total: 2 }],
    ['cached and restored pages are skipped', ['12:00:01   ├─ /a/index.html (cached)', '12:00:01   ├─ /b/index.html (restored)', '12:00:01   └─ /c/index.html (+4ms) '], { rendered: 1, total: 3 }],
    ['other files are not pages', ['12:00:01   ├─ /robots.txt (+3ms) ', '12:00:01   ├─ /sitemap.xml (cached)', '12:00:01   ├─ /404.html (+2ms) '], { rendered: 1, total: 1 }],
    ['colour codes are ignored', ['12:00:01   \x1b[32m├─\x1b[39m \x1b[2m/a/index.html\x1b[22m \x1b[32m(cached)\x1b[39m'], { rendered: 0, total: 1 }],
    ['no page lines', ['12:00:01 [build] Complete!'], { rendered: 0, total: 0 }],
  ])('%s', (_name, lines, expected) => {
    expect(countRenderedPages(lines.join('\n'))).toEqual(expected);
  });
});

describe('the day an article is ingested on', () => {
  test.each([
    ['added and updated, quoted or not', ['added: "2024-03-01"\nupdated: "2025-01-31"', 'added: 2025-02-01'], '2025-02-01'],
    ['indented lines count too', ['accounts:\n  - updated: "2025-06-30"'], '2025-06-30'],
    ['other dates do not', ['date: "2030-01-01"\nadded: "2020-01-01"'], '2020-01-01'],
    ['none', ['title: x'], undefined],
  ])('newest change day: %s', (_name, texts, expected) => {
    expect(newestChangeDay(texts)).toBe(expected);
  });

  test.each([
    ['2025-01-31', '2025-02-01'],
    ['2024-02-28', '2024-02-29'],
    ['2025-12-31', '2026-01-01'],
  ])('day after %s', (day, next) => {
    expect(dayAfter(day)).toBe(next);
  });
});

describe('build phases, from the log time stamps', () => {
  const astro = ['10:00:00 [content] Syncing content', '10:00:02 [content] Synced content', '10:00:05 [build] Rearranging server assets...', '10:00:09 ✓ Completed in 4s.', '10:00:12 [pagefind] Pagefind wrote index to x'];
  test.each([
    ['zip packed inside Astro', [...astro, '10:00:20 [dossier:offline-edition] Offline-Ausgabe: a.zip', '10:00:21 [build] Complete!'], [['Inhalte laden', 2], ['Vite-Bundles', 3], ['Seiten rendern', 4], ['Pagefind', 3], ['Offline-ZIP', 8], ['Abschluss Astro', 1]]],
    ['zip packed after Astro', [...astro, '10:00:13 [build] Complete!', '10:00:18 [dossier:offline-edition] Offline-Ausgabe: a.zip', '10:00:19 [dossier:publish] fertig'], [['Inhalte laden', 2], ['Vite-Bundles', 3], ['Seiten rendern', 4], ['Pagefind', 3], ['Abschluss Astro', 1], ['Offline-ZIP', 5], ['Übernehmen', 1]]],
    ['over midnight', ['23:59:58 [content] Syncing content', '00:00:03 [content] Synced content'], [['Inhalte laden', 5]]],
    ['no time stamps', ['Fehler'], []],
  ])('%s', (_name, lines, expected) => {
    expect(phasesOfLog(lines.join('\n')).map((p) => [p.phase, p.seconds])).toEqual(expected);
  });
});

describe('the corpus with components beside the one without', () => {
  const pair = (withS: number | undefined) => {
    const after = result({ coldS: 300 });
    const components = result({ coldS: withS });
    if (withS === undefined) delete components.cold;
    return { size: 10_000, after, components: { percent: 2, entries: 150, result: components } };
  };

  test.each([
    ['1.1× of the cold build without', 330, '1.10×', '✓'],
    ['1.2× of the cold build without', 360, '1.20×', '✗'],
  ])('%s', (_name, withS, shownRatio, mark) => {
    const row = componentsMarkdown(pair(withS)).join('\n').split('\n').find((line) => line.startsWith('| Build kalt'))!;
    expect(row).toContain(shownRatio);
    expect(row).toContain(mark);
  });

  test('no section without the option', () => {
    expect(componentsMarkdown({ size: 10_000, after: result() })).toEqual([]);
  });
});
