/**
 * The card fonts, read from npm packages on disk (never downloaded) and loaded once per process.
 * The packages ship WOFF (satori reads WOFF, not WOFF2); they are handed to satori unpacked,
 * because satori's own WOFF unpacking costs ~100 ms on every start. Both the latin and latin-ext
 * subsets are loaded so that names from other languages in later articles still have glyphs
 * (font-choice.ts hands satori only the faces a card needs). DejaVu Sans (npm `dejavu-fonts-ttf`,
 * TrueType) is the fallback for what Source Sans and Serif lack: the non-breaking hyphen U+2011,
 * ‰, →, №, Greek and Cyrillic; satori takes a glyph from another loaded family when the
 * requested one has none. What no font has is drawn as a substitute (render-cards.ts).
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
  /** Which characters the file has: fontsource splits each face into subsets; `fallback` is DejaVu Sans. */
  subset: 'latin' | 'latin-ext' | 'fallback';
  /** TrueType/OpenType bytes (unpacked from the package's WOFF). */
  data: Buffer;
}

/** The family satori falls back to for characters the card's own families lack. */
export const FALLBACK_FAMILY = 'DejaVu Sans';

const FACES: { pkg: string; family: string; file: string; weight: CardFont['weight'] }[] = [
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', file: 'source-sans-3-latin-400-normal.woff', weight: 400 },
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', file: 'source-sans-3-latin-ext-400-normal.woff', weight: 400 },
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', file: 'source-sans-3-latin-600-normal.woff', weight: 600 },
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', file: 'source-sans-3-latin-ext-600-normal.woff', weight: 600 },
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', file: 'source-sans-3-latin-700-normal.woff', weight: 700 },
  { pkg: '@fontsource/source-sans-3', family: 'Source Sans 3', file: 'source-sans-3-latin-ext-700-normal.woff', weight: 700 },
  { pkg: '@fontsource/source-serif-4', family: 'Source Serif 4', file: 'source-serif-4-latin-600-normal.woff', weight: 600 },
  { pkg: '@fontsource/source-serif-4', family: 'Source Serif 4', file: 'source-serif-4-latin-ext-600-normal.woff', weight: 600 },
  { pkg: 'dejavu-fonts-ttf', family: FALLBACK_FAMILY, file: 'DejaVuSans.ttf', weight: 400 },
  { pkg: 'dejavu-fonts-ttf', family: FALLBACK_FAMILY, file: 'DejaVuSans-Bold.ttf', weight: 700 },
];

function subsetOf(file: string): CardFont['subset'] {
  return file.endsWith('.ttf') ? 'fallback' : file.includes('-latin-ext-') ? 'latin-ext' : 'latin';
}

function packageDir(pkg: string): string {
  return path.dirname(require.resolve(`${pkg}/package.json`));
}

/** The WOFF files as shipped, for readers that take them as they are (the benchmark's baseline). */
export function cardFontFiles(): { name: string; weight: CardFont['weight']; subset: CardFont['subset']; file: string }[] {
  return FACES.map((face) => ({
    name: face.family,
    weight: face.weight,
    subset: subsetOf(face.file),
    file: path.join(packageDir(face.pkg), face.file.endsWith('.ttf') ? 'ttf' : 'files', face.file),
  }));
}

let loaded: CardFont[] | undefined;

export function cardFonts(): CardFont[] {
  loaded ??= cardFontFiles().map((face) => ({ name: face.name, weight: face.weight, style: 'normal' as const, subset: face.subset, data: face.file.endsWith('.woff') ? woffToSfnt(readFileSync(face.file)) : readFileSync(face.file) }));
  return loaded;
}

/** Package versions of the fonts: part of every card's cache key. */
export function fontVersions(): string {
  return [...new Set(FACES.map((f) => f.pkg))]
    .map((pkg) => `${pkg}@${JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8')).version}`)
    .join(',');
}

let coverage: ((codePoint: number, family?: string) => boolean) | undefined;

/**
 * How the card fonts draw `text` in `family`: characters the family lacks that another loaded
 * family has, mostly the fallback DejaVu Sans (`fromFallback`: satori takes them from there), and
 * characters no loaded font has (`missing`). White space is never missing.
 */
export function glyphCoverage(text: string, family: string): { fromFallback: string[]; missing: string[] } {
  if (!coverage) {
    const faces = cardFonts().map((f) => ({ family: f.name, points: codePointsOf(f.data) }));
    coverage = (cp, fam) => faces.some((f) => (fam === undefined || f.family === fam) && f.points.has(cp));
  }
  const fromFallback = new Set<string>();
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    const cp = char.codePointAt(0)!;
    if (coverage(cp, family)) continue;
    if (coverage(cp)) fromFallback.add(char);
    else missing.add(char);
  }
  return { fromFallback: [...fromFallback], missing: [...missing] };
}
