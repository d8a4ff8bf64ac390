/**
 * Renders every page's card into the built site: checks every character has a glyph, reuses a
 * cached PNG when nothing the card shows has changed (same spec, template, fonts, renderer), and
 * renders the rest with both cores (render-pipeline.ts).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { writeAtomically } from '../../io/files.ts';
import type { CardSpec } from '../spec/card-spec.ts';
import { drawnText, ELLIPSIS, TEMPLATE_VERSION } from './card-layout.ts';
import { renderCards } from './render-pipeline.ts';
import { cardFonts, fontVersions, missingGlyphs } from './fonts.ts';

const require = createRequire(import.meta.url);
/** A package's version, found from its entry point (sharp does not export its package.json). */
function version(pkg: string): string {
  let dir = path.dirname(require.resolve(pkg));
  while (dir !== path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      if (json.name === pkg) return json.version as string;
    }
    dir = path.dirname(dir);
  }
  throw new Error(`Version von ${pkg} nicht gefunden.`);
}

export interface CardRunReport {
  cards: number;
  rendered: number;
  fromCache: number;
  /** Wall-clock time of the whole card step: glyph check, cache, loading satori and sharp, rendering, writing. */
  renderMs: number;
}

export class MissingGlyphError extends Error {}

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
  return `${TEMPLATE_VERSION}|${code.digest('hex').slice(0, 16)}|${fontVersions()}|satori@${version('satori')}|${libraries}`;
}

/** Throws naming each card and text that the fonts cannot draw. */
export function checkGlyphs(specs: readonly CardSpec[]): void {
  const problems = specs.flatMap((spec) => {
    const missing = [...new Set([...missingGlyphs(drawnText(spec), 'Source Sans 3'), ...missingGlyphs(`${spec.title}${ELLIPSIS}`, 'Source Serif 4')])];
    return missing.length ? [`${spec.page || '/'}: «${spec.title}» – kein Zeichen in der Kartenschrift für: ${missing.map((c) => `«${c}» (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`] : [];
  });
  if (problems.length) {
    throw new MissingGlyphError(
      `Vorschaukarten: Zeichen ohne Glyphe.\n${problems.join('\n')}\nHinweis: Den Text anpassen oder in src/cards/render/fonts.ts eine Schrift (npm-Paket) ergänzen, die diese Zeichen enthält.`,
    );
  }
}

export async function renderAllCards(specs: readonly CardSpec[], options: { outDir: string; cacheDir: string }): Promise<CardRunReport> {
  const started = performance.now();
  checkGlyphs(specs);
  const renderer = rendererVersion();
  const todo: { spec: CardSpec; cached: string }[] = [];
  let fromCache = 0;
  for (const spec of specs) {
    const cached = path.join(options.cacheDir, `${cardKey(spec, renderer)}.png`);
    if (existsSync(cached)) {
      mkdirSync(path.dirname(path.join(options.outDir, spec.file)), { recursive: true });
      copyFileSync(cached, path.join(options.outDir, spec.file));
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
        writeAtomically(path.join(options.outDir, spec.file), png);
      },
    );
  }
  return { cards: specs.length, rendered: todo.length, fromCache, renderMs: performance.now() - started };
}
