/**
 * Renders every page's card into the built site: finds a glyph for every character (or draws a
 * visible substitute, with a warning), reuses a
 * cached PNG when nothing the card shows has changed (same spec, template, fonts, renderer), and
 * renders the rest with both cores (render-pipeline.ts).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { writeAtomically } from '../../io/files.ts';
import type { CardSpec } from '../spec/card-spec.ts';
import { drawnText, ELLIPSIS, TEMPLATE_VERSION } from './card-layout.ts';
import { HYPHEN } from './fit-text.ts';
import { renderCards } from './render-pipeline.ts';
import { cardFonts, fontVersions, glyphCoverage } from './fonts.ts';
import { codePointLabel } from '../../text/normalise.ts';
import { packageVersion } from '../../io/package-version.ts';

const require = createRequire(import.meta.url);

export interface CardRunReport {
  cards: number;
  rendered: number;
  fromCache: number;
  /** Wall-clock time of the whole card step: glyph check, cache, loading satori and sharp, rendering, writing. */
  renderMs: number;
  /** Characters drawn from the fallback font or replaced, by page: for the build log. */
  glyphs: GlyphNote[];
}

/** A character a card's own fonts lack: drawn from the fallback font, or replaced by `SUBSTITUTE`. */
export interface GlyphNote {
  /** The page, relative to the base path (`/` for the home page). */
  page: string;
  char: string;
  /** `U+2011`. */
  codePoint: string;
  drawnWith: 'fallback' | 'substitute';
}

/** Drawn instead of a character no card font has: visibly not the character (DejaVu Sans has it). */
export const SUBSTITUTE = '\u25A1';

/** The cache key: everything that decides the PNG's bytes. */
export function cardKey(spec: CardSpec, rendererVersion: string): string {
  return createHash('sha256').update(JSON.stringify(spec)).update(rendererVersion).digest('hex').slice(0, 32);
}

/**
 * Everything besides the spec that decides a card's bytes: all code of the card renderer (every
 * module under `src/cards/`, so that a new one cannot be forgotten, and the truncation) and the font
 * files themselves (hashed, so an edit can never be served from a stale cache), the versions of
 * satori and of sharp with the libraries it draws and encodes with (libvips, librsvg, libpng).
 */
export function rendererVersion(): string {
  const code = createHash('sha256');
  const folder = new URL('../', import.meta.url);
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).sort();
  for (const file of [...files, '../view/truncate.ts']) code.update(file).update(readFileSync(new URL(file, folder)));
  for (const font of cardFonts()) code.update(font.data);
  const libraries = Object.entries((require('sharp') as { versions: Record<string, string | undefined> }).versions)
    .map(([name, v]) => `${name}@${v}`)
    .sort()
    .join(',');
  return `${TEMPLATE_VERSION}|${code.digest('hex').slice(0, 16)}|${fontVersions()}|satori@${packageVersion('satori')}|${libraries}`;
}

/**
 * Makes every card drawable: a character that the card's own family lacks is drawn from another
 * loaded font (DejaVu Sans, the fallback) if one has it; a character no font has is replaced by
 * `SUBSTITUTE` (□) in the spec, so the card still renders and shows that something is missing.
 * Returns the specs to render (unchanged where nothing was missing) and a note per page and
 * character, for the build log. Never throws: a glyph is no reason to stop a build.
 */
export function resolveGlyphs(specs: readonly CardSpec[]): { specs: CardSpec[]; notes: GlyphNote[] } {
  const notes: GlyphNote[] = [];
  const resolved = specs.map((spec) => {
    const sans = glyphCoverage(drawnText(spec), 'Source Sans 3');
    const serif = glyphCoverage(`${spec.title}${ELLIPSIS}${HYPHEN}`, 'Source Serif 4');
    const page = spec.page || '/';
    for (const char of new Set([...sans.fromFallback, ...serif.fromFallback])) notes.push({ page, char, codePoint: codePointLabel(char), drawnWith: 'fallback' });
    const missing = new Set([...sans.missing, ...serif.missing]);
    for (const char of missing) notes.push({ page, char, codePoint: codePointLabel(char), drawnWith: 'substitute' });
    if (missing.size === 0) return spec;
    const replace = (text: string) => [...text].map((c) => (missing.has(c) ? SUBSTITUTE : c)).join('');
    return {
      ...spec,
      badge: replace(spec.badge),
      title: replace(spec.title),
      ...(spec.lead === undefined ? {} : { lead: replace(spec.lead) }),
      rows: spec.rows.map((row) => ({ label: replace(row.label), value: replace(row.value) })),
      edition: replace(spec.edition),
      siteName: replace(spec.siteName),
    };
  });
  return { specs: resolved, notes };
}

/**
 * Draws every card not yet in the card cache (`cacheDir`, one PNG per `cardKey`) and puts each
 * page's card into the built site (`outDir`); without `outDir` it only fills the cache (the early
 * run, src/cards/render/card-process.ts). Rejects naming the first card that fails.
 */
/**
 * Puts a cached card into the site as a hard link (a rebuild of 10,000 pages otherwise copies
 * 10,000 files it already has); copied where the cache lies on another file system. Cached cards
 * are never changed in place (a new card is a new file, writeAtomically), so the link is safe.
 */
function placeCached(cached: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

export async function renderAllCards(pageSpecs: readonly CardSpec[], options: { outDir?: string; cacheDir: string }): Promise<CardRunReport> {
  const started = performance.now();
  const { specs, notes } = resolveGlyphs(pageSpecs);
  const renderer = rendererVersion();
  const todo: { spec: CardSpec; cached: string }[] = [];
  let fromCache = 0;
  for (const spec of specs) {
    const cached = path.join(options.cacheDir, `${cardKey(spec, renderer)}.png`);
    if (existsSync(cached)) {
      if (options.outDir) {
        mkdirSync(path.dirname(path.join(options.outDir, spec.file)), { recursive: true });
        placeCached(cached, path.join(options.outDir, spec.file));
      }
      fromCache += 1;
    } else {
      todo.push({ spec, cached });
    }
  }
  if (todo.length > 0) {
    await renderCards(
      todo.map((t) => t.spec),
      cardFonts(),
      (index, png) => {
        const { spec, cached } = todo[index]!;
        writeAtomically(cached, png);
        if (options.outDir) writeAtomically(path.join(options.outDir, spec.file), png);
      },
    );
  }
  return { cards: specs.length, rendered: todo.length, fromCache, renderMs: performance.now() - started, glyphs: notes };
}
