/**
 * The editors' images (src/pictures/figures.ts): published at most FIGURE_WIDTH wide, never
 * enlarged, under a name that changes with the image's bytes; drawn once into the cache.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIGURE_WIDTH, figureBytes, planFigure, publishFigure } from '../../src/pictures/figures.ts';

let content: string;
let work: string;

async function image(name: string, width: number, height: number, red = 20): Promise<void> {
  writeFileSync(path.join(content, 'bilder', name), await sharp({ create: { width, height, channels: 3, background: { r: red, g: 80, b: 140 } } }).png().toBuffer());
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'figures-'));
  content = path.join(work, 'content');
  mkdirSync(path.join(content, 'bilder'), { recursive: true });
  await image('breit.png', 2000, 1000);
  await image('klein.png', 400, 300);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('planning and publishing an image', () => {
  test('a wide image is scaled to the column, keeping its proportions; a small one keeps its size', async () => {
    expect(await planFigure(content, 'breit.png')).toMatchObject({ src: 'breit.png', width: FIGURE_WIDTH, height: FIGURE_WIDTH / 2 });
    expect(await planFigure(content, 'klein.png')).toMatchObject({ width: 400, height: 300 });
  });

  test('the published name follows the bytes: the same image the same name, another image another', async () => {
    const before = await planFigure(content, 'klein.png');
    expect((await planFigure(content, 'klein.png')).file).toBe(before.file);
    await image('klein.png', 400, 300, 200);
    expect((await planFigure(content, 'klein.png')).file).not.toBe(before.file);
    expect(before.file).toMatch(/^[0-9a-f]{20}\.png$/);
  });

  test('a phone photo turned by its EXIF orientation is planned upright, as it is drawn', async () => {
    const stored = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 1, g: 2, b: 3 } } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    writeFileSync(path.join(content, 'bilder', 'hochkant.jpg'), stored);
    const plan = await planFigure(content, 'hochkant.jpg');
    expect(plan).toMatchObject({ width: 300, height: 400 });
    const drawn = await sharp(readFileSync(await figureBytes(content, plan, path.join(work, 'cache')))).metadata();
    expect([drawn.width, drawn.height]).toEqual([300, 400]);
  });

  test('a file that is no image is named in German', async () => {
    writeFileSync(path.join(content, 'bilder', 'kaputt.png'), 'kein Bild');
    await expect(planFigure(content, 'kaputt.png')).rejects.toThrow(/^bilder\/kaputt\.png: die Datei ist kein lesbares Bild/);
  });

  test('the resized image has the planned size, is cached, and lands in the site', async () => {
    const plan = await planFigure(content, 'breit.png');
    const cache = path.join(work, 'cache');
    const out = path.join(work, 'out');
    await publishFigure(content, plan, cache, out);
    const published = readFileSync(path.join(out, 'bilder', plan.file));
    expect(await sharp(published).metadata()).toMatchObject({ width: plan.width, height: plan.height, format: 'png' });
    expect(readFileSync(await figureBytes(content, plan, cache)).equals(published)).toBe(true);
  });
});
