/**
 * The editors' images (<Abbildung src="…">, src/model/editor-components.ts): each read from the
 * content's images folder, resized with sharp to at most FIGURE_WIDTH pixels wide (never
 * enlarged), kept in a cache folder under a digest of its bytes and the resizing, and published
 * under that digest (`bilder/<digest>.jpg`), so that a changed image gets a new address and an
 * unchanged one is not drawn again. The page needs the published name and the size before it
 * renders (`<img width height>`), so a build works out every image's plan when it starts
 * (src/integrations/figures.ts) and hands it to the pages; the preview plans each on demand.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { IMAGES_FOLDER } from '../model/vocabulary.ts';
import { packageVersion } from '../io/package-version.ts';
import { writeAtomically } from '../io/files.ts';

/** The widest an image is published: the page's text column at twice its CSS width would be wider than needed. */
export const FIGURE_WIDTH = 960;

/** Bump when the drawing below changes, so that every image gets a new published name. */
const FIGURE_VERSION = 2;

export interface FigurePlan {
  /** The file name in the images folder, as the editor wrote it. */
  src: string;
  /** The published file name: digest and extension. */
  file: string;
  width: number;
  height: number;
}

const FORMATS: Record<string, 'png' | 'jpeg' | 'webp'> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', webp: 'webp' };

/** The images folder of a content folder. */
export function imagesDir(contentDir: string): string {
  return path.join(contentDir, IMAGES_FOLDER);
}


/** What the page shows of `src` (a file of the images folder of `contentDir`): its published name and size. */
export async function planFigure(contentDir: string, src: string): Promise<FigurePlan> {
  const bytes = readFileSync(path.join(imagesDir(contentDir), src));
  const extension = path.extname(src).slice(1).toLowerCase();
  const format = FORMATS[extension];
  if (!format) throw new Error(`${IMAGES_FOLDER}/${src}: dieses Bildformat nimmt eine Abbildung nicht an (nur png, jpg, webp).`);
  const digest = createHash('sha256').update(`v${FIGURE_VERSION} sharp@${packageVersion('sharp')} ${FIGURE_WIDTH} ${format}\n`).update(bytes).digest('hex').slice(0, 20);
  let metadata;
  try {
    metadata = await sharp(bytes).metadata();
  } catch (error) {
    throw new Error(`${IMAGES_FOLDER}/${src}: die Datei ist kein lesbares Bild (${(error as Error).message}).\nHinweis: Das Bild neu als png, jpg oder webp speichern; eine Endung allein macht kein Bild.`);
  }
  // The size upright, as the image is drawn (.rotate() below follows the EXIF orientation of phone photos).
  const { width = FIGURE_WIDTH, height = FIGURE_WIDTH } = metadata.autoOrient ?? metadata;
  const scale = Math.min(1, FIGURE_WIDTH / width);
  return { src, file: `${digest}.${format === 'jpeg' ? 'jpg' : format}`, width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** The resized image of `plan`, from the cache folder or drawn now (and kept there). */
export async function figureBytes(contentDir: string, plan: FigurePlan, cacheDir: string): Promise<string> {
  const cached = path.join(cacheDir, plan.file);
  if (existsSync(cached)) return cached;
  const input = readFileSync(path.join(imagesDir(contentDir), plan.src));
  const format = FORMATS[path.extname(plan.src).slice(1).toLowerCase()]!;
  const resized = await sharp(input).rotate().resize({ width: FIGURE_WIDTH, withoutEnlargement: true }).toFormat(format).toBuffer();
  writeAtomically(cached, resized);
  return cached;
}

/** Puts the resized image of `plan` into the site (a hard link to the cached file where the file system allows). */
export async function publishFigure(contentDir: string, plan: FigurePlan, cacheDir: string, outDir: string): Promise<void> {
  const from = await figureBytes(contentDir, plan, cacheDir);
  const to = path.join(outDir, IMAGES_FOLDER, plan.file);
  mkdirSync(path.dirname(to), { recursive: true });
  if (existsSync(to)) return;
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

const KEY = Symbol.for('briefing-dossier.figure-plans');
type WithPlans = typeof globalThis & { [KEY]?: Map<string, FigurePlan> };

/** Hands this build's plans (by `src`) to the pages (see checked-dossier.ts for why through the global object). */
export function handOverFigurePlans(plans: Map<string, FigurePlan>): void {
  (globalThis as WithPlans)[KEY] = plans;
}

/** The plan of `src` this build worked out, if it did (a build always has, the preview never). */
export function handedFigurePlan(src: string): FigurePlan | undefined {
  return (globalThis as WithPlans)[KEY]?.get(src);
}
