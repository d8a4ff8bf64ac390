/**
 * Crawls a built site on disk and reports every internal link, stylesheet, script or image that
 * points nowhere, including `#fragment`s missing on their target page. Run it after a build:
 *
 *   npm run check-links [-- <ausgabeordner> [<basispfad>]]
 *
 * Without arguments it checks the build the deployment settings describe (`OUT_DIR`, `BASE_PATH`).
 *
 * Exits non-zero when anything is broken.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import { siteConfig } from '../src/site.config.ts';

export interface BrokenLink {
  page: string;
  target: string;
  reason: string;
}

export interface CrawlResult {
  pages: string[];
  broken: BrokenLink[];
  /** Internal page links per page (as site paths), for reachability checks. */
  linksByPage: Map<string, string[]>;
}

const ORIGIN = 'http://site.invalid';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** `/personen/x/` -> `<dist>/personen/x/index.html`, respecting the base path. */
export function fileForPath(dist: string, basePath: string, sitePath: string): string | undefined {
  if (!sitePath.startsWith(basePath)) return undefined;
  const relative = decodeURIComponent(sitePath.slice(basePath.length));
  const candidate = path.join(dist, relative);
  if (relative === '' || relative.endsWith('/')) return path.join(candidate, 'index.html');
  if (existsSync(candidate) && statSync(candidate).isDirectory()) return path.join(candidate, 'index.html');
  return candidate;
}

export function pagePathOf(dist: string, basePath: string, file: string): string {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  return basePath + rel.replace(/(^|\/)index\.html$/, '$1');
}

export function crawlSite(dist: string, basePath = '/'): CrawlResult {
  const pages = htmlFiles(dist);
  const broken: BrokenLink[] = [];
  const linksByPage = new Map<string, string[]>();
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      ids = new Set($('[id]').map((_, el) => $(el).attr('id')!).get());
      idCache.set(file, ids);
    }
    return ids;
  };

  for (const file of pages) {
    const pagePath = pagePathOf(dist, basePath, file);
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const pageLinks: string[] = [];
    const refs = [
      ...$('a[href]').map((_, el) => ({ attr: $(el).attr('href')!, isPageLink: true })).get(),
      ...$('link[href]').map((_, el) => ({ attr: $(el).attr('href')!, isPageLink: false })).get(),
      ...$('script[src], img[src], source[src], iframe[src]').map((_, el) => ({ attr: $(el).attr('src')!, isPageLink: false })).get(),
    ];
    for (const { attr, isPageLink } of refs) {
      const url = new URL(attr, ORIGIN + pagePath);
      if (url.origin !== ORIGIN) continue; // external: the source's own URL, checked by nobody offline
      const target = fileForPath(dist, basePath, url.pathname);
      if (!target || !existsSync(target)) {
        broken.push({ page: pagePath, target: attr, reason: 'Ziel fehlt' });
        continue;
      }
      if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page: pagePath, target: attr, reason: `Anker ${url.hash} fehlt auf der Zielseite` });
      }
      if (isPageLink && target.endsWith('.html')) pageLinks.push(pagePathOf(dist, basePath, target));
    }
    linksByPage.set(pagePath, pageLinks);
  }
  return { pages: pages.map((f) => pagePathOf(dist, basePath, f)), broken, linksByPage };
}

/** Fewest clicks from the home page to every page. */
export function clickDepths(result: CrawlResult, home: string): Map<string, number> {
  const depth = new Map<string, number>([[home, 0]]);
  const queue = [home];
  while (queue.length > 0) {
    const page = queue.shift()!;
    for (const next of result.linksByPage.get(page) ?? []) {
      if (!depth.has(next)) {
        depth.set(next, depth.get(page)! + 1);
        queue.push(next);
      }
    }
  }
  return depth;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2] ?? siteConfig.outDir;
  const base = process.argv[3] ?? siteConfig.basePath;
  // An empty or missing folder is no site whose links are fine: say so and fail.
  if (!existsSync(dist) || !statSync(dist).isDirectory()) {
    console.error(`Fehler: Ausgabeordner ${dist} fehlt.\nHinweis: zuerst bauen (npm run build) oder den Ordner angeben: npm run check-links -- <ordner> [<basispfad>].`);
    process.exit(1);
  }
  const result = crawlSite(dist, base);
  if (result.pages.length === 0) {
    console.error(`Fehler: In ${dist} gibt es keine HTML-Seite.\nHinweis: Ist der Build durchgelaufen? Die Meldungen des Builds lesen und neu bauen.`);
    process.exit(1);
  }
  for (const b of result.broken) console.error(`${b.page}: ${b.target} (${b.reason})`);
  console.log(`${result.pages.length} Seiten geprüft, ${result.broken.length} defekte Verweise.`);
  process.exit(result.broken.length > 0 ? 1 : 0);
}
