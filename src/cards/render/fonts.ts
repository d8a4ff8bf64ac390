/**
 * The card fonts, read from npm packages on disk (never downloaded) and loaded once per process.
 * The packages ship WOFF (satori reads WOFF, not WOFF2); they are handed to satori unpacked,
 * because satori's own WOFF unpacking costs ~100 ms on every start. Both the latin and latin-ext
 * subsets are loaded so that names from other languages in later articles still have glyphs
 * (font-choice.ts hands satori only the faces a card needs).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { codePointsOf, woffToSfnt } from './sfnt.ts';

const require = createRequire(import.meta.url);

export interface CardFont {
  name: string;
  weight: 400 | 600 | 700;
  style: 'normal';
  /** Which characters the file has: fontsource splits each face into subsets. */
  subset: 'latin' | 'latin-ext';
  /** TrueType/OpenType bytes (unpacked from the package's WOFF). */
  data: Buffer;
}

const FACES: { pkg: string; family: string; file: string; weight: CardFont['weight'] }[] = [
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', file: 'source-sans-3-latin-400-normal.woff', weight: 400 },
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', file: 'source-sans-3-latin-ext-400-normal.woff', weight: 400 },
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', file: 'source-sans-3-latin-600-normal.woff', weight: 600 },
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', file: 'source-sans-3-latin-ext-600-normal.woff', weight: 600 },
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', file: 'source-sans-3-latin-700-normal.woff', weight: 700 },
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', file: 'source-sans-3-latin-ext-700-normal.woff', weight: 700 },
  { pkg: '@fontsource/source-serif-4', family: 'Source Serif 4', file: 'source-serif-4-latin-600-normal.woff', weight: 600 },
  { pkg: '@fontsource/source-serif-4', family: 'Source Serif 4', file: 'source-serif-4-latin-ext-600-normal.woff', weight: 600 },
];

function packageDir(pkg: string): string {
  return path.dirname(require.resolve(`${pkg}/package.json`));
}

/** The WOFF files as shipped, for readers that take them as they are (the benchmark's baseline). */
export function cardFontFiles(): { name: string; weight: CardFont['weight']; subset: CardFont['subset']; file: string }[] {
  return FACES.map((face) => ({
    name: face.family,
    weight: face.weight,
    subset: face.file.includes('-latin-ext-') ? 'latin-ext' : 'latin',
    file: path.join(packageDir(face.pkg), 'files', face.file),
  }));
}

let loaded: CardFont[] | undefined;

export function cardFonts(): CardFont[] {
  loaded ??= cardFontFiles().map((face) => ({ name: face.name, weight: face.weight, style: 'normal' as const, subset: face.subset, data: woffToSfnt(readFileSync(face.file)) }));
  return loaded;
}

/** Package versions of the fonts: part of every card's cache key. */
export function fontVersions(): string {
  return [...new Set(FACES.map((f) => f.pkg))]
    .map((pkg) => `${pkg}@${JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8')).version}`)
    .join(',');
}

let coverage: ((codePoint: number, family: string) => boolean) | undefined;

/** Characters of `text` that no loaded face of `family` can draw. */
export function missingGlyphs(text: string, family: string): string[] {
  if (!coverage) {
    const faces = cardFonts().map((f) => ({ family: f.name, points: codePointsOf(f.data) }));
    coverage = (cp, fam) => faces.some((f) => f.family === fam && f.points.has(cp));
  }
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    if (!coverage(char.codePointAt(0)!, family)) missing.add(char);
  }
  return [...missing];
}
